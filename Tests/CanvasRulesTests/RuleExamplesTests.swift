import CanvasKit
import CanvasRules
import Testing

/// Runs every registered rule against its own documented examples.
@Suite struct RuleExamplesTests {
    static let rules = RuleRegistry.core.map { RuleCase(rule: $0) }

    @Test(arguments: rules)
    func firesOnEveryFailingExample(_ rule: RuleCase) {
        let description = rule.rule.description
        #expect(!description.failingExamples.isEmpty, "\(description.id) has no failing example")
        for example in description.failingExamples {
            let findings = Linter(rules: [rule.rule]).lint(Array(example.utf8), path: "example.yaml")
            #expect(!findings.isEmpty, "\(description.id) did not fire on:\n\(example)")
            #expect(findings.allSatisfy { $0.ruleID == description.id && $0.severity == description.severity })
        }
    }

    @Test(arguments: rules)
    func isQuietOnEveryPassingExample(_ rule: RuleCase) {
        let description = rule.rule.description
        #expect(!description.passingExamples.isEmpty, "\(description.id) has no passing example")
        for example in description.passingExamples {
            let findings = Linter(rules: [rule.rule]).lint(Array(example.utf8), path: "example.yaml")
            #expect(findings.isEmpty, "\(description.id) fired on its passing example:\n\(example)\n\(findings.map { $0.text() })")
        }
    }

    @Test func idsAreUniqueKebabCaseWithDocumentation() {
        let ids = RuleRegistry.core.map(\.description.id)
        #expect(Set(ids).count == ids.count)
        for rule in RuleRegistry.core {
            let d = rule.description
            #expect(d.id.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil, "\(d.id)")
            #expect(!d.summary.isEmpty && d.summary.hasSuffix("."), "\(d.id) summary")
            #expect(d.rationale.count > 40, "\(d.id) rationale")
        }
    }

    @Test func everySchemaIssueKindHasARule() {
        let ids = Set(RuleRegistry.core.map(\.description.id))
        for kind in SchemaIssue.Kind.allCases {
            #expect(ids.contains(kind.rawValue), "no rule reports \(kind.rawValue)")
        }
    }
}

/// A rule wrapped for use as a test argument, named by its id in test output.
struct RuleCase: Sendable, CustomTestStringConvertible {
    let rule: any Rule
    var testDescription: String { rule.description.id }
}
