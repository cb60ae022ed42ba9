/// One point of the calendar at the precision it was written: a year, a quarter, a month or a day.
public enum Period: Hashable, Sendable, CustomStringConvertible {
    /// `YYYY`
    case year(Int)
    /// `YYYY-Qn`
    case quarter(Int, Int)
    /// `YYYY-MM`
    case month(Int, Int)
    /// `YYYY-MM-DD`
    case day(Int, Int, Int)

    /// Parses `YYYY`, `YYYY-Qn`, `YYYY-MM` or `YYYY-MM-DD`; `nil` for anything else or an impossible date.
    public init?(_ text: String) {
        var text = text
        guard let period = text.withUTF8({ Period(utf8: $0) }) else { return nil }
        self = period
    }

    /// Parses the UTF-8 bytes `b`, with no spaces around.
    init?(utf8 b: UnsafeBufferPointer<UInt8>) {
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(b[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        let dash = UInt8(ascii: "-")
        guard b.count >= 4, let year = number(0..<4) else { return nil }
        switch b.count {
        case 4:
            self = .year(year)
        case 7 where b[4] == dash && b[5] == UInt8(ascii: "Q"):
            guard let q = number(6..<7), (1...4).contains(q) else { return nil }
            self = .quarter(year, q)
        case 7 where b[4] == dash:
            guard let m = number(5..<7), (1...12).contains(m) else { return nil }
            self = .month(year, m)
        case 10 where b[4] == dash && b[7] == dash:
            guard let m = number(5..<7), let d = number(8..<10), (1...12).contains(m), (1...Self.daysIn(year, m)).contains(d)
            else { return nil }
            self = .day(year, m, d)
        default:
            return nil
        }
    }

    /// The first day it covers, as (year, month, day).
    public var firstDay: (year: Int, month: Int, day: Int) {
        switch self {
        case .year(let y): (y, 1, 1)
        case .quarter(let y, let q): (y, (q - 1) * 3 + 1, 1)
        case .month(let y, let m): (y, m, 1)
        case .day(let y, let m, let d): (y, m, d)
        }
    }

    /// The last day it covers, as (year, month, day).
    public var lastDay: (year: Int, month: Int, day: Int) {
        switch self {
        case .year(let y): (y, 12, 31)
        case .quarter(let y, let q): (y, q * 3, Self.daysIn(y, q * 3))
        case .month(let y, let m): (y, m, Self.daysIn(y, m))
        case .day(let y, let m, let d): (y, m, d)
        }
    }

    public var description: String {
        if let text = Self.digitsText(self) { return text }
        return switch self {
        case .year(let y): String(format4: y)
        case .quarter(let y, let q): "\(String(format4: y))-Q\(q)"
        case .month(let y, let m): "\(String(format4: y))-\(String(format2: m))"
        case .day(let y, let m, let d): "\(String(format4: y))-\(String(format2: m))-\(String(format2: d))"
        }
    }

    /// ``description`` written digit by digit for years 0–9999 and two-digit parts (`nil`
    /// otherwise): activities' periods are written into every stored canvas's rows, and string
    /// interpolation costs a few thousand instructions a period.
    private static func digitsText(_ period: Period) -> String? {
        let (year, second, third): (Int, Int?, Int?) = switch period {
        case .year(let y): (y, nil, nil)
        case .quarter(let y, let q): (y, q, nil)
        case .month(let y, let m): (y, m, nil)
        case .day(let y, let m, let d): (y, m, d)
        }
        guard (0...9999).contains(year), (0...99).contains(second ?? 0), (0...99).contains(third ?? 0) else {
            return nil
        }
        // Small enough for a string without an allocation.
        var bytes: (UInt64, UInt64) = (0, 0)
        return withUnsafeMutableBytes(of: &bytes) { buffer in
            var count = 0
            func put(_ byte: UInt8) {
                buffer[count] = byte
                count += 1
            }
            func digit(_ value: Int) { put(UInt8(truncatingIfNeeded: 0x30 + value)) }
            digit(year / 1000); digit(year / 100 % 10); digit(year / 10 % 10); digit(year % 10)
            if case .quarter(_, let quarter) = period {
                put(0x2D); put(0x51)  // "-Q"
                if quarter >= 10 { digit(quarter / 10) }
                digit(quarter % 10)
            } else if let second {
                put(0x2D); digit(second / 10); digit(second % 10)
                if let third { put(0x2D); digit(third / 10); digit(third % 10) }
            }
            return String(decoding: UnsafeRawBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    static func daysIn(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// When an activity happens: one period, or a range `A..B` of two.
public struct When: Hashable, Sendable, CustomStringConvertible {
    /// The first period.
    public var start: Period
    /// The last period of a range; `nil` for a single period.
    public var end: Period?

    /// Creates a period or a range.
    public init(start: Period, end: Period? = nil) {
        self.start = start
        self.end = end
    }

    /// Parses `P` or `P..Q` where each side is a ``Period``; spaces around the text and around
    /// `..` are allowed.
    public init?(_ text: String) {
        var text = text
        // A period is ASCII, so only spaces can be other characters: any Unicode space becomes a
        // plain one, and then the bytes are read in place.
        if text.utf8.contains(where: { $0 >= 0x80 }) { text = String(text.map { $0.isWhitespace ? " " : $0 }) }
        guard let when = text.withUTF8({ bytes in bytes.contains { $0 >= 0x80 } ? nil : When(ascii: bytes) })
        else { return nil }
        self = when
    }

    /// Parses ASCII bytes: spaces around the text and around `..` are allowed.
    private init?(ascii bytes: UnsafeBufferPointer<UInt8>) {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        func period(_ range: Range<Int>) -> Period? {
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper, isSpace(bytes[lower]) { lower += 1 }
            while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
            return Period(utf8: UnsafeBufferPointer(rebasing: bytes[lower..<upper]))
        }
        if let dots = bytes.indices.dropLast().first(where: { bytes[$0] == 0x2E && bytes[$0 + 1] == 0x2E }) {
            guard let a = period(0..<dots), let b = period((dots + 2)..<bytes.count) else { return nil }
            self.init(start: a, end: b)
        } else {
            guard let p = period(0..<bytes.count) else { return nil }
            self.init(start: p)
        }
    }

    /// Whether a range ends before it starts.
    public var isReversed: Bool {
        guard let end else { return false }
        let a = start.firstDay, b = end.lastDay
        return (b.year, b.month, b.day) < (a.year, a.month, a.day)
    }

    /// Every (year, month) the period touches, in order; empty for a reversed range.
    public var months: [YearMonth] {
        let a = start.firstDay, b = (end ?? start).lastDay
        var result: [YearMonth] = []
        var y = a.year, m = a.month
        while (y, m) <= (b.year, b.month) && result.count < 1200 {
            result.append(YearMonth(year: y, month: m))
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        return result
    }

    public var description: String {
        guard let end else { return start.description }
        return "\(start)..\(end)"
    }
}

/// A month of a year.
public struct YearMonth: Hashable, Comparable, Sendable {
    /// The year.
    public var year: Int
    /// The month, 1–12.
    public var month: Int

    /// Creates a month.
    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
}

extension String {
    init(format4 value: Int) {
        let digits = value.description
        self = Swift.String(repeating: "0", count: Swift.max(0, 4 - digits.count)) + digits
    }

    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : value.description
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
