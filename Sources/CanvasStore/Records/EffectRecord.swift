import GRDB

/// A row of `effects`: one social or economic effect, or one result, of a canvas's latest revision.
public struct EffectRecord: Codable, Hashable, Sendable {
    /// The canvas's id.
    public var canvasId: String
    /// `social`, `economic` or `result`.
    public var kind: String
    /// The effect's place in its list, from 1.
    public var position: Int
    /// What changes.
    public var text: String?
    /// An economic effect's amount.
    public var value: Double?
    /// ISO 4217 code of ``value``.
    public var currency: String?
    /// What is measured.
    public var indicator: String?
    /// The target for the indicator.
    public var target: Double?
    /// `people`, `percent`, a currency code or free text.
    public var unit: String?
    /// `assumed`, `surveyed` or `measured`.
    public var evidence: String
}

extension EffectRecord: FetchableRecord, PersistableRecord {
    /// The table.
    public static let databaseTableName = "effects"
    /// Columns are the properties in snake case.
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    /// Columns are the properties in snake case.
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
}
