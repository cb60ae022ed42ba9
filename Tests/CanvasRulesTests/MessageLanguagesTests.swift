import CanvasKit
import Foundation
import Testing
@testable import CanvasRules

/// Every message of every rule, core and plugin, and every loader and plugin-file message has
/// its text in en, bg, uk and ru, with the same placeholders.
struct MessageLanguagesTests {
    static let allIDs = PluginRuleExamplesTests.all.map(\.description.id)

    /// The source files whose `LocalizedText(…)` literals are messages.
    static let messageSources: [URL] = {
        let sources = EmbeddedPluginsTests.repository.appendingPathComponent("Sources")
        let rules = sources.appendingPathComponent("CanvasRules/Rules")
        var files = [sources.appendingPathComponent("CanvasKit/Loading/SchemaMessages.swift"),
                     sources.appendingPathComponent("CanvasRules/Plugins/PluginMessages.swift")]
        let enumerator = FileManager.default.enumerator(atPath: rules.path)
        while let relative = enumerator?.nextObject() as? String {
            if relative.hasSuffix(".swift") { files.append(rules.appendingPathComponent(relative)) }
        }
        return files
    }()

    @Test func everyCoreMessageInTheSourcesHasFourLanguages() throws {
        var count = 0
        for file in Self.messageSources {
            let text = try String(contentsOf: file, encoding: .utf8)
            var rest = Substring(text)
            while let start = rest.range(of: "LocalizedText(") {
                let call = Self.arguments(rest[start.upperBound...])
                count += 1
                for key in ["en:", "bg:", "uk:", "ru:"] {
                    #expect(call.contains(key), "\(file.lastPathComponent): a message has no \(key) \(call.prefix(60))")
                }
                rest = rest[start.upperBound...]
            }
        }
        #expect(count > 60)
    }

    @Test(arguments: MessageLanguagesTests.allIDs)
    func findingsOnFailingExamplesAreInFourLanguages(id: String) throws {
        let rule = try #require(PluginRuleExamplesTests.all.first { $0.description.id == id })
        for example in rule.description.failingExamples {
            for finding in Linter(rules: [rule]).lint(Array(example.utf8), path: "example.yaml") {
                #expect(finding.message.isComplete, "\(id): \(finding.message.en)")
                let english = LocalizedText.placeholders(in: finding.message.en)
                for language in [Language.bg, .uk, .ru] {
                    #expect(LocalizedText.placeholders(in: finding.message.text(in: language)) == english, "\(id) in \(language)")
                    #expect(!finding.text(in: language).contains("{"), "\(id) in \(language) leaves a placeholder")
                }
            }
        }
    }

    @Test func pluginRuleMessagesAreComplete() {
        for rule in PluginCatalog.builtIn.rules {
            #expect(rule.message.isComplete, "\(rule.description.id)")
        }
    }

    /// The text up to the `)` that closes a call, skipping parentheses inside string literals.
    static func arguments(_ text: Substring) -> Substring {
        var inString = false
        var previous: Character = " "
        for index in text.indices {
            let c = text[index]
            if c == "\"", previous != "\\" { inString.toggle() }
            if c == ")", !inString { return text[..<index] }
            previous = c
        }
        return text
    }
}
