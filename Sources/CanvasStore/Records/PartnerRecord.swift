import GRDB

/// A row of `partners`: one partner of a canvas's latest revision.
public struct PartnerRecord: Codable, Hashable, Sendable {
    /// The canvas's id.
    public var canvasId: String
    /// The partner's place in the list, from 1.
    public var position: Int
    /// The partner's id.
    public var id: String?
    /// The partner's name.
    public var name: String?
    /// The kind of organisation, e.g. `municipality`.
    public var type: String?
    /// What the partner does in the service.
    public var role: String?
    /// What the partner gains.
    public var benefit: String?
    /// How to reach the partner.
    public var contact: String?
}

extension PartnerRecord: FetchableRecord, PersistableRecord {
    /// The table.
    public static let databaseTableName = "partners"
    /// Columns are the properties in snake case.
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    /// Columns are the properties in snake case.
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
}
