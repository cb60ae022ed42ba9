import Foundation
import Testing

/// Compares command output with a committed file under `__Snapshots__/` beside the test file;
/// `SNAPSHOT_RECORD=1 swift test` re-records every snapshot.
enum Snapshot {
    static func expect(_ text: String, named name: String, filePath: String = #filePath,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
        let file = folder.appendingPathComponent(name + ".txt")
        let recording = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
        guard !recording, let stored = try? String(contentsOf: file, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? Data(text.utf8).write(to: file)
            if !recording { Issue.record("recorded a new snapshot \(name); check it and run again", sourceLocation: sourceLocation) }
            return
        }
        #expect(text == stored, "output differs from __Snapshots__/\(name).txt", sourceLocation: sourceLocation)
    }
}
