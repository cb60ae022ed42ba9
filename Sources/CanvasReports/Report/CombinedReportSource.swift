/// A ``ReportSource`` over files and one more source (the canvas store, in `sdw report FILE ID`):
/// the canvases of both, and a workshop file from the files with its canvases from both.
public struct CombinedReportSource: ReportSource {
    /// The files and folders given.
    public let files: FileReportSource
    /// The other source, asked only for its canvases.
    public let other: any ReportSource

    /// Combines `files` with `other`.
    public init(files: FileReportSource, other: any ReportSource) {
        self.files = files
        self.other = other
    }

    /// The canvases of the files (sorted by path), then those of the other source (in its order).
    public func canvases() throws(ReportError) -> [ReportItem] {
        let items = files.items + (try other.canvases())
        guard !items.isEmpty else { throw .noCanvases }
        return items
    }

    /// The workshop with id `id` (its file among the files, else from the other source), and the
    /// canvases of both sources that name it, in group order.
    public func workshop(id: String) throws(ReportError) -> ReportInput {
        var found = files.workshops.first { $0.id == id }
        if found == nil { found = try other.workshop(id: id).workshop }
        guard let found else { return try files.workshop(id: id) }
        return ReportInput.workshop(found, from: try canvases())
    }
}
