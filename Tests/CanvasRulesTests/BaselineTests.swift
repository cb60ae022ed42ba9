import CanvasKit
@testable import CanvasRules
import Foundation
import Testing

/// Baseline matching: by rule, canvas path and line text; counted; never by line number.
@Suite struct BaselineTests {
    static let canvas = """
        format: 1
        id: club
        title: Club
        partners:
          - id: a
            name: A
          - id: b
            name: B

        """

    /// A run over `text` as `club.yaml`, keeping the document for line hashes.
    static func run(_ text: String) -> LintRun {
        let loaded = CanvasLoader.load(Array(text.utf8), path: "club.yaml")
        let findings = Linter().lint(loaded)
        return LintRun(results: [.init(path: "club.yaml", findings: findings, language: .en, file: loaded)], ioErrors: [])
    }

    @Test func aRunIsFullyKnownToItsOwnBaseline() {
        let run = Self.run(Self.canvas)
        #expect(!run.findings.isEmpty)
        let (filtered, known) = Baseline(run: run).filter(run)
        #expect(filtered.findings.isEmpty)
        #expect(known == run.findings.count)
    }

    @Test func linesMovingKeepFindingsKnown() {
        let baseline = Baseline(run: Self.run(Self.canvas))
        let moved = Self.run("# a comment\n\n" + Self.canvas.replacingOccurrences(of: "    name: A", with: "    name:   A"))
        #expect(moved.findings.first?.location != Self.run(Self.canvas).findings.first?.location)
        #expect(baseline.filter(moved).run.findings.isEmpty)
    }

    @Test func equalFindingsAreCounted() {
        let one = Baseline(findings: [BaselineEntry(file: "x.yaml", rule: "r", path: "p", lineHash: "h", message: "m")])
        let finding = Finding(ruleID: "r", severity: .error, message: LocalizedText(en: "m"), file: "./x.yaml", location: nil, path: "p")
        let run = LintRun(results: [.init(path: "x.yaml", findings: [finding, finding], language: .en, file: nil)], ioErrors: [])
        let hash = FindingFingerprint.lineHash(of: finding, lines: [:])
        let known = Baseline(findings: [BaselineEntry(file: "x.yaml", rule: "r", path: "p", lineHash: hash, message: "m")])
        #expect(one.filter(run).known == 0, "a different line hash is a different finding")
        #expect(known.filter(run).known == 1)
        #expect(known.filter(run).run.findings.count == 1)
    }

    @Test func normalisationIgnoresIndentationAndSpacing() {
        #expect(FindingFingerprint.normalized("  name:\t  A  \r") == "name: A")
        #expect(FindingFingerprint.hex(FindingFingerprint.fnv1a("")) == "cbf29ce484222325")
    }

    @Test func encodingRoundTripsAndRejectsOtherVersions() throws {
        let baseline = Baseline(run: Self.run(Self.canvas))
        #expect(try Baseline.decode(Data(baseline.encoded().utf8), path: "b.json") == baseline)
        #expect(throws: BaselineError.unsupportedVersion(path: "b.json", version: 2)) {
            try Baseline.decode(Data(#"{"version": 2, "findings": []}"#.utf8), path: "b.json")
        }
        #expect(throws: BaselineError.malformed(path: "b.json", reason: "\"findings\" missing at the top level")) {
            try Baseline.decode(Data(#"{"version": 1}"#.utf8), path: "b.json")
        }
    }
}
