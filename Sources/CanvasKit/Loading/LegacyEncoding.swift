import Foundation

/// The Cyrillic single-byte encodings a canvas that is not UTF-8 was most likely saved in, told
/// apart by where the lower-case letters fall: in Windows-1251 they are bytes E0–FF, in KOI8 C0–DF
/// (and the Ukrainian letters і ї є ґ of KOI8-U sit at A6 A7 A4 AD).
enum LegacyEncoding: String, Sendable {
    case windows1251 = "WINDOWS-1251"
    case koi8u = "KOI8-U"
    case koi8r = "KOI8-R"

    /// The encoding `bytes` look like, or `nil` when they hold too few Cyrillic-looking bytes to say.
    static func guess(_ bytes: [UInt8]) -> LegacyEncoding? {
        var low = 0, high = 0, koi8Ukrainian = 0
        for byte in bytes where byte >= 0x80 {
            switch byte {
            case 0xC0...0xDF: low += 1
            case 0xE0...0xFF: high += 1
            case 0xA4, 0xA6, 0xA7, 0xAD: koi8Ukrainian += 1
            default: break
            }
        }
        guard low + high >= 3 else { return nil }
        if high >= 2 * low { return .windows1251 }
        if low >= 2 * high { return koi8Ukrainian > 0 ? .koi8u : .koi8r }
        return nil
    }

    /// A shell command that converts `path` to UTF-8 beside it.
    func iconvCommand(for path: String) -> String {
        let output = path.hasSuffix(".yaml") ? String(path.dropLast(5)) + ".utf8.yaml"
            : path.hasSuffix(".yml") ? String(path.dropLast(4)) + ".utf8.yml" : path + ".utf8"
        return "iconv -f \(rawValue) -t UTF-8 \(Self.shellQuoted(path)) > \(Self.shellQuoted(output))"
    }

    static func shellQuoted(_ text: String) -> String {
        let safe = text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_./".contains($0)) }
        return safe && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
