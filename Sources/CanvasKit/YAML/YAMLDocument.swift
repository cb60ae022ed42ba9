/// A composed YAML document stored flat: every node in document order (a collection before its
/// children, a key before its value), and the bytes of every scalar in one buffer.
///
/// The canvas decoder reads it through ``YAMLView``s. Compared with a tree of ``YAMLNode``s it
/// costs two growing arrays per file instead of an array per collection and a string per
/// scalar, and nothing to release node by node afterwards; a string is made only for the
/// values the decoder keeps. ``tree()`` turns it into a ``YAMLNode`` for the other readers
/// (plugin and configuration files).
final class YAMLDocument {
    /// One node: 24 bytes and no references, so the array of them is one block of memory.
    struct Node {
        enum Kind: UInt8 { case scalar, sequence, mapping }

        var kind: Kind
        /// For a scalar: whether it was written plain (unquoted, not a block scalar).
        var plain: Bool
        var tag: YAMLTag?
        /// 1-based line and column (in characters).
        var line: Int32
        var column: Int32
        /// For a scalar: where its bytes start in ``YAMLDocument/text``.
        var start: Int32
        /// For a scalar: its length in bytes; a sequence: its items; a mapping: its pairs.
        var count: Int32
        /// The index just after the node's last descendant (its next sibling, if it has one).
        var end: Int32

        var location: SourceLocation { SourceLocation(line: Int(line), column: Int(column)) }
    }

    /// The nodes in document order; the root is the first.
    ///
    /// Fixed memory owned by the document rather than arrays: the decoders read it at every
    /// step, and reading a class's array property costs a reference count and an exclusivity
    /// check each time (measured: a tenth of `sdw lint`).
    let nodes: UnsafeMutableBufferPointer<Node>
    /// The bytes of every scalar, one after another (an alias's copy shares its anchor's bytes).
    let text: UnsafeMutableBufferPointer<UInt8>

    /// A document holding copies of `nodes` and `text`.
    init(nodes: [Node], text: [UInt8]) {
        self.nodes = .allocate(capacity: nodes.count)
        _ = self.nodes.initialize(fromContentsOf: nodes)
        self.text = .allocate(capacity: text.count)
        _ = self.text.initialize(fromContentsOf: text)
    }

    deinit {
        nodes.deallocate()
        text.deallocate()
    }

    /// Runs `body` with a view of the root (`nil` when the stream holds no document), the one
    /// way to get a view: the document is kept alive until `body` returns, and the views, which
    /// do not keep it alive themselves (see ``YAMLView``), must not leave `body` (what `body`
    /// returns is made of strings, numbers and locations read through them, never a view).
    func withRoot<Result>(_ body: (YAMLView?) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(self) {
            try body(nodes.isEmpty ? nil : YAMLView(self, 0))
        }
    }

    /// The text of the scalar at `index`.
    func string(at index: Int) -> String {
        let node = nodes[index]
        let start = Int(node.start)
        return String(decoding: UnsafeBufferPointer(rebasing: text[start..<start + Int(node.count)]), as: UTF8.self)
    }

    /// The document as a tree of ``YAMLNode``s, or `nil` when it is empty.
    ///
    /// Built from the last node to the first, so children are ready before their collection
    /// and no recursion is needed however deep the nesting.
    func tree() -> YAMLNode? {
        var built: [YAMLNode] = []
        for index in nodes.indices.reversed() {
            let node = nodes[index]
            switch node.kind {
            case .scalar:
                built.append(YAMLNode(.scalar(string(at: index), plain: node.plain), tag: node.tag, location: node.location))
            case .sequence:
                var items: [YAMLNode] = []
                items.reserveCapacity(Int(node.count))
                for _ in 0..<node.count { items.append(built.removeLast()) }
                built.append(YAMLNode(.sequence(items), tag: node.tag, location: node.location))
            case .mapping:
                var pairs: [YAMLNode.Pair] = []
                pairs.reserveCapacity(Int(node.count))
                for _ in 0..<node.count {
                    let key = built.removeLast()
                    pairs.append(YAMLNode.Pair(key: key, value: built.removeLast()))
                }
                built.append(YAMLNode(.mapping(pairs), tag: node.tag, location: node.location))
            }
        }
        return built.last
    }
}
