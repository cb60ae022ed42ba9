import CanvasKit

/// Every partner has an identified benefit.
public struct PartnerWithoutBenefit: CanvasRule {
    /// Creates the rule.
    public init() {}

    static let message = LocalizedText(
        en: "the partner {partner} has no benefit: say what it gains from the partnership",
        bg: "партньорът {partner} няма полза ('benefit'): напишете какво печели от партньорството",
        uk: "партнер {partner} не має вигоди ('benefit'): напишіть, що він отримує від партнерства",
        ru: "у партнёра {partner} нет выгоды ('benefit'): напишите, что он получает от партнёрства")

    public var description: RuleDescription {
        RuleDescription(
            id: "partner-without-benefit", severity: .warning, category: .partnership,
            summary: "Every partner has a benefit.",
            rationale: """
                Partnership principles (seed 003): mutual interest, and a benefit identified for each partner \
                (step 6); a partner who gains nothing does not stay for long.
                """,
            failing: ["partners:\n  - id: media\n    name: Local media\n    role: Publicity\n"],
            passing: ["partners:\n  - id: media\n    name: Local media\n    role: Publicity\n    benefit: Local news stories\n"])
    }

    public func check(_ canvas: Canvas, into findings: inout FindingCollector) {
        for (index, partner) in (canvas.partners ?? []).enumerated() where partner.benefit == nil {
            findings.report(Self.message, ["partner": ItemLabel.name(id: partner.id, index: index)],
                            at: partner.fields.key("benefit") ?? partner.fields.start,
                            path: ItemLabel.path("partners", id: partner.id, index: index) + ".benefit")
        }
    }
}
