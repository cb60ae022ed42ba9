import CanvasKit

/// A missing resource is worked for by some activity.
public struct UnplannedMissingResource: CanvasRule {
    /// Creates the rule.
    public init() {}

    static let message = LocalizedText(
        en: "the missing resource {resource} (available: false) has no activity that works to obtain it",
        bg: "за липсващия ресурс {resource} (available: false) няма дейност, която да го осигури",
        uk: "для відсутнього ресурсу {resource} (available: false) немає заходу, який би його забезпечив",
        ru: "для недостающего ресурса {resource} (available: false) нет мероприятия, которое бы его обеспечило")

    public var description: RuleDescription {
        RuleDescription(
            id: "unplanned-missing-resource", severity: .warning, category: .budget,
            summary: "A missing resource (available: false) has an activity that works to obtain it.",
            rationale: """
                The diagram lists missing resources (Липсващи ресурси) so that the plan can get them: from a \
                partner, a donor or a project. One that no activity names stays missing.
                """,
            failing: ["resources:\n  - id: projector\n    item: Projector\n    available: false\nactivities:\n  - id: a\n    name: Course\n"],
            passing: ["resources:\n  - id: projector\n    item: Projector\n    available: false\nactivities:\n  - id: a\n    name: Ask the municipality for a projector\n    resources: [projector]\n"])
    }

    public func check(_ canvas: Canvas, into findings: inout FindingCollector) {
        let used = ActivityReferences(canvas, \.resources, items: canvas.resources?.count ?? 0)
        for (index, resource) in (canvas.resources ?? []).enumerated()
        where !resource.available && resource.id.map({ !used.contains($0) }) ?? false {
            findings.report(Self.message, ["resource": ItemLabel.name(id: resource.id, index: index)],
                            at: resource.fields.value("available"),
                            path: ItemLabel.path("resources", id: resource.id, index: index) + ".available")
        }
    }
}
