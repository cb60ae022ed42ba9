import CanvasKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the `sdw-disable` and `sdw-disable-next-line` comments of a canvas's text.
public enum SuppressionScanner {
    static let nextLine = "sdw-disable-next-line"
    static let wholeFile = "sdw-disable"

    /// Every suppression comment of `text`, in order.
    public static func scan(_ text: String) -> [Suppression] {
        guard mentionsSuppression(text) else { return [] }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        var result: [Suppression] = []
        for (index, line) in lines.enumerated() {
            guard let (comment, column) = comment(in: line) else { continue }
            let body = comment.drop { $0 == " " || $0 == "\t" }
            let isNextLine = body.hasPrefix(nextLine + " ") || body == nextLine
            guard isNextLine || body.hasPrefix(wholeFile + " ") || body == wholeFile else { continue }
            let rest = body.dropFirst(isNextLine ? nextLine.count : wholeFile.count)
            var idsPart = Substring(rest)
            var reason: String?
            if let separator = rest.range(of: "--") {
                idsPart = rest[..<separator.lowerBound]
                let text = String(rest[separator.upperBound...]).trimmingCharacters(in: .whitespaces)
                reason = text.isEmpty ? nil : text
            }
            let ids = idsPart.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }).map(String.init)
            let scope: Suppression.Scope
            if isNextLine {
                let target = lines[(index + 1)...].firstIndex { line in
                    let trimmed = line.drop { $0 == " " || $0 == "\t" }
                    return !trimmed.isEmpty && !trimmed.hasPrefix("#")
                }
                scope = .line((target ?? lines.count) + 1)
            } else {
                scope = .file
            }
            result.append(Suppression(ruleIDs: ids, reason: reason, scope: scope,
                                      location: SourceLocation(line: index + 1, column: column)))
        }
        return result
    }

    /// Whether `text` holds `sdw-disable` anywhere: a byte search that lets the (much slower)
    /// line-by-line scan run only on the few files that have suppressions.
    static func mentionsSuppression(_ text: String) -> Bool {
        let needle = Array(wholeFile.utf8)
        var text = text
        return text.withUTF8 { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            guard let base = bytes.baseAddress else { return false }
            var offset = 0
            // memchr finds each candidate first byte; only those are compared in full.
            while bytes.count - offset >= needle.count {
                guard let found = memchr(base + offset, Int32(needle[0]), bytes.count - offset) else { return false }
                let hit = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
                if bytes.count - hit < needle.count { return false }
                if memcmp(base + hit, needle, needle.count) == 0 { return true }
                offset = hit + 1
            }
            return false
        }
    }

    /// The text after the `#` that starts a comment on `line`, and the `#`'s 1-based column.
    /// A `#` starts a comment at the start of the line or after a space, outside quotes.
    static func comment(in line: Substring) -> (Substring, Int)? {
        var quote: Character?
        var previous: Character = " "
        var column = 0
        for index in line.indices {
            let character = line[index]
            column += character.unicodeScalars.count
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                if previous == " " || previous == ":" || previous == "-" || previous == "[" || previous == "," {
                    quote = character
                }
            } else if character == "#", previous == " " || previous == "\t" {
                return (line[line.index(after: index)...], column)
            }
            previous = character
        }
        return nil
    }
}
