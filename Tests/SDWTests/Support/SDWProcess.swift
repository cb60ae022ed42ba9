import Foundation
import Testing

/// Runs the built `sdw` binary the way a user or CI does, in a folder of its own.
struct SDWProcess {
    /// What a run printed and how it exited.
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `sdw` binary: beside the test bundle, else `.build/debug/sdw` of this checkout.
    static let binary: URL = {
        let besideBundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sdw")
        if FileManager.default.isExecutableFile(atPath: besideBundle.path) { return besideBundle }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/sdw")
    }()

    /// The canvases shared with the reporter tests.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("CanvasReportsTests/Fixtures")

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

    /// Runs `sdw ARGUMENTS` in the folder.
    @discardableResult
    func sdw(_ arguments: String...) throws -> Outcome {
        try sdw(arguments: arguments)
    }

    /// Runs `sdw` with an array of arguments in the folder.
    func sdw(arguments: [String]) throws -> Outcome {
        try run(Self.binary, arguments)
    }

    /// Runs `git ARGUMENTS` in the folder, failing the test if git fails.
    func git(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws {
        let outcome = try run(URL(fileURLWithPath: "/usr/bin/env"), ["git"] + arguments)
        #expect(outcome.status == 0, "git \(arguments.joined(separator: " ")): \(outcome.stderr)", sourceLocation: sourceLocation)
    }

    private func run(_ executable: URL, _ arguments: [String]) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        for (key, value) in ["GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
                             "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org",
                             "GIT_CONFIG_NOSYSTEM": "1", "HOME": directory.path] {
            environment[key] = value
        }
        process.environment = environment
        let outFile = directory.appendingPathComponent(".out-\(UUID().uuidString)")
        let errFile = directory.appendingPathComponent(".err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outFile)
            try? FileManager.default.removeItem(at: errFile)
        }
        let out = try FileHandle(forWritingTo: outFile), err = try FileHandle(forWritingTo: errFile)
        defer {
            try? out.close()
            try? err.close()
        }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       stdout: try String(contentsOf: outFile, encoding: .utf8),
                       stderr: try String(contentsOf: errFile, encoding: .utf8))
    }
}
