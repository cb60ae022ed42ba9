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
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        environment["LC_ALL"] = "C"
        let output: ProcessRunner.Output
        do {
            output = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["git"] + arguments,
                                           in: URL(fileURLWithPath: directory), environment: environment)
        } catch {
            return .failure(UsageError("--changed-since needs git, which could not be run: \(error.localizedDescription)"))
        }
        if output.status == 127 {
            return .failure(UsageError("--changed-since needs git, which is not installed"))
        }
        return .success(Output(status: output.status, text: String(decoding: output.stdout, as: UTF8.self),
                               error: String(decoding: output.stderr, as: UTF8.self)))
    }
}
