import Foundation
import Testing

/// Ids that are not valid (``CanvasID``) never reach the store, even with `--allow-errors`, and
/// a folder holding one adds its other canvases again and again.
@Suite struct InvalidIDTests {
    static let bad: [(name: String, line: String)] = [
        ("nul", "id: \"seniors\\0online\""),
        ("control", "id: \"seniors\\x1B[2J\""),
        ("long", "id: " + String(repeating: "a", count: 300)),
        ("item", "id: seniors-item"),
    ]

    @Test func addRefusesBadIdsWhateverTheFlag() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let db = folder + "/store.sqlite"
        let template = try String(contentsOfFile: TestSupport.examples + "/velingrad-2012/seniors.yaml", encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
        for (name, line) in Self.bad {
            var text = template.replacingOccurrences(of: "id: seniors-online", with: line)
            if name == "item" { text = text.replacingOccurrences(of: "  - id: ict-skills", with: "  - id: \"ict\\nskills\"") }
            try text.write(toFile: "\(folder)/in/\(name).yaml", atomically: true, encoding: .utf8)
        }
        try template.write(toFile: "\(folder)/in/good.yaml", atomically: true, encoding: .utf8)
        for _ in 0..<2 {
            let run = try TestSupport.run(["add", folder + "/in", "--allow-errors", "--db", db])
            #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
            #expect(run.stderr.components(separatedBy: "--allow-errors cannot store it").count - 1 == Self.bad.count, "\(run.stderr)")
            #expect(!run.stderr.contains("database error"), "\(run.stderr)")
        }
        let list = try TestSupport.run(["list", "--db", db])
        #expect(list.stdout.split(separator: "\n").map { $0.split(separator: " ").first ?? "" } == ["seniors-online"])
    }
}
