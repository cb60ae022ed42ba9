/// The known keys of one mapping, looked up by name.
///
/// It keeps the mapping's pairs and, for each known key, the index of its pair: building it
/// copies no node, and a lookup copies only the pair it returns. (An earlier list of ``Entry``
/// values copied every key and value node once more, and was searched by comparing each entry's
/// name; that was about a quarter of the decoder's time.)
struct Entries {
    /// The mapping's pairs, as composed.
    private let pairs: [YAMLNode.Pair]
    /// The keys the mapping may have.
    private let known: [String]
    /// The canvas path of the mapping, for the entries' paths.
    private let owner: String
    /// For each name of `known`, the index in `pairs` of its first pair, or -1 when it is absent.
    private var slots: [Int]

    /// An empty table over `pairs`; ``record(_:pair:)`` fills it in.
    init(pairs: [YAMLNode.Pair], known: [String], owner: String) {
        self.pairs = pairs
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
        let slot = slots[index]
        guard slot >= 0 else { return nil }
        return Entry(name: known[index], key: pairs[slot].key, value: pairs[slot].value, owner: owner)
    }

    /// Records that the key `known[index]` is written in `pairs[pair]`.
    mutating func record(known index: Int, pair: Int) { slots[index] = pair }
}
