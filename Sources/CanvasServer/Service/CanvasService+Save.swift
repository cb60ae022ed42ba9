import CanvasKit
import CanvasRules
import CanvasStore
import Foundation

/// What a save sends: a YAML text kept as it is (comments too), or a document from the editor.
public enum SaveBody: Sendable {
    /// YAML text.
    case yaml(String)
    /// A document (JSON); it is written as YAML, without comments.
    case document(DocumentValue)
}

extension CanvasService {
    /// The message of revisions the server stores.
    static let revisionMessage = "edited in sdw serve"

    /// Saves `body` as canvas `id`.
    ///
    /// A new canvas needs no `ifMatch`; an existing one is replaced only when `ifMatch` is its
    /// latest tag (or `*`). When `ifMatch` names an earlier revision whose text is known, the two
    /// changes are merged (``DocumentMerge``) or, where they overlap, refused as a conflict. One
    /// `author`'s saves within ``coalesceSeconds`` of the revision's start replace that revision
    /// instead of adding one. Every stored save is announced on ``hub``.
    public func save(_ id: String, body: SaveBody, ifMatch: String?, author: String?,
                     message: String? = nil, now: Date = Date()) throws(StoreError) -> SaveOutcome {
        let existing = try existingState(id)
        var text: String
        var mine: DocumentValue
        switch body {
        case .yaml(let yaml):
            text = yaml
            mine = Self.document(of: yaml) ?? .null
        case .document(let document):
            mine = Self.withID(document, id)
            text = mine.yamlText
        }
        var merged = false
        if let existing, let ifMatch, ifMatch != "*", ifMatch != existing.etag {
            guard let baseText = recentTexts[ifMatch], let base = Self.document(of: baseText) else {
                return .stale(latest: existing)
            }
            switch DocumentMerge.merge(base: base, mine: mine, theirs: existing.document) {
            case .merged(let document):
                mine = document
                text = document.yamlText
                merged = true
            case .conflict(let paths):
                return .conflict(latest: existing, mine: mine, paths: paths)
            }
        }
        let result = check(text, id: id)
        if let reason = Self.refusal(of: result, id: id) { return .notCanvas(result, reason: reason) }
        guard let file = result.file else { return .notCanvas(result, reason: "unreadable") }
        var replacing: Int?
        if let existing, !merged, let author, let session = editing[id], session.author == author,
           session.number == existing.revision.number, now.timeIntervalSince(session.since) < coalesceSeconds {
            replacing = session.number
        }
        let revision = try store.save(id: id, file: file, findings: result.findings,
                                      message: message ?? Self.revisionMessage, replacing: replacing, now: now)
        if replacing == nil {
            editing[id] = author.map { ($0, revision.number, now) }
        }
        let record = try store.canvas(id)
        let saved = state(record: record, revision: revision, lint: revision.yaml == text ? result : nil)
        hub.publish(LiveHub.Event(canvasID: id, etag: saved.etag, revision: revision.number, author: author ?? ""))
        return .saved(saved, created: existing == nil, merged: merged)
    }

    /// Stores revision `number` of canvas `id` again as its newest revision.
    public func restore(_ id: String, revision number: Int, ifMatch: String?) throws(StoreError) -> SaveOutcome {
        let old = try store.revision(id, number: number)
        return try save(id, body: .yaml(old.yaml), ifMatch: ifMatch, author: nil, message: "restored revision \(number)")
    }

    /// The latest state of `id`, or `nil` when no such canvas is stored.
    func existingState(_ id: String) throws(StoreError) -> CanvasState? {
        do {
            return try state(id)
        } catch {
            if case .canvasNotFound = error { return nil }
            throw error
        }
    }

    /// The document of a YAML text, or `nil` when it is not readable YAML.
    static func document(of text: String) -> DocumentValue? {
        do {
            return try YAMLComposer.compose(Array(text.utf8)).map(DocumentValue.init(yaml:)) ?? .null
        } catch {
            return nil
        }
    }

    /// `document` with its `id` set to `id` (first when it had none).
    static func withID(_ document: DocumentValue, _ id: String) -> DocumentValue {
        guard case .object(var members) = document else { return document }
        if let index = members.firstIndex(where: { $0.key == "id" }) {
            members[index].value = .string(id)
        } else {
            let at = members.first?.key == "format" ? 1 : 0
            members.insert(.init("id", .string(id)), at: at)
        }
        return .object(members)
    }

    /// Why `result` cannot be stored as canvas `id`, or `nil` when it can.
    static func refusal(of result: LintRun.FileResult, id: String) -> String? {
        if result.findings.contains(where: { $0.ruleID == "invalid-yaml" }) { return "not readable YAML" }
        guard let file = result.file, let canvas = file.canvas else {
            return "not a canvas (a mapping of format-1 keys is expected)"
        }
        guard let own = canvas.id else { return "the canvas has no `id:`" }
        if own != id { return "the text's id is '\(own)', the address's '\(id)'" }
        return nil
    }
}
