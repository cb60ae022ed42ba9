import CanvasKit
import Foundation
import Testing

@testable import CanvasStore
import CanvasWorkbench

/// The store takes prepared inputs: it neither reads nor lints files, and it keeps the lines the
/// caller made for a refusal as they are.
@Suite struct PreparedAddTests {
    private static let canvas = """
        format: 1
        id: prepared
        title: Prepared
        language: en
        status: draft
        """

    @Test func storesWhatTheCallerPrepared() throws {
        let path = try TestSupport.temporaryFolder() + "/store.sqlite"
        let store = try CanvasStore(path: path, create: true)
        let file = CanvasLoader.load(Array(Self.canvas.utf8), path: "nowhere/prepared.yaml")
        let report = try store.add(message: "m", allowErrors: false) { context, take in
            try take([context.input(path: "nowhere/prepared.yaml", file: file, findings: [], errorLines: [])])
            return ["elsewhere.yaml: error: made by the caller"]
        }
        #expect(report.added == ["prepared"])
        #expect(report.unreadable == ["elsewhere.yaml: error: made by the caller"])
        #expect(try store.exportText("prepared", revision: 1) == Self.canvas)
    }

    @Test func refusalKeepsTheCallersLines() throws {
        let path = try TestSupport.temporaryFolder() + "/store.sqlite"
        let store = try CanvasStore(path: path, create: true)
        let file = CanvasLoader.load(Array(Self.canvas.utf8), path: "p.yaml")
        let finding = Finding(ruleID: "some-rule", severity: .error, message: LocalizedText(en: "bad"),
                              file: "p.yaml", location: nil)
        let report = try store.add(message: nil, allowErrors: false) { context, take in
            try take([context.input(path: "p.yaml", file: file, findings: [finding], errorLines: ["the caller's line"])])
            return []
        }
        #expect(report.added.isEmpty)
        #expect(report.refused.map(\.details) == [["the caller's line"]])
    }

    /// How `sdw add` shows an error finding of a refused file.
    @Test func findingLine() {
        let finding = Finding(ruleID: "r", severity: .error, message: LocalizedText(en: "bad"), file: "a.yaml",
                              location: SourceLocation(line: 3, column: 5))
        #expect(finding.line(in: .en) == "a.yaml:3:5: error: bad [r]")
        let unplaced = Finding(ruleID: "r", severity: .error, message: LocalizedText(en: "bad"), file: "a.yaml", location: nil)
        #expect(unplaced.line(in: .en) == "a.yaml: error: bad [r]")
    }
}
