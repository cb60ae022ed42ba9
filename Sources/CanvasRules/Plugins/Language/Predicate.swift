import CanvasKit
import Foundation

/// A check of the plugin rule language, parsed from a plugin file and evaluated on a canvas.
///
/// Item checks (`present`, `matches`, `compare`…) look at the item being checked; part checks
/// (`some`, `none`, `count`, `every`) look at the items of a part of the canvas. See the README
/// section "Writing a plugin" for every function with an example.
public indirect enum Predicate: Sendable {
    /// Every check holds.
    case all([Predicate])
    /// At least one check holds.
    case any([Predicate])
    /// The check does not hold.
    case not(Predicate)
    /// The field has a value (`present: responsible`); on the canvas, a path (`present: target_group.size`).
    case present(FieldPath)
    /// The field has no value.
    case absent(FieldPath)
    /// One of the fields contains one of the keywords; `fields == nil` looks at every worded field.
    case matches(fields: [String]?, KeywordMatcher)
    /// One of the fields matches the regular expression (case-insensitive).
    case pattern(fields: [String]?, RegexBox)
    /// A numeric field compared with a number or with another numeric path.
    case compare(FieldPath, ComparisonOperator, Operand)
    /// The partner is of one of the types; for an activity, one of its partners is.
    case partnerType(Set<PartnerType>)
    /// The activity falls in at least one of the months (1–12).
    case inMonths(Set<Int>)
    /// Every month of the activity is one of the months; false when it has no `when`.
    case onlyMonths(Set<Int>)
    /// At least one item of the part passes the check.
    case some(CanvasPart, Predicate?)
    /// No item of the part passes the check.
    case none(CanvasPart, Predicate?)
    /// Every item of the part passes the check (true when the part is empty).
    case every(CanvasPart, Predicate)
    /// The number of items of the part that pass the check is within bounds.
    case count(CanvasPart, Predicate?, min: Int?, max: Int?)

    /// Evaluates the check on `item` (or on the canvas as a whole when `item` is `nil`).
    public func holds(on item: PartItem?, in parts: CanvasParts) -> Bool {
        switch self {
        case .all(let list): return list.allSatisfy { $0.holds(on: item, in: parts) }
        case .any(let list): return list.contains { $0.holds(on: item, in: parts) }
        case .not(let inner): return !inner.holds(on: item, in: parts)
        case .present(let path): return path.value(item: item, parts: parts) != nil
        case .absent(let path): return path.value(item: item, parts: parts) == nil
        case .matches(let fields, let matcher):
            if let item { return matcher.matches(parts.foldedText(of: item, fields: fields)) }
            return canvasTextItems(parts).contains { matcher.matches(parts.foldedText(of: $0, fields: fields)) }
        case .pattern(let fields, let box):
            if let item { return box.matches(item.text(of: fields)) }
            return canvasTextItems(parts).contains { box.matches($0.text(of: fields)) }
        case .compare(let path, let op, let operand):
            guard case .number(let left)? = path.value(item: item, parts: parts),
                  let right = operand.number(item: item, parts: parts) else { return false }
            return op.compare(left, right)
        case .partnerType(let types):
            return item?.partnerTypes.contains(where: types.contains) ?? false
        case .inMonths(let months):
            return item?.months.contains { months.contains($0.month) } ?? false
        case .onlyMonths(let months):
            guard let item, !item.months.isEmpty else { return false }
            return item.months.allSatisfy { months.contains($0.month) }
        case .some(let part, let check):
            return parts.items(part).contains { check?.holds(on: $0, in: parts) ?? true }
        case .none(let part, let check):
            return !parts.items(part).contains { check?.holds(on: $0, in: parts) ?? true }
        case .every(let part, let check):
            return parts.items(part).allSatisfy { check.holds(on: $0, in: parts) }
        case .count(let part, let check, let min, let max):
            let n = parts.items(part).count { check?.holds(on: $0, in: parts) ?? true }
            return n >= (min ?? 0) && n <= (max ?? Int.max)
        }
    }

    /// The first part a part check names, to point a canvas-wide finding at its section.
    var firstPart: CanvasPart? {
        switch self {
        case .all(let list), .any(let list): list.lazy.compactMap(\.firstPart).first
        case .not(let inner): inner.firstPart
        case .some(let part, _), .none(let part, _), .every(let part, _), .count(let part, _, _, _): part
        case .present(let path), .absent(let path), .compare(let path, _, _): path.part
        default: nil
        }
    }

    /// The items whose texts keyword and pattern checks read on the canvas as a whole:
    /// the target group and the service.
    private func canvasTextItems(_ parts: CanvasParts) -> [PartItem] {
        parts.items(.targetGroup) + parts.items(.service)
    }
}

/// A compiled regular expression that can be stored in a ``Predicate``: a ``BoundedRegex``, so
/// matching takes bounded time whatever the plugin wrote.
public struct RegexBox: Sendable {
    /// The pattern as written.
    public let pattern: String
    private let regex: BoundedRegex

    /// Compiles `pattern` (matching ignores case).
    public init(_ pattern: String) throws(BoundedRegex.Problem) {
        self.pattern = pattern
        self.regex = try BoundedRegex(pattern)
    }

    /// Whether the expression occurs in `text`.
    public func matches(_ text: String) -> Bool { regex.occurs(in: text) }
}
