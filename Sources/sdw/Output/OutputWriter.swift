import CanvasKit
import CanvasReports
import CanvasRules
import Foundation

/// Renders a run in each requested format and writes it to its file or to standard output.
struct OutputWriter {
    /// Where each format goes.
    var targets: [FormatTarget]
    /// The tool and rule information for the reporters.
    var context: ReportContext
    /// The text format's settings when it goes to standard output.
    var text: TextReporter

    /// Writes every target. Files that cannot be written are reported on standard error and
    /// the others are still written; the result lists the failures.
    func write(_ run: LintRun) -> [UsageError] {
        var failures: [UsageError] = []
        for target in targets {
            var textReporter = text
            if target.file != nil { textReporter.color = false }
            let output = target.format.render(run, context: context, text: textReporter)
            guard let file = target.file else {
                Terminal.write(output)
                continue
            }
            if let error = Self.write(output, to: file) { failures.append(error) }
        }
        return failures
    }

    /// Writes `text` to `path` with ``FileIO/write(_:to:)`` (atomic replace of a regular file,
    /// through symbolic links, straight into devices and FIFOs); the error says why it could not.
    static func write(_ text: String, to path: String) -> UsageError? {
        do throws(FileError) {
            try FileIO.write(Array(text.utf8), to: path)
            return nil
        } catch {
            return UsageError("cannot write \(path): \(error.reason)")
        }
    }
}
