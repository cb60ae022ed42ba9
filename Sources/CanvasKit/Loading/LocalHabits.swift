import Foundation

/// The ways of writing dates, amounts and currencies that are usual in Bulgaria, Ukraine,
/// Kazakhstan and Russia but not in format 1, each with the form format 1 wants, so that a
/// message can spell out the fix.
enum LocalHabits {
    /// Currency names and signs as people write them, by ISO 4217 code.
    static let currencyNames: [String: String] = {
        let names: [String: [String]] = [
            "BGN": ["лв", "лв.", "лева", "лев", "bgl"],
            "UAH": ["грн", "грн.", "гривня", "гривні", "гривень", "гривна", "гривны", "₴"],
            "KZT": ["тенге", "теңге", "тг", "тг.", "₸"],
            "RUB": ["руб", "руб.", "рубль", "рубля", "рублей", "рубли", "р.", "₽"],
            "EUR": ["евро", "євро", "€"],
            "USD": ["$", "долар", "долара", "долари", "доллар", "доллара", "долларов"],
        ]
        var result: [String: String] = [:]
        for (code, spellings) in names { for spelling in spellings { result[spelling] = code } }
        return result
    }()

    /// The ISO code for a currency written as a name or sign (`лв.`, `грн`, `тенге`, `руб`, `евро`).
    static func currencyCode(_ text: String) -> String? {
        currencyNames[text.trimmingCharacters(in: .whitespaces).lowercased()]
    }

    /// `1 500 лв.`, `120000,50`, `8 500 грн` as a format-1 numeral and, when one was written, the
    /// currency's ISO code; `nil` when `text` is not an amount written that way.
    static func amount(_ text: String) -> (number: String, currency: String?)? {
        var body = text.trimmingCharacters(in: .whitespaces)
        var currency: String?
        if let split = body.lastIndex(where: { $0.isNumber }) {
            let tail = body[body.index(after: split)...].trimmingCharacters(in: .whitespaces)
            if !tail.isEmpty {
                guard let code = currencyCode(tail) ?? (CurrencyCode.isValid(tail.uppercased()) ? tail.uppercased() : nil)
                else { return nil }
                currency = code
                body = String(body[...split])
            }
        }
        // Group separators: spaces, no-break and thin spaces, apostrophes.
        let separators: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}", "'", "’"]
        var digits = String(body.filter { !separators.contains($0) })
        if digits.filter({ $0 == "," }).count == 1, !digits.contains(".") {
            digits = digits.replacingOccurrences(of: ",", with: ".")
        }
        guard digits != text, DecodingContext.isDecimalNumeral(digits) else { return nil }
        return (digits, currency)
    }

    /// `15.03.2026` → `2026-03-15`, `03.2026` → `2026-03`, and ranges of those joined by `..`, ` – ` or `-`.
    static func isoPeriod(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for separator in ["..", " – ", "–", " - ", " — ", "—"] where trimmed.contains(separator) {
            let parts = trimmed.components(separatedBy: separator)
            guard parts.count == 2, let from = isoDate(parts[0]), let to = isoDate(parts[1]) else { continue }
            return "\(from)..\(to)"
        }
        return isoDate(trimmed)
    }

    private static func isoDate(_ text: String) -> String? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == "." || $0 == "/" })
        guard parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        func two(_ part: Substring) -> String { part.count == 1 ? "0" + part : String(part) }
        switch parts.count {
        case 3 where parts[2].count == 4 && parts[0].count <= 2 && parts[1].count <= 2:
            guard let day = Int(parts[0]), let month = Int(parts[1]), (1...31).contains(day), (1...12).contains(month)
            else { return nil }
            return "\(parts[2])-\(two(parts[1]))-\(two(parts[0]))"
        case 2 where parts[1].count == 4 && parts[0].count <= 2:
            guard let month = Int(parts[0]), (1...12).contains(month) else { return nil }
            return "\(parts[1])-\(two(parts[0]))"
        default:
            return nil
        }
    }
}
