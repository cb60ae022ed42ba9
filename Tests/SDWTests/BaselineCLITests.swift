import Foundation
import Testing

/// `--write-baseline` and `--baseline` on the built binary.
@Suite struct BaselineCLITests {
    @Test func knownFindingsStayKnownWhenLinesMove() throws {
        let sdw = try Workspace()
        defer { sdw.cleanUp() }
        let original = try Workspace.fixture("mixed.yaml")
        try sdw.write(original, to: "mixed.yaml")
        let written = try sdw.sdw("lint", "mixed.yaml", "--write-baseline", "baseline.json")
        #expect(written.status == 0)
        #expect(written.stderr.contains("recorded 9 findings in baseline.json"))
        #expect(written.stdout == "1 file, 0 errors, 0 warnings, 0 infos\n")

        // Lines inserted above every finding, and sections reordered: nothing is new.
        let moved = "# reviewed in March\n# by the network\n\n" + original
        try sdw.write(moved, to: "mixed.yaml")
        let unchanged = try sdw.sdw("lint", "mixed.yaml", "--baseline", "baseline.json")
        #expect(unchanged.status == 0, "\(unchanged.stdout)")
        #expect(unchanged.stdout == "1 file, 0 errors, 0 warnings, 0 infos\n")
        #expect(unchanged.stderr.contains("9 known findings hidden by the baseline baseline.json"))

        // A new problem is reported, and only it.
        try sdw.write(moved.replacingOccurrences(of: "partners: [pensioners-club]", with: "partners: [pensioners-club, police]"),
                      to: "mixed.yaml")
        let added = try sdw.sdw("lint", "mixed.yaml", "--baseline", "baseline.json")
        #expect(added.status == 1)
        #expect(added.stdout.split(separator: "\n").count == 2)
        #expect(added.stdout.contains("the partner 'police'"))
    }

    @Test func editedLineIsNoLongerKnown() throws {
        let sdw = try Workspace()
        defer { sdw.cleanUp() }
        let original = try Workspace.fixture("mixed.yaml")
        try sdw.write(original, to: "mixed.yaml")
        try sdw.sdw("lint", "mixed.yaml", "--write-baseline", "baseline.json")
        try sdw.write(original.replacingOccurrences(of: "    cost: 300", with: "    cost: 320"), to: "mixed.yaml")
        let outcome = try sdw.sdw("lint", "mixed.yaml", "--baseline", "baseline.json", "--format", "github")
        #expect(outcome.status == 1)
        #expect(outcome.stdout.split(separator: "\n").map { $0.contains("title=cost-without-currency") } == [true])
    }

    @Test func rewritingDropsFixedFindings() throws {
        let sdw = try Workspace()
        defer { sdw.cleanUp() }
        let original = try Workspace.fixture("mixed.yaml")
        try sdw.write(original, to: "mixed.yaml")
        try sdw.sdw("lint", "./mixed.yaml", "--write-baseline", "baseline.json")
        #expect(try sdw.read("baseline.json").contains("\"rule\" : \"cost-without-currency\""))

        try sdw.write(original.replacingOccurrences(of: "    cost: 300\n", with: "    cost: 300\n    currency: BGN\n"), to: "mixed.yaml")
        let rewritten = try sdw.sdw("lint", "mixed.yaml", "--write-baseline", "baseline.json")
        #expect(rewritten.stderr.contains("recorded 8 findings"))
        let baseline = try sdw.read("baseline.json")
        #expect(!baseline.contains("cost-without-currency"))
        #expect(baseline.contains("\"version\" : 1"))
        #expect(baseline.contains("\"file\" : \"mixed.yaml\""))
        #expect(try sdw.sdw("lint", "mixed.yaml", "--baseline", "baseline.json").status == 0)
    }
}
