/// One key of a mapping, with its key and value nodes.
struct Entry {
    let name: String
    let key: YAMLView
    let value: YAMLView
    /// The canvas path of the mapping holding it, e.g. `partners[dbt]`.
    let owner: String

    var path: String { owner.isEmpty ? name : "\(owner).\(name)" }
}
