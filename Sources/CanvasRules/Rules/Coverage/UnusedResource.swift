import CanvasKit

/// Every resource is used by at least one activity.
public struct UnusedResource: CanvasRule {
    /// Creates the rule.
    public init() {}

    static let message = LocalizedText(
        en: "no activity uses the resource {resource}",
        bg: "нито една дейност не използва ресурса {resource}",
        uk: "жоден захід не використовує ресурс {resource}",
        ru: "ни одно мероприятие не использует ресурс {resource}")

    public var description: RuleDescription {
        RuleDescription(
            id: "unused-resource", severity: .info, category: .coverage,
            summary: "Every resource is used by at least one activity.",
            rationale: """
                The plan/resources field lists what the activities need; a resource no activity uses is either \
                superfluous or a sign that an activity forgot to name it.
                """,
            failing: ["resources:\n  - id: room\n    item: Reading room\nactivities:\n  - id: a\n    name: Course\n"],
            passing: ["resources:\n  - id: room\n    item: Reading room\nactivities:\n  - id: a\n    name: Course\n    resources: [room]\n"])
    }

    public func check(_ canvas: Canvas, into findings: inout FindingCollector) {
        let used = ActivityReferences(canvas, \.resources, items: canvas.resources?.count ?? 0)
        for (index, resource) in (canvas.resources ?? []).enumerated()
        where resource.available && resource.id.map({ !used.contains($0) }) ?? false {
            findings.report(Self.message, ["resource": ItemLabel.name(id: resource.id, index: index)],
                            at: resource.fields.value("id"), path: ItemLabel.path("resources", id: resource.id, index: index))
        }
    }
}
