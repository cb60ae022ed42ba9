/// Generates valid YAML documents with non-ASCII text in every position, each with the value a
/// YAML 1.2 reader must compose from it, for the differential test (``YAMLDifferentialTests``).
///
/// Each document is a mapping at the top. Keys and values are Bulgarian, Ukrainian and Russian
/// words, emoji (with joiners and flags), letters with combining marks, right-to-left text and
/// bidirectional controls, mixed with ASCII; they appear as plain, single- and double-quoted
/// scalars (also over several lines), block scalars (`|`, `>`, with chomping and indentation
/// indicators, leading and trailing empty lines, lines starting with `#`), flow and block
/// sequences and mappings (flow ones also over several lines, with comments inside), anchors
/// and aliases, full-line and trailing comments; the whole document may start with a
/// byte-order mark, a `%YAML 1.2` directive or `---`, and use CRLF line endings.
///
/// Left out on purpose: U+0085, U+2028 and U+2029 (line breaks for libyaml, a YAML 1.1 reader,
/// but not for YAML 1.2) and tabs in indentation (not allowed by YAML).
struct YAMLGenerator {
    /// The value a document must compose to.
    indirect enum Value: Equatable, CustomStringConvertible {
        case scalar(String)
        case sequence([Value])
        case mapping([(String, Value)])

        static func == (left: Value, right: Value) -> Bool {
            switch (left, right) {
            case (.scalar(let a), .scalar(let b)): a == b
            case (.sequence(let a), .sequence(let b)): a == b
            case (.mapping(let a), .mapping(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
            default: false
            }
        }

        var description: String {
            switch self {
            case .scalar(let text): String(reflecting: text)
            case .sequence(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
            case .mapping(let pairs): "{" + pairs.map { String(reflecting: $0.0) + ": " + $0.1.description }.joined(separator: ", ") + "}"
            }
        }
    }

    /// One generated document.
    struct Document {
        /// The document's bytes (UTF-8, perhaps with a byte-order mark and CRLF line endings).
        var bytes: [UInt8]
        /// What it must compose to.
        var value: Value
    }

    /// Words that may stand anywhere, even plain and inside `[ ]`: no indicator, no `: ` or ` #`.
    static let words = [
        // Bulgarian, Ukrainian, Russian.
        "Библиотека", "читалище", "Велинград", "деца", "увреждания", "Пенсионери", "ЖЖЖЖЖЖЖЖЖЖЖ",
        "Черкаси", "ґанок", "їжак", "Ми", "поруч", "Є", "щастя", "Книга", "на", "дом", "ёлка", "Щедрость", "ъ",
        // Emoji, with a joiner, a skin tone and a flag.
        "📚", "👩‍👧", "🇧🇬", "✅", "👍🏽", "🤝",
        // Combining marks (й and é decomposed, stacked marks, a lone mark).
        "и\u{306}", "e\u{301}te\u{301}", "a\u{308}\u{304}", "\u{301}",
        // Right-to-left text and bidirectional controls.
        "שלום", "مكتبة", "\u{202E}txt\u{202C}", "\u{200F}א", "\u{2067}عربي\u{2069}",
        // ASCII, CJK and others.
        "library", "ONLINE", "60+", "x-y", "Ωμέγα", "中文", "ქართული", "Ωz",
    ]

    /// Text that only quotes or comments may hold.
    static let quotedOnly = ["#", " # ", ": ", ", ", "[", "]", "{", "}", "&", "*", "!", "|", ">", "%", "@", "`", "-"]

    private var random: SplitMix64

    /// A generator whose documents depend on `seed` alone.
    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    /// The next document.
    mutating func next() -> Document {
        var out = Output()
        var anchors: [(String, Value)] = []
        let pairs = mapping(indent: 0, into: &out, anchors: &anchors)
        var text = out.text + "\n"
        var prefix = ""
        switch random.below(6) {
        case 0: prefix = "---\n"
        case 1: prefix = "%YAML 1.2\n--- # " + words(2) + "\n"
        case 2: prefix = "# " + comment() + "\n---\n"
        default: break
        }
        text = prefix + text
        if random.below(5) == 0 { text += "...\n" }
        if random.below(3) == 0 { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
        var bytes = Array(text.utf8)
        if random.below(4) == 0 { bytes = [0xEF, 0xBB, 0xBF] + bytes }
        return Document(bytes: bytes, value: .mapping(pairs))
    }

    // MARK: - Collections

    /// The lines of a block mapping at column `indent`, starting on a fresh line.
    private mutating func mapping(indent: Int, into out: inout Output, anchors: inout [(String, Value)],
                                  depth: Int = 0) -> [(String, Value)] {
        var pairs: [(String, Value)] = []
        for _ in 0..<(1 + random.below(depth == 0 ? 6 : 3)) {
            fullLineComments(indent: indent, into: &out)
            let (keyText, key) = self.key()
            out.line(indent, keyText + ":")
            pairs.append((key, value(indent: indent, into: &out, anchors: &anchors, depth: depth)))
        }
        return pairs
    }

    /// A value after `key:` (the line is open), for a block mapping at column `indent`.
    private mutating func value(indent: Int, into out: inout Output, anchors: inout [(String, Value)], depth: Int) -> Value {
        let choice = random.below(depth >= 2 ? 6 : 9)
        switch choice {
        case 0, 1, 2:
            return inlineScalar(indent: indent, into: &out, anchors: &anchors)
        case 3:
            return blockScalar(indent: indent, into: &out)
        case 4, 5:
            let value = flow(indent: indent, into: &out, depth: depth)
            out.append(trailingComment())
            return value
        case 6:
            let nested = indent + 1 + random.below(4)
            out.append(trailingComment())
            return .mapping(mapping(indent: nested, into: &out, anchors: &anchors, depth: depth + 1))
        default:
            // A block sequence under a key may start at the key's own column.
            let column = random.below(3) == 0 ? indent : indent + 1 + random.below(3)
            out.append(trailingComment())
            return sequence(indent: column, parentIndent: indent, into: &out, anchors: &anchors, depth: depth + 1)
        }
    }

    /// A block sequence at column `indent` (its items may hold mappings).
    private mutating func sequence(indent: Int, parentIndent: Int, into out: inout Output,
                                   anchors: inout [(String, Value)], depth: Int) -> Value {
        var items: [Value] = []
        for _ in 0..<(1 + random.below(3)) {
            fullLineComments(indent: indent, into: &out)
            out.line(indent, "-")
            if random.below(3) == 0 {
                // `- key: value` with more keys below, aligned.
                let column = indent + 2
                let (keyText, key) = self.key()
                out.append(" " + keyText + ":")
                var pairs = [(key, inlineScalar(indent: column, into: &out, anchors: &anchors))]
                for _ in 0..<random.below(2) {
                    let (moreText, more) = self.key()
                    out.line(column, moreText + ":")
                    pairs.append((more, inlineScalar(indent: column, into: &out, anchors: &anchors)))
                }
                items.append(.mapping(pairs))
            } else if random.below(4) == 0 {
                items.append(blockScalar(indent: indent, into: &out))
            } else if random.below(3) == 0 {
                out.append(" ")
                items.append(flow(indent: indent, into: &out, depth: depth))
                out.append(trailingComment())
            } else {
                items.append(inlineScalar(indent: indent, into: &out, anchors: &anchors))
            }
        }
        return .sequence(items)
    }

    /// A flow collection, perhaps over several lines indented more than `indent`.
    private mutating func flow(indent: Int, into out: inout Output, depth: Int, oneLine: Bool = false) -> Value {
        if !out.lastLineEndsWithSpace { out.append(" ") }
        let multiline = !oneLine && random.below(2) == 0
        let isMapping = random.below(2) == 0
        out.append(isMapping ? "{" : "[")
        var items: [Value] = [], pairs: [(String, Value)] = []
        let count = random.below(4) + (isMapping ? 1 : 0)
        for index in 0..<count {
            if index > 0 {
                out.append(",")
                if multiline && random.below(3) == 0 { out.append(" # " + comment()) }
            }
            if multiline {
                out.line(indent + 1 + random.below(4), "")
            } else if index > 0 || random.below(2) == 0 {
                out.append(" ")
            }
            if isMapping {
                let (keyText, key) = flowScalar()
                out.append(keyText + ": ")
                let (valueText, value) = depth < 2 && random.below(5) == 0 ? nestedFlow(depth: depth) : flowScalar()
                out.append(valueText)
                pairs.append((key.scalarText, value))
            } else {
                let (text, value) = depth < 2 && random.below(5) == 0 ? nestedFlow(depth: depth) : flowScalar()
                out.append(text)
                items.append(value)
            }
        }
        if multiline && random.below(2) == 0 { out.line(indent + 1 + random.below(3), "") }
        out.append(isMapping ? "}" : "]")
        return isMapping ? .mapping(pairs) : .sequence(items)
    }

    /// A one-line flow collection inside another.
    private mutating func nestedFlow(depth: Int) -> (String, Value) {
        var out = Output()
        let value = flow(indent: 0, into: &out, depth: depth + 1, oneLine: true)
        return (out.text.trimmingPrefix(" "), value)
    }

    // MARK: - Scalars

    /// A key: plain or quoted, on one line.
    private mutating func key() -> (String, String) {
        switch random.below(4) {
        case 0: let text = words(1 + random.below(2)) + Self.quotedOnly.randomElement(using: &random)! + words(1)
                return (Self.doubleQuoted(text), text)
        case 1: let text = words(1 + random.below(2)) + Self.quotedOnly.randomElement(using: &random)!
                return ("'" + text.replacingOccurrences(of: "'", with: "''") + "'", text)
        default: let text = words(1 + random.below(3))
                 return (text, text)
        }
    }

    /// A scalar in a flow collection: plain or quoted, on one line.
    private mutating func flowScalar() -> (String, Value) {
        let (text, value) = key()
        return (text, .scalar(value))
    }

    /// A scalar after `key:` or `-` on the open line (plain, quoted, perhaps over several
    /// lines, perhaps anchored or an alias), then perhaps a comment; continuation lines are
    /// indented more than `indent`.
    private mutating func inlineScalar(indent: Int, into out: inout Output, anchors: inout [(String, Value)]) -> Value {
        if !anchors.isEmpty && random.below(12) == 0 {
            let (name, value) = anchors.randomElement(using: &random)!
            out.append(" *" + name + trailingComment())
            return value
        }
        var anchor: String?
        if random.below(10) == 0 {
            anchor = "a\(anchors.count)"
            out.append(" &" + anchor!)
        }
        let lines = (0..<(random.below(4) == 0 ? 2 + random.below(2) : 1)).map { _ in words(1 + random.below(3)) }
        let value = lines.joined(separator: " ")
        switch random.below(3) {
        case 0:
            out.append(" " + lines[0])
            for line in lines.dropFirst() { out.line(indent + 1 + random.below(3), line) }
        case 1:
            let extra = random.below(3) == 0 ? Self.quotedOnly.randomElement(using: &random)! + "'" : ""
            out.append(" '" + (lines[0] + extra).replacingOccurrences(of: "'", with: "''"))
            for line in lines.dropFirst() { out.line(indent + 1 + random.below(3), line) }
            out.append("'")
            let full = extra.isEmpty ? value : ([lines[0] + extra] + lines.dropFirst()).joined(separator: " ")
            return finish(.scalar(full), anchor: anchor, into: &out, anchors: &anchors)
        default:
            let extra = random.below(3) == 0 ? Self.quotedOnly.randomElement(using: &random)! + "\"\\\t" : ""
            out.append(" " + String(Self.doubleQuoted(lines[0] + extra).dropLast()))
            for line in lines.dropFirst() { out.line(indent + 1 + random.below(3), line) }
            out.append("\"")
            let full = extra.isEmpty ? value : ([lines[0] + extra] + lines.dropFirst()).joined(separator: " ")
            return finish(.scalar(full), anchor: anchor, into: &out, anchors: &anchors)
        }
        return finish(.scalar(value), anchor: anchor, into: &out, anchors: &anchors)
    }

    private mutating func finish(_ value: Value, anchor: String?, into out: inout Output,
                                 anchors: inout [(String, Value)]) -> Value {
        if let anchor { anchors.append((anchor, value)) }
        out.append(trailingComment())
        return value
    }

    /// A block scalar after `key:` or `-` (the line is open), its text indented more than `indent`.
    private mutating func blockScalar(indent: Int, into out: inout Output) -> Value {
        let literal = random.below(2) == 0
        let chomping = ["", "-", "+"].randomElement(using: &random)!
        let step = 1 + random.below(3)
        let explicit = random.below(4) == 0
        out.append(" " + (literal ? "|" : ">") + (explicit ? String(step) : "") + chomping)
        if random.below(2) == 0 { out.append(" # " + comment()) }
        let leadingEmpty = random.below(4) == 0 ? 1 : 0
        let trailingEmpty = random.below(3) == 0 ? 1 : 0
        var lines: [String] = []
        for index in 0..<(1 + random.below(3)) {
            var line = random.below(5) == 0 ? "# " + words(1 + random.below(2)) : words(1 + random.below(4))
            if random.below(4) == 0 { line += Self.quotedOnly.randomElement(using: &random)! + words(1) }
            // More-indented lines change folding; only a literal scalar gets them, never first.
            if literal && index > 0 && random.below(4) == 0 { line = "  " + line }
            lines.append(line)
        }
        for _ in 0..<leadingEmpty { out.line(0, "") }
        for line in lines { out.line(indent + step, line) }
        for _ in 0..<trailingEmpty { out.line(0, "") }
        out.afterBlockScalar = true
        var text = String(repeating: "\n", count: leadingEmpty) + lines.joined(separator: literal ? "\n" : " ")
        switch chomping {
        case "-": break
        case "+": text += "\n" + String(repeating: "\n", count: trailingEmpty)
        default: text += "\n"
        }
        return .scalar(text)
    }

    // MARK: - Text

    private mutating func words(_ count: Int) -> String {
        (0..<count).map { _ in Self.words.randomElement(using: &random)! }.joined(separator: " ")
    }

    private mutating func comment() -> String {
        (0..<(1 + random.below(4))).map { _ in
            random.below(3) == 0 ? Self.quotedOnly.randomElement(using: &random)! : Self.words.randomElement(using: &random)!
        }.joined(separator: " ")
    }

    /// Nothing, or a comment after at least one space (or a tab).
    private mutating func trailingComment() -> String {
        switch random.below(6) {
        case 0: " # " + comment()
        case 1: String(repeating: " ", count: 1 + random.below(20)) + "#" + comment()
        case 2: "\t# " + comment()
        default: ""
        }
    }

    /// Full-line comments and empty lines before an entry of a collection at column `indent`:
    /// comments no deeper than the entry (deeper ones would be text of a block scalar before
    /// them), empty lines only when no block scalar comes just before (`|+` would keep them).
    private mutating func fullLineComments(indent: Int, into out: inout Output) {
        for _ in 0..<(random.below(4) == 0 ? 1 + random.below(2) : 0) {
            if random.below(3) == 0 && !out.afterBlockScalar {
                out.line(0, "")
            } else {
                out.line(random.below(indent + 1), "# " + comment())
            }
        }
    }

    /// `text` as a double-quoted scalar, with escapes for `"`, `\`, tab, and some characters as `\u`.
    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "Ж": out += "\\u0416"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// The text of a document being generated, line by line.
private struct Output {
    var text = ""
    /// Whether the last thing written is a block scalar (no line started since).
    var afterBlockScalar = false

    /// Starts a new line with `indent` spaces and `content` (the first line needs no break).
    mutating func line(_ indent: Int, _ content: String) {
        afterBlockScalar = false
        if !text.isEmpty { text += "\n" }
        text += String(repeating: " ", count: indent) + content
    }

    mutating func append(_ content: String) { text += content }

    var lastLineEndsWithSpace: Bool { text.last == " " }
}

private extension YAMLGenerator.Value {
    var scalarText: String {
        if case .scalar(let text) = self { return text }
        return ""
    }
}

private extension String {
    func trimmingPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}

/// A small, fast, seeded random number generator (SplitMix64), so every run makes the same documents.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next(upperBound: UInt64(bound))) }
}
