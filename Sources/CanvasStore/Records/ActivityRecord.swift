import GRDB

/// A row of `activities`: one activity of a canvas's latest revision.
public struct ActivityRecord: Codable, Hashable, Sendable {
    /// The canvas's id.
    public var canvasId: String
    /// The activity's place in the list, from 1.
    public var position: Int
    /// The activity's id.
    public var id: String?
    /// What is done.
    public var name: String?
    /// The `when:` value as written in the canonical form.
    public var when: String?
    /// The first day `when` covers (`YYYY-MM-DD`).
    public var starts: String?
    /// The last day `when` covers (`YYYY-MM-DD`).
    public var ends: String?
    /// Who is responsible.
    public var responsible: String?
}

extension ActivityRecord: FetchableRecord, PersistableRecord {
    /// The table.
    public static let databaseTableName = "activities"
    /// Columns are the properties in snake case.
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    /// Columns are the properties in snake case.
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
}
