import CanvasKit
import Foundation

/// The sums a report shows for one canvas, per currency: costs, missing costs, economic effect,
/// and the socio-economic ratio (economic effect ÷ cost).
public struct CanvasFigures: Sendable, Equatable {
    /// Sums for one currency.
    public struct CurrencyLine: Sendable, Equatable {
        /// ISO 4217 code, or `?` for costs written without one.
        public var currency: String
        /// The cost of every resource in this currency.
        public var cost: Decimal
        /// The cost of the resources marked `available: false`.
        public var missing: Decimal
        /// The economic effects' values in this currency.
        public var economic: Decimal

        /// Economic effect ÷ cost, when both are known and the cost is not zero.
        public var ratio: Decimal? {
            guard cost > 0, economic > 0 else { return nil }
            var quotient = economic / cost, rounded = Decimal()
            NSDecimalRound(&rounded, &quotient, 2, .plain)
            return rounded
        }
    }

    /// One line per currency, sorted by code (`?` last).
    public var lines: [CurrencyLine]

    /// Adds up the resources and the economic effects of `canvas`.
    public init(_ canvas: Canvas) {
        var byCurrency: [String: CurrencyLine] = [:]
        func update(_ code: String?, _ change: (inout CurrencyLine) -> Void) {
            let key = code?.isEmpty == false ? code! : "?"
            var line = byCurrency[key] ?? CurrencyLine(currency: key, cost: 0, missing: 0, economic: 0)
            change(&line)
            byCurrency[key] = line
        }
        for resource in canvas.resources ?? [] {
            guard let cost = resource.cost else { continue }
            update(resource.currency) { line in
                line.cost += cost
                if !resource.available { line.missing += cost }
            }
        }
        for effect in canvas.effects?.economic ?? [] {
            guard let value = effect.value else { continue }
            update(effect.currency) { $0.economic += value }
        }
        lines = byCurrency.values.sorted { a, b in
            if (a.currency == "?") != (b.currency == "?") { return b.currency == "?" }
            return a.currency < b.currency
        }
    }

    /// The lines with a cost.
    public var costLines: [CurrencyLine] { lines.filter { $0.cost > 0 || $0.missing > 0 } }

    /// The lines where the ratio can be computed.
    public var ratioLines: [CurrencyLine] { lines.filter { $0.ratio != nil } }
}
