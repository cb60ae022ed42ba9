import Foundation

/// Collects schema issues while typed values are read from YAML nodes.
///
/// Scalars are typed by the format, not by YAML 1.1 guessing: a string field takes any
/// scalar as written, numbers must be plain numerals, booleans plain `true` or `false`.
struct DecodingContext {
    var issues: [SchemaIssue] = []

    mutating func report(_ kind: SchemaIssue.Kind, _ message: LocalizedText, _ arguments: [String: String] = [:],
                         at location: SourceLocation?, path: String) {
        issues.append(SchemaIssue(kind, message, arguments, at: location, path: path))
    }

    /// Reads a mapping's keys, reporting duplicates and unknown keys, and records positions in `fields`.
    mutating func entries(of node: YAMLView, owner: String, describedAs where_: String, known: [String],
                          fields: inout FieldLocations) -> Entries {
        var result = Entries(mapping: node, known: known, owner: owner)
        guard let pairs = node.pairs else { return result }
        var previous: (key: YAMLView, value: YAMLView)?
        for pair in pairs {
            defer { previous = (pair.key, pair.value) }
            // Known keys are found by their bytes; a string is made only for a key to report.
            if let knownIndex = pair.key.index(in: known) {
                if let first = result.entry(known: knownIndex) {
                    report(.duplicateKey, SchemaMessages.duplicateKey,
                           ["key": known[knownIndex], "line": String(first.key.location.line)],
                           at: pair.key.location, path: first.path)
                    continue
                }
                result.record(known: knownIndex, key: pair.key)
                // The name as listed in `known`: a literal, which costs no reference count to keep.
                fields.record(known[knownIndex], key: pair.key.location, value: pair.value.location)
                continue
            }
            guard let name = pair.key.scalar else {
                report(.wrongType, SchemaMessages.wrongType,
                       ["field": "key", "expected": "a plain name", "found": pair.key.kindDescription],
                       at: pair.key.location, path: owner)
                continue
            }
            if !name.hasPrefix("x-") {
                // `{item: Автобус, транспорт}`: the comma ended the value, and the rest became a key.
                if pair.value.isNull, let previous, let previousName = previous.key.scalar, previous.value.scalar != nil,
                   previous.value.location.line == pair.key.location.line {
                    report(.unknownKey, SchemaMessages.commaInFlowValue, ["key": name, "previous": previousName],
                           at: pair.key.location, path: owner)
                    continue
                }
                if let suggestion = Suggestion.nearest(to: name, in: known) {
                    report(.unknownKey, SchemaMessages.unknownKeyHint,
                           ["key": name, "where": where_, "suggestion": suggestion], at: pair.key.location, path: owner)
                } else {
                    report(.unknownKey, SchemaMessages.unknownKey,
                           ["key": name, "where": where_, "allowed": known.joined(separator: ", ")],
                           at: pair.key.location, path: owner)
                }
            }
        }
        return result
    }

    /// Reports each of `required` that `entries` lacks or holds empty.
    mutating func require(_ required: [String], in entries: Entries, owner: String, describedAs where_: String,
                          at location: SourceLocation) {
        for name in required {
            if let entry = entries[name] {
                if entry.value.isNull || entry.value.isBlank {
                    report(.missingField, SchemaMessages.emptyField, ["field": name, "where": where_],
                           at: entry.value.location, path: entry.path)
                }
            } else {
                report(.missingField, SchemaMessages.missingField, ["field": name, "where": where_],
                       at: location, path: owner.isEmpty ? name : "\(owner).\(name)")
            }
        }
    }

    mutating func wrongType(_ entry: Entry, expected: String, _ extra: [String: String] = [:]) {
        report(.wrongType, SchemaMessages.wrongType,
               ["field": entry.name, "expected": expected, "found": entry.value.kindDescription].merging(extra) { a, _ in a },
               at: entry.value.location, path: entry.path)
    }

    /// A string field: any scalar as written; `nil` for null or empty.
    mutating func string(_ entry: Entry?) -> String? {
        guard let entry, !entry.value.isNull else { return nil }
        guard let text = entry.value.scalar else {
            wrongType(entry, expected: "text")
            return nil
        }
        return text.isEmpty ? nil : text
    }

    /// A list of strings.
    mutating func strings(_ entry: Entry?) -> [String] {
        guard let entry, !entry.value.isNull else { return [] }
        guard let items = entry.value.items else {
            wrongType(entry, expected: "a list of texts")
            return []
        }
        var result: [String] = []
        for item in items {
            if let text = item.scalar, !item.isNull {
                result.append(text)
            } else {
                report(.wrongType, SchemaMessages.wrongItemType,
                       ["field": entry.name, "expected": "text", "found": item.kindDescription],
                       at: item.location, path: entry.path)
            }
        }
        return result
    }

    /// An integer field: a plain numeral.
    mutating func integer(_ entry: Entry?) -> Int? {
        guard let entry, !entry.value.isNull else { return nil }
        guard let text = entry.value.scalar, entry.value.isPlain || entry.value.tag == .int,
              let value = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text)
        else {
            let found = entry.value.scalar.map { "'\($0)'" } ?? entry.value.kindDescription
            report(.wrongType, SchemaMessages.wrongType, ["field": entry.name, "expected": "a whole number", "found": found],
                   at: entry.value.location, path: entry.path)
            return nil
        }
        return value
    }

    /// A decimal amount: a plain numeral, never binary floating point.
    mutating func decimal(_ entry: Entry?) -> Decimal? {
        guard let entry, !entry.value.isNull else { return nil }
        guard let text = entry.value.scalar, entry.value.isPlain || entry.value.tag == .float || entry.value.tag == .int,
              Self.isDecimalNumeral(text), let value = Self.decimalValue(text)
        else {
            if let text = entry.value.scalar, let amount = LocalHabits.amount(text) {
                var arguments = ["field": entry.name, "value": text, "number": amount.number]
                arguments["currency"] = amount.currency
                report(.wrongType, amount.currency == nil ? SchemaMessages.amountHint : SchemaMessages.amountCurrencyHint,
                       arguments, at: entry.value.location, path: entry.path)
                return nil
            }
            let found = entry.value.scalar.map { "'\($0)'" } ?? entry.value.kindDescription
            report(.wrongType, SchemaMessages.wrongType, ["field": entry.name, "expected": "a number", "found": found],
                   at: entry.value.location, path: entry.path)
            return nil
        }
        if value < 0 {
            report(.negativeAmount, SchemaMessages.negativeAmount, ["field": entry.name, "value": text],
                   at: entry.value.location, path: entry.path)
        }
        return value
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// The value of a numeral already checked by ``isDecimalNumeral(_:)``; whole numbers skip the slow parser.
    static func decimalValue(_ text: String) -> Decimal? {
        if text.utf8.count <= 18, let whole = Int(text) { return Decimal(whole) }
        return Decimal(string: text, locale: posix)
    }

    static func isDecimalNumeral(_ text: String) -> Bool {
        var digits = 0, dots = 0
        for (index, byte) in text.utf8.enumerated() {
            if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")) && index == 0 { continue }
            if byte == UInt8(ascii: ".") { dots += 1; continue }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return false }
            digits += 1
        }
        return digits > 0 && dots <= 1
    }

    /// A boolean field: plain `true` or `false`.
    mutating func boolean(_ entry: Entry?) -> Bool? {
        guard let entry, !entry.value.isNull else { return nil }
        switch entry.value.scalar {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            let found = entry.value.scalar.map { "'\($0)'" } ?? entry.value.kindDescription
            report(.wrongType, SchemaMessages.wrongType, ["field": entry.name, "expected": "true or false", "found": found],
                   at: entry.value.location, path: entry.path)
            return nil
        }
    }

    /// A value from a closed list.
    mutating func enumValue<E: FormatEnum>(_ entry: Entry?, _ type: E.Type) -> E? {
        guard let text = string(entry), let entry else { return nil }
        if let value = E(rawValue: text) { return value }
        let allowed = E.allowedValues
        var arguments = ["value": text, "field": entry.name, "allowed": allowed.joined(separator: ", ")]
        if let suggestion = Suggestion.nearest(to: text, in: allowed) {
            arguments["suggestion"] = suggestion
            report(.invalidValue, SchemaMessages.invalidValueHint, arguments, at: entry.value.location, path: entry.path)
        } else {
            report(.invalidValue, SchemaMessages.invalidValue, arguments, at: entry.value.location, path: entry.path)
        }
        return nil
    }

    /// A slug id `[a-z0-9][a-z0-9-]*` of at most ``CanvasID/maxLength`` characters; a bad one is
    /// reported but kept, so references to it still resolve.
    mutating func slug(_ entry: Entry?) -> String? {
        guard let text = string(entry), let entry else { return nil }
        if !CanvasID.isSlug(text) {
            report(.invalidID, SchemaMessages.invalidID, ["value": CanvasID.shown(text)], at: entry.value.location,
                   path: entry.path)
        } else if !CanvasID.isValid(text) {
            report(.invalidID, SchemaMessages.idTooLong,
                   ["value": CanvasID.shown(text), "length": String(text.utf8.count), "limit": String(CanvasID.maxLength)],
                   at: entry.value.location, path: entry.path)
        }
        return text
    }

    /// An ISO 4217 code.
    mutating func currency(_ entry: Entry?) -> String? {
        guard let text = string(entry), let entry else { return nil }
        if CurrencyCode.isValid(text) { return text }
        if let code = CurrencyCode.isValid(text.uppercased()) ? text.uppercased() : LocalHabits.currencyCode(text) {
            report(.invalidCurrency, SchemaMessages.invalidCurrencyHint, ["value": text, "suggestion": code],
                   at: entry.value.location, path: entry.path)
        } else {
            report(.invalidCurrency, SchemaMessages.invalidCurrency, ["value": text], at: entry.value.location, path: entry.path)
        }
        return text
    }

    /// A period or range.
    mutating func when(_ entry: Entry?) -> When? {
        guard let text = string(entry), let entry else { return nil }
        guard let when = When(text) else {
            if let suggestion = LocalHabits.isoPeriod(text), When(suggestion) != nil {
                report(.invalidWhen, SchemaMessages.invalidWhenHint, ["value": text, "suggestion": suggestion],
                       at: entry.value.location, path: entry.path)
                return nil
            }
            report(.invalidWhen, SchemaMessages.invalidWhen, ["value": text], at: entry.value.location, path: entry.path)
            return nil
        }
        if when.isReversed {
            report(.reversedRange, SchemaMessages.reversedRange, ["value": text], at: entry.value.location, path: entry.path)
        }
        return when
    }

    /// A list of id references.
    mutating func references(_ entry: Entry?) -> [Located<String>] {
        guard let entry, !entry.value.isNull else { return [] }
        guard let items = entry.value.items else {
            if let single = entry.value.scalar {
                wrongType(entry, expected: "a list of ids such as [{single}]", ["single": single])
            } else {
                wrongType(entry, expected: "a list of ids")
            }
            return []
        }
        var result: [Located<String>] = []
        for item in items {
            if let text = item.scalar, !item.isNull {
                result.append(Located(text, at: item.location))
            } else {
                report(.wrongType, SchemaMessages.wrongItemType,
                       ["field": entry.name, "expected": "an id", "found": item.kindDescription],
                       at: item.location, path: entry.path)
            }
        }
        return result
    }
}
