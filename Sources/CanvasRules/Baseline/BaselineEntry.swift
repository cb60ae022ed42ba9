import CanvasKit

/// One known finding in a baseline file.
///
/// It is matched by `file`, `rule`, `path` and `lineHash`; `message` is there for the people
/// reading the baseline in a review and is never compared. No line number is stored, so a
/// finding stays known when lines above it are added or removed.
public struct BaselineEntry: Codable, Hashable, Sendable {
    /// The file as it was named on the command line, without a leading `./`.
    public var file: String
    /// The rule id.
    public var rule: String
    /// The finding's stable canvas path, e.g. `partners[dbt].benefit`.
    public var path: String
    /// ``FindingFingerprint/lineHash(of:lines:)`` of the flagged line.
    public var lineHash: String
    /// The message when the baseline was written (for readers only).
    public var message: String

    /// Creates an entry.
    public init(file: String, rule: String, path: String, lineHash: String, message: String) {
        self.file = file
        self.rule = rule
        self.path = path
        self.lineHash = lineHash
        self.message = message
    }

    /// The entry recording `finding`, whose file has `lines`.
    public init(_ finding: Finding, lines: [Int: Substring], language: Language) {
        self.init(file: Self.normalizedFile(finding.file), rule: finding.ruleID, path: finding.path,
                  lineHash: FindingFingerprint.lineHash(of: finding, lines: lines),
                  message: finding.text(in: language))
    }

    /// What two entries must share to be the same finding.
    var matchKey: String {
        [file, rule, path, lineHash].joined(separator: "\u{0}")
    }

    /// `file` without the leading `./` segments, so `./a.yaml` and `a.yaml` match.
    static func normalizedFile(_ file: String) -> String {
        var result = Substring(file)
        while result.hasPrefix("./") { result = result.dropFirst(2) }
        return String(result)
    }

    /// Orders entries by file, rule, path, line hash and message, for a stable file.
    static func ordered(_ lhs: BaselineEntry, _ rhs: BaselineEntry) -> Bool {
        (lhs.file, lhs.rule, lhs.path, lhs.lineHash, lhs.message) < (rhs.file, rhs.rule, rhs.path, rhs.lineHash, rhs.message)
    }
}
