import GRDB

/// A row of `findings`: one lint finding of one revision.
public struct FindingRecord: Codable, Hashable, Sendable {
    /// The canvas's id.
    public var canvasId: String
    /// The revision it was found in.
    public var revision: Int
    /// The rule that found it.
    public var ruleId: String
    /// `error`, `warning` or `info`.
    public var severity: String
    /// The 1-based line, when the finding has a position.
    public var line: Int?
    /// The 1-based column, when the finding has a position.
    public var column: Int?
    /// Where in the canvas, e.g. `partners[dbt].benefit`.
    public var itemPath: String
    /// The message in the canvas's language.
    public var message: String
}

extension FindingRecord: FetchableRecord, PersistableRecord {
    /// The table.
    public static let databaseTableName = "findings"
    /// Columns are the properties in snake case.
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    /// Columns are the properties in snake case.
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
}

extension FindingRecord {
    /// The finding as a line: `line:col: severity: message [rule-id]`.
    public var summary: String {
        let position = line.map { "\($0):\(column ?? 1)" } ?? "-"
        return "\(position): \(severity): \(message) [\(ruleId)]"
    }
}
