import Foundation
import Testing
@testable import CanvasKit

/// A canvas saved in Windows-1251 or KOI8 gets the line and column of its first bad byte, the
/// encoding it looks like and the command that converts it.
struct LegacyEncodingTests {
    /// "format: 1\ntitle: <text>\n" with the title in `encoding`.
    static func file(_ title: String, _ encoding: String.Encoding) -> [UInt8] {
        Array("format: 1\ntitle: ".utf8) + Array(title.data(using: encoding)!) + Array("\n".utf8)
    }

    static func message(_ bytes: [UInt8], path: String = "club.yaml") -> (String, CanvasKit.SourceLocation?) {
        let issue = CanvasLoader.load(bytes, path: path).issues.first
        return (issue.map { $0.message.render(.en, arguments: $0.arguments) } ?? "", issue?.location)
    }

    @Test func windows1251IsNamedWithItsIconvCommand() {
        let (text, location) = Self.message(Self.file("Клуб читателей", .windowsCP1251))
        #expect(location == CanvasKit.SourceLocation(line: 2, column: 8))
        #expect(text == "the file is not UTF-8 text (the first byte that is not is at line 2, column 8); it looks like "
                + "WINDOWS-1251: convert it with iconv -f WINDOWS-1251 -t UTF-8 club.yaml > club.utf8.yaml")
    }

    @Test func koi8IsTold() {
        // KOI8-R: lower-case letters at C0–DF.
        let koi8: [UInt8] = [0xCB, 0xCC, 0xD5, 0xC2, 0x20, 0xDE, 0xC9, 0xD4, 0xC1, 0xD4, 0xC5, 0xCC, 0xC5, 0xCA]
        #expect(LegacyEncoding.guess(koi8) == .koi8r)
        #expect(LegacyEncoding.guess(koi8 + [0xA6]) == .koi8u)
        let (text, _) = Self.message(Array("format: 1\ntitle: ".utf8) + koi8, path: "my club.yaml")
        #expect(text.hasSuffix("iconv -f KOI8-R -t UTF-8 'my club.yaml' > 'my club.utf8.yaml'"))
    }

    @Test func otherBinaryGetsThePositionOnly() {
        let (text, location) = Self.message(Array("format: 1\nid: x".utf8) + [0xFF])
        #expect(text.hasPrefix("the file is not UTF-8 text (the first byte that is not is at line 2, column 6); save it as UTF-8"))
        #expect(location == CanvasKit.SourceLocation(line: 2, column: 6))
    }
}
