import CanvasKit
import Foundation

/// Formats numbers, money, months and periods for one report language, the same way on every machine.
///
/// The conventions (documented in the README's "Reports" section):
/// - bg, uk, ru: digits grouped by threes with a no-break space, decimal comma: `1 500,00`;
///   en: grouped with a comma, decimal point: `1,500.00`.
/// - Money is always two decimals followed by the ISO 4217 code: `1 500,00 BGN`, `1,500.00 BGN`.
/// - Months by name in the language (`май 2026`, `травень 2026`, `май 2026`, `May 2026`); days as `17 май 2012`.
///
/// It does not use the system locale, so reports are identical on every machine.
public struct ReportFormatter: Sendable {
    /// The language the output is written in.
    public let language: Language

    /// Creates a formatter for `language`.
    public init(language: Language) { self.language = language }

    private var groupSeparator: String { language == .en ? "," : "\u{00A0}" }
    private var decimalSeparator: String { language == .en ? "." : "," }

    /// A whole number with grouped thousands: `1 500`.
    public func integer(_ value: Int) -> String {
        (value < 0 ? "-" : "") + group(String(value.magnitude))
    }

    /// A decimal number rounded to `places` (trailing zeros kept): `1 500,00`.
    public func decimal(_ value: Decimal, places: Int = 2) -> String {
        var input = value, rounded = Decimal()
        NSDecimalRound(&rounded, &input, places, .plain)
        let negative = rounded < 0
        let text = (negative ? -rounded : rounded).description
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = parts.first.map(String.init) ?? "0"
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        fraction = String((fraction + String(repeating: "0", count: places)).prefix(places))
        let body = group(whole) + (places > 0 ? decimalSeparator + fraction : "")
        return (negative ? "-" : "") + body
    }

    /// A number without trailing decimals when it is whole (`10`, `12,5`), for targets and counts.
    public func quantity(_ value: Decimal) -> String {
        var input = value, whole = Decimal()
        NSDecimalRound(&whole, &input, 0, .plain)
        return whole == value ? decimal(value, places: 0) : decimal(value, places: 2)
    }

    /// An amount with its currency code: `1 500,00 BGN`; `?` stands for a missing code.
    public func money(_ amount: Decimal, _ currency: String?) -> String {
        decimal(amount) + "\u{00A0}" + (currency ?? "?")
    }

    /// The name of month `month` (1–12), standing alone: `април`, `квітень`, `апрель`, `April`.
    public func monthName(_ month: Int) -> String {
        Self.months[language]?[safe: month - 1] ?? String(month)
    }

    /// The short name of month `month` for timeline headers: `апр`, `кві`, `апр`, `Apr`.
    public func monthShort(_ month: Int) -> String {
        String(monthName(month).prefix(3))
    }

    /// A month of a year: `април 2026`.
    public func month(_ value: YearMonth) -> String { "\(monthName(value.month)) \(value.year)" }

    /// A day: `17 май 2012`, `17 травня 2012`, `17 мая 2012`, `17 May 2012`.
    public func day(year: Int, month: Int, day: Int) -> String {
        let name = Self.monthsGenitive[language]?[safe: month - 1] ?? monthName(month)
        return "\(day) \(name) \(year)"
    }

    /// One period in words: a year, a quarter (`Q2 2026`, `2 трим. 2026`), a month or a day.
    public func period(_ value: Period) -> String {
        switch value {
        case .year(let y): String(y)
        case .quarter(let y, let q): language == .en ? "Q\(q) \(y)" : "\(q) \(Self.quarterWord[language] ?? "Q") \(y)"
        case .month(let y, let m): month(YearMonth(year: y, month: m))
        case .day(let y, let m, let d): day(year: y, month: m, day: d)
        }
    }

    /// A `when`: one period, or a range written `A – B` (`17–18 май 2012` when only the day differs,
    /// `април – май 2026` when only the month differs).
    public func when(_ value: When) -> String {
        guard let end = value.end else { return period(value.start) }
        switch (value.start, end) {
        case (.day(let y1, let m1, let d1), .day(let y2, let m2, let d2)) where y1 == y2 && m1 == m2:
            return d1 == d2 ? period(value.start) : "\(d1)–\(d2) \(day(year: y2, month: m2, day: d2).split(separator: " ", maxSplits: 1)[1])"
        case (.month(let y1, let m1), .month(let y2, let m2)) where y1 == y2:
            return m1 == m2 ? period(value.start) : "\(monthName(m1)) – \(month(YearMonth(year: y2, month: m2)))"
        default:
            return "\(period(value.start)) – \(period(end))"
        }
    }

    /// Groups the digits of a whole number by threes; numbers of four digits and more are grouped.
    private func group(_ digits: String) -> String {
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += groupSeparator }
            result.append(character)
        }
        return result
    }

    private static let quarterWord: [Language: String] = [.bg: "трим.", .uk: "кв.", .ru: "кв."]

    private static let months: [Language: [String]] = [
        .bg: ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември", "декември"],
        .uk: ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень",
              "листопад", "грудень"],
        .ru: ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
        .en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
              "December"],
    ]

    private static let monthsGenitive: [Language: [String]] = [
        .bg: months[.bg]!,
        .uk: ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада",
              "грудня"],
        .ru: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
              "декабря"],
        .en: months[.en]!,
    ]
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
