import CanvasKit
import CanvasRules
import CanvasStore
import Foundation

/// The one place where the server reads and writes canvases: the store, the linter and the
/// live updates behind one actor, so that checking a revision tag and saving are one step.
public actor CanvasService {
    /// The store of the command line.
    public nonisolated let store: CanvasStore
    /// The linter of `sdw lint`.
    public nonisolated let linter: Linter
    /// Where saves are announced to open pages.
    public nonisolated let hub: LiveHub
    let coalesceSeconds: Double
    /// Texts of recent revision tags, as the base of a merge when a save names one of them
    /// (an autosave replaces a revision's text, so the store no longer has it).
    var recentTexts: [String: String] = [:]
    var recentOrder: [String] = []
    static let recentLimit = 1024
    /// Who is editing each canvas in one coalesced revision: the author, the revision and
    /// when that revision started.
    var editing: [String: (author: String, number: Int, since: Date)] = [:]
    /// The latest state of each canvas read or saved so far (checked against the store on every
    /// read, so a change made by the command line meanwhile is seen).
    var latest: [String: CanvasState] = [:]

    /// Creates the service over `store`.
    public init(store: CanvasStore, linter: Linter, hub: LiveHub = LiveHub(), coalesceSeconds: Double = 60) {
        self.store = store
        self.linter = linter
        self.hub = hub
        self.coalesceSeconds = coalesceSeconds
    }

    /// The path under which a canvas's text is linted and stored (findings name it).
    nonisolated static func sourcePath(_ id: String) -> String { "\(id).yaml" }

    /// Lints `text` as canvas `id` would be, storing nothing: the live checks of the editor.
    public nonisolated func check(_ text: String, id: String) -> LintRun.FileResult {
        LintRun.lint(bytes: Array(text.utf8), path: Self.sourcePath(id), linter: linter, keepDocument: true)
    }

    /// The latest state of canvas `id`.
    public func state(_ id: String) throws(StoreError) -> CanvasState {
        let record = try store.canvas(id)
        let revision = try store.revision(id, number: record.latestRevision)
        if let cached = latest[id], cached.record == record, cached.revision == revision { return cached }
        return state(record: record, revision: revision)
    }

    /// The state of `revision` of `record`, linted again (the stored findings have no canvas
    /// paths) unless `lint` is that text's result already; kept as the canvas's latest.
    func state(record: CanvasRecord, revision: RevisionRecord, lint: LintRun.FileResult? = nil) -> CanvasState {
        var result = lint ?? check(revision.yaml, id: record.id)
        result.file = nil
        let document = Self.document(of: revision.yaml) ?? .null
        remember(CanvasState.etag(number: revision.number, hash: revision.textHash), revision.yaml)
        let state = CanvasState(record: record, revision: revision, document: document, lint: result)
        if record.latestRevision == revision.number { latest[record.id] = state }
        return state
    }

    func remember(_ etag: String, _ text: String) {
        if recentTexts.updateValue(text, forKey: etag) == nil {
            recentOrder.append(etag)
            if recentOrder.count > Self.recentLimit { recentTexts[recentOrder.removeFirst()] = nil }
        }
    }
}

extension CanvasService {
    /// The canvases that pass `filter` and, with `query`, whose sections match its words.
    public func list(_ filter: ListFilter, query: String?) throws(StoreError) -> [CanvasRecord] {
        let records = try store.list(filter)
        guard let query, !query.trimmingCharacters(in: .whitespaces).isEmpty else { return records }
        let matching = Set(try store.matchingCanvasIDs(query))
        return records.filter { matching.contains($0.id) }
    }
}
