import CanvasKit
import CanvasReports
import CanvasRules
import CanvasStore
import Foundation

/// A ``ReportSource`` over the canvas store: stored canvases by id, every visible canvas, or a
/// stored workshop file and the canvases that name it. Each canvas is the latest revision's exact
/// text, loaded with ``CanvasLoader`` and checked with the linter `sdw lint` would use.
///
/// It lives in the sdw target, the one module that sees both CanvasReports and CanvasStore, so that
/// neither library depends on the other and every dependency points one way: sdw → CanvasReports
/// and CanvasStore → CanvasRules → CanvasKit. (CanvasStore depending on CanvasReports would pull
/// Mustache and the templates into every user of the store.)
struct StoreReportSource: ReportSource {
    /// The open store.
    let store: CanvasStore
    /// The canvas ids asked for, in order; empty for every visible canvas.
    let ids: [String]
    /// The linter of ``PluginOptions/linter()``.
    let linter: Linter

    /// The canvases `ids` names (hidden ones too: they were asked for), or every visible canvas by id.
    func canvases() throws(ReportError) -> [ReportItem] {
        var revisions: [RevisionRecord] = []
        if ids.isEmpty {
            revisions = try stored { store throws(StoreError) in try store.latestRevisions() }
        } else {
            for id in ids {
                revisions.append(try stored { store throws(StoreError) in try store.revision(id) })
            }
        }
        guard !revisions.isEmpty else {
            throw .store("\(store.path): no canvas stored yet; `sdw add` stores canvases")
        }
        return try items(revisions)
    }

    /// The stored workshop file `id` and, in group order, the canvases that name it: among `ids`
    /// when given, else every visible stored canvas.
    func workshop(id: String) throws(ReportError) -> ReportInput {
        guard let record = try stored({ store throws(StoreError) in try store.workshop(id) }) else {
            let known = try stored { store throws(StoreError) in try store.workshopIDs() }
            var message = "no workshop with id '\(id)' in the canvas store \(store.path)"
            if let nearest = Suggestion.nearest(to: id, in: known) { message += "; did you mean '\(nearest)'?" }
            message += known.isEmpty
                ? " (none stored: `sdw add` the folder with its workshop.yaml)"
                : " (stored: \(known.joined(separator: ", ")))"
            throw .store(message)
        }
        guard let workshop = record.workshop else {
            throw .store("workshop '\(id)' in \(store.path) (from \(record.sourcePath)) no longer reads as a workshop file")
        }
        let members = ids.isEmpty
            ? try items(try stored { store throws(StoreError) in try store.latestRevisions(ListFilter(workshop: id)) })
            : try canvases()
        return ReportInput.workshop(workshop, from: members)
    }

    /// Loads and checks each revision's text, on all cores, keeping the order.
    ///
    /// The text is checked under the path it was added from, so `.sdw.yml` overrides for that path
    /// apply as they do to the file, and the findings are those `sdw lint` gives the file.
    private func items(_ revisions: [RevisionRecord]) throws(ReportError) -> [ReportItem] {
        var loaded = [LoadedFile?](repeating: nil, count: revisions.count)
        var findings = [[Finding]](repeating: [], count: revisions.count)
        let linter = self.linter
        loaded.withUnsafeMutableBufferPointer { files in
            findings.withUnsafeMutableBufferPointer { found in
                nonisolated(unsafe) let (files, found) = (files, found)
                DispatchQueue.concurrentPerform(iterations: revisions.count) { index in
                    // Each iteration writes only its own elements.
                    let file = CanvasLoader.load(Array(revisions[index].yaml.utf8), path: revisions[index].sourcePath)
                    files[index] = file
                    found[index] = linter.lint(file)
                }
            }
        }
        var items: [ReportItem] = []
        for (index, revision) in revisions.enumerated() {
            guard let canvas = loaded[index]?.canvas else {
                throw .store("canvas '\(revision.canvasId)' revision \(revision.number) in \(store.path) "
                             + "no longer reads as a canvas")
            }
            items.append(ReportItem(source: revision.canvasId, canvas: canvas, findings: findings[index],
                                    revision: revision.number))
        }
        return items
    }

    /// Runs `body` on the store, turning a ``StoreError`` (an unknown id names the nearest stored one)
    /// into a report error with the same message.
    private func stored<T>(_ body: (CanvasStore) throws(StoreError) -> T) throws(ReportError) -> T {
        do {
            return try body(store)
        } catch {
            throw .store(error.description)
        }
    }
}
