import CanvasKit
import Testing
@testable import CanvasRules

/// The rules over several files, on their own documented examples and on the Velingrad workshop.
struct WorkshopRulesTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let rule: any WorkshopRule
        var testDescription: String { rule.description.id }
    }

    static let rules = RuleRegistry.workshop.map(Case.init)

    @Test(arguments: rules)
    func firesOnEveryFailingExample(_ rule: Case) {
        let description = rule.rule.description
        #expect(!description.failingExamples.isEmpty)
        for example in description.failingExamples {
            let paths = Set(WorkshopExample.files(example).map(\.path))
            let findings = Linter(rules: [rule.rule]).lint(WorkshopExample.set(example))
            #expect(!findings.isEmpty, "\(description.id) did not fire on:\n\(example)")
            #expect(findings.allSatisfy { $0.ruleID == description.id && $0.severity == description.severity })
            #expect(findings.allSatisfy { paths.contains($0.file) && ($0.location?.line ?? 0) > 0 })
        }
    }

    @Test(arguments: rules)
    func isQuietOnEveryPassingExample(_ rule: Case) {
        let description = rule.rule.description
        #expect(!description.passingExamples.isEmpty)
        for example in description.passingExamples {
            let findings = Linter(rules: [rule.rule]).lint(WorkshopExample.set(example))
            #expect(findings.isEmpty, "\(description.id) fired on:\n\(example)\n\(findings.map { $0.text() })")
        }
    }

    @Test(arguments: rules)
    func isListedWithTheOtherRulesAndFindsNothingInOneFile(_ rule: Case) {
        let id = rule.rule.description.id
        #expect(RuleRegistry.all().contains { $0.description.id == id })
        for example in rule.rule.description.failingExamples {
            for file in WorkshopExample.files(example) {
                #expect(Linter(rules: [rule.rule]).lint(Array(file.text.utf8), path: file.path).isEmpty)
            }
        }
    }

    static let twoTables = """
        # file: workshop.yaml
        format: 1
        kind: workshop
        id: velingrad-2012
        title: W
        groups:
          - {number: 9, plugin: seniors}
        # file: a.yaml
        format: 1
        id: table
        title: A
        plugin: farmers
        workshop: velingrad-2012
        group: 9
        # file: b.yaml
        format: 1
        id: table
        title: B
        workshop: velingrad-2012
        group: 9
        # file: c.yaml
        format: 1
        id: c
        title: C
        workshop: velingrad-2021
        group: 1
        """

    @Test func eachFindingPointsAtTheValueInTheLaterFile() {
        let findings = Linter(rules: RuleRegistry.all()).lint(WorkshopExample.set(Self.twoTables))
        let lines = findings.map { "\($0.file):\($0.location!.line):\($0.location!.column) \($0.ruleID) \($0.text(in: .en))" }
        #expect(lines.sorted() == [
            "a.yaml:4:9 group-plugin-mismatch the workshop 'velingrad-2012' gives group 9 the plugin 'seniors', but this canvas uses 'farmers'",
            "b.yaml:1:1 group-plugin-mismatch the workshop 'velingrad-2012' gives group 9 the plugin 'seniors', but this canvas uses none",
            "b.yaml:2:5 duplicate-canvas-id the canvas id 'table' is also used by a.yaml:2; the store keeps one canvas per id, so give each file its own",
            "b.yaml:5:8 duplicate-group group 9 of the workshop 'velingrad-2012' already has a canvas, 'table' (a.yaml:6); each table designs one service",
            "c.yaml:4:11 unknown-workshop there is no workshop 'velingrad-2021' ('velingrad-2012'?); the workshop report would leave this canvas out",
        ].sorted())
    }

    @Test func aWorkshopKnownFromTheStoreCounts() {
        let canvas = "# file: c.yaml\nformat: 1\nid: c\ntitle: C\nworkshop: kyiv-2025\ngroup: 1\n"
        var set = WorkshopExample.set(canvas)
        let linter = Linter(rules: [UnknownWorkshop()])
        #expect(linter.lint(set).isEmpty)
        set = WorkshopSet(canvases: set.canvases, workshops: [.init(id: "kyiv-2024", source: "store", plugins: [:])])
        #expect(linter.lint(set).map { $0.text(in: .uk) }
                == ["немає семінару 'kyiv-2025' ('kyiv-2024'?); звіт семінару пропустив би цю діаграму"])
        set = WorkshopSet(canvases: set.canvases, workshops: [.init(id: "kyiv-2025", source: "store", plugins: [:])])
        #expect(linter.lint(set).isEmpty)
    }

    @Test func theConfigurationChangesOrTurnsOffACrossFileRule() {
        let set = WorkshopExample.set(Self.twoTables)
        let off = Linter(rules: RuleRegistry.all(), severities: ["duplicate-group": nil, "unknown-workshop": .warning])
        #expect(!off.lint(set).contains { $0.ruleID == "duplicate-group" })
        #expect(off.lint(set).first { $0.ruleID == "unknown-workshop" }?.severity == .warning)
        let override = SeverityOverride(files: [PathGlob("b.yaml")], base: "/repo", severities: ["duplicate-canvas-id": .info])
        let some = Linter(rules: RuleRegistry.all(), overrides: [override], currentDirectory: "/repo")
        #expect(some.lint(set).first { $0.ruleID == "duplicate-canvas-id" }?.severity == .info)
    }

    @Test func theMessagesAreInEveryLanguage() {
        for rule in RuleRegistry.workshop {
            for language in Language.allCases {
                let text = rule.message.render(language, arguments: [:])
                #expect(!text.isEmpty)
                if language != .en { #expect(text != rule.message.render(.en, arguments: [:]), "\(rule.description.id) in \(language)") }
            }
        }
    }
}
