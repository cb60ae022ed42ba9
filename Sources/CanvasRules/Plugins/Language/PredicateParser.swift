import CanvasKit
import Foundation

/// Reads the checks of the plugin rule language from YAML, reporting every mistake with its
/// line and column (unknown function, unknown part or field, bad pattern, bad month…).
struct PredicateParser {
    /// The functions of the rule language.
    static let functions = ["all", "any", "not", "present", "absent", "matches", "pattern", "compare",
                            "partner_type", "in_months", "only_months", "some", "none", "every", "count"]

    var reader: NodeReader

    /// Parses a check evaluated on items of `part`, or on the canvas as a whole when `part` is `nil`.
    mutating func parse(_ node: YAMLNode, part: CanvasPart?) -> Predicate? {
        guard let pairs = node.pairs else {
            reader.problem(PluginMessages.wrongType, ["key": "check", "expected": "a mapping such as {matches: [...]}"],
                           at: node.location)
            return nil
        }
        guard pairs.count == 1, let pair = pairs.first, let name = pair.key.scalar else {
            reader.problem(PluginMessages.oneFunction, ["count": String(pairs.count)], at: node.location)
            return nil
        }
        guard Self.functions.contains(name) else {
            if let suggestion = Suggestion.nearest(to: name, in: Self.functions) {
                reader.problem(PluginMessages.invalidValueHint, ["value": name, "what": "check function", "suggestion": suggestion],
                               at: pair.key.location)
            } else {
                reader.problem(PluginMessages.invalidValue, ["value": name, "what": "check function",
                                                             "allowed": Self.functions.joined(separator: ", ")],
                               at: pair.key.location)
            }
            return nil
        }
        return function(name, pair.value, part: part, at: pair.key.location)
    }

    private mutating func function(_ name: String, _ value: YAMLNode, part: CanvasPart?, at location: SourceLocation) -> Predicate? {
        switch name {
        case "all", "any":
            guard let items = value.items else {
                reader.problem(PluginMessages.wrongType, ["key": name, "expected": "a list of checks"], at: value.location)
                return nil
            }
            let parsed = items.map { parse($0, part: part) }
            guard parsed.allSatisfy({ $0 != nil }) else { return nil }
            return name == "all" ? .all(parsed.compactMap { $0 }) : .any(parsed.compactMap { $0 })
        case "not":
            return parse(value, part: part).map { .not($0) }
        case "present", "absent":
            guard let text = value.scalar, !value.isNull, let path = fieldPath(text, part: part, at: value.location) else {
                if value.scalar == nil || value.isNull {
                    reader.problem(PluginMessages.wrongType, ["key": name, "expected": "a field name"], at: value.location)
                }
                return nil
            }
            return name == "present" ? .present(path) : .absent(path)
        case "matches", "pattern":
            return textCheck(name, value, part: part)
        case "compare":
            return compare(value, part: part)
        case "partner_type":
            guard requireItem(name, part: part, among: [.partners, .activities], at: location),
                  let names = reader.strings(value, key: name) else { return nil }
            let types = names.compactMap { name -> PartnerType? in
                reader.choice(YAMLNode(.scalar(name.value, plain: true), location: name.location),
                              from: PartnerType.allowedValues, what: "partner type").flatMap(PartnerType.init(rawValue:))
            }
            return types.count == names.count ? .partnerType(Set(types)) : nil
        case "in_months", "only_months":
            guard requireItem(name, part: part, among: [.activities], at: location), let months = months(value, key: name)
            else { return nil }
            return name == "in_months" ? .inMonths(months) : .onlyMonths(months)
        default:
            return partCheck(name, value)
        }
    }

    /// `matches` and `pattern`: a list (or one) of keywords / an expression, or `{fields, keywords|regex}`.
    private mutating func textCheck(_ name: String, _ value: YAMLNode, part: CanvasPart?) -> Predicate? {
        let listKey = name == "matches" ? "keywords" : "regex"
        var fields: [String]?
        var patternsNode = value
        if value.pairs != nil {
            guard let e = reader.mapping(value, known: ["fields", listKey], where: name) else { return nil }
            reader.require([listKey], in: e, where: name, at: value.location)
            guard let list = e[listKey] else { return nil }
            patternsNode = list.value
            if let f = e["fields"] {
                guard let names = reader.strings(f.value, key: "fields") else { return nil }
                guard names.allSatisfy({ fieldPath($0.value, part: part, at: $0.location, bareOnly: true) != nil })
                else { return nil }
                fields = names.map(\.value)
            }
        }
        guard let patterns = reader.strings(patternsNode, key: listKey) else { return nil }
        if name == "matches" {
            for keyword in patterns where KeywordMatcher.words(in: keyword.value).isEmpty {
                reader.problem(PluginMessages.emptyKeyword, at: keyword.location)
                return nil
            }
            return .matches(fields: fields, KeywordMatcher(patterns.map(\.value)))
        }
        guard patterns.count == 1, let pattern = patterns.first else {
            reader.problem(PluginMessages.wrongType, ["key": "regex", "expected": "one regular expression"],
                           at: patternsNode.location)
            return nil
        }
        do throws(BoundedRegex.Problem) {
            return .pattern(fields: fields, try RegexBox(pattern.value))
        } catch {
            let shown = ["pattern": pattern.value]
            switch error {
            case .syntax(let detail, let position):
                reader.problem(PluginMessages.patternSyntax, shown.merging(["detail": detail, "position": String(position)]) { $1 },
                               at: pattern.location)
            case .unsupported(let construct):
                reader.problem(PluginMessages.patternUnsupported, shown.merging(["construct": construct]) { $1 },
                               at: pattern.location)
            case .tooLarge(let limit):
                reader.problem(PluginMessages.patternTooLarge, shown.merging(["limit": String(limit)]) { $1 },
                               at: pattern.location)
            }
            return nil
        }
    }

    /// `compare: {field: target, op: "<=", value: 100}`; `value` may be a path such as `target_group.size`.
    private mutating func compare(_ value: YAMLNode, part: CanvasPart?) -> Predicate? {
        guard let e = reader.mapping(value, known: ["field", "op", "value"], where: "compare") else { return nil }
        reader.require(["field", "op", "value"], in: e, where: "compare", at: value.location)
        guard let fieldPair = e["field"], let opPair = e["op"], let valuePair = e["value"],
              let fieldText = reader.string(fieldPair),
              let path = fieldPath(fieldText, part: part, at: fieldPair.value.location),
              let opText = reader.choice(opPair.value, from: ComparisonOperator.allCases.map(\.rawValue), what: "op"),
              let op = ComparisonOperator(rawValue: opText), let right = valuePair.value.scalar
        else { return nil }
        if let number = Decimal(string: right, locale: Locale(identifier: "en_US_POSIX")), Double(right) != nil {
            return .compare(path, op, .number(number))
        }
        guard let other = fieldPath(right, part: part, at: valuePair.value.location) else { return nil }
        return .compare(path, op, .path(other))
    }

    /// `some`, `none`, `every`, `count`: `{in: PART, where: CHECK}` (`some: PART` alone for some and none).
    private mutating func partCheck(_ name: String, _ value: YAMLNode) -> Predicate? {
        if let text = value.scalar, name == "some" || name == "none" {
            guard let part = self.part(text, at: value.location) else { return nil }
            return name == "some" ? .some(part, nil) : .none(part, nil)
        }
        let known = name == "count" ? ["in", "where", "min", "max"] : ["in", "where"]
        guard let e = reader.mapping(value, known: known, where: name) else { return nil }
        reader.require(name == "every" ? ["in", "where"] : ["in"], in: e, where: name, at: value.location)
        guard let inPair = e["in"], let partName = reader.string(inPair),
              let part = self.part(partName, at: inPair.value.location) else { return nil }
        var check: Predicate?
        if let wherePair = e["where"] {
            guard let parsed = parse(wherePair.value, part: part) else { return nil }
            check = parsed
        }
        switch name {
        case "some": return .some(part, check)
        case "none": return .none(part, check)
        case "every": return check.map { .every(part, $0) }
        default:
            let min = e["min"].flatMap { reader.integer($0.value, key: "min") }
            let max = e["max"].flatMap { reader.integer($0.value, key: "max") }
            if min == nil && max == nil {
                reader.problem(PluginMessages.missingKey, ["key": "min", "where": "count"], at: value.location)
                return nil
            }
            return .count(part, check, min: min, max: max)
        }
    }

    private mutating func part(_ name: String, at location: SourceLocation) -> CanvasPart? {
        let node = YAMLNode(.scalar(name, plain: true), location: location)
        return reader.choice(node, from: CanvasPart.names, what: "part").flatMap(CanvasPart.init(rawValue:))
    }

    /// A field of `part`, or a canvas path; reports unknown parts and fields.
    private mutating func fieldPath(_ text: String, part: CanvasPart?, at location: SourceLocation,
                                    bareOnly: Bool = false) -> FieldPath? {
        let path = bareOnly ? FieldPath(field: text) : FieldPath(parsing: text)
        guard let owner = path.part ?? part else {
            reader.problem(PluginMessages.fieldOutsideItem, ["field": text], at: location)
            return nil
        }
        if let field = path.field, !owner.fields.contains(field) {
            let node = YAMLNode(.scalar(field, plain: true), location: location)
            _ = reader.choice(node, from: owner.fields, what: "field of \(owner.rawValue)")
            return nil
        }
        return path
    }

    private mutating func requireItem(_ name: String, part: CanvasPart?, among parts: [CanvasPart],
                                      at location: SourceLocation) -> Bool {
        if let part, parts.contains(part) { return true }
        reader.problem(PluginMessages.needsItem, ["function": name, "parts": parts.map(\.rawValue).joined(separator: ", ")],
                       at: location)
        return false
    }

    /// Months 1–12 and ranges `A..B` (wrapping over the new year, e.g. `11..2`).
    private mutating func months(_ node: YAMLNode, key: String) -> Set<Int>? {
        guard let texts = reader.strings(node, key: key) else { return nil }
        var result = Set<Int>()
        for text in texts {
            let bounds = text.value.components(separatedBy: "..").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard (1...2).contains(bounds.count), bounds.allSatisfy({ ($0 ?? 0) >= 1 && ($0 ?? 0) <= 12 }),
                  let first = bounds.first ?? nil, let last = bounds.last ?? nil else {
                reader.problem(PluginMessages.badMonth, ["value": text.value], at: text.location)
                return nil
            }
            var month = first
            result.insert(month)
            while month != last {
                month = month % 12 + 1
                result.insert(month)
            }
        }
        return result
    }
}
