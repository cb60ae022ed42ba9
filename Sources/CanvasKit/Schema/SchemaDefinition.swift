/// One mapping of format 1 as a `$defs` entry of the schema.
struct SchemaDefinition {
    /// The `$defs` name.
    let name: String
    /// What the mapping is.
    let description: String
    /// The keys the decoder knows and requires.
    let keys: KeySet
    /// Keys required besides `keys.required` (the canvas's sections).
    var alsoRequired: [String] = []
    /// The fields, one per known key.
    let fields: [SchemaField]

    /// The JSON Schema object.
    var schema: JSONValue {
        let required = keys.required + alsoRequired
        return .object([
            .init("description", .string(description)),
            .init("type", .string("object")),
            .init("properties", .object(fields.map { .init($0.name, $0.schema(required: required.contains($0.name))) })),
            .init("required", .array(required.map(JSONValue.string))),
            .init("patternProperties", CanvasSchema.extensionProperties),
            .init("additionalProperties", .bool(false)),
        ])
    }
}
