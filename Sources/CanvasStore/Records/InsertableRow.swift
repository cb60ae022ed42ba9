import Foundation
import GRDB

/// A row that `sdw add` writes through one cached prepared statement per table.
///
/// GRDB's `PersistableRecord.insert` encodes every record through `Codable` and builds its
/// statement each time; for the tens of thousands of rows of a large add that costs more than
/// SQLite's own work. A conforming type names its `INSERT` once, with one `VALUES (?, …)` tuple
/// that ``insert(_:_:)`` repeats to insert many rows per statement, and gives its values in the
/// statement's column order.
protocol InsertableRow {
    /// `INSERT INTO table (columns…) VALUES (?, …)`, with one `?` per value of ``insertArguments``.
    static var insertSQL: String { get }
    /// The row's values, in the order of the columns in ``insertSQL``.
    var insertArguments: StatementArguments { get }
}

extension InsertableRow {
    /// Inserts `rows`, many per statement, with the connection's cached statements.
    ///
    /// One `INSERT … VALUES (…), (…), …` of up to ``rowsPerStatement`` rows costs SQLite and GRDB
    /// one statement step instead of one per row; for the half a million rows of a large add that
    /// per-step overhead was a large part of the single-threaded write.
    static func insert(_ rows: [Self], _ db: Database) throws {
        guard !rows.isEmpty else { return }
        let batch = rowsPerStatement
        var start = rows.startIndex
        while start < rows.endIndex {
            let end = min(start + batch, rows.endIndex)
            let statement = try db.cachedStatement(sql: insertSQL(rows: end - start))
            var arguments = StatementArguments()
            for row in rows[start..<end] { arguments += row.insertArguments }
            statement.setUncheckedArguments(arguments)
            try statement.execute()
            start = end
        }
    }

    /// How many rows one statement inserts at most: as many as keep it within 999 parameters,
    /// the smallest limit an SQLite build may have (`SQLITE_MAX_VARIABLE_NUMBER` before 3.32).
    static var rowsPerStatement: Int {
        max(1, 999 / max(1, valuesTuple.count { $0 == "?" }))
    }

    /// ``insertSQL`` with its one `VALUES (?, …)` tuple repeated `rows` times.
    static func insertSQL(rows: Int) -> String {
        guard rows > 1, let range = insertSQL.range(of: valuesTuple) else { return insertSQL }
        let tuples = repeatElement(valuesTuple, count: rows).joined(separator: ", ")
        return insertSQL.replacingCharacters(in: range, with: tuples)
    }

    /// The `(?, ?, …)` after `VALUES` in ``insertSQL``.
    private static var valuesTuple: String {
        guard let values = insertSQL.range(of: "VALUES "),
              let close = insertSQL[values.upperBound...].firstIndex(of: ")") else {
            preconditionFailure("insertSQL has no VALUES (…) tuple: \(insertSQL)")
        }
        return String(insertSQL[values.upperBound...close])
    }
}

extension NeedRecord: InsertableRow {
    static let insertSQL = "INSERT INTO needs (canvas_id, position, id, text, evidence) VALUES (?, ?, ?, ?, ?)"
    var insertArguments: StatementArguments { [canvasId, position, id, text, evidence] }
}

extension PartnerRecord: InsertableRow {
    static let insertSQL = """
        INSERT INTO partners (canvas_id, position, id, name, type, role, benefit, contact) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    var insertArguments: StatementArguments { [canvasId, position, id, name, type, role, benefit, contact] }
}

extension ResourceRecord: InsertableRow {
    static let insertSQL = """
        INSERT INTO resources (canvas_id, position, id, item, kind, cost, currency, available) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    var insertArguments: StatementArguments { [canvasId, position, id, item, kind, cost, currency, available] }
}

extension InformationRecord: InsertableRow {
    static let insertSQL = "INSERT INTO information (canvas_id, position, channel, audience) VALUES (?, ?, ?, ?)"
    var insertArguments: StatementArguments { [canvasId, position, channel, audience] }
}

extension ActivityRecord: InsertableRow {
    static let insertSQL = """
        INSERT INTO activities (canvas_id, position, id, name, "when", starts, ends, responsible) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    var insertArguments: StatementArguments { [canvasId, position, id, name, when, starts, ends, responsible] }
}

extension ActivityLinkRecord: InsertableRow {
    static let insertSQL = """
        INSERT INTO activity_links (canvas_id, activity_position, activity_id, kind, target_id) VALUES (?, ?, ?, ?, ?)
        """
    var insertArguments: StatementArguments { [canvasId, activityPosition, activityId, kind, targetId] }
}

extension EffectRecord: InsertableRow {
    static let insertSQL = """
        INSERT INTO effects (canvas_id, kind, position, text, value, currency, indicator, target, unit, evidence)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    var insertArguments: StatementArguments {
        [canvasId, kind, position, text, value, currency, indicator, target, unit, evidence]
    }
}

extension SearchItemRecord: InsertableRow {
    static let insertSQL = "INSERT INTO search_items (canvas_id, section, body) VALUES (?, ?, ?)"
    var insertArguments: StatementArguments { [canvasId, section, body] }
}

extension RevisionRecord: InsertableRow {
    static let insertSQL = """
        INSERT INTO revisions (canvas_id, number, yaml, text_hash, source_path, message, created_at, errors, warnings, infos)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    var insertArguments: StatementArguments {
        [canvasId, number, yaml, textHash, sourcePath, message, createdAt, errors, warnings, infos]
    }
}

extension FindingRecord: InsertableRow {
    static let insertSQL = """
        INSERT INTO findings (canvas_id, revision, rule_id, severity, line, "column", item_path, message)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    var insertArguments: StatementArguments { [canvasId, revision, ruleId, severity, line, column, itemPath, message] }
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
    var insertArguments: StatementArguments {
        [id, title, language, plugin, status, library, workshop, groupNumber, latestRevision, errors, warnings, infos,
         hidden, updatedAt, targetGroup, targetSize, service]
    }
}
