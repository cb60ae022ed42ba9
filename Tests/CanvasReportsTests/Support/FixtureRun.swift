import CanvasKit
import CanvasReports
import CanvasRules
import Foundation

/// The run over `Fixtures/` that every format is snapshotted on: errors, warnings and infos,
/// a clean file, a file about which only the whole file can be said, and a missing file.
enum FixtureRun {
    /// The fixtures folder.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The context reporters get: a fixed version, so snapshots do not change with releases.
    static let context = ReportContext(toolVersion: "1.2.3", informationURI: "https://example.org/sdw",
                                       rules: RuleRegistry.core.map(\.description))

    /// The run, with paths shown as `Fixtures/NAME` whatever the checkout's location.
    static func run() -> LintRun {
        let names = ["mixed.yaml", "clean.yaml", "empty.yaml", "missing.yaml"]
        let run = LintRun.run(paths: names.map { directory.appendingPathComponent($0).path }, linter: Linter(),
                              keepDocuments: true)
        return relative(run, base: directory.path, as: "Fixtures")
    }

    /// `run` with the prefix `base` of every path replaced by `name`.
    static func relative(_ run: LintRun, base: String, as name: String) -> LintRun {
        func fix(_ path: String) -> String { path.hasPrefix(base) ? name + path.dropFirst(base.count) : path }
        var copy = run
        for index in copy.results.indices {
            copy.results[index].path = fix(copy.results[index].path)
            for finding in copy.results[index].findings.indices {
                copy.results[index].findings[finding].file = fix(copy.results[index].findings[finding].file)
            }
        }
        copy.ioErrors = copy.ioErrors.map { FileError(path: fix($0.path), reason: $0.reason) }
        return copy
    }

    /// The text of fixture `name`.
    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }
}
