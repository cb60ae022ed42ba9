import CanvasKit
import CanvasRules
import CanvasStore

/// The rules across files for `sdw add`: the run's canvases and workshops beside what the store holds.
enum AcrossFiles {
    /// How many lines `sdw add` prints at most: a copied corpus (thousands of canvases for one
    /// group) must not bury the summary.
    static let maxLines = 20

    /// The cross-file rules of `linter` over `canvases` and `workshops` with the store's workshops
    /// and its other canvases beside them; and a notice for each file whose stored canvas had
    /// another id (its old canvas stays in the store, and in the workshop report, until it is
    /// removed). One line each, in the canvas's language; and how many are errors.
    static func check(_ canvases: [WorkshopSet.CanvasEntry], _ workshops: [WorkshopSet.WorkshopEntry],
                      stored: StoredAcrossFiles, linter: Linter) -> (lines: [String], errors: Int) {
        let languages = Dictionary(canvases.map { ($0.path, $0.language) }, uniquingKeysWith: { first, _ in first })
        // The stored canvases come first, so a clash is reported at the file being added.
        let set = WorkshopSet(canvases: stored.canvases + canvases, workshops: workshops + stored.workshops)
        let findings = linter.lint(set)
            // Ids repeated within the run are already refused, and a stored id is an update.
            .filter { languages[$0.file] != nil && $0.ruleID != "duplicate-canvas-id" }
            .sorted(by: Finding.ordered)
        var lines = findings.map { $0.line(in: languages[$0.file] ?? .en) }
        for canvas in canvases {
            guard let id = canvas.id, let old = stored.idsByPath[canvas.path], old != id else { continue }
            lines.append("\(canvas.path):\(canvas.idLocation.line):\(canvas.idLocation.column): warning: this file was "
                         + "stored as '\(old)' and now says id '\(id)'; '\(old)' stays in the store and in its workshop's "
                         + "report beside '\(id)' until you hide it with `sdw rm \(old)` (its revisions are kept)")
        }
        if lines.count > maxLines {
            let rest = lines.count - maxLines
            lines = Array(lines.prefix(maxLines)) + ["… and \(rest) more across files (sdw lint on the same files lists them all)"]
        }
        return (lines, findings.filter { $0.severity == .error }.count)
    }
}
