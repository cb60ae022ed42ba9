import CanvasKit

/// What the checker found in a canvas, as a report shows it: counts by severity and one row per finding.
public struct FindingsSummary: Sendable {
    /// One finding.
    public struct Row: Sendable {
        /// `error`, `warning` or `info` (for CSS classes).
        public var severityID: String
        /// The severity in words.
        public var severity: String
        /// The line, or a dash for the whole file.
        public var line: String
        /// The message in the report's language.
        public var message: String
        /// The rule id.
        public var rule: String
    }

    /// The findings, by position.
    public var rows: [Row]
    /// `2 грешки, 1 предупреждение, …`: the counts in words.
    public var counts: String
    /// Number of errors.
    public var errors: Int
    /// Number of warnings.
    public var warnings: Int
    /// Number of infos.
    public var infos: Int
    /// Whether there is anything to show.
    public private(set) var hasFindings: Bool = false

    /// Summarises `findings` in `labels.language`.
    public init(_ findings: [Finding], labels: ReportLabels) {
        let language = labels.language
        rows = findings.map { finding in
            Row(severityID: finding.severity.rawValue,
                severity: ReportTerms.name(of: finding.severity, in: language),
                line: finding.location.map { String($0.line) } ?? labels["none"],
                message: finding.text(in: language),
                rule: finding.ruleID)
        }
        errors = findings.count { $0.severity == .error }
        warnings = findings.count { $0.severity == .warning }
        infos = findings.count { $0.severity == .info }
        counts = "\(labels["error"]): \(errors) · \(labels["warning"]): \(warnings) · \(labels["info"]): \(infos)"
        hasFindings = !rows.isEmpty
    }
}
