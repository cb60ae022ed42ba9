import CanvasKit
import CanvasRules

/// Writes the run as Checkstyle XML, which review tools (reviewdog, Jenkins Warnings, Sonar)
/// import.
///
/// Every file checked has a `<file>` element, with one `<error>` per finding: `line` and
/// `column` (a finding about the whole file is put on line 1 without a column), `severity`
/// (`error`, `warning` or `info`), the message, and `source="sdw.RULE-ID"`. A file that could
/// not be read has an error with `source="sdw.io-error"`.
public struct CheckstyleReporter: Sendable {
    /// The version of the Checkstyle format written.
    public static let checkstyleVersion = "4.3"

    /// The tool and rule information.
    public var context: ReportContext

    /// Creates a reporter.
    public init(context: ReportContext) {
        self.context = context
    }

    /// The whole run as a `<checkstyle>` document.
    public func render(_ run: LintRun) -> String {
        var out = XMLText.declaration + "\n<checkstyle version=\"\(Self.checkstyleVersion)\">\n"
        for result in run.results {
            let name = XMLText.attribute(ReportContext.displayPath(result.path))
            guard !result.findings.isEmpty else {
                out += "  <file name=\"\(name)\"/>\n"
                continue
            }
            out += "  <file name=\"\(name)\">\n"
            for finding in result.findings {
                out += "    <error line=\"\(finding.location?.line ?? 1)\""
                    + (finding.location.map { " column=\"\($0.column)\"" } ?? "")
                    + " severity=\"\(finding.severity.rawValue)\""
                    + " message=\"\(XMLText.attribute(context.message(finding, in: result)))\""
                    + " source=\"sdw.\(XMLText.attribute(finding.ruleID))\"/>\n"
            }
            out += "  </file>\n"
        }
        for error in run.ioErrors.sorted(by: { $0.path < $1.path }) {
            out += "  <file name=\"\(XMLText.attribute(ReportContext.displayPath(error.path)))\">\n"
                + "    <error line=\"1\" severity=\"error\" message=\"\(XMLText.attribute(error.reason))\" source=\"sdw.io-error\"/>\n"
                + "  </file>\n"
        }
        return out + "</checkstyle>\n"
    }
}
