import CanvasKit
import CanvasRules

/// A ``ReportSource`` over files and folders: reads and checks every `*.yaml`/`*.yml` once.
public struct FileReportSource: ReportSource {
    /// The canvases found, sorted by path, with their findings.
    public let items: [ReportItem]
    /// The workshop files found, sorted by path.
    public let workshops: [Workshop]

    /// Reads `paths` (files, folders searched recursively, `-` for standard input) and checks each
    /// canvas with `linter`. Throws on a path that cannot be read or a file that is not a canvas or workshop;
    /// the reason is given at its line and column, in `language` (English when `nil`).
    public init(paths: [String], linter: Linter = Linter(), language: Language? = nil) throws(ReportError) {
        let run = LintRun.run(paths: paths, linter: linter, keepDocuments: true)
        if let error = run.ioErrors.first {
            throw .unreadable(path: error.path, reason: error.reason)
        }
        var items: [ReportItem] = []
        var workshops: [Workshop] = []
        for result in run.results {
            switch result.file?.document {
            case .canvas(let canvas)?:
                items.append(ReportItem(source: result.path, canvas: canvas, findings: result.findings))
            case .workshop(let workshop)?:
                workshops.append(workshop)
            case nil:
                let first = result.findings.first
                let reason = first.map { $0.text(in: language ?? .en) } ?? "empty file"
                let place = first?.location.map { "\(result.path):\($0.line):\($0.column)" } ?? result.path
                throw .notACanvas(path: place, reason: reason)
            }
        }
        self.items = items
        self.workshops = workshops
    }

    /// Every canvas read; throws when there is none.
    public func canvases() throws(ReportError) -> [ReportItem] {
        guard !items.isEmpty else { throw .noCanvases }
        return items
    }

    /// The workshop file with id `id` and the canvases that name it, in group order.
    public func workshop(id: String) throws(ReportError) -> ReportInput {
        guard let workshop = workshops.first(where: { $0.id == id }) else {
            throw .workshopNotFound(id: id, known: workshops.compactMap(\.id).sorted())
        }
        return ReportInput.workshop(workshop, from: items)
    }
}
