import CanvasKit

/// Ids must be unique within a section.
public struct DuplicateID: CanvasRule {
    /// Creates the rule.
    public init() {}

    static let message = LocalizedText(
        en: "the id '{id}' is used again in {section}; the first is at line {line}",
        bg: "идентификаторът '{id}' е използван повторно в {section}; първият е на ред {line}",
        uk: "ідентифікатор '{id}' використано повторно в {section}; перший – у рядку {line}",
        ru: "идентификатор '{id}' использован повторно в {section}; первый – в строке {line}")

    public var description: RuleDescription {
        RuleDescription(
            id: "duplicate-id", severity: .error, category: .integrity,
            summary: "Ids are unique within each section.",
            rationale: """
                Activities name needs, partners and resources by id; with two items of one id a reference \
                cannot tell which is meant.
                """,
            failing: ["partners:\n  - id: club\n    name: Club\n  - id: club\n    name: Other club\n"],
            passing: ["partners:\n  - id: club\n    name: Club\n  - id: media\n    name: Media\n",
                      "needs:\n  - id: same\n    text: t\npartners:\n  - id: same\n    name: P\n"])
    }

    public func check(_ canvas: Canvas, into findings: inout FindingCollector) {
        func scan(_ section: String, _ items: [(id: String?, fields: FieldLocations)]) {
            var first: [String: SourceLocation] = [:]
            for (index, item) in items.enumerated() {
                guard let id = item.id else { continue }
                let location = item.fields.value("id")
                if let earlier = first[id] {
                    findings.report(Self.message, ["id": id, "section": section, "line": String(earlier.line)],
                                    at: location, path: ItemLabel.path(section, id: id, index: index))
                } else {
                    first[id] = location
                }
            }
        }
        scan("needs", (canvas.needs ?? []).map { ($0.id, $0.fields) })
        scan("resources", (canvas.resources ?? []).map { ($0.id, $0.fields) })
        scan("partners", (canvas.partners ?? []).map { ($0.id, $0.fields) })
        scan("activities", (canvas.activities ?? []).map { ($0.id, $0.fields) })
    }
}
