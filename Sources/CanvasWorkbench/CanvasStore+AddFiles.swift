import CanvasKit
import CanvasRules
import CanvasStore
import Foundation

extension CanvasStore {
    /// How many files are linted ahead of the writing thread at most.
    static let addWindow = 256

    /// Stores the canvases in `paths` (files and folders), all in one transaction: what `sdw add`
    /// does.
    ///
    /// The files are linted on all cores, each made into its ``AddInput`` on the thread that
    /// linted it, while this thread writes the ones before them (see
    /// ``LintRun/stream(paths:linter:defaultLanguage:window:prepare:consume:)`` and
    /// ``CanvasStore/add(message:allowErrors:now:feed:)``), so writing overlaps linting and only
    /// a window of files is in memory at a time. Files that cannot be read are reported as
    /// `path: error: reason`. The rules across files compare the files with each other and with
    /// the store (``AddReport/acrossFiles``).
    public func add(
        paths: [String], message: String?, allowErrors: Bool, linter: Linter = Linter(), now: Date = Date()
    ) throws(StoreError) -> AddReport {
        let acrossFiles: AcrossFilesCheck = { canvases, workshops, stored in
            AcrossFiles.check(canvases, workshops, stored: stored, linter: linter)
        }
        return try add(message: message, allowErrors: allowErrors, now: now, acrossFiles: acrossFiles) { context, take in
            let unreadable = try LintRun.stream(
                paths: paths, linter: linter, window: Self.addWindow,
                prepare: { result in
                    guard let file = result.file else { preconditionFailure("the stream keeps the documents") }
                    let errorLines = result.findings.filter { $0.severity == .error }
                        .map { $0.line(in: result.language) }
                    return context.input(path: result.path, file: file, findings: result.findings,
                                         errorLines: errorLines, canvasEntry: result.canvasEntry,
                                         workshopEntry: result.workshopEntry)
                },
                consume: take)
            return unreadable.map { "\($0.path): error: \($0.reason)" }
        }
    }
}
