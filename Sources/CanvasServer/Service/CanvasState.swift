import CanvasKit
import CanvasRules
import CanvasStore

/// One canvas as the server hands it out: its row, its latest text, that text as a document,
/// its findings and the revision tag that a save must name.
public struct CanvasState: Sendable {
    /// The canvas's row.
    public var record: CanvasRecord
    /// The latest revision.
    public var revision: RevisionRecord
    /// The revision's text as a document (`null` when it is not readable YAML).
    public var document: DocumentValue
    /// The revision's lint result (findings, language, flagged lines).
    public var lint: LintRun.FileResult

    /// The entity tag of the revision: its number and text hash, so that an autosave that
    /// continues a revision still changes it.
    public var etag: String { Self.etag(number: revision.number, hash: revision.textHash) }

    /// The tag of revision `number` whose text hashes to `hash`, quoted as HTTP writes it.
    static func etag(number: Int, hash: String) -> String { "\"\(number)-\(hash)\"" }

    /// Whether the stored text has comments, which an edit made in the page does not keep.
    public var hasComments: Bool {
        revision.yaml.split(separator: "\n").contains { $0.drop { $0 == " " }.hasPrefix("#") }
    }
}

/// The outcome of a save.
public enum SaveOutcome: Sendable {
    /// Stored: the canvas's new state; `created` when it did not exist; `merged` when it was
    /// combined with someone else's save made meanwhile.
    case saved(CanvasState, created: Bool, merged: Bool)
    /// Someone else saved meanwhile and the two changes overlap: nothing stored. The latest
    /// state, the document that was sent, and the places where the two disagree.
    case conflict(latest: CanvasState, mine: DocumentValue, paths: [String])
    /// The `If-Match` names a revision that is not the latest, and the text it was based on is
    /// no longer known, so no merge is possible: nothing stored.
    case stale(latest: CanvasState)
    /// The text is not a canvas: nothing stored; its lint result says why.
    case notCanvas(LintRun.FileResult, reason: String)
}
