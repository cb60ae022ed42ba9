import CanvasKit

/// One canvas per table of a workshop.
public struct DuplicateGroup: WorkshopRule {
    /// Creates the rule.
    public init() {}

    public let message = LocalizedText(
        en: "group {group} of the workshop '{workshop}' already has a canvas, {first}; each table designs one service",
        bg: "група {group} на семинара '{workshop}' вече има диаграма, {first}; всяка маса проектира една услуга",
        uk: "група {group} семінару '{workshop}' вже має діаграму, {first}; кожен стіл проєктує одну послугу",
        ru: "у группы {group} семинара '{workshop}' уже есть диаграмма, {first}; каждый стол проектирует одну услугу")

    public var description: RuleDescription {
        RuleDescription(
            id: "duplicate-group", severity: .error, category: .workshop,
            summary: "A workshop's group has one canvas.",
            rationale: """
                Each table of a workshop designs one service on one diagram; two canvases for one group are a \
                copied file or a wrong group number, and the report would show the group twice.
                """,
            failing: ["# file: a.yaml\nformat: 1\nid: a\ntitle: A\nworkshop: w\ngroup: 3\n"
                      + "# file: b.yaml\nformat: 1\nid: b\ntitle: B\nworkshop: w\ngroup: 3\n"],
            passing: ["# file: a.yaml\nformat: 1\nid: a\ntitle: A\nworkshop: w\ngroup: 3\n"
                      + "# file: b.yaml\nformat: 1\nid: b\ntitle: B\nworkshop: w\ngroup: 4\n"
                      + "# file: c.yaml\nformat: 1\nid: c\ntitle: C\nworkshop: other\ngroup: 3\n"])
    }

    public func check(_ set: WorkshopSet, report: (String, SourceLocation, [String: String]) -> Void) {
        struct Key: Hashable { var workshop: String, group: Int }
        var first: [Key: WorkshopSet.CanvasEntry] = [:]
        for canvas in set.canvases {
            guard let workshop = canvas.workshop, let group = canvas.group else { continue }
            let key = Key(workshop: workshop, group: group)
            guard let earlier = first[key] else {
                first[key] = canvas
                continue
            }
            report(canvas.path, canvas.groupLocation,
                   ["group": String(group), "workshop": workshop,
                    "first": "'\(earlier.id ?? "?")' (\(earlier.path):\(earlier.groupLocation.line))"])
        }
    }
}
