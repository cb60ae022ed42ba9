import GRDB

/// A row of `canvases`: one per canvas id, describing its latest revision.
public struct CanvasRecord: Codable, Hashable, Sendable {
    /// The canvas's `id:`.
    public var id: String
    /// The canvas's `title:`.
    public var title: String?
    /// `bg`, `uk`, `ru` or `en`.
    public var language: String
    /// The target-group plugin.
    public var plugin: String?
    /// The life-cycle state.
    public var status: String
    /// The library proposing the service.
    public var library: String?
    /// The workshop the canvas came from.
    public var workshop: String?
    /// The table number in that workshop.
    public var groupNumber: Int?
    /// The number of the latest revision (revisions are numbered from 1).
    public var latestRevision: Int
    /// Error findings of the latest revision.
    public var errors: Int
    /// Warning findings of the latest revision.
    public var warnings: Int
    /// Info findings of the latest revision.
    public var infos: Int
    /// Whether `sdw rm` hid the canvas.
    public var hidden: Bool
    /// When the latest revision was stored (ISO 8601, UTC).
    public var updatedAt: String
    /// The target group's name.
    public var targetGroup: String?
    /// How many people the service means to reach.
    public var targetSize: Int?
    /// The service's name.
    public var service: String?
}

extension CanvasRecord: FetchableRecord, PersistableRecord {
    /// The table.
    public static let databaseTableName = "canvases"
    /// Columns are the properties in snake case.
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    /// Columns are the properties in snake case.
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
}
