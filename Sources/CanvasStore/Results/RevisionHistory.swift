/// The revisions of one canvas, for `sdw history`.
public struct RevisionHistory: Sendable, Equatable {
    /// The canvas.
    public var canvas: CanvasRecord
    /// Its revisions, oldest first.
    public var revisions: [RevisionRecord]

    /// One line per revision: number, time, errors and warnings, message.
    public var text: String {
        var table = TextTable()
        for revision in revisions {
            table.append(String(revision.number), revision.createdAt,
                         Self.counts(errors: revision.errors, warnings: revision.warnings),
                         revision.message ?? "-")
        }
        return table.text
    }

    /// `N errors, N warnings` with singulars where they belong.
    static func counts(errors: Int, warnings: Int) -> String {
        "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }
}
