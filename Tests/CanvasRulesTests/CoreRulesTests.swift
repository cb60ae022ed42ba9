import CanvasKit
import CanvasRules
import Testing

/// Findings of the core rules on whole canvases: positions, messages and severities.
@Suite struct CoreRulesTests {
    static let canvas = """
        format: 1
        id: seniors-online
        title: Seniors online
        target_group:
          name: Seniors 60+
          size: 20
        needs:
          - id: ict
            text: ICT skills
          - id: contacts
            text: Social contacts
        service:
          name: Seniors online
        resources:
          - id: room
            item: Reading room
          - id: leaflets
            item: Leaflets
            cost: 100
            available: false
        partners:
          - id: club
            name: Pensioners' club
            role: Surveys
            benefit: New activities
          - id: media
            name: Local media
        information:
          - channel: Leaflets
        activities:
          - id: survey
            name: Survey
            when: 2026-01
            responsible: Librarian
            needs: [ict, contact]
            partners: [club]
            resources: [room]
          - id: survey
            name: Training
        effects:
          social:
            - text: Trained seniors
              indicator: trained
              target: 25
              unit: people
          economic:
            - text: Savings on post
        """

    func findings() -> [Finding] {
        Linter().lint(Array(Self.canvas.utf8), path: "c.yaml")
    }

    @Test func reportsEachProblemAtItsPlace() {
        let byRule = Dictionary(grouping: findings(), by: \.ruleID)
        #expect(byRule["unknown-reference"]?.first?.location == SourceLocation(line: 35, column: 18))
        #expect(byRule["unknown-reference"]?.first?.text() ==
                "activity 'survey' names the need 'contact', which is not in needs; did you mean 'contacts'?")
        #expect(byRule["duplicate-id"]?.first?.location == SourceLocation(line: 38, column: 9))
        #expect(byRule["unanswered-need"]?.map(\.location) == [SourceLocation(line: 10, column: 9)])
        #expect(byRule["idle-partner"]?.map(\.location) == [SourceLocation(line: 26, column: 9)])
        #expect(byRule["partner-without-benefit"]?.count == 1)
        #expect(byRule["partner-without-role"]?.count == 1)
        #expect(byRule["cost-without-currency"]?.first?.location == SourceLocation(line: 19, column: 11))
        #expect(byRule["unplanned-missing-resource"]?.count == 1)
        #expect(byRule["target-exceeds-group"]?.first?.location == SourceLocation(line: 44, column: 15))
        #expect(byRule["economic-effect-without-amount"]?.count == 1)
        #expect(byRule["activity-without-when"]?.count == 1)
        #expect(byRule["activity-without-responsible"]?.count == 1)
        #expect(byRule["unused-resource"] == nil)
    }

    @Test func findingsAreSortedByPosition() {
        let all = findings()
        #expect(all == all.sorted(by: Finding.ordered))
    }

    @Test func severityOverridesAndDisabling() {
        let severities: [String: Severity?] = ["idle-partner": .error, "partner-without-benefit": Severity?.none]
        let linter = Linter(severities: severities)
        let all = linter.lint(Array(Self.canvas.utf8), path: "c.yaml")
        #expect(all.first { $0.ruleID == "idle-partner" }?.severity == .error)
        #expect(!all.contains { $0.ruleID == "partner-without-benefit" })
    }
}
