import Testing
@testable import CanvasKit

/// Each check of ``YAMLSpecChecks`` rejects its case at the exact line:column, counted in
/// characters, with Cyrillic text before the place (libyaml's marks count characters, not bytes).
struct YAMLSpecChecksTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a quoted text continued at the indentation of its item (9C9N, QB6E)",
             text: "ключ:\n  - \"първи ред\n  втори\"\n", line: 3, column: 3, message: "this line continues a quoted text"),
        Case(name: "a flow list continued at the indentation of its item (DK95/01, Y79Y/003)",
             text: "ключ:\n  - [едно,\n  две]\n", line: 3, column: 3, message: "this line continues a [ ] or { } list"),
        Case(name: "a comment glued to a quoted text (SU5Z)",
             text: "заглавие: \"Ж\"# бележка\n", line: 1, column: 14, message: "a comment needs a space before '#'"),
        Case(name: "a comment glued to a flow list (9JBA)",
             text: "списък: [а, б]# x\n", line: 1, column: 15, message: "a comment needs a space before '#'"),
        Case(name: "a comment glued to a comma (CVW2)",
             text: "списък: [а,# x\n  б]\n", line: 1, column: 12, message: "a comment needs a space before '#'"),
        Case(name: "a comment glued to a block scalar indicator (X4QW)",
             text: "текст: |# x\n  ред\n", line: 1, column: 9, message: "a comment needs a space before '#'"),
        Case(name: "'-' alone as a plain value inside [ ] (G5U8, YJV2)",
             text: "списък: {а: [-]}\n", line: 1, column: 14, message: "'-' cannot start a plain value"),
        Case(name: "a %YAML directive with a comment glued to it (MUS6/00)",
             text: "%YAML 1.2#x\n---\nа: б\n", line: 1, column: 1, message: "the %YAML directive should read"),
        Case(name: "a leading empty line of a block scalar wider than its text (S98Z)",
             text: "ключ: |\n\n   \n  ред\n", line: 3, column: 1, message: "this empty line at the start of a block scalar"),
    ]

    @Test(arguments: cases)
    func eachCheckRejectsItsCaseAtItsLineAndColumn(_ example: Case) {
        let error = #expect(throws: YAMLError.self) { _ = try YAMLComposer.compose(Array(example.text.utf8)) }
        #expect(error?.location == SourceLocation(line: example.line, column: example.column))
        #expect(error?.message.contains(example.message) == true, "\(error?.message ?? "")")
    }

    /// The same cases after a byte-order mark and with CRLF line endings: the same place.
    @Test(arguments: cases)
    func aByteOrderMarkAndCRLFMoveNothing(_ example: Case) {
        let text = example.text.replacingOccurrences(of: "\n", with: "\r\n")
        let error = #expect(throws: YAMLError.self) { _ = try YAMLComposer.compose([0xEF, 0xBB, 0xBF] + Array(text.utf8)) }
        #expect(error?.location == SourceLocation(line: example.line, column: example.column))
    }

    /// The issue's cases: valid YAML that the byte/character mix-up called invalid.
    @Test(arguments: [
        "title: \"ЖЖЖЖЖЖЖЖЖЖЖ\"\n# note #\nid: \"abc\"\n",
        "a: {name: Пенсионери 60+, size: 20}          # Целева група\nb:\n  - {id: survey, name: Анкета,\n     needs: [ict-skills]}\n",
        "заглавие: \"Библиотеката е отворена за всички\"\nсписък: [едно,\n  две]\n# коментар #\nтекст: |\n  ред\n",
    ])
    func validTextAfterCyrillicIsAccepted(_ text: String) {
        #expect(throws: Never.self) { _ = try YAMLComposer.compose(Array(text.utf8)) }
    }
}

/// ``CharacterOffsets`` walks forward and back over characters of one to four bytes.
struct CharacterOffsetsTests {
    @Test func charactersMapToTheBytesWhereTheyStart() {
        let text = "aЖ€📚e\u{301}\r\nz"
        let bytes = Array(text.utf8)
        // Where each scalar starts, as libyaml counts them (one index per scalar).
        var starts: [Int] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            starts.append(offset)
            offset += String(scalar).utf8.count
        }
        bytes.withUnsafeBufferPointer { buffer in
            var offsets = CharacterOffsets(buffer)
            for index in [0, 3, 1, 7, 2, 8, 4, 0, 6, 5] {
                #expect(offsets.byteOffset(ofCharacter: index) == starts[index], "\(index)")
            }
            #expect(offsets.byteOffset(ofCharacter: starts.count) == bytes.count)
            #expect(offsets.byteOffset(ofCharacter: starts.count + 5) == bytes.count)
            #expect(offsets.byteOffset(ofCharacter: 2) == starts[2])
        }
    }
}
