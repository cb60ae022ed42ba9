import Foundation
import Testing

/// Control characters, line breaks and bidirectional overrides in canvas values, revision
/// messages and file names never reach the terminal raw: every text output shows them escaped.
@Suite struct TerminalSafetyTests {
    /// A value that would clear the screen, retitle the window, forge a finding line and reorder text.
    static let hostile = "Клуб\u{1B}[2J\u{1B}]0;pwned\u{07}\nfake.yaml:1:1: error: forged [x]\u{202E}txt\r\u{7F}"

    /// Whether `text` is safe: no control character but line breaks between lines, no override,
    /// and no line forged from a value.
    static func isSafe(_ text: String) -> Bool {
        let raw = text.unicodeScalars.contains {
            ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}"
        }
        return !raw && !text.split(separator: "\n").contains { $0.hasPrefix("fake.yaml") }
    }

    @Test func theSafetyCheckSeesTheHostileValue() {
        #expect(!Self.isSafe(Self.hostile))
        #expect(Self.isSafe("Клуб\\u{1B}[2J\\nfake.yaml:1:1"))
    }

    /// `lint` in text and GitHub formats, with the value in a finding and in the file name.
    @Test func lintTextAndGitHubEscapeValuesAndFileNames() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdw-safety-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = "bad\u{1B}[31m\nfake.yaml:1:1: error: x.yaml"
        let canvas = "format: 1\nid: demo\ntitle: Demo\n\"\(Self.yamlEscaped(Self.hostile))\": 1\n"
        try canvas.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        for format in ["text", "github"] {
            let output = try CLI.run(["lint", folder.path, "--format", format])
            #expect(output.status == 1)
            #expect(output.stdout.contains("Клуб\\u{1B}[2J"), "\(format): \(output.stdout)")
            #expect(Self.isSafe(output.stdout), "\(format): \(output.stdout)")
            #expect(Self.isSafe(output.stderr), "\(format): \(output.stderr)")
        }
    }

    /// `add`, then `list`, `show`, `history`, `search`, `stats` and `diff` of a canvas whose
    /// title, partner name and revision message hold the value.
    @Test func storeOutputsEscapeValues() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdw-safety-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("store.sqlite").path
        let original = try String(contentsOf: CLI.root.appendingPathComponent("Examples/velingrad-2012/seniors.yaml"),
                                  encoding: .utf8)
        let quoted = "\"" + Self.yamlEscaped(Self.hostile) + "\""
        let edited = original.replacingOccurrences(of: "title: Пенсионери ONLINE", with: "title: \(quoted)")
            .replacingOccurrences(of: "name: Пенсионери 60+", with: "name: \(quoted)")
            .replacingOccurrences(of: "name: Клуб на пенсионера", with: "name: \(quoted)")
        let file = folder.appendingPathComponent("seniors.yaml").path
        try original.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["add", file, "-m", "first", "--db", db]).status == 0)
        try edited.write(toFile: file, atomically: true, encoding: .utf8)
        let add = try CLI.run(["add", file, "-m", Self.hostile, "--db", db])
        #expect(add.status == 0, "\(add.stdout)\(add.stderr)")
        for arguments in [["list"], ["show", "seniors-online"], ["history", "seniors-online"],
                          ["search", "pwned"], ["stats"], ["diff", "seniors-online"]] {
            let output = try CLI.run(arguments + ["--db", db])
            #expect(output.status == 0, "\(arguments): \(output.stderr)")
            #expect(output.stdout.contains("\\u{1B}"), "\(arguments): \(output.stdout)")
            #expect(Self.isSafe(output.stdout), "\(arguments): \(output.stdout)")
        }
    }

    /// `plugins` and `plugins show` print a plugin's names and messages escaped.
    @Test func pluginPagesEscapePluginTexts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdw-safety-\(UUID().uuidString)")
        let plugin = folder.appendingPathComponent("hostile")
        try FileManager.default.createDirectory(at: plugin, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "\"" + Self.yamlEscaped(Self.hostile) + "\""
        let manifest = """
            id: hostile
            version: 1.0.0
            name: {en: \(text), bg: Б, uk: Б, ru: Б}
            description: {en: \(text), bg: Б, uk: Б, ru: Б}
            keywords: {en: [b], bg: [б], uk: [б], ru: [б]}
            rules:
              - id: r
                summary: \(text)
                message: {en: \(text), bg: М, uk: М, ru: М}
                expect: {some: partners}

            """
        try manifest.write(to: plugin.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
        for arguments in [["plugins"], ["plugins", "show", "hostile"]] {
            let output = try CLI.run(arguments + ["--plugins", plugin.path])
            #expect(output.status == 0, "\(arguments): \(output.stderr)")
            #expect(output.stdout.contains("\\u{1B}"), "\(arguments): \(output.stdout)")
            #expect(Self.isSafe(output.stdout), "\(arguments): \(output.stdout)")
        }
    }

    /// `text` inside YAML double quotes.
    static func yamlEscaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += String(format: "\\x%02X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
