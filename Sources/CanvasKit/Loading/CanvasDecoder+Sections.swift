/// Readers for the sections of the canvas.
extension CanvasDecoder {
    mutating func targetGroup(_ node: YAMLView, _ path: String) -> TargetGroup {
        var fields = FieldLocations(start: node.location)
        let e = context.entries(of: node, owner: path, describedAs: "target_group",
                                known: FormatKeys.targetGroup.known, fields: &fields)
        context.require(FormatKeys.targetGroup.required, in: e, owner: path, describedAs: "target_group", at: node.location)
        let size = context.integer(e["size"])
        if let size, size <= 0, let entry = e["size"] {
            context.report(.wrongType, SchemaMessages.wrongType,
                           ["field": "size", "expected": "a whole number above 0", "found": String(size)],
                           at: entry.value.location, path: entry.path)
        }
        return TargetGroup(name: context.string(e["name"]), description: context.string(e["description"]),
                           size: size, place: context.string(e["place"]), fields: fields)
    }

    mutating func need(_ node: YAMLView, _ path: String) -> Need {
        var fields = FieldLocations(start: node.location)
        let e = context.entries(of: node, owner: path, describedAs: "a need", known: FormatKeys.need.known, fields: &fields)
        context.require(FormatKeys.need.required, in: e, owner: path, describedAs: "this need", at: node.location)
        return Need(id: context.slug(e["id"]), text: context.string(e["text"]),
                    evidence: context.enumValue(e["evidence"], Evidence.self) ?? .assumed, fields: fields)
    }

    mutating func service(_ node: YAMLView, _ path: String) -> Service {
        var fields = FieldLocations(start: node.location)
        let e = context.entries(of: node, owner: path, describedAs: "service", known: FormatKeys.service.known,
                                fields: &fields)
        context.require(FormatKeys.service.required, in: e, owner: path, describedAs: "service", at: node.location)
        return Service(name: context.string(e["name"]), goal: context.string(e["goal"]),
                       description: context.string(e["description"]), fields: fields)
    }

    mutating func resource(_ node: YAMLView, _ path: String) -> Resource {
        var fields = FieldLocations(start: node.location)
        let e = context.entries(of: node, owner: path, describedAs: "a resource",
                                known: FormatKeys.resource.known, fields: &fields)
        context.require(FormatKeys.resource.required, in: e, owner: path, describedAs: "this resource", at: node.location)
        return Resource(id: context.slug(e["id"]), item: context.string(e["item"]),
                        kind: context.enumValue(e["kind"], ResourceKind.self), cost: context.decimal(e["cost"]),
                        currency: context.currency(e["currency"]), available: context.boolean(e["available"]) ?? true,
                        fields: fields)
    }

    mutating func partner(_ node: YAMLView, _ path: String) -> Partner {
        var fields = FieldLocations(start: node.location)
        let e = context.entries(of: node, owner: path, describedAs: "a partner",
                                known: FormatKeys.partner.known, fields: &fields)
        context.require(FormatKeys.partner.required, in: e, owner: path, describedAs: "this partner", at: node.location)
        return Partner(id: context.slug(e["id"]), name: context.string(e["name"]),
                       type: context.enumValue(e["type"], PartnerType.self), role: context.string(e["role"]),
                       benefit: context.string(e["benefit"]), contact: context.string(e["contact"]), fields: fields)
    }

    mutating func information(_ node: YAMLView, _ path: String) -> InformationChannel {
        var fields = FieldLocations(start: node.location)
        let e = context.entries(of: node, owner: path, describedAs: "an information channel",
                                known: FormatKeys.information.known, fields: &fields)
        context.require(FormatKeys.information.required, in: e, owner: path, describedAs: "this information item", at: node.location)
        return InformationChannel(channel: context.string(e["channel"]), audience: context.string(e["audience"]),
                                  fields: fields)
    }

    mutating func activity(_ node: YAMLView, _ path: String) -> Activity {
        var fields = FieldLocations(start: node.location)
        let e = context.entries(of: node, owner: path, describedAs: "an activity",
                                known: FormatKeys.activity.known,
                                fields: &fields)
        context.require(FormatKeys.activity.required, in: e, owner: path, describedAs: "this activity", at: node.location)
        return Activity(id: context.slug(e["id"]), name: context.string(e["name"]), when: context.when(e["when"]),
                        responsible: context.string(e["responsible"]), needs: context.references(e["needs"]),
                        partners: context.references(e["partners"]), resources: context.references(e["resources"]),
                        fields: fields)
    }

    /// An effect or a result; `what` names it in messages ("a social effect"), `itself` once it is named ("this effect").
    mutating func effect(_ node: YAMLView, _ path: String, keys: KeySet, describedAs what: String, itself: String) -> Effect {
        var fields = FieldLocations(start: node.location)
        let e = context.entries(of: node, owner: path, describedAs: what, known: keys.known, fields: &fields)
        context.require(keys.required, in: e, owner: path, describedAs: itself, at: node.location)
        return Effect(text: context.string(e["text"]), value: context.decimal(e["value"]),
                      currency: context.currency(e["currency"]), indicator: context.string(e["indicator"]),
                      target: context.decimal(e["target"]), unit: context.string(e["unit"]),
                      evidence: context.enumValue(e["evidence"], Evidence.self) ?? .assumed, fields: fields)
    }

    mutating func effects(_ entry: Entry?, root: YAMLView) -> Effects? {
        guard let entry = present(entry, named: "effects", root: root, required: true) else { return nil }
        guard entry.value.pairs != nil else {
            context.wrongType(entry, expected: "a mapping with 'social' and 'economic' lists")
            return nil
        }
        var fields = FieldLocations(start: entry.value.location)
        let e = context.entries(of: entry.value, owner: "effects", describedAs: "effects", known: FormatKeys.effects.known,
                                fields: &fields)
        for section in FormatKeys.effects.required where e[section] == nil {
            context.report(.missingSection, SchemaMessages.missingSection, ["section": "effects.\(section)"],
                           at: entry.key.location, path: "effects.\(section)")
        }
        let social = list(e["social"], root: root) { decoder, node, path in
            decoder.effect(node, path, keys: FormatKeys.socialEffect, describedAs: "a social effect", itself: "this effect")
        }
        let economic = list(e["economic"], root: root) { decoder, node, path in
            decoder.effect(node, path, keys: FormatKeys.economicEffect, describedAs: "an economic effect", itself: "this effect")
        }
        return Effects(social: social, economic: economic, fields: fields)
    }
}
