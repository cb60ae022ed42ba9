import CYaml

/// Checks for the places where libyaml 0.2.5 accepts input that YAML 1.2 rejects, found by
/// running the YAML test suite (scripts/yaml-suite.sh). The composer calls them as events arrive;
/// each looks only at the few bytes around one event, so well-formed files pay almost nothing.
///
/// - Continuation lines of a multi-line quoted scalar or flow collection must be indented more
///   than the enclosing block collection (suite cases 9C9N, QB6E, DK95/01, Y79Y/003).
/// - A comment needs whitespace before `#`: after a quoted scalar, a flow collection, a comma
///   or a block scalar indicator (SU5Z, 9JBA, CVW2, X4QW).
/// - A plain scalar inside `[ ]` or `{ }` cannot start with `-` followed by a space or nothing
///   (G5U8, YJV2).
/// - A `%YAML` directive is `%YAML major.minor`, then a space before any comment (MUS6/00).
/// - Leading empty lines of a block scalar may not hold more spaces than its first text line (S98Z).
///
/// libyaml's marks count characters, not bytes (`index` from the first character of the input,
/// which the composer gives without a byte-order mark; `column` from the line's start): every
/// mark goes through ``CharacterOffsets`` before it indexes `bytes`, so text before a mark may
/// hold any character.
struct YAMLSpecChecks {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Turns libyaml's character indices into byte offsets into `bytes`.
    private var offsets: CharacterOffsets

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.offsets = CharacterOffsets(bytes)
    }

    private static let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), hash = UInt8(ascii: "#")

    private func byte(at index: Int) -> UInt8? { index >= 0 && index < bytes.count ? bytes[index] : nil }

    private static func syntax(_ message: String, line: Int, column: Int) -> YAMLError {
        YAMLError(YAMLError.syntaxPrefix + message, at: SourceLocation(line: line, column: column))
    }

    /// Lines after the first one between `start` and `end` must be blank or indented by more
    /// than `blockIndent` spaces (the 0-based column of the enclosing block collection, -1 for none).
    mutating func checkContinuationLines(from start: yaml_mark_t, to end: yaml_mark_t, blockIndent: Int, what: String)
        throws(YAMLError) {
        guard end.line > start.line, blockIndent >= 0 else { return }
        var line = Int(start.line) + 1
        var index = offsets.byteOffset(ofCharacter: Int(start.index))
        let stop = offsets.byteOffset(ofCharacter: Int(end.index))
        while index < stop {
            defer { index += 1 }
            guard bytes[index] == Self.newline else { continue }
            line += 1
            var spaces = 0
            while byte(at: index + 1 + spaces) == Self.space { spaces += 1 }
            var rest = index + 1 + spaces
            while let next = byte(at: rest), next == Self.space || next == Self.tab || next == Self.carriageReturn {
                rest += 1
            }
            let isBlank = byte(at: rest) == nil || byte(at: rest) == Self.newline
            if !isBlank && spaces <= blockIndent && index + 1 + spaces < stop {
                throw Self.syntax(
                    "this line continues \(what) that starts at line \(start.line + 1), so it must be indented "
                        + "by at least \(blockIndent + 1) space\(blockIndent == 0 ? "" : "s"), more than the key or item that holds it",
                    line: line, column: spaces + 1)
            }
        }
    }

    /// A `#` right after a token (at `end`) is not a comment: YAML requires whitespace before it.
    mutating func checkNoCommentGlued(at end: yaml_mark_t) throws(YAMLError) {
        if byte(at: offsets.byteOffset(ofCharacter: Int(end.index))) == Self.hash {
            throw Self.syntax("a comment needs a space before '#'", line: Int(end.line) + 1, column: Int(end.column) + 1)
        }
    }

    /// Inside a flow collection: `,#` after a node is a comment glued to the comma.
    mutating func checkAfterFlowNode(at end: yaml_mark_t) throws(YAMLError) {
        var index = offsets.byteOffset(ofCharacter: Int(end.index)), column = Int(end.column)
        while let next = byte(at: index), next == Self.space || next == Self.tab {
            index += 1
            column += 1
        }
        if byte(at: index) == UInt8(ascii: ","), byte(at: index + 1) == Self.hash {
            throw Self.syntax("a comment needs a space before '#'", line: Int(end.line) + 1, column: column + 2)
        }
    }

    /// A plain scalar inside a flow collection cannot be `-` alone or start with `- `.
    func checkFlowPlainScalar(_ text: String, at start: yaml_mark_t) throws(YAMLError) {
        guard text.utf8.first == UInt8(ascii: "-") else { return }
        let second = text.utf8.dropFirst().first
        if second == nil || second == Self.space || second == Self.tab {
            throw Self.syntax("'-' cannot start a plain value inside [ ] or { }; put the value in quotes",
                              line: Int(start.line) + 1, column: Int(start.column) + 1)
        }
    }

    /// The header of a block scalar (`|`, `>`, with indentation and chomping indicators) and,
    /// when the indentation is not given, its leading empty lines.
    mutating func checkBlockScalar(at start: yaml_mark_t, blockIndent: Int) throws(YAMLError) {
        // The event starts at its tag or anchor, if any: find the `|` or `>` indicator.
        var index = offsets.byteOffset(ofCharacter: Int(start.index)), column = Int(start.column)
        while let next = byte(at: index), next != UInt8(ascii: "|") && next != UInt8(ascii: ">") && next != Self.newline {
            index += 1
            if !CharacterOffsets.isContinuation(next) { column += 1 }
        }
        index += 1
        column += 1
        var explicitIndent = false
        while let next = byte(at: index), next == UInt8(ascii: "+") || next == UInt8(ascii: "-")
                || (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(next) {
            explicitIndent = explicitIndent || next != UInt8(ascii: "+") && next != UInt8(ascii: "-")
            index += 1
            column += 1
        }
        if byte(at: index) == Self.hash {
            throw Self.syntax("a comment needs a space before '#'", line: Int(start.line) + 1, column: column + 1)
        }
        guard !explicitIndent else { return }
        while let next = byte(at: index), next != Self.newline { index += 1 }
        var line = Int(start.line) + 1, widestEmpty = 0, widestLine = 0
        while byte(at: index) == Self.newline {
            index += 1
            line += 1
            var spaces = 0
            while byte(at: index + spaces) == Self.space { spaces += 1 }
            let next = byte(at: index + spaces)
            if next == nil { return }
            if next == Self.newline || (next == Self.carriageReturn && byte(at: index + spaces + 1) == Self.newline) {
                if spaces > widestEmpty { (widestEmpty, widestLine) = (spaces, line) }
                index += spaces + (next == Self.carriageReturn ? 1 : 0)
                continue
            }
            if spaces > blockIndent && widestEmpty > spaces {
                throw Self.syntax(
                    "this empty line at the start of a block scalar has more spaces than its first text line "
                        + "(line \(line)); remove the extra spaces", line: widestLine, column: 1)
            }
            return
        }
    }

    /// `%YAML` directives before the first document: `%YAML 1.2`, optionally a space and a comment.
    mutating func checkDirectives() throws(YAMLError) {
        var index = offsets.byteOffset(ofCharacter: 0), line = 1
        while let first = byte(at: index), first == UInt8(ascii: "%") || first == Self.hash || first == Self.newline {
            var end = index
            while let next = byte(at: end), next != Self.newline { end += 1 }
            let text = String(decoding: bytes[index..<end], as: UTF8.self)
            if text.hasPrefix("%YAML "), !Self.isVersionDirective(text) {
                throw Self.syntax("the %YAML directive should read '%YAML 1.2' (a comment after it needs a space before '#')",
                                  line: line, column: 1)
            }
            index = end + 1
            line += 1
        }
    }

    private static func isVersionDirective(_ line: String) -> Bool {
        var rest = Substring(line.dropFirst(5)).drop(while: { $0 == " " || $0 == "\t" })
        let major = rest.prefix(while: \.isASCIIDigit)
        rest = rest.dropFirst(major.count)
        guard !major.isEmpty, rest.first == "." else { return false }
        rest = rest.dropFirst()
        let minor = rest.prefix(while: \.isASCIIDigit)
        rest = rest.dropFirst(minor.count)
        let tail = rest.drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" })
        return !minor.isEmpty && (tail.isEmpty || (tail.first == "#" && tail.count < rest.count))
    }
}
