import GRDB

/// A row of `resources`: one resource of a canvas's latest revision.
public struct ResourceRecord: Codable, Hashable, Sendable {
    /// The canvas's id.
    public var canvasId: String
    /// The resource's place in the list, from 1.
    public var position: Int
    /// The resource's id.
    public var id: String?
    /// What it is.
    public var item: String?
    /// `money`, `staff`, `equipment`...
    public var kind: String?
    /// What it costs, in ``currency``.
    public var cost: Double?
    /// ISO 4217 code of the cost.
    public var currency: String?
    /// Whether the library has it already (false: a missing resource).
    public var available: Bool
}

extension ResourceRecord: FetchableRecord, PersistableRecord {
    /// The table.
    public static let databaseTableName = "resources"
    /// Columns are the properties in snake case.
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    /// Columns are the properties in snake case.
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
}
