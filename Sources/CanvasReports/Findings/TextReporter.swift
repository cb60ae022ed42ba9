import CanvasKit
import CanvasRules

/// Writes findings one per line as `path:line:col: severity: message [rule-id]`, then a summary.
public struct TextReporter: Sendable {
    /// Whether to colour the severity with ANSI escapes.
    public var color: Bool
    /// The language of messages; `nil` uses each file's own language.
    public var language: Language?
    /// The lowest severity printed.
    public var minimumSeverity: Severity
    /// Whether the summary line is printed.
    public var showSummary: Bool

    /// Creates a reporter.
    public init(color: Bool = false, language: Language? = nil, minimumSeverity: Severity = .info, showSummary: Bool = true) {
        self.color = color
        self.language = language
        self.minimumSeverity = minimumSeverity
        self.showSummary = showSummary
    }

    /// The whole report of `run`.
    public func render(_ run: LintRun) -> String {
        var out = ""
        for result in run.results {
            for finding in result.findings where finding.severity >= minimumSeverity {
                out += line(finding, language: language ?? result.language)
                out += "\n"
            }
        }
        if showSummary {
            out += LintSummary(files: run.results.count, findings: run.findings).line + "\n"
        }
        return out
    }

    /// One finding as a line, without the newline; the file name, message and rule id are
    /// escaped (``TerminalText``), so no value can forge a line or reach the terminal as a command.
    public func line(_ finding: Finding, language: Language) -> String {
        let file = TerminalText.escaped(finding.file)
        let place = finding.location.map { "\(file):\($0.line):\($0.column)" } ?? file
        let message = TerminalText.escaped(finding.text(in: language)), rule = TerminalText.escaped(finding.ruleID)
        return "\(place): \(paint(finding.severity)): \(message) [\(rule)]"
    }

    private func paint(_ severity: Severity) -> String {
        guard color else { return severity.rawValue }
        let code = switch severity {
        case .error: "31"
        case .warning: "33"
        case .info: "36"
        }
        return "\u{1B}[1;\(code)m\(severity.rawValue)\u{1B}[0m"
    }
}
