import CanvasKit

/// Every activity says who is responsible for it.
public struct ActivityWithoutResponsible: CanvasRule {
    /// Creates the rule.
    public init() {}

    static let message = LocalizedText(
        en: "activity {activity} does not say who is responsible ('responsible')",
        bg: "дейността {activity} не посочва кой отговаря за нея ('responsible')",
        uk: "захід {activity} не вказує, хто за нього відповідає ('responsible')",
        ru: "мероприятие {activity} не указывает, кто за него отвечает ('responsible')")

    public var description: RuleDescription {
        RuleDescription(
            id: "activity-without-responsible", severity: .warning, category: .plan,
            summary: "Every activity names who is responsible.",
            rationale: """
                A plan of activities names the responsible person or body for each line (seed 001's plan \
                table); an activity nobody owns does not happen.
                """,
            failing: ["activities:\n  - id: a\n    name: Course\n    when: 2026-03\n"],
            passing: ["activities:\n  - id: a\n    name: Course\n    when: 2026-03\n    responsible: Librarian\n"])
    }

    public func check(_ canvas: Canvas, into findings: inout FindingCollector) {
        for (index, activity) in (canvas.activities ?? []).enumerated() where activity.responsible == nil {
            findings.report(Self.message, ["activity": ItemLabel.name(id: activity.id, index: index)],
                            at: activity.fields.key("responsible") ?? activity.fields.start,
                            path: ItemLabel.path("activities", id: activity.id, index: index) + ".responsible")
        }
    }
}
