import CanvasReports
import CanvasRules
import Foundation
import Testing

/// `sdw rules` and the rule list in the README.
@Suite struct RulesCommandTests {
    @Test func listsEveryRule() throws {
        let output = try CLI.run(["rules"])
        #expect(output.status == 0)
        #expect(output.stdout == RuleDocs.table(RuleRegistry.all()))
        for rule in RuleRegistry.core {
            #expect(output.stdout.contains(rule.description.id))
        }
    }

    @Test func documentsOneRuleWithItsExamples() throws {
        let output = try CLI.run(["rules", "unknown-reference"])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("unknown-reference (error, integrity)\n"))
        #expect(output.stdout.contains("Reported on:"))
        #expect(output.stdout.contains("    needs: [ict-skill]"))
    }

    @Test func unknownRuleSuggestsTheNearest() throws {
        let output = try CLI.run(["rules", "unknown-referense"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("did you mean 'unknown-reference'?"))
    }

    @Test func readmeRuleListMatchesTheRules() throws {
        let readme = try String(contentsOf: CLI.root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "<!-- rules:begin -->\n```\n"))
        let end = try #require(readme.range(of: "```\n<!-- rules:end -->"))
        let listed = String(readme[start.upperBound..<end.lowerBound])
        #expect(listed == RuleDocs.table(RuleRegistry.all()),
                "README rule list is out of date: replace it with the output of `sdw rules`")
    }
}
