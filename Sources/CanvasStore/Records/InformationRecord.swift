import GRDB

/// A row of `information`: one channel that makes a canvas's service known.
public struct InformationRecord: Codable, Hashable, Sendable {
    /// The canvas's id.
    public var canvasId: String
    /// The channel's place in the list, from 1.
    public var position: Int
    /// The channel.
    public var channel: String?
    /// Whom it reaches.
    public var audience: String?
}

extension InformationRecord: FetchableRecord, PersistableRecord {
    /// The table.
    public static let databaseTableName = "information"
    /// Columns are the properties in snake case.
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    /// Columns are the properties in snake case.
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
}
