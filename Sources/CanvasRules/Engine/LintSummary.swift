import CanvasKit

/// Counts of findings by severity over a set of files.
public struct LintSummary: Sendable, Equatable {
    /// Files checked.
    public var files: Int
    /// Findings of severity error.
    public var errors: Int
    /// Findings of severity warning.
    public var warnings: Int
    /// Findings of severity info.
    public var infos: Int

    /// Counts `findings` over `files` files.
    public init(files: Int, findings: [Finding]) {
        self.files = files
        errors = findings.count { $0.severity == .error }
        warnings = findings.count { $0.severity == .warning }
        infos = findings.count { $0.severity == .info }
    }

    /// `N files, E errors, W warnings, I infos`, with singulars where they belong.
    public var line: String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return [count(files, "file"), count(errors, "error"), count(warnings, "warning"), count(infos, "info")]
            .joined(separator: ", ")
    }
}
