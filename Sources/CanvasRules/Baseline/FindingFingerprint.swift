import CanvasKit

/// Line-shift-proof identities of findings, shared by baselines and SARIF `partialFingerprints`.
///
/// A finding's identity is its rule id, its stable canvas path (`partners[dbt].benefit`) and the
/// text of the line it flags with whitespace normalised, but never its line number: a finding
/// keeps its identity when lines are inserted above it, and loses it when the flagged text
/// itself is edited.
public enum FindingFingerprint {
    /// The hash, as 16 hexadecimal digits, of the normalised text of the line `finding` flags
    /// (the empty text for a finding about the whole file).
    public static func lineHash(of finding: Finding, lines: [Int: Substring]) -> String {
        hex(fnv1a(normalized(lineText(of: finding, lines: lines))))
    }

    /// The identity of `finding`: rule id, canvas path and line hash, hashed together into 16
    /// hexadecimal digits.
    public static func identity(of finding: Finding, lines: [Int: Substring]) -> String {
        identity(ruleID: finding.ruleID, path: finding.path, lineHash: lineHash(of: finding, lines: lines))
    }

    /// The identity of a finding from its parts (as stored in a baseline).
    public static func identity(ruleID: String, path: String, lineHash: String) -> String {
        hex(fnv1a(ruleID + "\u{0}" + path + "\u{0}" + lineHash))
    }

    /// One identity per finding of `result`, in the order of its findings, each followed by
    /// `:n` where `n` counts earlier findings of the file with the same identity (from 1), so
    /// that two equal findings in one file stay distinct.
    public static func occurrenceIdentities(of result: LintRun.FileResult) -> [String] {
        let lines = lines(of: result)
        var seen: [String: Int] = [:]
        return result.findings.map { finding in
            let id = identity(of: finding, lines: lines)
            seen[id, default: 0] += 1
            return "\(id):\(seen[id]!)"
        }
    }

    /// The flagged lines of the file behind `result`, by line number.
    public static func lines(of result: LintRun.FileResult) -> [Int: Substring] {
        result.flaggedLines.mapValues { Substring($0) }
    }

    /// The text of the line `finding` points at, or the empty text.
    static func lineText(of finding: Finding, lines: [Int: Substring]) -> Substring {
        guard let line = finding.location?.line else { return "" }
        return lines[line] ?? ""
    }

    /// `text` without leading and trailing whitespace (a carriage return included), with each
    /// inner run of spaces and tabs collapsed to one space.
    static func normalized(_ text: Substring) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character == " " || character == "\t" || character == "\r" || character == "\r\n" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    /// The 64-bit FNV-1a hash of `text`'s UTF-8 bytes: tiny, stable across platforms and runs
    /// (unlike `Hasher`), and enough to tell lines apart within one rule and path.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// `value` as 16 lower-case hexadecimal digits.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
