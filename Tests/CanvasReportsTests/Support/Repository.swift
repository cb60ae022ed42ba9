import Foundation

/// Paths of the repository the tests run in.
enum Repository {
    /// The repository root (this file is in Tests/CanvasReportsTests/Support).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `relative` under the root.
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}
