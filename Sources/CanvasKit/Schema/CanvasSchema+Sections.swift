/// The `$defs` of the canvas's sections and their items.
extension CanvasSchema {
    static let targetGroup = SchemaDefinition(
        name: "target_group", description: "Target group (Целева група): who the service is for.",
        keys: FormatKeys.targetGroup,
        fields: [
            SchemaField(name: "name", kind: .text, description: "The target group's name."),
            SchemaField(name: "description", kind: .text, description: "Who they are, in a few sentences."),
            SchemaField(name: "size", kind: .whole(minimum: 1), description: "How many people the service is to reach (a whole number above 0)."),
            SchemaField(name: "place", kind: .text, description: "Where they live or meet."),
        ])

    static let need = SchemaDefinition(
        name: "need", description: "One need (Потребност) of the target group.", keys: FormatKeys.need,
        fields: [
            SchemaField(name: "id", kind: .slug, description: "The need's id, which activities name in their needs list."),
            SchemaField(name: "text", kind: .text, description: "The need, in the canvas's language."),
            evidence(of: "the need"),
        ])

    static let service = SchemaDefinition(
        name: "service", description: "The service (Идентифициране на услугата).", keys: FormatKeys.service,
        fields: [
            SchemaField(name: "name", kind: .text, description: "The service's name."),
            SchemaField(name: "goal", kind: .text, description: "What the service is to achieve."),
            SchemaField(name: "description", kind: .text, description: "How the service works."),
        ])

    static let resource = SchemaDefinition(
        name: "resource", description: "One resource (План/ресурси) the service needs.", keys: FormatKeys.resource,
        fields: [
            SchemaField(name: "id", kind: .slug, description: "The resource's id, which activities name in their resources list."),
            SchemaField(name: "item", kind: .text, description: "What the resource is."),
            SchemaField(name: "kind", kind: .choice(ResourceKind.allowedValues), description: "What kind of resource it is."),
            SchemaField(name: "cost", kind: .amount, description: "What it costs: a decimal number, 0 or more, in currency."),
            currency(of: "the cost"),
            SchemaField(name: "available", kind: .flag,
                        description: "Whether the library has it (default true); false marks a missing resource (Липсващи ресурси)."),
        ])

    static let partner = SchemaDefinition(
        name: "partner", description: "One partner (Партньор) of the service.", keys: FormatKeys.partner,
        fields: [
            SchemaField(name: "id", kind: .slug, description: "The partner's id, which activities name in their partners list."),
            SchemaField(name: "name", kind: .text, description: "The partner organisation or person."),
            SchemaField(name: "type", kind: .choice(PartnerType.allowedValues), description: "What kind of organisation it is."),
            SchemaField(name: "role", kind: .text, description: "What the partner does for the service."),
            SchemaField(name: "benefit", kind: .text, description: "What the partner gains from it."),
            SchemaField(name: "contact", kind: .text, description: "Whom to contact, and how."),
        ])

    static let information = SchemaDefinition(
        name: "information", description: "One way the service is made known (Информация).", keys: FormatKeys.information,
        fields: [
            SchemaField(name: "channel", kind: .text, description: "The channel: a poster, a local newspaper, a meeting, a website…"),
            SchemaField(name: "audience", kind: .text, description: "Whom the channel reaches."),
        ])

    static let activity = SchemaDefinition(
        name: "activity", description: "One activity (Дейност) of the service's plan.", keys: FormatKeys.activity,
        fields: [
            SchemaField(name: "id", kind: .slug, description: "The activity's id."),
            SchemaField(name: "name", kind: .text, description: "What is done."),
            SchemaField(name: "when", kind: .period,
                        description: "When: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, or a range A..B of those."),
            SchemaField(name: "responsible", kind: .text, description: "Who is responsible for it."),
            SchemaField(name: "needs", kind: .idList, description: "The ids of the needs it answers."),
            SchemaField(name: "partners", kind: .idList, description: "The ids of the partners it involves."),
            SchemaField(name: "resources", kind: .idList, description: "The ids of the resources it uses or works to obtain."),
        ])

    static let effects = SchemaDefinition(
        name: "effects", description: "The effects of the service, social and economic.", keys: FormatKeys.effects,
        fields: [
            SchemaField(name: "social", kind: .list("social_effect"), description: "Social effects (Социален ефект)."),
            SchemaField(name: "economic", kind: .list("economic_effect"), description: "Economic effects (Икономически ефект)."),
        ])

    static let socialEffect = SchemaDefinition(
        name: "social_effect", description: "One social effect (Социален ефект).", keys: FormatKeys.socialEffect,
        fields: [text(of: "the effect"), indicator, target, unit, evidence(of: "the effect")])

    static let economicEffect = SchemaDefinition(
        name: "economic_effect", description: "One economic effect (Икономически ефект).", keys: FormatKeys.economicEffect,
        fields: [
            text(of: "the effect"),
            SchemaField(name: "value", kind: .amount, description: "The amount of the effect: a decimal number, 0 or more, in currency."),
            currency(of: "the value"), indicator, target, unit, evidence(of: "the effect"),
        ])

    static let result = SchemaDefinition(
        name: "result", description: "One result (Резултат): a direct output of the activities.", keys: FormatKeys.result,
        fields: [text(of: "the result"), indicator, target, unit])

    private static func text(of what: String) -> SchemaField {
        SchemaField(name: "text", kind: .text, description: "What \(what) is, in the canvas's language.")
    }

    private static func evidence(of what: String) -> SchemaField {
        SchemaField(name: "evidence", kind: .choice(Evidence.allowedValues),
                    description: "How \(what) is known: assumed (the default), surveyed or measured.")
    }

    private static func currency(of what: String) -> SchemaField {
        SchemaField(name: "currency", kind: .currency, description: "The ISO 4217 currency of \(what) (BGN, UAH, KZT, RUB, EUR, USD…).")
    }

    private static let indicator = SchemaField(name: "indicator", kind: .text, description: "What is measured to show the effect.")
    private static let target = SchemaField(name: "target", kind: .amount, description: "The value the indicator is to reach, in unit.")
    private static let unit = SchemaField(name: "unit", kind: .text, description: "The target's unit: people, percent, a currency code, or free text.",
                                          examples: ["people", "percent"])
}
