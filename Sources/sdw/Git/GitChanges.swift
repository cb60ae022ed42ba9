import Foundation

/// The files git says changed since a ref, for `sdw lint --changed-since`.
enum GitChanges {
    /// The absolute paths of files added or modified (not deleted) between `ref` and the working
    /// tree, plus untracked files that are not ignored, as seen from `directory`.
    ///
    /// Fails with a message outside a git repository, for a ref that names no commit, and when
    /// git cannot be run.
    static func changedFiles(since ref: String, in directory: String) -> Result<Set<String>, UsageError> {
        let top: String
        switch git(["rev-parse", "--show-toplevel"], in: directory) {
        case .failure(let error): return .failure(error)
        case .success(let output) where output.status != 0:
            return .failure(UsageError("--changed-since needs a git repository, and \(directory) is not inside one"))
        case .success(let output):
            top = output.text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if ref.hasPrefix("-") || ref.isEmpty {
            return .failure(UsageError("'\(ref)' is not a git ref"))
        }
        switch git(["rev-parse", "--verify", "--quiet", ref + "^{commit}"], in: top) {
        case .failure(let error): return .failure(error)
        case .success(let output) where output.status != 0:
            return .failure(UsageError("unknown git ref '\(ref)': no commit, branch or tag of that name in \(top)"))
        case .success: break
        }
        var files = Set<String>()
        let queries = [["diff", "--name-only", "-z", "--no-renames", "--diff-filter=AM", ref, "--"],
                       ["ls-files", "-z", "--others", "--exclude-standard", "--full-name"]]
        for arguments in queries {
            switch git(arguments, in: top) {
            case .failure(let error): return .failure(error)
            case .success(let output) where output.status != 0:
                return .failure(UsageError("git \(arguments[0]) failed: \(output.error.trimmingCharacters(in: .whitespacesAndNewlines))"))
            case .success(let output):
                for name in output.text.split(separator: "\0") where !name.isEmpty {
                    files.insert(canonical(top + "/" + name))
                }
            }
        }
        return .success(files)
    }

    /// `path` made absolute (against the current directory), standardised and with symbolic
    /// links resolved, so paths from git and from the command line compare.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// What a git command printed and how it exited.
    struct Output {
        var status: Int32
        var text: String
        var error: String
    }

    /// Runs `git ARGUMENTS` in `directory`.
    static func git(_ arguments: [String], in directory: String) -> Result<Output, UsageError> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .failure(UsageError("--changed-since needs git, which could not be run: \(error.localizedDescription)"))
        }
        // Read both pipes before waiting, so a large output cannot fill a pipe and block git.
        let errorData = ErrorReader(err.fileHandleForReading)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 127 {
            return .failure(UsageError("--changed-since needs git, which is not installed"))
        }
        return .success(Output(status: process.terminationStatus, text: String(decoding: data, as: UTF8.self),
                               error: errorData.text()))
    }
}

/// Drains a pipe on another thread.
private final class ErrorReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
