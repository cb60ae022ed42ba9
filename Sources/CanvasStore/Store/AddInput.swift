import CanvasKit
import CanvasRules

/// What the inputs of one ``CanvasStore/add(message:allowErrors:now:feed:)`` are made with: the
/// run's settings and what the store holds when it starts. It can be used on any thread.
public struct AddContext: Sendable {
    let allowErrors: Bool
    /// The text hash of each stored canvas's latest revision.
    let latest: [String: String]

    /// Makes the input for the file at `path`, loaded as `file` and linted with `findings`;
    /// `errorLines` are the error findings as the caller shows them, kept to explain a refusal.
    /// Meant for the thread that linted the file: the section rows are made here.
    /// `canvasEntry` and `workshopEntry` are what the rules across files need of the file.
    public func input(path: String, file: LoadedFile, findings: [Finding], errorLines: [String],
                      canvasEntry: WorkshopSet.CanvasEntry? = nil,
                      workshopEntry: WorkshopSet.WorkshopEntry? = nil) -> AddInput {
        var input = AddInput(path: path, file: file, findings: findings, details: errorLines,
                             allowErrors: allowErrors, latest: latest)
        input.canvasEntry = canvasEntry
        input.workshopEntry = workshopEntry
        return input
    }
}

/// One file of an add, made ready (by ``AddContext/input(path:file:findings:errorLines:)``) on
/// the thread that linted it: everything the writing thread needs, without the document.
///
/// Whatever depends on the files before it (a repeated id) or on the store (an unchanged text)
/// is left to ``AddSession``; everything else is decided here.
public struct AddInput: Sendable {
    /// What the file is.
    enum Kind: Sendable {
        /// A workshop file, with its row (`nil` when it has no `id:`).
        case workshop(WorkshopRecord?)
        /// A file refused whatever comes before it.
        case refused(reason: String, details: [String])
        /// A canvas with an id.
        case canvas(CanvasInput)
    }

    /// The file as named.
    var path: String
    var kind: Kind
    /// What the rules across files need of the file (see ``AcrossFilesCheck``).
    var canvasEntry: WorkshopSet.CanvasEntry?
    var workshopEntry: WorkshopSet.WorkshopEntry?

    /// Makes the input for one linted file. `details` are its error findings as lines.
    /// `latest` holds the text hash of each stored canvas's latest revision: a canvas whose text
    /// hashes the same is probably unchanged, so its rows are left unmade.
    init(path: String, file: LoadedFile, findings: [Finding], details: [String], allowErrors: Bool,
         latest: [String: String]) {
        self.path = path
        if let workshop = file.workshop {
            guard let id = workshop.id, !id.isEmpty else {
                kind = .workshop(nil)
                return
            }
            if let bad = Self.invalidID(among: [id]) {
                kind = .refused(reason: bad, details: [])
                return
            }
            kind = .workshop(WorkshopRecord(id: id, workshop: workshop, yaml: file.exactText, sourcePath: path))
            return
        }
        let errors = findings.filter { $0.severity == .error }
        guard let canvas = file.canvas, !errors.contains(where: { $0.ruleID == "invalid-yaml" }) else {
            kind = .refused(reason: "not readable YAML", details: details)
            return
        }
        guard let id = canvas.id, !id.isEmpty else {
            kind = .refused(reason: "the canvas has no `id:`", details: [])
            return
        }
        if let bad = Self.invalidID(among: Self.ids(of: canvas)) {
            kind = .refused(reason: bad, details: details)
            return
        }
        // Stored byte for byte as read, a byte-order mark included.
        let text = file.exactText
        var input = CanvasInput(id: id, text: text, hash: RevisionRecord.hash(text),
                                summary: LintSummary(files: 1, findings: findings), details: details,
                                canvas: canvas, findings: findings)
        if input.summary.errors > 0 && !allowErrors {
            // Refused once its id is known to be the run's first; no rows are needed.
            input.canvas = nil
        } else if latest[id] != input.hash {
            input.rows = SectionRows(canvas: canvas, canvasID: id)
            input.canvas = nil
        }
        kind = .canvas(input)
    }
}

extension AddInput {
    /// Every id of `canvas`: its own, its workshop's, and its items'.
    static func ids(of canvas: Canvas) -> [String] {
        var ids = [canvas.id, canvas.workshop].compactMap { $0 }
        ids += (canvas.needs ?? []).compactMap(\.id) + (canvas.resources ?? []).compactMap(\.id)
        ids += (canvas.partners ?? []).compactMap(\.id) + (canvas.activities ?? []).compactMap(\.id)
        return ids
    }

    /// The reason to refuse a file that holds an id that is not valid (``CanvasID``), whatever
    /// `--allow-errors` says: ids name rows of the store and files of an export.
    static func invalidID(among ids: [String]) -> String? {
        guard let bad = ids.first(where: { !CanvasID.isValid($0) }) else { return nil }
        let what = CanvasID.isSlug(bad) ? "is \(bad.utf8.count) characters long (at most \(CanvasID.maxLength))"
            : "is not a slug (lower-case Latin letters, digits and hyphens)"
        return "the id '\(CanvasID.shown(bad))' \(what); --allow-errors cannot store it"
    }
}

/// A canvas of an `sdw add` with its rows made, all but the revision number and time that the
/// writing thread fills in.
struct CanvasInput: Sendable {
    var id: String
    /// The file's exact text.
    var text: String
    /// ``RevisionRecord/hash(_:)`` of ``text``.
    var hash: String
    var summary: LintSummary
    /// The error findings, as lines, for a refusal.
    var details: [String]
    /// The `canvases` row (revision number and time still to set).
    var record: CanvasRecord
    /// The `findings` rows (revision number still to set).
    var findings: [FindingRecord]
    /// The section rows; `nil` when the canvas is probably unchanged (then ``canvas`` is kept
    /// to make them should its text differ after all) or will be refused for its errors.
    var rows: SectionRows?
    /// The canvas, kept only while ``rows`` is `nil` for a probably unchanged text.
    var canvas: Canvas?

    init(id: String, text: String, hash: String, summary: LintSummary, details: [String], canvas: Canvas,
         findings: [Finding]) {
        self.id = id
        self.text = text
        self.hash = hash
        self.summary = summary
        self.details = details
        self.canvas = canvas
        record = CanvasRecord(
            id: id, title: canvas.title, language: canvas.language.rawValue, plugin: canvas.plugin,
            status: canvas.status.rawValue, library: canvas.library, workshop: canvas.workshop,
            groupNumber: canvas.group, latestRevision: 0, errors: summary.errors, warnings: summary.warnings,
            infos: summary.infos, hidden: false, updatedAt: "", targetGroup: canvas.targetGroup?.name,
            targetSize: canvas.targetGroup?.size, service: canvas.service?.name)
        self.findings = findings.map { finding in
            FindingRecord(canvasId: id, revision: 0, ruleId: finding.ruleID, severity: finding.severity.rawValue,
                          line: finding.location?.line, column: finding.location?.column, itemPath: finding.path,
                          message: finding.text(in: canvas.language))
        }
    }
}
