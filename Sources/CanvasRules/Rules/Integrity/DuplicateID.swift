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
        scan("needs", canvas.needs, \.id, \.fields, into: &findings)
        scan("resources", canvas.resources, \.id, \.fields, into: &findings)
        scan("partners", canvas.partners, \.id, \.fields, into: &findings)
        scan("activities", canvas.activities, \.id, \.fields, into: &findings)
    }

    /// Reports each item of `items` whose id an earlier item already has.
    private func scan<Item>(_ section: String, _ items: [Item]?, _ id: (Item) -> String?,
                            _ fields: (Item) -> FieldLocations, into findings: inout FindingCollector) {
        guard let items, items.count > 1 else { return }
        // A section holds a handful of items: comparing each with the ones before it needs no
        // dictionary; a long one (generated or hostile) gets one.
        var first: [String: Int]? = items.count > 32 ? [:] : nil
        for index in items.indices {
            guard let itemID = id(items[index]) else { continue }
            let earlier: Int?
            if first != nil {
                earlier = first![itemID]
                if earlier == nil { first![itemID] = index }
            } else {
                earlier = items[..<index].firstIndex { id($0) == itemID }
            }
            guard let earlier else { continue }
            let line = fields(items[earlier]).value("id").line
            findings.report(Self.message, ["id": itemID, "section": section, "line": String(line)],
                            at: fields(items[index]).value("id"), path: ItemLabel.path(section, id: itemID, index: index))
        }
    }
}
