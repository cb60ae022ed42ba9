import Foundation
import Testing

/// Compares command output with a committed snapshot under `__Snapshots__/`, or records it
/// when `SNAPSHOT_RECORD=1`.
///
/// Times (`2026-01-02T03:04:05Z`) and the temporary folder are replaced by placeholders first,
/// so a snapshot holds only what is stable from run to run.
enum Snapshot {
    /// The folder holding the snapshots, beside this file.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")

    /// Checks `text` (after normalising) against the snapshot `name`.
    static func check(_ text: String, named name: String, replacing folder: String? = nil,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let normalised = normalise(text, folder: folder)
        let file = Self.folder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(normalised.utf8).write(to: file)
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path), let expected = String(data: data, encoding: .utf8)
        else {
            Issue.record("no snapshot \(name).txt; run with SNAPSHOT_RECORD=1 to record it", sourceLocation: sourceLocation)
            return
        }
        #expect(normalised == expected, "output differs from \(name).txt", sourceLocation: sourceLocation)
    }

    /// Replaces ISO 8601 times by `<time>` and `folder` by `<tmp>`.
    static func normalise(_ text: String, folder: String?) -> String {
        var result = text
        if let folder { result = result.replacingOccurrences(of: folder, with: "<tmp>") }
        let time = #/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/#
        result = result.replacing(time, with: "<time>")
        return result
    }
}
