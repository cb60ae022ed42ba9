import GRDB

/// A row that `sdw add` inserts through a ``BatchInserter``: its `INSERT` statement, and its
/// values bound in the statement's column order.
protocol InsertableRow {
    /// `INSERT INTO table (columns…) VALUES (?, …)`, with one `?` per value that ``bind(to:)`` binds.
    static var insertSQL: String { get }
    /// Binds the row's values, in the order of the columns in ``insertSQL``.
    func bind(to inserter: inout RowInserter)
}

extension RevisionRecord: InsertableRow {
    static let insertSQL = """
        INSERT INTO revisions (canvas_id, number, yaml, text_hash, source_path, message, created_at, errors, warnings, infos)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    func bind(to inserter: inout RowInserter) {
        inserter.bind(canvasId); inserter.bind(number); inserter.bind(yaml); inserter.bind(textHash)
        inserter.bind(sourcePath); inserter.bind(message); inserter.bind(createdAt); inserter.bind(errors)
        inserter.bind(warnings); inserter.bind(infos)
    }
}

extension FindingRecord: InsertableRow {
    static let insertSQL = """
        INSERT INTO findings (canvas_id, revision, rule_id, severity, line, "column", item_path, message)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    func bind(to inserter: inout RowInserter) {
        inserter.bind(canvasId); inserter.bind(revision); inserter.bind(ruleId); inserter.bind(severity)
        inserter.bind(line); inserter.bind(column); inserter.bind(itemPath); inserter.bind(message)
    }
}

extension CanvasRecord: InsertableRow {
    /// Inserts the canvas, or updates every column of an existing one (an upsert, so that its
    /// revisions, which reference it, stay).
    static let insertSQL = """
        INSERT INTO canvases (id, title, language, plugin, status, library, workshop, group_number, latest_revision,
                              errors, warnings, infos, hidden, updated_at, target_group, target_size, service)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET
            title = excluded.title, language = excluded.language, plugin = excluded.plugin, status = excluded.status,
            library = excluded.library, workshop = excluded.workshop, group_number = excluded.group_number,
            latest_revision = excluded.latest_revision, errors = excluded.errors, warnings = excluded.warnings,
            infos = excluded.infos, hidden = excluded.hidden, updated_at = excluded.updated_at,
            target_group = excluded.target_group, target_size = excluded.target_size, service = excluded.service
        """
    func bind(to inserter: inout RowInserter) {
        inserter.bind(id); inserter.bind(title); inserter.bind(language); inserter.bind(plugin); inserter.bind(status)
        inserter.bind(library); inserter.bind(workshop); inserter.bind(groupNumber); inserter.bind(latestRevision)
        inserter.bind(errors); inserter.bind(warnings); inserter.bind(infos); inserter.bind(hidden)
        inserter.bind(updatedAt); inserter.bind(targetGroup); inserter.bind(targetSize); inserter.bind(service)
    }
}
