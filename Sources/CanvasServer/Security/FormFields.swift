import Foundation

/// The fields of an `application/x-www-form-urlencoded` body (or query), first value of each name.
struct FormFields: Sendable {
    private var values: [String: String] = [:]

    /// Parses `text`; malformed escapes are kept as written.
    init(_ text: String) {
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            if values[name] == nil { values[name] = value }
        }
    }

    /// The value of `name`.
    subscript(_ name: String) -> String? { values[name] }

    private static func decode(_ text: Substring) -> String {
        let replaced = text.replacingOccurrences(of: "+", with: " ")
        return replaced.removingPercentEncoding ?? replaced
    }
}
