/// A YAML node as the workbench sees it: untyped scalars with their style, sequences and
/// mappings that keep their order and duplicate keys, and the position of every node.
///
/// Scalars are not typed by YAML 1.1 rules; the canvas decoder types them by the format,
/// so `title: no` stays the string "no" and `id: 0012` stays "0012".
public struct YAMLNode: Sendable {
    /// What the node holds.
    public enum Content: Sendable {
        /// A scalar: its text, and whether it was written plain (unquoted, not a block scalar).
        case scalar(String, plain: Bool)
        /// A sequence of nodes.
        case sequence([YAMLNode])
        /// A mapping: key/value pairs in document order, duplicates kept.
        case mapping([Pair])
    }

    /// One key/value pair of a mapping.
    public struct Pair: Sendable {
        /// The key node.
        public var key: YAMLNode
        /// The value node.
        public var value: YAMLNode
    }

    /// The node's content.
    public var content: Content
    /// The explicit core tag (`!!str`…), or `nil` when the node has none.
    public var tag: YAMLTag?
    /// Where the node starts.
    public var location: SourceLocation

    /// Creates a node.
    public init(_ content: Content, tag: YAMLTag? = nil, location: SourceLocation) {
        self.content = content
        self.tag = tag
        self.location = location
    }

    /// The scalar text, if the node is a scalar.
    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// Whether the node is a plain scalar that YAML reads as null (`~`, `null`, or nothing).
    public var isNull: Bool {
        guard case .scalar(let text, let plain) = content, plain, tag == nil else {
            return tag == .null
        }
        let utf8 = text.utf8
        switch utf8.count {
        case 0: return true
        case 1: return utf8.first == UInt8(ascii: "~")
        case 4: return text == "null" || text == "Null" || text == "NULL"
        default: return false
        }
    }

    /// The pairs, if the node is a mapping.
    public var pairs: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// Whether the node is a sequence.
    public var isSequence: Bool {
        if case .sequence = content { return true }
        return false
    }

    /// The items, if the node is a sequence.
    public var items: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// A short English name of the node's kind for messages ("a mapping", "a list", "a string").
    public var kindDescription: String {
        switch content {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar: isNull ? "nothing (null)" : "a scalar"
        }
    }
}
