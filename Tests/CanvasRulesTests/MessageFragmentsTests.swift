import CanvasKit
import Foundation
import Testing
@testable import CanvasRules

/// Every finding on every rule's failing examples, rendered in bg, uk and ru, holds no English word
/// outside quoted values, rule ids and the names the format itself uses (keys, allowed values).
struct MessageFragmentsTests {
    /// Words that are the same in every language: format keys and values, codes and acronyms.
    static let allowed: Set<String> = {
        var words: Set<String> = ["yaml", "utf", "iso", "nul", "sdw", "x-", "yyyy", "yyyy-mm", "yyyy-mm-dd", "yyyy-qn",
                                  "mm", "dd", "qn", "a..b", "bgn", "uah", "kzt", "rub", "eur", "usd", "url", "id", "ids",
                                  "iconv", "windows-1251", "koi8-u", "koi8-r", "true", "false", "null",
                                  // A command name, and a loanword Bulgarian writes in Latin letters.
                                  "plugins", "cv"]
        words.formUnion(PluginCatalog.builtIn.plugins.map(\.id))
        let keySets: [KeySet] = [FormatKeys.canvas, FormatKeys.targetGroup, FormatKeys.need, FormatKeys.service,
                                 FormatKeys.resource, FormatKeys.partner, FormatKeys.information, FormatKeys.activity,
                                 FormatKeys.effects, FormatKeys.socialEffect, FormatKeys.economicEffect, FormatKeys.result,
                                 FormatKeys.workshop, FormatKeys.workshopGroup]
        for set in keySets { words.formUnion(set.known) }
        words.formUnion(FormatKeys.header + FormatKeys.sections)
        words.formUnion(Language.allowedValues + CanvasStatus.allowedValues + ResourceKind.allowedValues
                        + PartnerType.allowedValues + Evidence.allowedValues + DocumentKind.allowedValues)
        return words
    }()

    /// The English words of `text` outside '…' quotes, after removing `ids`.
    static func englishWords(in text: String, ids: [String]) -> [String] {
        var unquoted = ""
        var inQuote = false
        for c in text {
            if c == "'" || c == "‘" || c == "’" { inQuote.toggle(); continue }
            if !inQuote { unquoted.append(c) }
        }
        for id in ids { unquoted = unquoted.replacingOccurrences(of: id, with: " ") }
        let latin = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
        return unquoted.unicodeScalars.split { !latin.contains($0) }
            .map { String(String.UnicodeScalarView($0)).trimmingCharacters(in: CharacterSet(charactersIn: ".-")) }
            .filter { word in
                word.contains { $0.isLetter } && word.count > 1
                    && !allowed.contains(word.lowercased())
                    && !word.lowercased().split(separator: ".").allSatisfy { allowed.contains(String($0)) }
            }
    }

    @Test(arguments: MessageLanguagesTests.allIDs)
    func failingExamplesSpeakOneLanguage(id: String) throws {
        let rule = try #require(PluginRuleExamplesTests.all.first { $0.description.id == id })
        let ids = PluginRuleExamplesTests.all.map(\.description.id).sorted { $0.count > $1.count }
        for example in rule.description.failingExamples {
            for finding in Linter(rules: [rule]).lint(Array(example.utf8), path: "example.yaml") {
                for language in [Language.bg, .uk, .ru] {
                    let text = finding.text(in: language)
                    let english = Self.englishWords(in: text, ids: ids)
                    #expect(english.isEmpty, "\(id) in \(language): \(english) in «\(text)»")
                }
            }
        }
    }

    @Test func theCheckFindsEnglishOutsideQuotes() {
        #expect(Self.englishWords(in: "'available' має бути true or false, а не 'так'", ids: []) == ["or"])
        #expect(Self.englishWords(in: "(target_group.size) і target_group.people", ids: []) == ["target_group.people"])
        #expect(Self.englishWords(in: "неизвестный ключ 'транспорт' в a resource", ids: []) == ["resource"])
        #expect(Self.englishWords(in: "ключ 'cost' у ресурсі; дозволені: id, item, kind", ids: []).isEmpty)
    }
}
