import Foundation
import Testing

/// Compares text with a file committed under `__Snapshots__/`; `SNAPSHOT_RECORD=1` writes the files instead.
enum Snapshot {
    /// The folder of the committed snapshots.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")

    /// Records when `SNAPSHOT_RECORD=1`, else expects `text` to equal the file `name` byte for byte.
    static func assert(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record("no snapshot \(name): run the tests with SNAPSHOT_RECORD=1 to record it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != text {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            let old = line < a.count ? String(a[line]) : "<end>", new = line < b.count ? String(b[line]) : "<end>"
            Issue.record("snapshot \(name) differs at line \(line + 1):\n- \(old.prefix(300))\n+ \(new.prefix(300))",
                         sourceLocation: sourceLocation)
        }
    }
}

/// Paths of the repository the tests run in.
enum Repository {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `relative` under the root.
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}
