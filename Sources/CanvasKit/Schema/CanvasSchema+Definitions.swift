/// The `$defs` of the schema: one per mapping of format 1, with the meanings of canvas-format.md.
/// Those holding a ``JSONValue`` are built at each use, not kept in a global: a leak checker cannot
/// see the pointers an indirect enum keeps in its spare bits, so a kept one is reported as leaked.
extension CanvasSchema {
    static var canvas: SchemaDefinition { SchemaDefinition(
        name: "canvas",
        description: "A smart diagram: the header, then the nine sections of the diagram and optional results.",
        keys: FormatKeys.canvas, alsoRequired: FormatKeys.requiredSections,
        fields: [
            SchemaField(name: "format", kind: .constant(.integer(1)), description: "The format version: always 1 for this format."),
            SchemaField(name: "kind", kind: .constant(.string("canvas")),
                        description: "What the file holds: canvas (the default) or workshop."),
            SchemaField(name: "id", kind: .slug,
                        description: "The canvas's id, unique within a store: lower-case Latin letters, digits and hyphens."),
            SchemaField(name: "title", kind: .text, description: "The service's working title."),
            SchemaField(name: "language", kind: .choice(Language.allowedValues),
                        description: "The language of the text (default en); it picks report labels and message language."),
            SchemaField(name: "plugin", kind: .text,
                        description: "The target-group plugin to apply (a built-in or an installed one); "
                            + "when absent, sdw suggests one.",
                        examples: ["unemployed", "seniors", "farmers", "disabled-children"]),
            SchemaField(name: "status", kind: .choice(CanvasStatus.allowedValues),
                        description: "The life-cycle state (default draft)."),
            SchemaField(name: "library", kind: .text, description: "The library proposing the service."),
            SchemaField(name: "authors", kind: .textList, description: "The people or workshop groups who wrote the canvas."),
            SchemaField(name: "workshop", kind: .slug, description: "The id of the workshop session this canvas came from."),
            SchemaField(name: "group", kind: .whole(minimum: nil), description: "The table/group number in that workshop."),
            SchemaField(name: "target_group", kind: .mapping("target_group"),
                        description: "Target group (Целева група): who the service is for."),
            SchemaField(name: "needs", kind: .list("need"), description: "Needs (Потребности) of the target group."),
            SchemaField(name: "service", kind: .mapping("service"),
                        description: "The service (Идентифициране на услугата): its name, goal and description."),
            SchemaField(name: "resources", kind: .list("resource"),
                        description: "Plan/resources (План/ресурси) the service needs; available: false marks a missing one."),
            SchemaField(name: "partners", kind: .list("partner"),
                        description: "Partners (Партньори): who takes part, in what role, and what they gain."),
            SchemaField(name: "information", kind: .list("information"),
                        description: "Information (Информация): how the service is made known, and to whom."),
            SchemaField(name: "activities", kind: .list("activity"),
                        description: "Activities (Дейности): what is done, when, by whom, for which needs, with which partners and resources."),
            SchemaField(name: "effects", kind: .mapping("effects"),
                        description: "The social (Социален ефект) and economic (Икономически ефект) effects of the service."),
            SchemaField(name: "results", kind: .list("result"),
                        description: "Results (Резултати): the direct outputs of the activities (optional)."),
        ]) }

    static var workshop: SchemaDefinition { SchemaDefinition(
        name: "workshop",
        description: "A workshop: one session of group exercises; canvases join it through their workshop id and group number.",
        keys: FormatKeys.workshop,
        fields: [
            SchemaField(name: "format", kind: .constant(.integer(1)), description: "The format version: always 1."),
            SchemaField(name: "kind", kind: .constant(.string("workshop")), description: "Marks this file as a workshop."),
            SchemaField(name: "id", kind: .slug, description: "The workshop's id, which canvases name in workshop:."),
            SchemaField(name: "title", kind: .text, description: "The workshop's title, e.g. the meeting's theme."),
            SchemaField(name: "language", kind: .choice(Language.allowedValues),
                        description: "The language of the report's labels (default en)."),
            SchemaField(name: "when", kind: .period,
                        description: "When it took place: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, or a range A..B of those."),
            SchemaField(name: "place", kind: .text, description: "Where it took place."),
            SchemaField(name: "organisers", kind: .textList, description: "The hosting libraries."),
            SchemaField(name: "facilitators", kind: .textList, description: "Who led the exercises."),
            SchemaField(name: "participants", kind: .whole(minimum: nil), description: "How many people took part."),
            SchemaField(name: "groups", kind: .list("workshop_group"),
                        description: "The tables planned, with the target group each was given."),
        ]) }

    static let workshopGroup = SchemaDefinition(
        name: "workshop_group", description: "One table of the workshop.", keys: FormatKeys.workshopGroup,
        fields: [
            SchemaField(name: "number", kind: .whole(minimum: nil), description: "The group's number, which canvases name in group:."),
            SchemaField(name: "plugin", kind: .text, description: "The target-group plugin this group's canvas uses.",
                        examples: ["unemployed", "seniors", "farmers", "disabled-children"]),
            SchemaField(name: "theme", kind: .text, description: "The group's theme: its target group in words."),
        ])
}
