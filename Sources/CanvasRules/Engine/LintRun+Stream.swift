import CanvasKit
import Dispatch
import Foundation

extension LintRun {
    /// The files that `paths` name, each once, in the order named: files as given, directories
    /// searched recursively for `*.yaml`/`*.yml`, `-` for standard input; and the directories
    /// that could not be searched.
    public static func files(in paths: [String]) -> (files: [String], ioErrors: [FileError]) {
        var files: [String] = []
        var ioErrors: [FileError] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                do {
                    files += try FileIO.yamlFiles(under: path)
                } catch {
                    ioErrors.append(error)
                }
            } else {
                files.append(path)
            }
        }
        var seen = Set<String>()
        return (files.filter { seen.insert($0).inserted }, ioErrors)
    }

    /// Reads, loads and lints the one file at `path`: what ``run(paths:linter:keepDocuments:defaultLanguage:)``
    /// does for each file, on whichever thread calls it.
    public static func lintFile(_ path: String, linter: Linter, keepDocument: Bool,
                                defaultLanguage: Language = .en) throws(FileError) -> FileResult {
        let bytes = try FileIO.read(path, limit: YAMLLimits.standard.maxFileBytes)
        return lint(bytes: bytes, path: path, linter: linter, keepDocument: keepDocument, defaultLanguage: defaultLanguage)
    }

    /// Loads and lints `bytes` as the file `path` (a text that came from elsewhere than a file:
    /// `sdw serve`'s editor), as ``lintFile(_:linter:keepDocument:defaultLanguage:)`` does a file's.
    public static func lint(bytes: [UInt8], path: String, linter: Linter, keepDocument: Bool,
                            defaultLanguage: Language = .en) -> FileResult {
        let loaded = CanvasLoader.load(bytes, path: path)
        let language = loaded.canvas.map { $0.fields.key("language") == nil ? defaultLanguage : $0.language }
            ?? loaded.workshop?.language ?? defaultLanguage
        let findings = linter.lint(loaded)
        var result = FileResult(path: path, findings: findings, language: language,
                                file: keepDocument ? loaded : nil)
        result.canvasEntry = loaded.canvas.map { WorkshopSet.CanvasEntry($0, path: path) }
        result.workshopEntry = loaded.workshop.flatMap { WorkshopSet.WorkshopEntry($0, path: path) }
        result.flaggedLines = Self.flaggedLines(of: findings, in: loaded.text)
        return result
    }

    /// Lints the files of `paths` on all cores and hands the results to `consume` on the calling
    /// thread, in path order (the order of ``run(paths:linter:keepDocuments:defaultLanguage:)``'s
    /// results), a batch at a time, while the files after them are still being linted.
    ///
    /// Each file's result, with its document, first goes through `prepare` on the thread that
    /// linted it; only what `prepare` returns is kept, so the documents do not pile up. The
    /// calling thread lints files too whenever no result is ready for it, so with `consume` one
    /// thread per core is busy, never more. At most `window` files are linted ahead of
    /// `consume`, which bounds the memory used when `consume` is the slower side. Returns the
    /// paths that could not be read, in the order named (as ``ioErrors`` of a run). When
    /// `consume` throws, linting stops and the error is rethrown.
    public static func stream<Prepared: Sendable>(
        paths: [String], linter: Linter, defaultLanguage: Language = .en, window: Int = 512,
        prepare: @escaping @Sendable (FileResult) -> Prepared,
        consume: ([Prepared]) throws -> Void
    ) rethrows -> [FileError] {
        let (named, searchErrors) = files(in: paths)
        // Path order, as a run's results; a failed read is reported in the order named.
        let order = named.indices.sorted { named[$0] < named[$1] }
        let files = order.map { named[$0] }
        let slots = StreamSlots<Prepared>(count: files.count, window: max(1, window))
        @Sendable func lint(_ index: Int) {
            do throws(FileError) {
                let result = try lintFile(files[index], linter: linter, keepDocument: true,
                                          defaultLanguage: defaultLanguage)
                slots.set(index, .success(prepare(result)))
            } catch {
                slots.set(index, .failure(error))
            }
        }
        let workers = DispatchGroup()
        let helpers = min(ProcessInfo.processInfo.activeProcessorCount - 1, files.count - 1)
        for _ in 0..<max(0, helpers) {
            DispatchQueue.global(qos: .userInitiated).async(group: workers) {
                while let index = slots.claim(wait: true) { lint(index) }
            }
        }
        defer {
            slots.stop()
            workers.wait()
        }
        var failed: [(index: Int, error: FileError)] = []
        while !slots.done {
            guard let batch = slots.ready() else {
                if let index = slots.claim(wait: false) { lint(index) } else { slots.waitForNext() }
                continue
            }
            var prepared: [Prepared] = []
            prepared.reserveCapacity(batch.count)
            for (index, slot) in batch {
                switch slot {
                case .success(let value): prepared.append(value)
                case .failure(let error): failed.append((order[index], error))
                }
            }
            if !prepared.isEmpty { try consume(prepared) }
        }
        return searchErrors + failed.sorted { $0.index < $1.index }.map(\.error)
    }
}

/// The results of a stream's files, filled by the linting threads in any order and taken by the
/// consuming thread in file order; a file is only claimed within `window` of the consumer.
private final class StreamSlots<Prepared: Sendable>: @unchecked Sendable {
    typealias Slot = Result<Prepared, FileError>

    private let condition = NSCondition()
    private var slots: [Slot?]
    private let window: Int
    /// The next file a linting thread takes.
    private var claimed = 0
    /// The next file the consumer takes.
    private var consumed = 0
    private var stopped = false

    init(count: Int, window: Int) {
        slots = Array(repeating: nil, count: count)
        self.window = window
    }

    /// Whether the consumer has taken every file.
    var done: Bool {
        condition.lock()
        defer { condition.unlock() }
        return consumed == slots.count
    }

    /// The next file to lint; `nil` when every file is taken or the stream stopped, or (unless
    /// `wait`, which waits instead) while the consumer is a whole window behind.
    func claim(wait: Bool) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while wait && !stopped && claimed < slots.count && claimed >= consumed + window { condition.wait() }
        guard !stopped && claimed < slots.count && claimed < consumed + window else { return nil }
        claimed += 1
        return claimed - 1
    }

    /// Stores the result of file `index`.
    func set(_ index: Int, _ slot: Slot) {
        condition.lock()
        slots[index] = slot
        condition.broadcast()
        condition.unlock()
    }

    /// The results from the consumer's place on that are ready, with their file indices; `nil`
    /// when the next one is not.
    func ready() -> [(Int, Slot)]? {
        condition.lock()
        defer { condition.unlock() }
        var batch: [(Int, Slot)] = []
        while consumed < slots.count, let slot = slots[consumed] {
            batch.append((consumed, slot))
            slots[consumed] = nil
            consumed += 1
        }
        if batch.isEmpty { return nil }
        condition.broadcast()
        return batch
    }

    /// Waits until the consumer's next result is ready (or every file is taken).
    func waitForNext() {
        condition.lock()
        while consumed < slots.count && slots[consumed] == nil { condition.wait() }
        condition.unlock()
    }

    /// Lets the linting threads finish without taking more files.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
