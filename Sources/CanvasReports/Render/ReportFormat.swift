/// The output formats of `sdw report`.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// One self-contained HTML file (inline CSS and SVG).
    case html
    /// GitHub Markdown.
    case md
    /// JSON, shape version ``JSONReport/version``.
    case json
    /// CSV per RFC 4180, one row per resource, activity and partner.
    case csv
    /// PDF printed from the HTML by headless Chromium.
    case pdf
}
