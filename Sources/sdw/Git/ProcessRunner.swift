import Foundation

/// Runs a child process with its output captured in temporary files.
///
/// Files instead of pipes: a pipe read can be interrupted by a signal (EINTR), which
/// Foundation's `readDataToEndOfFile()` turns into a crash, and a full pipe can block the child.
enum ProcessRunner {
    /// What a finished process printed, and how it ended.
    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: Data
    }

    /// Runs `executable arguments…` in `directory` with `environment`, standard input empty.
    static func run(_ executable: URL, _ arguments: [String], in directory: URL,
                    environment: [String: String]) throws -> Output {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdw-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: (try? Data(contentsOf: outURL)) ?? Data(),
                      stderr: (try? Data(contentsOf: errURL)) ?? Data())
    }
}
