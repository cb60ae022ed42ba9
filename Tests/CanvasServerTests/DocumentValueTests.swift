import CanvasKit
@testable import CanvasServer
import Foundation
import Testing

/// The canvas document: YAML → JSON → YAML keeps every field and value.
@Suite struct DocumentValueTests {
    static let examples: [String] = {
        let root = TestServer.root.appendingPathComponent("Examples")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix("invalid/") }.sorted()
    }()

    static func document(_ text: String) throws -> DocumentValue {
        try #require(try YAMLComposer.compose(Array(text.utf8)).map(DocumentValue.init(yaml:)))
    }

    @Test(arguments: examples)
    func yamlToJSONToYAMLKeepsEveryValue(_ path: String) throws {
        let text = try TestServer.example(path)
        let document = try Self.document(text)
        let json = try DocumentValue.parseJSON(document.jsonText)
        #expect(json == document)
        let written = json.yamlText
        #expect(try Self.document(written) == document)
        // The loader reads the written text as the same canvas.
        let original = CanvasLoader.load(Array(text.utf8), path: "a.yaml")
        let again = CanvasLoader.load(Array(written.utf8), path: "a.yaml")
        #expect(original.issues.map(\.kind) == again.issues.map(\.kind))
        #expect(original.canvas?.title == again.canvas?.title)
        #expect(original.canvas?.activities?.map(\.id) == again.canvas?.activities?.map(\.id))
    }

    @Test(arguments: [
        "", "null", "~", "true", "12", "0012", "-", "- x", "a: b", "a #b", "#x", "x:", " lead", "trail ",
        "line\nbreak", "tab\there", "«quoted»", "{x}", "[y]", "'single'", "\"double\"", "@at", "%p", "!t", "&a", "*b",
        "ключ: значення", "2026-Q2..2026-Q4",
    ])
    func everyStringReadsBackTheSame(_ text: String) throws {
        let document = DocumentValue.object([.init("title", .string(text)), .init(text.isEmpty ? "k" : text, .string("v"))])
        let back = try Self.document(document.yamlText)
        let title = back["title"]
        #expect(title?.text == text || (title == .bool(text == "true") && text == "true"))
        #expect(back.members?.count == 2)
    }

    @Test func nestedListsAndMappingsIndentUnderTheirDash() throws {
        let document = DocumentValue.object([
            .init("activities", .array([
                .object([.init("needs", .array([.string("a"), .string("b")])), .init("id", .string("x"))]),
                .object([.init("when", .object([.init("from", .string("spring"))]))]),
                .array([.string("inner")]),
                .object([]),
            ])),
        ])
        #expect(try Self.document(document.yamlText) == document, "\(document.yamlText)")
    }

    @Test(arguments: ["{", "[1,]", "{\"a\" 1}", "\"\\x\"", "\"\\ud800\"", "01x", "+1", "tru", "\"a\"b", "[\"\u{01}\"]"])
    func badJSONIsRefusedWithAPosition(_ text: String) {
        #expect(throws: DocumentValue.JSONSyntaxError.self) { try DocumentValue.parseJSON(text) }
    }

    @Test func jsonKeepsOrderNumbersAndEscapes() throws {
        let text = #"{"z": 1, "a": 12.50, "s": "\u00e9\ud83d\ude00<&>", "n": null, "b": [true, false]}"#
        let value = try DocumentValue.parseJSON(text)
        #expect(value.members?.map(\.key) == ["z", "a", "s", "n", "b"])
        #expect(value["a"] == .number("12.50"))
        #expect(value["s"] == .string("é😀<&>"))
        #expect(value.jsonText == #"{"z":1,"a":12.50,"s":"é😀\u003c\u0026\u003e","n":null,"b":[true,false]}"#)
    }
}
