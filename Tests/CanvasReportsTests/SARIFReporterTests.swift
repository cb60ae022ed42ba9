import CanvasKit
@testable import CanvasReports
import CanvasRules
import Foundation
import Testing

/// What GitHub code scanning needs from the SARIF log.
@Suite struct SARIFReporterTests {
    static func log(_ run: LintRun) throws -> [String: Any] {
        let text = SARIFReporter(context: FixtureRun.context).render(run)
        return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func firstRun(_ log: [String: Any]) throws -> [String: Any] {
        try #require((log["runs"] as? [[String: Any]])?.first)
    }

    static func results(_ run: LintRun) throws -> [[String: Any]] {
        try #require(try firstRun(log(run))["results"] as? [[String: Any]])
    }

    /// Lints `text` as `canvas.yaml` in a temporary folder, with the path shown as `canvas.yaml`.
    static func lint(_ text: String) throws -> LintRun {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdw-sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("canvas.yaml")
        try Data(text.utf8).write(to: file)
        let run = LintRun.run(paths: [file.path], linter: Linter(), keepDocuments: true)
        return FixtureRun.relative(run, base: folder.path + "/", as: "")
    }

    @Test func driverDescribesEveryRuleThatCouldFire() throws {
        let driver = try #require((try Self.firstRun(Self.log(FixtureRun.run()))["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "sdw")
        #expect(driver["version"] as? String == "1.2.3")
        #expect(driver["informationUri"] as? String == "https://example.org/sdw")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == RuleRegistry.core.map(\.description.id))
        for rule in rules {
            for key in ["name", "shortDescription", "fullDescription", "help", "defaultConfiguration"] {
                #expect(rule[key] != nil, "rule \(rule["id"] ?? "?") has no \(key)")
            }
        }
    }

    @Test func resultsPointAtTheirRuleAndARelativeFile() throws {
        let run = FixtureRun.run()
        let driver = try #require((try Self.firstRun(Self.log(run))["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let ids = try #require(driver["rules"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        let results = try Self.results(run)
        #expect(results.count == run.findings.count)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(ids[index] == result["ruleId"] as? String)
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let artifact = try #require(location["artifactLocation"] as? [String: String])
            #expect(artifact["uriBaseId"] == "%SRCROOT%")
            #expect(artifact["uri"]?.hasPrefix("Fixtures/") == true)
            #expect((location["region"] as? [String: Int])?["startLine"].map { $0 >= 1 } == true)
        }
    }

    @Test func fingerprintsSurviveLinesInsertedAbove() throws {
        let original = try FixtureRun.text("mixed.yaml")
        let shifted = original.replacingOccurrences(of: "\ntarget_group:", with: "\n# a comment\n\n# and another\ntarget_group:")
        let before = try Self.results(Self.lint(original))
        let after = try Self.results(Self.lint(shifted))
        func fingerprints(_ results: [[String: Any]]) -> [String] {
            results.compactMap { ($0["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintKey] }.sorted()
        }
        func lines(_ results: [[String: Any]]) -> [Int] {
            results.compactMap { (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
                .flatMap { ($0["region"] as? [String: Int])?["startLine"] } }
        }
        #expect(before.count == 8)
        #expect(fingerprints(before) == fingerprints(after))
        #expect(Set(fingerprints(before)).count == before.count, "fingerprints must be distinct")
        #expect(lines(before) != lines(after), "the edit must move the findings")
    }

    @Test func editingTheFlaggedLineChangesItsFingerprint() throws {
        let original = try FixtureRun.text("mixed.yaml")
        let edited = original.replacingOccurrences(of: "    cost: 300", with: "    cost: 350")
        func fingerprint(_ run: LintRun) throws -> String? {
            try Self.results(run).first { $0["ruleId"] as? String == "cost-without-currency" }
                .flatMap { ($0["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintKey] }
        }
        let before = try fingerprint(Self.lint(original))
        let after = try fingerprint(Self.lint(edited))
        #expect(before != nil)
        #expect(before != after)
    }

    @Test func absolutePathsBecomeFileURIs() {
        #expect(NSDictionary(dictionary: SARIFReporter.artifact("/srv/кан вас.yaml")) == ["uri": "file:///srv/%D0%BA%D0%B0%D0%BD%20%D0%B2%D0%B0%D1%81.yaml"])
        #expect(NSDictionary(dictionary: SARIFReporter.artifact("./a b.yaml")) == ["uri": "a%20b.yaml", "uriBaseId": "%SRCROOT%"])
    }
}
