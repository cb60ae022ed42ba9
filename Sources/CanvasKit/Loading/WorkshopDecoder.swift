/// Turns a composed YAML mapping with `kind: workshop` into a ``Workshop``.
struct WorkshopDecoder {
    var context = DecodingContext()

    mutating func decode(_ root: YAMLView) -> Workshop {
        var workshop = Workshop(start: root.location)
        let e = context.entries(of: root, owner: "", describedAs: "the workshop", known: FormatKeys.workshop.known, fields: &workshop.fields)
        context.require(FormatKeys.workshop.required, in: e, owner: "", describedAs: "the workshop", at: root.location)
        var canvasDecoder = CanvasDecoder(context: context)
        workshop.format = canvasDecoder.format(e["format"])
        context = canvasDecoder.context
        workshop.id = context.slug(e["id"])
        workshop.title = context.string(e["title"])
        workshop.language = context.enumValue(e["language"], Language.self) ?? .en
        workshop.when = context.when(e["when"])
        workshop.place = context.string(e["place"])
        workshop.organisers = context.strings(e["organisers"])
        workshop.facilitators = context.strings(e["facilitators"])
        workshop.participants = context.integer(e["participants"])
        if let entry = e["groups"], !entry.value.isNull {
            if let items = entry.value.items {
                workshop.groups = items.enumerated().compactMap { index, item in group(item, "groups[\(index)]") }
            } else {
                context.wrongType(entry, expected: "a list of groups")
            }
        }
        return workshop
    }

    mutating func group(_ node: YAMLView, _ path: String) -> Workshop.Group? {
        guard node.pairs != nil else {
            context.report(.wrongType, SchemaMessages.wrongItemType,
                           ["field": "groups", "expected": "a mapping", "found": node.kindDescription],
                           at: node.location, path: path)
            return nil
        }
        var fields = FieldLocations(start: node.location)
        let e = context.entries(of: node, owner: path, describedAs: "a workshop group", known: FormatKeys.workshopGroup.known,
                                fields: &fields)
        context.require(FormatKeys.workshopGroup.required, in: e, owner: path, describedAs: "this group", at: node.location)
        return Workshop.Group(number: context.integer(e["number"]), plugin: context.string(e["plugin"]),
                              theme: context.string(e["theme"]), fields: fields)
    }
}
