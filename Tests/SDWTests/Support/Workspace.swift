import Foundation
import Testing

/// A temporary folder to run the built `sdw` (through ``CLI``) and git in, as a user or CI does.
struct Workspace {
    /// The canvases shared with the reporter tests.
    static let fixtures = CLI.root.appendingPathComponent("Tests/CanvasReportsTests/Fixtures")

    /// The temporary folder the runs happen in.
    let directory: URL

    /// Creates an empty temporary folder.
    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sdw-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Removes the folder.
    func cleanUp() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Writes `text` to `name` in the folder (creating subfolders).
    func write(_ text: String, to name: String) throws {
        let file = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// The text of `name` in the folder.
    func read(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// The text of the shared fixture `name`.
    static func fixture(_ name: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    /// The environment of every run: git identity and configuration of the temporary folder only.
    var environment: [String: String] {
        ["GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org", "GIT_COMMITTER_NAME": "Test",
         "GIT_COMMITTER_EMAIL": "test@example.org", "GIT_CONFIG_NOSYSTEM": "1", "HOME": directory.path]
    }

    /// Runs `sdw ARGUMENTS` in the folder.
    @discardableResult
    func sdw(_ arguments: String...) throws -> CLI.Output {
        try sdw(arguments: arguments)
    }

    /// Runs `sdw` with an array of arguments in the folder.
    func sdw(arguments: [String]) throws -> CLI.Output {
        try CLI.run(arguments, in: directory, environment: environment)
    }

    /// Runs `git ARGUMENTS` in the folder, failing the test if git fails.
    func git(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")): \(message)", sourceLocation: sourceLocation)
    }
}
