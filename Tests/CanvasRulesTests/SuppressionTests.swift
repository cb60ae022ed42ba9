import CanvasKit
import Testing
@testable import CanvasRules

/// `# sdw-disable-next-line` and `# sdw-disable` comments, and the findings about them.
struct SuppressionTests {
    static let canvas = """
        format: 1
        title: Course
        partners:
          # sdw-disable-next-line idle-partner -- the club joins in 2027
          - id: club
            name: Club
          - id: city
            name: City
        activities:
          - id: a
            name: Course

        """
    static let linter = Linter(rules: [IdlePartner(), SuppressionWithoutReason(), UnusedSuppression()])

    static func lint(_ text: String) -> [String] {
        linter.lint(Array(text.utf8), path: "c.yaml").map { "\($0.location?.description ?? "-") \($0.ruleID)" }
    }

    @Test func nextLineSilencesOnlyThatLine() {
        #expect(Self.lint(Self.canvas) == ["7:9 idle-partner"])
    }

    @Test func wholeFileSilencesEveryFindingOfTheRule() {
        let text = "# sdw-disable idle-partner -- a draft from the workshop\n" + Self.canvas
        #expect(Self.lint(text) == [])
    }

    @Test func aSuppressionWithoutReasonIsReported() {
        let text = Self.canvas.replacingOccurrences(of: " -- the club joins in 2027", with: "")
        #expect(Self.lint(text) == ["4:3 suppression-without-reason", "7:9 idle-partner"])
    }

    @Test func aSuppressionThatSilencesNothingIsReported() {
        let text = "# sdw-disable unused-resource -- nothing to hide\n" + Self.canvas
        #expect(Self.lint(text) == ["1:1 unused-suppression", "8:9 idle-partner"])
    }

    @Test func hashesInsideValuesAreNotComments() {
        let found = SuppressionScanner.scan("title: \"# sdw-disable idle-partner -- no\"\nname: C#sdw-disable x\n")
        #expect(found.isEmpty)
    }

    @Test func severalIDsAndTheTargetLineSkipComments() {
        let found = SuppressionScanner.scan("a: 1  # sdw-disable-next-line x, y -- why\n\n# note\nb: 2\n")
        #expect(found == [Suppression(ruleIDs: ["x", "y"], reason: "why", scope: .line(4),
                                      location: SourceLocation(line: 1, column: 7))])
    }
}
