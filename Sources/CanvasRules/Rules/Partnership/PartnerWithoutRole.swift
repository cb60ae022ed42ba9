import CanvasKit

/// Every partner has a role.
public struct PartnerWithoutRole: CanvasRule {
    /// Creates the rule.
    public init() {}

    static let message = LocalizedText(
        en: "the partner {partner} has no role: say what it does in the service",
        bg: "партньорът {partner} няма роля ('role'): напишете какво прави в услугата",
        uk: "партнер {partner} не має ролі ('role'): напишіть, що він робить у послузі",
        ru: "у партнёра {partner} нет роли ('role'): напишите, что он делает в услуге")

    public var description: RuleDescription {
        RuleDescription(
            id: "partner-without-role", severity: .warning, category: .partnership,
            summary: "Every partner has a role.",
            rationale: """
                Partnership principle (seed 003): roles and responsibilities are shared out; step 5 of building \
                a partnership is to agree them.
                """,
            failing: ["partners:\n  - id: club\n    name: Pensioners' club\n"],
            passing: ["partners:\n  - id: club\n    name: Pensioners' club\n    role: Surveys among members\n"])
    }

    public func check(_ canvas: Canvas, into findings: inout FindingCollector) {
        for (index, partner) in (canvas.partners ?? []).enumerated() where partner.role == nil {
            findings.report(Self.message, ["partner": ItemLabel.name(id: partner.id, index: index)],
                            at: partner.fields.key("role") ?? partner.fields.start,
                            path: ItemLabel.path("partners", id: partner.id, index: index) + ".role")
        }
    }
}
