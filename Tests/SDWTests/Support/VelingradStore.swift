import Foundation
import Testing

/// A canvas store holding Examples/velingrad-2012 (nine canvases and the workshop file), added once
/// with the built `sdw add --db` from the repository root, so stored source paths match the files'.
/// The folder is removed when the test process exits.
enum VelingradStore {
    /// The temporary folder of the store.
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdw-report-store-\(UUID().uuidString)")

    /// The store file, and what `sdw add` printed when it failed.
    static let made: (path: String, failure: String?) = {
        let path = folder.appendingPathComponent("v.sqlite").path
        atexit { try? FileManager.default.removeItem(at: VelingradStore.folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let output = try CLI.run(["add", "Examples/velingrad-2012", "--db", path])
            return (path, output.status == 0 ? nil : output.stderr + output.stdout)
        } catch {
            return (path, "\(error)")
        }
    }()

    /// The store file; fails the test when `sdw add` failed.
    static func path(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(made.failure == nil, "sdw add Examples/velingrad-2012 failed: \(made.failure ?? "")",
                     sourceLocation: sourceLocation)
        return made.path
    }
}
