import CanvasKit
import CanvasRules

/// Writes GitHub Actions workflow commands, one per finding, so findings show as annotations on
/// the pull request: `::error file=…,line=…,col=…,title=RULE::message`.
///
/// Errors become `::error`, warnings `::warning`, infos `::notice`. Data is escaped as the
/// runner documents (`%` → `%25`, CR → `%0D`, LF → `%0A`), and property values also escape
/// `:` → `%3A` and `,` → `%2C`; every other control character (ESC…) and bidirectional override
/// is written as ``TerminalText`` writes it (`\u{1B}`), since the runner echoes the line to the
/// log. A finding about the whole file carries no line.
public struct GitHubReporter: Sendable {
    /// The tool and rule information.
    public var context: ReportContext

    /// Creates a reporter.
    public init(context: ReportContext) {
        self.context = context
    }

    /// The commands for every finding of `run`, then one `::error` per file that could not be read.
    public func render(_ run: LintRun) -> String {
        var out = ""
        for result in run.results {
            for finding in result.findings {
                var properties = [("file", ReportContext.displayPath(finding.file))]
                if let location = finding.location {
                    properties += [("line", String(location.line)), ("col", String(location.column))]
                }
                properties.append(("title", finding.ruleID))
                out += command(Self.command(for: finding.severity), properties, context.message(finding, in: result))
            }
        }
        for error in run.ioErrors.sorted(by: { $0.path < $1.path }) {
            out += command("error", [("file", ReportContext.displayPath(error.path)), ("title", "sdw")], error.reason)
        }
        return out
    }

    /// The command name for `severity`.
    static func command(for severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// Escapes a command's message.
    static func escapeData(_ text: String) -> String {
        escape(text, extra: false)
    }

    /// Escapes a property value.
    static func escapeProperty(_ text: String) -> String {
        escape(text, extra: true)
    }

    /// Percent-escapes `%`, CR and LF (scalar by scalar, so a CRLF pair is escaped too), and
    /// with `extra` also `:` and `,`.
    private static func escape(_ text: String, extra: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where extra: out += "%3A"
            case "," where extra: out += "%2C"
            default:
                if TerminalText.needsEscape(scalar) {
                    out += TerminalText.escaped(String(scalar))
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    private func command(_ name: String, _ properties: [(String, String)], _ message: String) -> String {
        let list = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(name) \(list)::\(Self.escapeData(message))\n"
    }
}
