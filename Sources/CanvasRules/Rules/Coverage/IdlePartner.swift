import CanvasKit

/// Every partner takes part in at least one activity.
public struct IdlePartner: CanvasRule {
    /// Creates the rule.
    public init() {}

    static let message = LocalizedText(
        en: "the partner {partner} takes part in no activity",
        bg: "партньорът {partner} не участва в нито една дейност",
        uk: "партнер {partner} не бере участі в жодному заході",
        ru: "партнёр {partner} не участвует ни в одном мероприятии")

    public var description: RuleDescription {
        RuleDescription(
            id: "idle-partner", severity: .warning, category: .coverage,
            summary: "Every partner takes part in at least one activity.",
            rationale: """
                A partnership shares out roles and responsibilities (seed 003); a partner that no activity \
                involves has no role in the plan.
                """,
            failing: ["partners:\n  - id: club\n    name: Club\nactivities:\n  - id: a\n    name: Course\n"],
            passing: ["partners:\n  - id: club\n    name: Club\nactivities:\n  - id: a\n    name: Course\n    partners: [club]\n"])
    }

    public func check(_ canvas: Canvas, into findings: inout FindingCollector) {
        let involved = ActivityReferences(canvas, \.partners, items: canvas.partners?.count ?? 0)
        for (index, partner) in (canvas.partners ?? []).enumerated() where partner.id.map({ !involved.contains($0) }) ?? false {
            findings.report(Self.message, ["partner": ItemLabel.name(id: partner.id, index: index)],
                            at: partner.fields.value("id"), path: ItemLabel.path("partners", id: partner.id, index: index))
        }
    }
}
