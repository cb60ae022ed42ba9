import CanvasKit

/// A canvas id is used by one file only.
public struct DuplicateCanvasID: WorkshopRule {
    /// Creates the rule.
    public init() {}

    public let message = LocalizedText(
        en: "the canvas id '{id}' is also used by {first}; the store keeps one canvas per id, so give each file its own",
        bg: "идентификаторът на диаграмата '{id}' се използва и в {first}; хранилището пази по една диаграма за идентификатор, затова дайте на всеки файл свой",
        uk: "ідентифікатор діаграми '{id}' використано також у {first}; сховище зберігає одну діаграму на ідентифікатор, тож дайте кожному файлу власний",
        ru: "идентификатор диаграммы '{id}' используется также в {first}; хранилище хранит одну диаграмму на идентификатор, поэтому дайте каждому файлу свой")

    public var description: RuleDescription {
        RuleDescription(
            id: "duplicate-canvas-id", severity: .error, category: .workshop,
            summary: "Every canvas file has its own id.",
            rationale: """
                The store and the workshop report know a canvas by its id: with two files of one id, `sdw add` \
                keeps one and refuses or overwrites the other, and a table's work disappears from the report.
                """,
            failing: ["# file: group-1.yaml\nformat: 1\nid: table\ntitle: A\n# file: group-2.yaml\nformat: 1\nid: table\ntitle: B\n"],
            passing: ["# file: group-1.yaml\nformat: 1\nid: table-1\ntitle: A\n# file: group-2.yaml\nformat: 1\nid: table-2\ntitle: B\n"])
    }

    public func check(_ set: WorkshopSet, report: (String, SourceLocation, [String: String]) -> Void) {
        var first: [String: WorkshopSet.CanvasEntry] = [:]
        for canvas in set.canvases {
            guard let id = canvas.id else { continue }
            guard let earlier = first[id] else {
                first[id] = canvas
                continue
            }
            report(canvas.path, canvas.idLocation, ["id": id, "first": "\(earlier.path):\(earlier.idLocation.line)"])
        }
    }
}
