import CanvasKit
import Foundation

/// A field named in a check: a field of the item being checked (`responsible`), or a path into
/// the canvas (`target_group.size`, `service.goal`, or a whole part such as `information`).
public struct FieldPath: Hashable, Sendable, CustomStringConvertible {
    /// The part of the canvas, for a canvas path; `nil` for a field of the item being checked.
    public var part: CanvasPart?
    /// The field; `nil` when the path names a whole part.
    public var field: String?

    /// A field of the item being checked.
    public init(field: String) {
        part = nil
        self.field = field
    }

    /// A path into the canvas.
    public init(part: CanvasPart, field: String?) {
        self.part = part
        self.field = field
    }

    /// Reads `text`: a part name, `part.field`, or a bare field name.
    public init(parsing text: String) {
        for part in CanvasPart.allCases.sorted(by: { $0.rawValue.count > $1.rawValue.count }) {
            if text == part.rawValue {
                self.init(part: part, field: nil)
                return
            }
            if text.hasPrefix(part.rawValue + ".") {
                self.init(part: part, field: String(text.dropFirst(part.rawValue.count + 1)))
                return
            }
        }
        self.init(field: text)
    }

    public var description: String {
        switch (part, field) {
        case (let part?, let field?): "\(part.rawValue).\(field)"
        case (let part?, nil): part.rawValue
        case (nil, let field?): field
        case (nil, nil): ""
        }
    }

    /// The value the path names: on the item for a bare field, in the canvas for a canvas path.
    /// A whole part has a value (the number of its items) when it has at least one item.
    func value(item: PartItem?, parts: CanvasParts) -> PartItem.Value? {
        guard let part else { return field.flatMap { item?.value($0) } }
        let items = parts.items(part)
        guard let field else { return items.isEmpty ? nil : .number(Decimal(items.count)) }
        return items.lazy.compactMap { $0.value(field) }.first
    }
}

/// A comparison of two numbers.
public enum ComparisonOperator: String, CaseIterable, Sendable {
    case less = "<", lessOrEqual = "<=", equal = "==", notEqual = "!=", greaterOrEqual = ">=", greater = ">"

    /// Applies the comparison.
    func compare(_ a: Decimal, _ b: Decimal) -> Bool {
        switch self {
        case .less: a < b
        case .lessOrEqual: a <= b
        case .equal: a == b
        case .notEqual: a != b
        case .greaterOrEqual: a >= b
        case .greater: a > b
        }
    }
}

/// The right-hand side of a comparison: a number, or a path whose number is read.
public enum Operand: Hashable, Sendable {
    /// A literal number.
    case number(Decimal)
    /// A path, e.g. `target_group.size`.
    case path(FieldPath)

    func number(item: PartItem?, parts: CanvasParts) -> Decimal? {
        switch self {
        case .number(let value): return value
        case .path(let path):
            if case .number(let value)? = path.value(item: item, parts: parts) { return value }
            return nil
        }
    }
}
