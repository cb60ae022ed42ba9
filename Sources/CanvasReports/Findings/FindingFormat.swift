import CanvasRules

/// The formats `sdw lint --format` writes findings in.
public enum FindingFormat: String, CaseIterable, Sendable {
    /// `path:line:col: severity: message [rule-id]` lines and a summary (``TextReporter``).
    case text
    /// The versioned JSON shape of ``JSONReporter``.
    case json
    /// SARIF 2.1.0 for GitHub code scanning (``SARIFReporter``).
    case sarif
    /// JUnit XML test reports (``JUnitReporter``).
    case junit
    /// GitHub Actions workflow commands (``GitHubReporter``).
    case github
    /// Checkstyle XML (``CheckstyleReporter``).
    case checkstyle

    /// The names, comma-separated, for help and error messages.
    public static let names = allCases.map(\.rawValue).joined(separator: ", ")

    /// `run` in this format; `text` configures the text format (colour, quiet, language).
    public func render(_ run: LintRun, context: ReportContext, text: TextReporter) -> String {
        switch self {
        case .text: text.render(run)
        case .json: JSONReporter(context: context).render(run)
        case .sarif: SARIFReporter(context: context).render(run)
        case .junit: JUnitReporter(context: context).render(run)
        case .github: GitHubReporter(context: context).render(run)
        case .checkstyle: CheckstyleReporter(context: context).render(run)
        }
    }
}
