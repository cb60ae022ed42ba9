import CanvasKit
import Foundation

/// Reads typed values from the YAML nodes of a plugin or configuration file, collecting a
/// ``FileProblem`` with the file's line and column for every mistake instead of stopping.
struct NodeReader {
    /// The file as shown in problems.
    let file: String
    /// Problems found so far.
    var problems: [FileProblem] = []

    init(file: String) { self.file = file }

    mutating func problem(_ message: LocalizedText, _ arguments: [String: String] = [:], at location: SourceLocation?) {
        problems.append(FileProblem(file: file, location: location, message: message, arguments: arguments))
    }

    /// Composes `text`; a syntax error becomes a problem and `nil`.
    mutating func compose(_ text: String) -> YAMLNode? {
        do {
            return try YAMLComposer.compose(Array(text.utf8))
        } catch {
            problem(PluginMessages.syntax, ["detail": error.message], at: error.location)
            return nil
        }
    }

    /// The pairs of a mapping by key; reports a non-mapping and every key not in `known`, with a suggestion.
    mutating func mapping(_ node: YAMLNode, known: [String], where what: String) -> [String: YAMLNode.Pair]? {
        guard let pairs = node.pairs else {
            problem(PluginMessages.wrongType, ["key": what, "expected": "a mapping"], at: node.location)
            return nil
        }
        var result: [String: YAMLNode.Pair] = [:]
        for pair in pairs {
            guard let key = pair.key.scalar else { continue }
            if known.contains(key) {
                result[key] = pair
            } else if let suggestion = Suggestion.nearest(to: key, in: known) {
                problem(PluginMessages.unknownKeyHint, ["key": key, "where": what, "suggestion": suggestion],
                        at: pair.key.location)
            } else {
                problem(PluginMessages.unknownKey, ["key": key, "where": what, "allowed": known.joined(separator: ", ")],
                        at: pair.key.location)
            }
        }
        return result
    }

    /// Reports each of `keys` that `entries` lacks.
    mutating func require(_ keys: [String], in entries: [String: YAMLNode.Pair], where what: String, at location: SourceLocation) {
        for key in keys where entries[key] == nil {
            problem(PluginMessages.missingKey, ["key": key, "where": what], at: location)
        }
    }

    /// A non-empty scalar.
    mutating func string(_ pair: YAMLNode.Pair?) -> String? {
        guard let pair else { return nil }
        guard let text = pair.value.scalar, !pair.value.isNull, !text.isEmpty else {
            problem(PluginMessages.wrongType, ["key": pair.key.scalar ?? "", "expected": "text"], at: pair.value.location)
            return nil
        }
        return text
    }

    /// A list of scalars; a single scalar counts as a list of one.
    mutating func strings(_ node: YAMLNode, key: String) -> [Located<String>]? {
        if let text = node.scalar, !node.isNull { return [Located(text, at: node.location)] }
        guard let items = node.items else {
            problem(PluginMessages.wrongType, ["key": key, "expected": "a list of texts"], at: node.location)
            return nil
        }
        var result: [Located<String>] = []
        for item in items {
            if let text = item.scalar, !item.isNull {
                result.append(Located(text, at: item.location))
            } else {
                problem(PluginMessages.wrongType, ["key": key, "expected": "a list of texts"], at: item.location)
            }
        }
        return result
    }

    /// A plain whole number.
    mutating func integer(_ node: YAMLNode, key: String) -> Int? {
        guard let text = node.scalar, let value = Int(text) else {
            problem(PluginMessages.wrongType, ["key": key, "expected": "a whole number"], at: node.location)
            return nil
        }
        return value
    }

    /// A plain decimal number.
    mutating func decimal(_ node: YAMLNode, key: String) -> Decimal? {
        guard let text = node.scalar, Double(text) != nil,
              let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            problem(PluginMessages.wrongType, ["key": key, "expected": "a number"], at: node.location)
            return nil
        }
        return value
    }

    /// A value from a closed list, with a suggestion when it is misspelt.
    mutating func choice(_ node: YAMLNode, from allowed: [String], what: String) -> String? {
        guard let text = node.scalar, !node.isNull else {
            problem(PluginMessages.wrongType, ["key": what, "expected": "one of " + allowed.joined(separator: ", ")],
                    at: node.location)
            return nil
        }
        if allowed.contains(text) { return text }
        if let suggestion = Suggestion.nearest(to: text, in: allowed) {
            problem(PluginMessages.invalidValueHint, ["value": text, "what": what, "suggestion": suggestion], at: node.location)
        } else {
            problem(PluginMessages.invalidValue, ["value": text, "what": what, "allowed": allowed.joined(separator: ", ")],
                    at: node.location)
        }
        return nil
    }

    /// A text in en, bg, uk and ru (`{en: …, bg: …, uk: …, ru: …}`); a missing language is reported.
    mutating func localized(_ pair: YAMLNode.Pair?, key: String) -> LocalizedText? {
        guard let pair else { return nil }
        let languages = Language.allowedValues
        guard let entries = mapping(pair.value, known: languages, where: key) else { return nil }
        var texts: [String: String] = [:]
        for language in ["en", "bg", "uk", "ru"] {
            if let text = string(entries[language]) {
                texts[language] = text
            } else if entries[language] == nil {
                problem(PluginMessages.missingLanguage, ["key": key, "language": language], at: pair.value.location)
            }
        }
        guard let en = texts["en"] else { return nil }
        return LocalizedText(en: en, bg: texts["bg"], uk: texts["uk"], ru: texts["ru"])
    }
}
