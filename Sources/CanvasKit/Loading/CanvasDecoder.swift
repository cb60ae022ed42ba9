/// Turns a composed YAML mapping into a ``Canvas``, reporting every schema problem on the way
/// instead of stopping at the first.
struct CanvasDecoder {
    var context = DecodingContext()

    mutating func decode(_ root: YAMLView) -> Canvas {
        var canvas = Canvas(start: root.location)
        let entries = context.entries(of: root, owner: "", describedAs: "the canvas",
                                      known: FormatKeys.canvas.known, fields: &canvas.fields)
        context.require(FormatKeys.canvas.required, in: entries, owner: "", describedAs: "the canvas", at: root.location)
        canvas.format = format(entries["format"])
        canvas.id = context.slug(entries["id"])
        canvas.title = context.string(entries["title"])
        canvas.language = context.enumValue(entries["language"], Language.self) ?? .en
        canvas.plugin = context.string(entries["plugin"])
        canvas.status = context.enumValue(entries["status"], CanvasStatus.self) ?? .draft
        canvas.library = context.string(entries["library"])
        canvas.authors = context.strings(entries["authors"])
        canvas.workshop = context.slug(entries["workshop"])
        canvas.group = context.integer(entries["group"])

        for section in FormatKeys.requiredSections where entries[section] == nil {
            context.report(.missingSection, SchemaMessages.missingSection, ["section": section],
                           at: root.location, path: section)
        }
        canvas.targetGroup = mapping(entries["target_group"], root: root) { $0.targetGroup($1, $2) }
        canvas.needs = list(entries["needs"], root: root) { $0.need($1, $2) }
        canvas.service = mapping(entries["service"], root: root) { $0.service($1, $2) }
        canvas.resources = list(entries["resources"], root: root) { $0.resource($1, $2) }
        canvas.partners = list(entries["partners"], root: root) { $0.partner($1, $2) }
        canvas.information = list(entries["information"], root: root) { $0.information($1, $2) }
        canvas.activities = list(entries["activities"], root: root) { $0.activity($1, $2) }
        canvas.effects = effects(entries["effects"], root: root)
        canvas.results = list(entries["results"], root: root, required: false) { decoder, node, path in
            decoder.effect(node, path, keys: FormatKeys.result, describedAs: "a result", itself: "this result")
        }
        return canvas
    }

    /// Reads `format`, which must be the integer 1.
    mutating func format(_ entry: Entry?) -> Int? {
        guard let entry, !entry.value.isNull else { return nil }
        guard let value = context.integer(entry) else { return nil }
        if value != 1 {
            context.report(.unsupportedFormat, SchemaMessages.unsupportedFormat, ["value": String(value)],
                           at: entry.value.location, path: "format")
        }
        return value
    }

    /// A section that is a mapping; reports it missing, empty, or of the wrong type.
    mutating func mapping<T>(_ entry: Entry?, root: YAMLView, required: Bool = true,
                             _ read: (inout Self, YAMLView, String) -> T) -> T? {
        guard let entry = present(entry, named: entryName(entry), root: root, required: required) else { return nil }
        guard entry.value.pairs != nil else {
            context.wrongType(entry, expected: "a mapping")
            return nil
        }
        return read(&self, entry.value, entry.name)
    }

    /// A section that is a list of mappings; reports it missing, empty, or of the wrong type.
    mutating func list<T>(_ entry: Entry?, root: YAMLView, required: Bool = true,
                          _ read: (inout Self, YAMLView, String) -> T?) -> [T]? {
        guard let entry = present(entry, named: entryName(entry), root: root, required: required) else { return nil }
        guard let items = entry.value.items else {
            context.wrongType(entry, expected: "a list")
            return nil
        }
        var result: [T] = []
        for (index, item) in items.enumerated() {
            let path = "\(entry.path)[\(Self.itemKey(item) ?? String(index))]"
            guard item.pairs != nil else {
                context.report(.wrongType, SchemaMessages.wrongItemType,
                               ["field": entry.name, "expected": "a mapping", "found": item.kindDescription],
                               at: item.location, path: path)
                continue
            }
            if let value = read(&self, item, path) { result.append(value) }
        }
        return result
    }

    /// The entry's name, for sections absent from the canvas (filled in by the caller's key).
    private func entryName(_ entry: Entry?) -> String { entry?.name ?? "" }

    /// Reports a missing or empty section; returns the entry when it has content.
    mutating func present(_ entry: Entry?, named name: String, root: YAMLView, required: Bool) -> Entry? {
        guard let entry else { return nil }
        let isEmpty = entry.value.isNull || entry.value.items?.isEmpty == true || entry.value.pairs?.isEmpty == true
        if isEmpty {
            if required {
                context.report(.emptySection, SchemaMessages.emptySection, ["section": entry.path],
                               at: entry.key.location, path: entry.path)
            }
            return nil
        }
        return entry
    }

    /// The `id:` of a list item, for readable paths.
    static func itemKey(_ node: YAMLView) -> String? {
        node.value(forKey: "id")?.scalar
    }
}
