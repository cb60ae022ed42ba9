@testable import CanvasKit
import Foundation
import Testing

/// The ordered JSON writer behind `sdw schema`.
struct JSONValueTests {
    @Test func keysKeepTheirOrderAndScalarArraysStayOnOneLine() {
        let value = JSONValue.object([
            .init("z", .integer(-1)), .init("a", .array([.string("x"), .null, .bool(true)])),
            .init("m", .object([])), .init("n", .array([.object([.init("k", .bool(false))])])),
        ])
        #expect(value.rendered() == """
            {
              "z": -1,
              "a": ["x", null, true],
              "m": {},
              "n": [
                {
                  "k": false
                }
              ]
            }

            """)
    }

    @Test(arguments: ["plain", "quote \" and \\ backslash", "line\nbreak\ttab\r", "\u{1}\u{1F}", "Целева група 🎯", ""])
    func stringsRoundTripThroughJSONSerialization(text: String) throws {
        let rendered = JSONValue.array([.string(text)]).rendered()
        let parsed = try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String]
        #expect(parsed == [text])
    }

    @Test func subscriptsReadObjects() {
        let value = JSONValue.object([.init("a", .object([.init("b", .string("c"))]))])
        #expect(value["a"]?["b"]?.stringValue == "c")
        #expect(value["missing"] == nil)
        #expect(JSONValue.string("s")["a"] == nil)
    }
}
