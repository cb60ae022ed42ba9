import Foundation

/// Runs the built `sdw` binary, as a user would, and captures what it prints.
enum CLI {
    /// The result of one run.
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The repository root (this file is Tests/SDWTests/CLI.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `sdw` binary next to the test bundle (`.build/<config>/sdw`).
    static let binary: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("sdw")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/sdw")
    }()

    /// Runs `sdw arguments…` in `directory` (the repository root by default) with `input` on standard input.
    static func run(_ arguments: [String], input: String? = nil, in directory: URL? = nil,
                    environment: [String: String] = [:]) throws -> Output {
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        return try capture(binary, arguments, input: input, in: directory ?? root, environment: env)
    }

    /// Runs `executable arguments…` with its output in temporary files: a pipe read can be
    /// interrupted by a signal, which Foundation's `readDataToEndOfFile()` turns into a crash.
    static func capture(_ executable: URL, _ arguments: [String], input: String? = nil, in directory: URL,
                        environment: [String: String]? = nil) throws -> Output {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdw-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inURL = folder.appendingPathComponent("stdin"), outURL = folder.appendingPathComponent("stdout"),
            errURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: inURL.path, contents: Data((input ?? "").utf8))
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let inHandle = try FileHandle(forReadingFrom: inURL), out = try FileHandle(forWritingTo: outURL),
            err = try FileHandle(forWritingTo: errURL)
        defer {
            try? inHandle.close()
            try? out.close()
            try? err.close()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if let environment { process.environment = environment }
        process.standardInput = inHandle
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
                      stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self))
    }
}
