import Testing
@testable import CanvasKit

/// The flat document the composer builds, and the tree made from it.
@Suite struct YAMLComposerTests {
    private func compose(_ text: String) throws -> YAMLNode? { try YAMLComposer.compose(Array(text.utf8)) }

    @Test func anAliasCopiesItsAnchorsSubtreeAtTheAliasPosition() throws {
        let root = try #require(try compose("a: &x [1, {b: two}]\nc: *x\nd: 3\n"))
        let pairs = try #require(root.pairs)
        #expect(pairs.map { $0.key.scalar } == ["a", "c", "d"])
        let copy = pairs[1].value
        #expect(copy.location == SourceLocation(line: 2, column: 4))
        let items = try #require(copy.items)
        #expect(items.map(\.location) == [SourceLocation(line: 1, column: 8), SourceLocation(line: 1, column: 11)])
        #expect(items[0].scalar == "1")
        #expect(items[1].pairs?.first?.value.scalar == "two")
        #expect(pairs[2].value.scalar == "3")
    }

    @Test func scalarsKeepTheirTextStyleAndTag() throws {
        let root = try #require(try compose("plain: no\nquoted: 'да'\nblock: |\n  two\n  lines\ntagged: !!str 12\nempty:\n"))
        let values = try #require(root.pairs).map(\.value)
        #expect(values.map { $0.scalar } == ["no", "да", "two\nlines\n", "12", ""])
        #expect(values.map { if case .scalar(_, let plain) = $0.content { plain } else { false } }
                    == [true, false, false, true, true])
        #expect(values[3].tag == .str)
        #expect(values[4].isNull)
    }

    @Test func theDecoderViewsAnswerLikeTheTree() throws {
        let text = "id: a\nlist: [x, y]\nmap: {k: v}\nnothing: ~\n"
        let document = try Array(text.utf8).withUnsafeBufferPointer { bytes in try YAMLComposer.document(bytes) }
        // Views only inside withRoot, which keeps the document alive while they are read.
        try document.withRoot { root in
            let root = try #require(root)
            #expect(root.value(forKey: "id")?.scalar == "a")
            #expect(root.value(forKey: "list")?.items.map { $0.map { $0.scalar } } == ["x", "y"])
            #expect(root.value(forKey: "map")?.pairs?.count == 1)
            #expect(root.value(forKey: "nothing")?.isNull == true)
            #expect(root.value(forKey: "missing") == nil)
            let keys = try #require(root.pairs).map { $0.key.index(in: ["map", "id", "list"]) }
            #expect(keys == [1, 2, 0, nil])
        }
    }

    /// The document's views come only from `withRoot`, which keeps it alive: the last reference
    /// given up inside, the views still read the document, which goes once `withRoot` returns.
    @Test func viewsLiveInsideWithRootWhileTheDocumentDoes() throws {
        weak var gone: YAMLDocument?
        var scalars: [String?] = []
        do {
            var document: YAMLDocument? = try Array("a: [1, 2]\n".utf8).withUnsafeBufferPointer { bytes in
                try YAMLComposer.document(bytes)
            }
            gone = document
            try document?.withRoot { root in
                document = nil
                let items = try #require(root?.value(forKey: "a")?.items)
                scalars = items.map(\.scalar)
                #expect(gone != nil)
            }
        }
        #expect(scalars == ["1", "2"])
        #expect(gone == nil)
    }

    @Test func anEmptyStreamHasNoRoot() throws {
        #expect(try compose("") == nil)
        #expect(try compose("# only a comment\n") == nil)
    }
}
