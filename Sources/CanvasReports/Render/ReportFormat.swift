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
    /// An editable Word document (Office Open XML).
    case docx
    /// An editable OpenDocument text (LibreOffice).
    case odt

    /// Whether the output is binary, not text (it needs `-o FILE` or a redirect).
    public var isBinary: Bool { self == .pdf || self == .docx || self == .odt }

    /// The format a file name's extension names (`.html`, `.htm`, `.md`, `.json`, `.csv`, `.pdf`, `.docx`, `.odt`).
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "html", "htm": self = .html
        case "md", "markdown": self = .md
        case "json": self = .json
        case "csv": self = .csv
        case "pdf": self = .pdf
        case "docx": self = .docx
        case "odt": self = .odt
        default: return nil
        }
    }
}
