import GRDB

/// A row of `activity_links`: an activity naming a need, partner or resource by id.
public struct ActivityLinkRecord: Codable, Hashable, Sendable {
    /// The canvas's id.
    public var canvasId: String
    /// The activity's place in its list, from 1.
    public var activityPosition: Int
    /// The activity's id.
    public var activityId: String?
    /// `need`, `partner` or `resource`.
    public var kind: String
    /// The id the activity names.
    public var targetId: String
}

extension ActivityLinkRecord: FetchableRecord, PersistableRecord {
    /// The table.
    public static let databaseTableName = "activity_links"
    /// Columns are the properties in snake case.
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    /// Columns are the properties in snake case.
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
}
