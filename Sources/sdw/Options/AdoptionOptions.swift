import ArgumentParser
import CanvasKit
import CanvasRules
import Foundation

/// `sdw lint` options for adopting sdw on an existing repository: baselines of known findings,
/// and checking only the canvases a change touched.
struct AdoptionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Report only findings not recorded in this baseline file.", valueName: "file"))
    var baseline: String?

    @Option(name: .long, help: ArgumentHelp(
        "Record every current finding in this baseline file (replacing it, so fixed findings drop out); the run then reports none of them.",
        valueName: "file"))
    var writeBaseline: String?

    @Option(name: .long, help: ArgumentHelp(
        "Check only canvases added or modified since this git ref (and untracked ones), among the given paths.",
        valueName: "git-ref"))
    var changedSince: String?

    /// The baseline to filter with, read before linting, or exit status 2 with a message.
    func loadBaseline() throws -> Baseline? {
        if baseline != nil, writeBaseline != nil {
            throw OutputOptions.fail(UsageError("--baseline and --write-baseline exclude each other; --write-baseline FILE alone refreshes FILE"))
        }
        if writeBaseline != nil, changedSince != nil {
            throw OutputOptions.fail(UsageError("--write-baseline records every canvas, so it cannot be combined with --changed-since"))
        }
        guard let baseline else { return nil }
        do {
            return try Baseline.load(contentsOf: baseline)
        } catch {
            throw OutputOptions.fail(UsageError(error.description))
        }
    }

    /// `paths` narrowed to the canvases changed since `--changed-since` (all of them without it).
    /// Directories are expanded to their canvases first; a path that cannot be listed is kept,
    /// so the run reports it.
    func select(_ paths: [String]) throws -> [String] {
        guard let changedSince else { return paths }
        if paths.contains("-") {
            throw OutputOptions.fail(UsageError("--changed-since cannot check standard input (-); name files or directories"))
        }
        let changed: Set<String>
        switch GitChanges.changedFiles(since: changedSince, in: FileManager.default.currentDirectoryPath) {
        case .success(let files): changed = files
        case .failure(let error): throw OutputOptions.fail(error)
        }
        var selected: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
               let files = try? FileIO.yamlFiles(under: path) {
                selected += files.filter { changed.contains(GitChanges.canonical($0)) }
            } else if changed.contains(GitChanges.canonical(path)) || !FileManager.default.fileExists(atPath: path) {
                selected.append(path)
            }
        }
        return selected
    }

    /// Writes the baseline of `run` when asked, and returns `run` without the known findings.
    func apply(to run: LintRun, baseline loaded: Baseline?, language: Language?) throws -> LintRun {
        var known = loaded
        if let writeBaseline {
            let written = Baseline(run: run, language: language)
            do {
                try written.write(to: writeBaseline)
            } catch {
                throw OutputOptions.fail(UsageError(error.description))
            }
            Terminal.warn("sdw: recorded \(written.findings.count) finding\(written.findings.count == 1 ? "" : "s") in \(writeBaseline)")
            known = written
        }
        guard let known else { return run }
        let (filtered, hidden) = known.filter(run)
        if hidden > 0, let file = baseline {
            Terminal.warn("sdw: \(hidden) known finding\(hidden == 1 ? "" : "s") hidden by the baseline \(file)")
        }
        return filtered
    }
}
