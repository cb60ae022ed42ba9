import GRDB

/// A row of `needs`: one need of a canvas's latest revision.
public struct NeedRecord: Codable, Hashable, Sendable {
    /// The canvas's id.
    public var canvasId: String
    /// The need's place in the list, from 1.
    public var position: Int
    /// The need's id.
    public var id: String?
    /// The need in words.
    public var text: String?
    /// `assumed`, `surveyed` or `measured`.
    public var evidence: String
}

extension NeedRecord: FetchableRecord, PersistableRecord {
    /// The table.
    public static let databaseTableName = "needs"
    /// Columns are the properties in snake case.
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    /// Columns are the properties in snake case.
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
}
