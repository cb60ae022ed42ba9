import Foundation
import Testing
@testable import CanvasKit

/// The loader's messages exist in every language, with the same placeholders, and the composer
/// gives the positions that plugin and configuration files report problems at.
struct SchemaMessagesTests {
    static let messages: [(String, LocalizedText)] = [
        ("colonInValue", YAMLErrorText.colonInValue), ("indentation", YAMLErrorText.indentation),
        ("tab", YAMLErrorText.tab), ("unclosed", YAMLErrorText.unclosed), ("unclosedQuote", YAMLErrorText.unclosedQuote),
        ("severalDocuments", YAMLErrorText.severalDocuments), ("yamlOther", YAMLErrorText.other),
        ("wrongItemType", SchemaMessages.wrongItemType), ("amountHint", SchemaMessages.amountHint),
        ("amountCurrencyHint", SchemaMessages.amountCurrencyHint), ("invalidWhenHint", SchemaMessages.invalidWhenHint),
        ("empty", SchemaMessages.empty), ("notMapping", SchemaMessages.notMapping),
        ("notUTF8", SchemaMessages.notUTF8), ("legacyEncoding", SchemaMessages.legacyEncoding),
        ("nulByte", SchemaMessages.nulByte), ("tooLarge", SchemaMessages.tooLarge),
        ("duplicateKey", SchemaMessages.duplicateKey), ("unknownKeyHint", SchemaMessages.unknownKeyHint),
        ("unknownKey", SchemaMessages.unknownKey), ("commaInFlowValue", SchemaMessages.commaInFlowValue),
        ("missingSection", SchemaMessages.missingSection),
        ("emptySection", SchemaMessages.emptySection), ("missingField", SchemaMessages.missingField),
        ("emptyField", SchemaMessages.emptyField), ("wrongType", SchemaMessages.wrongType),
        ("invalidValueHint", SchemaMessages.invalidValueHint), ("invalidValue", SchemaMessages.invalidValue),
        ("invalidID", SchemaMessages.invalidID), ("invalidCurrencyHint", SchemaMessages.invalidCurrencyHint),
        ("invalidCurrency", SchemaMessages.invalidCurrency), ("negativeAmount", SchemaMessages.negativeAmount),
        ("invalidWhen", SchemaMessages.invalidWhen), ("reversedRange", SchemaMessages.reversedRange),
        ("unsupportedFormat", SchemaMessages.unsupportedFormat),
    ]

    @Test(arguments: messages.map(\.0))
    func everyLanguageHasTheSamePlaceholders(name: String) throws {
        let message = try #require(Self.messages.first { $0.0 == name }?.1)
        #expect(message.isComplete, "\(name) lacks a language")
        let english = LocalizedText.placeholders(in: message.en)
        for language in [Language.bg, .uk, .ru] {
            let text = message.text(in: language)
            #expect(text != message.en, "\(name) in \(language) is the English text")
            #expect(LocalizedText.placeholders(in: text) == english, "\(name) in \(language) has other placeholders")
        }
    }

    @Test func aCanvasInBulgarianGetsBulgarianMessages() {
        let file = CanvasLoader.load(Array("format: 1\nid: x\ntitle: T\nlanguage: bg\ntitlee: Y\n".utf8), path: "x.yaml")
        let unknown = file.issues.first { $0.kind == .unknownKey }
        #expect(unknown?.message.render(.bg, arguments: unknown?.arguments ?? [:])
            == "непознат ключ 'titlee' в диаграмата; може би 'title'?")
    }

    @Test func positionsCountCharactersAfterCyrillicText() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/cyrillic-positions", withExtension: "yaml"))
        let root = try #require(try YAMLComposer.compose(Array(try Data(contentsOf: url))))
        let message = try #require(root.pairs?.first { $0.key.scalar == "message" }?.value)
        let uk = try #require(message.pairs?.last)
        #expect(uk.key.location == SourceLocation(line: 5, column: 3))
        #expect(uk.value.location == SourceLocation(line: 5, column: 7))
    }
}
