import CanvasKit

/// Every activity says when it happens.
public struct ActivityWithoutWhen: CanvasRule {
    /// Creates the rule.
    public init() {}

    static let message = LocalizedText(
        en: "activity {activity} does not say when it happens ('when')",
        bg: "дейността {activity} не посочва кога се провежда ('when')",
        uk: "захід {activity} не вказує, коли він відбувається ('when')",
        ru: "мероприятие {activity} не указывает, когда оно проходит ('when')")

    public var description: RuleDescription {
        RuleDescription(
            id: "activity-without-when", severity: .warning, category: .plan,
            summary: "Every activity says when it happens.",
            rationale: """
                The plan table of seed 001 gives every activity its time; without one the timeline has a hole \
                and seasonal problems (farmers in the fields) cannot be seen.
                """,
            failing: ["activities:\n  - id: a\n    name: Course\n    responsible: Librarian\n"],
            passing: ["activities:\n  - id: a\n    name: Course\n    when: 2026-Q1\n    responsible: Librarian\n"])
    }

    public func check(_ canvas: Canvas, into findings: inout FindingCollector) {
        // A `when` that is present but unreadable is reported by invalid-when.
        for (index, activity) in (canvas.activities ?? []).enumerated()
        where activity.when == nil && activity.fields.key("when") == nil {
            findings.report(Self.message, ["activity": ItemLabel.name(id: activity.id, index: index)],
                            at: activity.fields.start,
                            path: ItemLabel.path("activities", id: activity.id, index: index) + ".when")
        }
    }
}
