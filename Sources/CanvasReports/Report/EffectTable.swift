import CanvasKit
import Foundation

/// Effects (social, economic) or results as a report shows them: what changes, the indicator and its target.
public struct EffectTable: Sendable {
    /// One effect.
    public struct Row: Sendable {
        /// What changes.
        public var text: String
        /// What is measured, or a dash.
        public var indicator: String
        /// The target with its unit (`10 души`, `10 %`), or a dash.
        public var target: String
        /// An economic effect's amount with currency, or a dash.
        public var value: String
        /// How it is known, in words.
        public var evidence: String
        /// Whether it has an indicator and a target.
        public var measurable: Bool
    }

    /// The effects, in canvas order.
    public var rows: [Row]
    /// Whether there are any.
    public private(set) var hasRows: Bool = false

    /// Builds the table of `effects`.
    public init(_ effects: [Effect]?, formatter: ReportFormatter, labels: ReportLabels) {
        let none = labels["none"]
        rows = (effects ?? []).map { effect in
            Row(text: effect.text ?? none,
                indicator: effect.indicator?.isEmpty == false ? effect.indicator! : none,
                target: effect.target.map { Self.target($0, unit: effect.unit, formatter: formatter, labels: labels) } ?? none,
                value: effect.value.map { formatter.money($0, effect.currency) } ?? none,
                evidence: ReportTerms.name(of: effect.evidence, in: formatter.language),
                measurable: effect.isMeasurable)
        }
        hasRows = !rows.isEmpty
    }

    /// A target with its unit: people and percent in words, a currency as money, free text after the number.
    static func target(_ value: Decimal, unit: String?, formatter: ReportFormatter, labels: ReportLabels) -> String {
        switch unit {
        case nil, "": formatter.quantity(value)
        case "people": "\(formatter.quantity(value))\u{00A0}\(labels["people"])"
        case "percent": "\(formatter.quantity(value))\u{00A0}%"
        case let code? where CurrencyCode.isValid(code): formatter.money(value, code)
        case let text?: "\(formatter.quantity(value))\u{00A0}\(text)"
        }
    }
}
