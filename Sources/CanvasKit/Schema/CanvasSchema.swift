/// The JSON Schema (draft 2020-12) of format 1: canvas files and workshop files.
///
/// It is built from code, from the same key lists the decoder reads (``FormatKeys``) and the
/// same closed value lists (``FormatEnum/allowedValues``, ``CurrencyCode/all``), so it cannot
/// drift from what `sdw lint` accepts. Editors' YAML language servers use it for completion and
/// hover; it checks structure only (types, keys, enums, required fields), not the rules.
public enum CanvasSchema {
    /// The schema's URI of the draft it follows.
    public static let draft = "https://json-schema.org/draft/2020-12/schema"

    /// The schema as JSON text, the same bytes on every run.
    public static var text: String { document.rendered() }

    /// The schema as a JSON value.
    public static var document: JSONValue {
        .object([
            .init("$schema", .string(draft)),
            .init("title", .string("Smart diagram canvas or workshop, format 1")),
            .init("description", .string(
                "A smart diagram (service-design canvas) that a library workshop uses to design a new service "
                    + "for one target group, or, with kind: workshop, the workshop session the canvases came from.")),
            .init("type", .string("object")),
            .init("if", .object([
                .init("properties", .object([.init("kind", .object([.init("const", .string("workshop"))]))])),
                .init("required", .array([.string("kind")])),
            ])),
            .init("then", .object([.init("$ref", .string("#/$defs/workshop"))])),
            .init("else", .object([.init("$ref", .string("#/$defs/canvas"))])),
            .init("$defs", .object(definitions.map { .init($0.name, $0.schema) })),
        ])
    }

    /// Every mapping of the format: its `$defs` name, the decoder's key set, and its fields.
    static var definitions: [SchemaDefinition] {
        [canvas, workshop, workshopGroup, targetGroup, need, service, resource, partner, information, activity,
         effects, socialEffect, economicEffect, result]
    }

    /// The `x-` extension keys every mapping allows.
    static var extensionProperties: JSONValue { JSONValue.object([
        .init("^x-", .object([.init("description", .string(
            "An extension: a key starting with x- holds your own data; sdw keeps it and does not check it."))])),
    ]) }
}
