import CanvasKit
import Dispatch
import Foundation

/// The result of checking a set of paths: findings per file, in input order.
public struct LintRun: Sendable {
    /// One file's result.
    public struct FileResult: Sendable {
        /// The path as named.
        public var path: String
        /// Its findings, sorted by position.
        public var findings: [Finding]
        /// The language of its text (from `language:`; English when unreadable).
        public var language: Language
        /// The text of each line a finding points at, by line number, for fingerprints that survive
        /// lines moving (baselines, SARIF) without keeping whole files in memory.
        public var flaggedLines: [Int: String] = [:]
        /// The document, when readable (kept only when asked for).
        public var file: LoadedFile?
        /// What the cross-file rules need of the file's canvas, if it holds one.
        public var canvasEntry: WorkshopSet.CanvasEntry?
        /// What the cross-file rules need of the file's workshop, if it holds one.
        public var workshopEntry: WorkshopSet.WorkshopEntry?
    }

    /// The files, sorted by path, each with its findings.
    public var results: [FileResult]
    /// Paths that could not be read at all (missing, unreadable), with the reason.
    public var ioErrors: [FileError]

    /// Every finding, sorted by file and position.
    public var findings: [Finding] { results.flatMap(\.findings) }

    /// Expands `paths` (files, directories searched recursively for `*.yaml`/`*.yml`, and `-` for
    /// standard input) and lints every file on all cores. A canvas without `language:` gets
    /// `defaultLanguage` (from the configuration) for its messages.
    public static func run(paths: [String], linter: Linter, keepDocuments: Bool = false,
                           defaultLanguage: Language = .en) -> LintRun {
        let (unique, searchErrors) = files(in: paths)
        var ioErrors = searchErrors
        let slots = ResultSlots(count: unique.count)
        DispatchQueue.concurrentPerform(iterations: unique.count) { index in
            let path = unique[index]
            do throws(FileError) {
                let result = try lintFile(path, linter: linter, keepDocument: keepDocuments,
                                          defaultLanguage: defaultLanguage)
                slots.set(index, .success(result))
            } catch {
                slots.set(index, .failure(error))
            }
        }
        var results: [FileResult] = []
        for slot in slots.values {
            switch slot {
            case .success(let result): results.append(result)
            case .failure(let error): ioErrors.append(error)
            case nil: break
            }
        }
        results.sort { $0.path < $1.path }
        return LintRun(results: results, ioErrors: ioErrors)
    }
}

extension LintRun {
    /// Runs `linter`'s ``WorkshopRule``s over every file of the run, with the workshops of
    /// `known` (the store's, for `sdw add`) besides the files' own, and adds their findings to
    /// the files they point at.
    public mutating func checkAcrossFiles(linter: Linter, known: [WorkshopSet.WorkshopEntry] = []) {
        let set = WorkshopSet(canvases: results.compactMap(\.canvasEntry),
                              workshops: results.compactMap(\.workshopEntry) + known)
        let found = Dictionary(grouping: linter.lint(set), by: \.file)
        guard !found.isEmpty else { return }
        for index in results.indices {
            guard let extra = found[results[index].path] else { continue }
            results[index].findings = (results[index].findings + extra).sorted(by: Finding.ordered)
        }
    }

    /// The text of each line that one of `findings` points at, by 1-based line number.
    static func flaggedLines(of findings: [Finding], in text: String) -> [Int: String] {
        let wanted = Set(findings.compactMap { $0.location?.line })
        guard !wanted.isEmpty else { return [:] }
        var result: [Int: String] = [:]
        var text = text
        text.withUTF8 { bytes in
            var number = 1, start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
                if wanted.contains(number) {
                    result[number] = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                    if result.count == wanted.count { return }
                }
                number += 1
                start = index + 1
            }
        }
        return result
    }
}

/// Result slots written from several threads, one slot per file.
private final class ResultSlots: @unchecked Sendable {
    private var storage: [Result<LintRun.FileResult, FileError>?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<LintRun.FileResult, FileError>) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Result<LintRun.FileResult, FileError>?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
