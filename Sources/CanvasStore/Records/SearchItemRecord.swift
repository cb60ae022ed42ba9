import GRDB

/// A row of `search_items`: the text of one section of a canvas, indexed by the FTS5 table `search`.
public struct SearchItemRecord: Codable, Hashable, Sendable {
    /// The canvas's id.
    public var canvasId: String
    /// The section, e.g. `partners` or `effects.social`.
    public var section: String
    /// The item's text, searched with FTS5.
    public var body: String
}

extension SearchItemRecord: FetchableRecord, PersistableRecord {
    /// The table.
    public static let databaseTableName = "search_items"
    /// Columns are the properties in snake case.
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    /// Columns are the properties in snake case.
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
}
