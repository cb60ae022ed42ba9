import GRDB

/// A row that `sdw add` inserts through a ``BatchInserter``: its `INSERT` statement, and its
/// values bound in the statement's column order.
protocol InsertableRow {
    /// `INSERT INTO table (columns…) VALUES (?, …)`, with one `?` per value that ``bind(to:)`` binds.
    static var insertSQL: String { get }
    /// Binds the row's values, in the order of the columns in ``insertSQL``.
    func bind(to inserter: inout RowInserter)
    /// Called after each statement that inserted `rows` rows, the last with rowid `lastRowID`.
    static func didInsert(rows: Int, lastRowID: Int64, _ db: Database) throws
}

extension InsertableRow {
    static func didInsert(rows: Int, lastRowID: Int64, _ db: Database) throws {}

    /// Inserts `rows`, many per statement (see ``BatchInserter``).
    static func insert(_ rows: [Self], _ db: Database) throws {
        var inserter = BatchInserter<Self>(db)
        try inserter.add(rows)
        try inserter.finish()
    }
}

extension NeedRecord: InsertableRow {
    static let insertSQL = "INSERT INTO needs (canvas_id, position, id, text, evidence) VALUES (?, ?, ?, ?, ?)"
    func bind(to inserter: inout RowInserter) {
        inserter.bind(canvasId); inserter.bind(position); inserter.bind(id); inserter.bind(text); inserter.bind(evidence)
    }
}

extension PartnerRecord: InsertableRow {
    static let insertSQL = """
        INSERT INTO partners (canvas_id, position, id, name, type, role, benefit, contact) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    func bind(to inserter: inout RowInserter) {
        inserter.bind(canvasId); inserter.bind(position); inserter.bind(id); inserter.bind(name); inserter.bind(type)
        inserter.bind(role); inserter.bind(benefit); inserter.bind(contact)
    }
}

extension ResourceRecord: InsertableRow {
    static let insertSQL = """
        INSERT INTO resources (canvas_id, position, id, item, kind, cost, currency, available) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    func bind(to inserter: inout RowInserter) {
        inserter.bind(canvasId); inserter.bind(position); inserter.bind(id); inserter.bind(item); inserter.bind(kind)
        inserter.bind(cost); inserter.bind(currency); inserter.bind(available)
    }
}

extension InformationRecord: InsertableRow {
    static let insertSQL = "INSERT INTO information (canvas_id, position, channel, audience) VALUES (?, ?, ?, ?)"
    func bind(to inserter: inout RowInserter) {
        inserter.bind(canvasId); inserter.bind(position); inserter.bind(channel); inserter.bind(audience)
    }
}

extension ActivityRecord: InsertableRow {
    static let insertSQL = """
        INSERT INTO activities (canvas_id, position, id, name, "when", starts, ends, responsible) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    func bind(to inserter: inout RowInserter) {
        inserter.bind(canvasId); inserter.bind(position); inserter.bind(id); inserter.bind(name); inserter.bind(when)
        inserter.bind(starts); inserter.bind(ends); inserter.bind(responsible)
    }
}

extension ActivityLinkRecord: InsertableRow {
    static let insertSQL = """
        INSERT INTO activity_links (canvas_id, activity_position, activity_id, kind, target_id) VALUES (?, ?, ?, ?, ?)
        """
    func bind(to inserter: inout RowInserter) {
        inserter.bind(canvasId); inserter.bind(activityPosition); inserter.bind(activityId); inserter.bind(kind)
        inserter.bind(targetId)
    }
}

extension EffectRecord: InsertableRow {
    static let insertSQL = """
        INSERT INTO effects (canvas_id, kind, position, text, value, currency, indicator, target, unit, evidence)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    func bind(to inserter: inout RowInserter) {
        inserter.bind(canvasId); inserter.bind(kind); inserter.bind(position); inserter.bind(text); inserter.bind(value)
        inserter.bind(currency); inserter.bind(indicator); inserter.bind(target); inserter.bind(unit)
        inserter.bind(evidence)
    }
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
