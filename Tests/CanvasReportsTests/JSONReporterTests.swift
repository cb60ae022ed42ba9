import CanvasKit
import CanvasReports
import CanvasRules
import Foundation
import Testing

/// The JSON format follows its committed JSON Schema.
@Suite struct JSONReporterTests {
    static let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Schemas/lint-result.schema.json")

    static func schema() throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
    }

    static func output(_ run: LintRun = FixtureRun.run()) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(JSONReporter(context: FixtureRun.context).render(run).utf8))
    }

    @Test func outputFollowsTheSchema() throws {
        let violations = SchemaCheck.violations(of: try Self.output(), against: try Self.schema())
        #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
    }

    @Test func schemaCheckCatchesAnExtraKeyAndAWrongType() throws {
        var document = try #require(try Self.output() as? [String: Any])
        document["surprise"] = 1
        document["version"] = "1"
        let violations = SchemaCheck.violations(of: document, against: try Self.schema())
        #expect(violations.contains { $0.contains("surprise") })
        #expect(violations.contains { $0.hasPrefix("$.version") })
    }

    @Test func versionAndSummaryAreThere() throws {
        let document = try #require(try Self.output() as? [String: Any])
        #expect(document["version"] as? Int == JSONReporter.formatVersion)
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary == ["files": 3, "errors": 5, "warnings": 3, "infos": 1])
        let errors = try #require(document["ioErrors"] as? [[String: String]])
        #expect(errors == [["path": "Fixtures/missing.yaml", "reason": "no such file"]])
    }

    @Test func wholeFileFindingHasNullPosition() throws {
        let document = try #require(try Self.output() as? [String: Any])
        let files = try #require(document["files"] as? [[String: Any]])
        let empty = try #require(files.first { $0["path"] as? String == "Fixtures/empty.yaml" })
        let finding = try #require((empty["findings"] as? [[String: Any]])?.first)
        #expect(finding["line"] is NSNull)
        #expect(finding["column"] is NSNull)
    }
}
