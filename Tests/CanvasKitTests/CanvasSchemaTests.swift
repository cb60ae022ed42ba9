@testable import CanvasKit
import Foundation
import Testing

/// The JSON Schema of `sdw schema`: its exact text, and that it says what the decoder says.
struct CanvasSchemaTests {
    /// The committed snapshot, read from the source tree so that SNAPSHOT_RECORD=1 can rewrite it.
    static let snapshot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/snapshots/sdw-schema.json")

    @Test func theOutputMatchesTheSnapshot() throws {
        let text = CanvasSchema.text
        if ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1" {
            try Data(text.utf8).write(to: Self.snapshot)
        }
        let recorded = try String(contentsOf: Self.snapshot, encoding: .utf8)
        #expect(text == recorded, "sdw schema changed; review the diff and re-record with SNAPSHOT_RECORD=1")
    }

    @Test func theOutputIsJSON() throws {
        let parsed = try JSONSerialization.jsonObject(with: Data(CanvasSchema.text.utf8)) as? [String: Any]
        #expect(parsed?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect((parsed?["$defs"] as? [String: Any])?.count == CanvasSchema.definitions.count)
    }

    /// Every mapping the decoder reads, with the `$defs` entry that must describe it.
    static let mappings: [(name: String, keys: KeySet, alsoRequired: [String])] = [
        ("canvas", FormatKeys.canvas, FormatKeys.requiredSections), ("workshop", FormatKeys.workshop, []),
        ("workshop_group", FormatKeys.workshopGroup, []), ("target_group", FormatKeys.targetGroup, []),
        ("need", FormatKeys.need, []), ("service", FormatKeys.service, []), ("resource", FormatKeys.resource, []),
        ("partner", FormatKeys.partner, []), ("information", FormatKeys.information, []),
        ("activity", FormatKeys.activity, []), ("effects", FormatKeys.effects, []),
        ("social_effect", FormatKeys.socialEffect, []), ("economic_effect", FormatKeys.economicEffect, []),
        ("result", FormatKeys.result, []),
    ]

    @Test func everyDecoderKeyIsAPropertyAndNothingElse() throws {
        let definitions = try #require(CanvasSchema.document["$defs"])
        #expect(Set(definitions.keys) == Set(Self.mappings.map(\.name)))
        for mapping in Self.mappings {
            let definition = try #require(definitions[mapping.name], "no $defs/\(mapping.name)")
            #expect(definition["properties"]?.keys == mapping.keys.known, "properties of \(mapping.name)")
            let required = definition["required"]?.arrayValue?.compactMap(\.stringValue)
            #expect(required == mapping.keys.required + mapping.alsoRequired, "required of \(mapping.name)")
            #expect(definition["additionalProperties"] == .bool(false))
            #expect(definition["patternProperties"]?.keys == ["^x-"])
        }
    }

    @Test func everyPropertyHasADescription() throws {
        let definitions = try #require(CanvasSchema.document["$defs"])
        for name in definitions.keys {
            #expect(definitions[name]?["description"]?.stringValue?.isEmpty == false, "\(name)")
            for property in definitions[name]?["properties"]?.keys ?? [] {
                let description = definitions[name]?["properties"]?[property]?["description"]?.stringValue
                #expect(description?.isEmpty == false, "\(name).\(property) has no description")
            }
        }
    }

    @Test(arguments: [
        ("canvas", "language", Language.allowedValues), ("canvas", "status", CanvasStatus.allowedValues),
        ("resource", "kind", ResourceKind.allowedValues), ("partner", "type", PartnerType.allowedValues),
        ("need", "evidence", Evidence.allowedValues), ("social_effect", "evidence", Evidence.allowedValues),
        ("resource", "currency", CurrencyCode.all), ("economic_effect", "currency", CurrencyCode.all),
    ])
    func enumsComeFromTheModel(definition: String, property: String, values: [String]) {
        let schema = CanvasSchema.document["$defs"]?[definition]?["properties"]?[property]
        // Optional keys also take null, which the decoder reads as absent.
        #expect(schema?["enum"] == .array(values.map(JSONValue.string) + [.null]))
    }

    @Test(arguments: [
        "2026", "2026-05", "2026-05-31", "2026-Q4", "2012-05-17..2012-05-18", "2026-Q1 .. 2026-Q3", "2026..2027-06",
        "26", "2026-5", "2026-13", "2026-Q5", "2026-Q0", "spring", "2026-05-32", "2026..", "..2026", "2026-05-1",
        "2026/05", "2026-00", "2026-05-00",
    ])
    func thePeriodPatternAgreesWithTheParser(text: String) throws {
        let pattern = try NSRegularExpression(pattern: SchemaField.periodPattern)
        let matches = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        #expect(matches == (When(text) != nil), "\(text)")
    }

    @Test(arguments: ["a", "0012", "dbt-2", "reading-club", "-a", "A", "a_b", "ж", "", "a b", "a\u{0}b", "a\nb",
                      String(repeating: "a", count: 64), String(repeating: "a", count: 65)])
    func theSlugPatternAgreesWithTheDecoder(text: String) throws {
        let pattern = try NSRegularExpression(pattern: SchemaField.slugPattern)
        let matches = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        #expect(matches == CanvasID.isValid(text), "\(text)")
        let file = CanvasLoader.load(Array("id: \"\(text.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\u{0}", with: "\\0"))\"\n".utf8),
                                     path: "c.yaml")
        #expect(file.issues.contains { $0.kind == .invalidID } == (!text.isEmpty && !matches), "\(text)")
    }

    static let brokenFixtures = FixtureFiles.names(in: "schema-invalid", withExtension: "yaml")

    /// The fixtures that .ci/run checks the schema rejects are broken for sdw too, in the way
    /// their first line (`# expect: KIND`) says.
    @Test(arguments: brokenFixtures)
    func brokenFixturesAreRejectedBySdw(name: String) throws {
        let text = try FixtureFiles.text("schema-invalid", name + ".yaml")
        let expected = try #require(text.split(separator: "\n").first?.split(separator: " ").dropFirst(2).first)
        let file = CanvasLoader.load(Array(text.utf8), path: name + ".yaml")
        #expect(file.issues.contains { $0.kind.rawValue == expected }, "\(name): \(file.issues.map(\.kind))")
    }

    @Test func theMinimalCanvasHasNoIssues() throws {
        let file = CanvasLoader.load(try FixtureFiles.bytes("canvases", "minimal.yaml"), path: "minimal.yaml")
        #expect(file.issues.isEmpty)
    }
}
