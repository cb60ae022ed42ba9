import CanvasKit

/// Every need is answered by at least one activity.
public struct UnansweredNeed: CanvasRule {
    /// Creates the rule.
    public init() {}

    static let message = LocalizedText(
        en: "no activity answers the need {need}",
        bg: "нито една дейност не отговаря на потребността {need}",
        uk: "жоден захід не відповідає на потребу {need}",
        ru: "ни одно мероприятие не отвечает на потребность {need}")

    public var description: RuleDescription {
        RuleDescription(
            id: "unanswered-need", severity: .warning, category: .coverage,
            summary: "Every need is answered by at least one activity.",
            rationale: """
                The service is built from the community's needs (seed 003, step 2); a need that no activity \
                answers is either not a need of this service or a gap in the plan.
                """,
            failing: ["needs:\n  - id: ict\n    text: ICT skills\nactivities:\n  - id: a\n    name: Course\n"],
            passing: ["needs:\n  - id: ict\n    text: ICT skills\nactivities:\n  - id: a\n    name: Course\n    needs: [ict]\n"])
    }

    public func check(_ canvas: Canvas, into findings: inout FindingCollector) {
        let answered = ActivityReferences(canvas, \.needs, items: canvas.needs?.count ?? 0)
        for (index, need) in (canvas.needs ?? []).enumerated() where need.id.map({ !answered.contains($0) }) ?? false {
            findings.report(Self.message, ["need": ItemLabel.name(id: need.id, index: index)],
                            at: need.fields.value("id"), path: ItemLabel.path("needs", id: need.id, index: index))
        }
    }
}
