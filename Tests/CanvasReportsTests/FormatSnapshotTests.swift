import CanvasKit
import CanvasReports
import CanvasRules
import Testing

/// The exact text of every finding format on the fixture run.
@Suite struct FormatSnapshotTests {
    static let extensions: [FindingFormat: String] = [
        .text: "txt", .json: "json", .sarif: "sarif", .junit: "junit.xml", .github: "github.txt", .checkstyle: "checkstyle.xml",
    ]

    @Test(arguments: FindingFormat.allCases)
    func formatMatchesSnapshot(_ format: FindingFormat) {
        let output = format.render(FixtureRun.run(), context: FixtureRun.context, text: TextReporter())
        Snapshot.assertMatches(output, named: "fixtures.\(Self.extensions[format]!)")
    }

    @Test func everyFormatIsDeterministic() {
        for format in FindingFormat.allCases {
            let first = format.render(FixtureRun.run(), context: FixtureRun.context, text: TextReporter())
            let second = format.render(FixtureRun.run(), context: FixtureRun.context, text: TextReporter())
            #expect(first == second, "\(format) output changes between runs")
            #expect(!first.contains(FixtureRun.directory.path), "\(format) output contains an absolute path")
        }
    }
}
