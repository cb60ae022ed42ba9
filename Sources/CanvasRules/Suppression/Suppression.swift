import CanvasKit

/// A comment in a canvas that silences rules: `# sdw-disable-next-line RULE-ID -- reason`
/// (the next line that is not blank or a comment) or `# sdw-disable RULE-ID -- reason` (the whole file).
public struct Suppression: Hashable, Sendable {
    /// What the comment covers.
    public enum Scope: Hashable, Sendable {
        /// Findings on this line.
        case line(Int)
        /// Every finding of the file.
        case file
    }

    /// The rule ids it silences (several may be separated by commas).
    public var ruleIDs: [String]
    /// Why, after ` -- `; `nil` when the comment gives none.
    public var reason: String?
    /// What it covers.
    public var scope: Scope
    /// Where the comment's `#` is.
    public var location: SourceLocation

    /// Creates a suppression.
    public init(ruleIDs: [String], reason: String?, scope: Scope, location: SourceLocation) {
        self.ruleIDs = ruleIDs
        self.reason = reason
        self.scope = scope
        self.location = location
    }

    /// Whether it silences `finding`.
    public func covers(_ finding: Finding) -> Bool {
        guard ruleIDs.contains(finding.ruleID) else { return false }
        switch scope {
        case .file: return true
        case .line(let line): return finding.location?.line == line
        }
    }
}
