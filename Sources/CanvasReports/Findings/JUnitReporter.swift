import CanvasKit
import CanvasRules

/// Writes the run as JUnit XML, the test report CI systems (GitLab, Jenkins, Azure) display.
///
/// One `<testsuite>` per file. Each error finding is a `<testcase>` named by its rule id and
/// position with one `<failure>`; a file without errors has one passing test case, `canvas
/// check`. Warnings and infos do not fail a test: they are listed in the suite's
/// `<system-out>`. A file that could not be read is a suite whose test case has an `<error>`.
public struct JUnitReporter: Sendable {
    /// The tool and rule information.
    public var context: ReportContext

    /// Creates a reporter.
    public init(context: ReportContext) {
        self.context = context
    }

    /// The whole run as a `<testsuites>` document.
    public func render(_ run: LintRun) -> String {
        var suites: [String] = []
        var tests = 0, failures = 0
        for result in run.results {
            let suite = self.suite(result)
            suites.append(suite.xml)
            tests += suite.tests
            failures += suite.failures
        }
        let ioErrors = run.ioErrors.sorted { $0.path < $1.path }
        for error in ioErrors {
            let name = XMLText.attribute(ReportContext.displayPath(error.path))
            suites.append("""
                  <testsuite name="\(name)" tests="1" failures="0" errors="1" skipped="0">
                    <testcase classname="\(name)" name="read file">
                      <error message="\(XMLText.attribute(error.reason))" type="io-error"/>
                    </testcase>
                  </testsuite>

                """)
            tests += 1
        }
        return XMLText.declaration + "\n"
            + "<testsuites name=\"sdw lint\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(ioErrors.count)\">\n"
            + suites.joined() + "</testsuites>\n"
    }

    private func suite(_ result: LintRun.FileResult) -> (xml: String, tests: Int, failures: Int) {
        let file = ReportContext.displayPath(result.path)
        let name = XMLText.attribute(file)
        let errors = result.findings.filter { $0.severity == .error }
        var cases = ""
        for finding in errors {
            let message = context.message(finding, in: result)
            let place = finding.location.map { "\(file):\($0.line):\($0.column)" } ?? file
            var body = "\(place): error: \(message) [\(finding.ruleID)]"
            if !finding.path.isEmpty { body += "\nin the canvas at \(finding.path)" }
            let at = finding.location.map { " (\($0.line):\($0.column))" } ?? ""
            cases += "    <testcase classname=\"\(name)\" name=\"\(XMLText.attribute(finding.ruleID + at))\" file=\"\(name)\""
                + (finding.location.map { " line=\"\($0.line)\"" } ?? "") + ">\n"
                + "      <failure message=\"\(XMLText.attribute(message))\" type=\"\(XMLText.attribute(finding.ruleID))\">"
                + XMLText.content(body) + "</failure>\n"
                + "    </testcase>\n"
        }
        if errors.isEmpty {
            cases = "    <testcase classname=\"\(name)\" name=\"canvas check\" file=\"\(name)\"/>\n"
        }
        let others = result.findings.filter { $0.severity != .error }.map { finding in
            let place = finding.location.map { "\(file):\($0.line):\($0.column)" } ?? file
            return "\(place): \(finding.severity.rawValue): \(context.message(finding, in: result)) [\(finding.ruleID)]"
        }
        let output = others.isEmpty ? "" : "    <system-out>" + XMLText.content(others.joined(separator: "\n")) + "</system-out>\n"
        let tests = max(errors.count, 1)
        let xml = "  <testsuite name=\"\(name)\" tests=\"\(tests)\" failures=\"\(errors.count)\" errors=\"0\" skipped=\"0\">\n"
            + cases + output + "  </testsuite>\n"
        return (xml, tests, errors.count)
    }
}
