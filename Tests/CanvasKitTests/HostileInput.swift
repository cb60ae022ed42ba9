/// One hostile input for ``HostileInputTests``: the bytes, and what the loader must say.
struct HostileInput: CustomStringConvertible, Sendable {
    /// A short name shown in test results.
    let name: String
    /// Makes the bytes (some are megabytes, so they are built only when the case runs).
    let bytes: @Sendable () -> [UInt8]
    /// A fragment of the expected invalid-yaml message, or `nil` when the file must load without one.
    let message: String?
    /// The expected line and column, or `nil` when the problem has no place (or there is none).
    let location: SourceLocationPair?

    var description: String { name }

    /// A line and a column.
    struct SourceLocationPair: Sendable, Equatable {
        let line: Int
        let column: Int
    }

    init(_ name: String, message: String?, at location: (Int, Int)? = nil, _ bytes: @escaping @Sendable () -> [UInt8]) {
        self.name = name
        self.bytes = bytes
        self.message = message
        self.location = location.map { SourceLocationPair(line: $0.0, column: $0.1) }
    }

    init(_ name: String, message: String?, at location: (Int, Int)? = nil, text: String) {
        self.init(name, message: message, at: location) { Array(text.utf8) }
    }

    /// A "billion laughs" document: ten levels of aliases, each repeating the one before ten times.
    static func aliasBomb() -> [UInt8] {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let previous = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(previous)]\n"
        }
        return Array(text.utf8)
    }

    /// Bytes from a fixed-seed generator, so a failure can be reproduced.
    static func randomBytes(count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }

    /// Every hostile case with its documented message.
    static let all: [HostileInput] = [
        HostileInput("billion laughs", message: "aliases (*name) expand the document to more than 200000 values, lists and mappings",
                     at: (6, 10), aliasBomb),
        // Without an alias, the message speaks of the document's own size, not of aliases.
        HostileInput("210,000 list items", message: "the document has more than 200000 values, lists and mappings", at: (200_000, 3)) {
            Array(String(repeating: "- a\n", count: 210_000).utf8)
        },
        // libyaml's scanner runs ahead over `[[[…` and its own guard fires first, at the outermost bracket.
        HostileInput("10,000 nested flow sequences", message: "nests deeper than 64 levels", at: (1, 1)) {
            Array((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8)
        },
        HostileInput("10,000 nested flow mappings", message: "nests deeper than 64 levels", at: (1, 257)) {
            Array((String(repeating: "{a: ", count: 10_000) + "b" + String(repeating: "}", count: 10_000)).utf8)
        },
        HostileInput("10,000 nested block sequences", message: "nests deeper than 64 levels", at: (1, 129)) {
            Array((String(repeating: "- ", count: 10_000) + "x\n").utf8)
        },
        HostileInput("5 MB file", message: "the file is larger than 4 MiB, the limit for one canvas") {
            Array(("title: " + String(repeating: "x", count: 5_000_000) + "\n").utf8)
        },
        HostileInput("random binary bytes", message: "binary data", at: (1, 48)) { randomBytes(count: 65_536, seed: 42) },
        HostileInput("NUL byte", message: "holds a NUL byte", at: (2, 9), text: "format: 1\ntitle: a\u{0}b\n"),
        HostileInput("invalid UTF-8", message: "is not UTF-8 text (the first byte that is not is at line 2, column 5)", at: (2, 5)) {
            Array("format: 1\nid: ".utf8) + [0xFF, 0xFE] + Array("\n".utf8)
        },
        HostileInput("unknown tag", message: "the tag '!foo' is not supported", at: (2, 5), text: "format: 1\nid: !foo x\n"),
        HostileInput("unknown global tag", message: "the tag '!!python/object:os.system' is not supported", at: (1, 4),
                     text: "a: !!python/object:os.system x\n"),
        HostileInput("multiple documents", message: "more than one YAML document", at: (2, 1), text: "a: 1\n---\nb: 2\n"),
        HostileInput("empty file", message: "the file is empty", text: ""),
        HostileInput("only a byte-order mark", message: "the file is empty") { [0xEF, 0xBB, 0xBF] },
        HostileInput("comment only", message: "the file is empty", text: "# nothing here yet\n\n"),
        HostileInput("a scalar document", message: "the document is a single value, not a mapping", at: (1, 1), text: "hello\n"),
        HostileInput("a list document", message: "the document is a list, not a mapping", at: (1, 1), text: "- a\n- b\n"),
        HostileInput("undefined alias", message: "the alias *nowhere names no anchor", at: (1, 4), text: "a: *nowhere\n"),
        HostileInput("unclosed quote", message: "a quote opened at line 1 is never closed", at: (2, 1), text: "title: \"open\n"),
    ]
}
