/// The known keys of one mapping, looked up by name.
///
/// For each known key it keeps the index of the key's node, so building it copies nothing and
/// a lookup makes one small ``Entry``. (An earlier list of ``Entry`` values copied every key
/// and value node once more, and was searched by comparing each entry's name; that was about a
/// quarter of the decoder's time.)
struct Entries {
    /// The mapping.
    private let mapping: YAMLView
    /// The keys the mapping may have.
    private let known: [String]
    /// The canvas path of the mapping, for the entries' paths.
    private let owner: String
    /// For each name of `known`, the node index of its first key, or -1 when it is absent.
    private var slots: [Int32]

    /// An empty table over `mapping`; ``record(known:key:)`` fills it in.
    init(mapping: YAMLView, known: [String], owner: String) {
        self.mapping = mapping
        self.known = known
        self.owner = owner
        slots = Array(repeating: -1, count: known.count)
    }

    /// The entry of the known key `name`, if the mapping has it.
    subscript(name: String) -> Entry? {
        guard let index = known.firstIndex(of: name) else { return nil }
        return entry(known: index)
    }

    /// The entry of the key `known[index]`, if the mapping has it.
    func entry(known index: Int) -> Entry? {
        let slot = Int(slots[index])
        guard slot >= 0 else { return nil }
        let key = YAMLView(mapping.document, slot)
        let value = YAMLView(mapping.document, Int(mapping.document.nodes[slot].end))
        return Entry(name: known[index], key: key, value: value, owner: owner)
    }

    /// Records that the key `known[index]` is the node `key`.
    mutating func record(known index: Int, key: YAMLView) { slots[index] = Int32(key.index) }
}
