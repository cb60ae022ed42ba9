@testable import CanvasServer
import Testing

/// Three-way merges of two saves made from one revision.
@Suite struct DocumentMergeTests {
    static func need(_ id: String, _ text: String) -> DocumentValue {
        .object([.init("id", .string(id)), .init("text", .string(text))])
    }

    static func canvas(title: String = "T", size: String = "20", needs: [DocumentValue]) -> DocumentValue {
        .object([
            .init("title", .string(title)),
            .init("target_group", .object([.init("name", .string("G")), .init("size", .number(size))])),
            .init("needs", .array(needs)),
        ])
    }

    let base = canvas(needs: [need("a", "A"), need("b", "B")])

    @Test func differentFieldsMerge() {
        let mine = Self.canvas(title: "Mine", needs: [Self.need("a", "A"), Self.need("b", "B")])
        let theirs = Self.canvas(size: "30", needs: [Self.need("a", "A"), Self.need("b", "B")])
        #expect(DocumentMerge.merge(base: base, mine: mine, theirs: theirs)
                == .merged(Self.canvas(title: "Mine", size: "30", needs: [Self.need("a", "A"), Self.need("b", "B")])))
    }

    @Test func differentItemsMergeByID() {
        let mine = Self.canvas(needs: [Self.need("a", "A2"), Self.need("b", "B"), Self.need("c", "C")])
        let theirs = Self.canvas(needs: [Self.need("a", "A"), Self.need("b", "B2")])
        #expect(DocumentMerge.merge(base: base, mine: mine, theirs: theirs)
                == .merged(Self.canvas(needs: [Self.need("a", "A2"), Self.need("b", "B2"), Self.need("c", "C")])))
    }

    @Test func theSameFieldChangedTwiceConflicts() {
        let mine = Self.canvas(needs: [Self.need("a", "Mine"), Self.need("b", "B")])
        let theirs = Self.canvas(needs: [Self.need("a", "Theirs"), Self.need("b", "B")])
        #expect(DocumentMerge.merge(base: base, mine: mine, theirs: theirs) == .conflict(["needs[a].text"]))
    }

    @Test func aRemovedItemThatTheOtherChangedConflicts() {
        let mine = Self.canvas(needs: [Self.need("b", "B")])
        let theirs = Self.canvas(needs: [Self.need("a", "A2"), Self.need("b", "B")])
        #expect(DocumentMerge.merge(base: base, mine: mine, theirs: theirs) == .conflict(["needs[a]"]))
        let untouched = Self.canvas(needs: [Self.need("a", "A"), Self.need("b", "B3")])
        #expect(DocumentMerge.merge(base: base, mine: mine, theirs: untouched) == .merged(Self.canvas(needs: [Self.need("b", "B3")])))
    }

    @Test func theSameChangeOnBothSidesIsNoConflict() {
        let both = Self.canvas(title: "Same", needs: [Self.need("a", "A")])
        #expect(DocumentMerge.merge(base: base, mine: both, theirs: both) == .merged(both))
    }
}
