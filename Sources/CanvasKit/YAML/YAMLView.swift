#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One node of a ``YAMLDocument``, as the decoders read it: the same questions as ``YAMLNode``
/// asks (scalar text, null, items, pairs, position), answered from the flat arrays.
///
/// A view does not keep its document alive (`unowned(unsafe)`), so copying one touches no
/// reference count. Views come only from ``YAMLDocument/withRoot(_:)``, which keeps the document
/// alive while its closure runs, and are only used inside it (the decoders keep strings,
/// numbers and locations, never a view).
struct YAMLView {
    unowned(unsafe) let document: YAMLDocument
    /// The node's index in ``YAMLDocument/nodes``.
    let index: Int

    init(_ document: YAMLDocument, _ index: Int) {
        self.document = document
        self.index = index
    }

    private var node: YAMLDocument.Node { document.nodes[index] }

    /// Where the node starts.
    var location: SourceLocation { node.location }

    /// The explicit core tag, if any.
    var tag: YAMLTag? { node.tag }

    /// Whether the node is a scalar written plain.
    var isPlain: Bool { node.kind == .scalar && node.plain }

    /// The scalar text, if the node is a scalar.
    var scalar: String? { node.kind == .scalar ? document.string(at: index) : nil }

    /// Whether the node is a scalar whose text is `text`, compared without making a string.
    func scalarIs(_ text: StaticString) -> Bool {
        let node = node
        guard node.kind == .scalar, Int(node.count) == text.utf8CodeUnitCount else { return false }
        let start = Int(node.start)
        return text.withUTF8Buffer { expected in
            UnsafeBufferPointer(rebasing: document.text[start..<start + expected.count]).elementsEqual(expected)
        }
    }

    /// The index in `names` of the scalar's text, compared without making a string; `nil` when
    /// the node is not a scalar or its text is not among them.
    func index(in names: [String]) -> Int? {
        let node = node
        guard node.kind == .scalar else { return nil }
        let start = Int(node.start)
        let bytes = UnsafeBufferPointer(rebasing: document.text[start..<start + Int(node.count)])
        guard let base = bytes.baseAddress else { return names.firstIndex { $0.isEmpty } }
        return names.firstIndex { name in
            name.utf8.count == bytes.count
                && (name.utf8.withContiguousStorageIfAvailable { memcmp($0.baseAddress!, base, bytes.count) == 0 }
                    ?? name.utf8.elementsEqual(bytes))
        }
    }

    /// Whether the node is a scalar of only spaces, tabs and line breaks (or nothing).
    var isBlank: Bool {
        let node = node
        guard node.kind == .scalar else { return false }
        let start = Int(node.start)
        return UnsafeBufferPointer(rebasing: document.text[start..<start + Int(node.count)]).allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// Whether the node is a plain scalar that YAML reads as null (`~`, `null`, or nothing).
    var isNull: Bool {
        let node = node
        guard node.kind == .scalar, node.plain, node.tag == nil else { return node.tag == .null }
        switch node.count {
        case 0: return true
        case 1: return scalarIs("~")
        case 4: return scalarIs("null") || scalarIs("Null") || scalarIs("NULL")
        default: return false
        }
    }

    /// The items, if the node is a sequence.
    var items: YAMLChildren? {
        let node = node
        guard node.kind == .sequence else { return nil }
        return YAMLChildren(document: document, first: index + 1, end: Int(node.end), count: Int(node.count))
    }

    /// The key/value pairs, if the node is a mapping.
    var pairs: YAMLPairs? {
        let node = node
        guard node.kind == .mapping else { return nil }
        return YAMLPairs(children: YAMLChildren(document: document, first: index + 1, end: Int(node.end),
                                                count: Int(node.count) * 2))
    }

    /// The value of the first pair whose key is `key`, if the node is a mapping that has one.
    func value(forKey key: StaticString) -> YAMLView? {
        pairs?.first { $0.key.scalarIs(key) }?.value
    }

    /// A short English name of the node's kind for messages ("a mapping", "a list", "a string").
    var kindDescription: String {
        switch node.kind {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar: isNull ? "nothing (null)" : "a scalar"
        }
    }
}

/// The children of a collection, in order: a sequence's items, or a mapping's keys and values.
/// Made from a ``YAMLView``, it lives, as views do, inside ``YAMLDocument/withRoot(_:)``.
struct YAMLChildren: Sequence {
    unowned(unsafe) let document: YAMLDocument
    let first: Int
    let end: Int
    /// How many children there are.
    let count: Int

    var isEmpty: Bool { count == 0 }

    struct Iterator: IteratorProtocol {
        unowned(unsafe) let document: YAMLDocument
        var position: Int
        let end: Int

        mutating func next() -> YAMLView? {
            guard position < end else { return nil }
            let view = YAMLView(document, position)
            position = Int(document.nodes[position].end)
            return view
        }
    }

    func makeIterator() -> Iterator { Iterator(document: document, position: first, end: end) }

    var underestimatedCount: Int { count }
}

/// A mapping's key/value pairs, in document order, duplicates kept.
struct YAMLPairs: Sequence {
    struct Pair {
        let key: YAMLView
        let value: YAMLView
    }

    let children: YAMLChildren

    /// How many pairs there are.
    var count: Int { children.count / 2 }
    var isEmpty: Bool { children.isEmpty }

    struct Iterator: IteratorProtocol {
        var children: YAMLChildren.Iterator

        mutating func next() -> Pair? {
            guard let key = children.next(), let value = children.next() else { return nil }
            return Pair(key: key, value: value)
        }
    }

    func makeIterator() -> Iterator { Iterator(children: children.makeIterator()) }

    var underestimatedCount: Int { count }
}
