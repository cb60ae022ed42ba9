extension CanvasRecord {
    /// `sdw list` output: one canvas per line with its id, plugin, status, revision count,
    /// lint errors when there are any, and title.
    public static func listText(_ records: [CanvasRecord]) -> String {
        var table = TextTable()
        for record in records {
            var title = record.title ?? "(no title)"
            if record.errors > 0 { title = "[\(record.errors) error\(record.errors == 1 ? "" : "s")] " + title }
            if record.hidden { title = "[hidden] " + title }
            table.append(record.id, record.plugin ?? "-", record.status,
                         "\(record.latestRevision) rev\(record.latestRevision == 1 ? "" : "s")", title)
        }
        return table.text
    }
}
