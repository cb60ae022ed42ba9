import CanvasKit
import GRDB

/// A row of `workshops`: one workshop file (`kind: workshop`), kept whole so that a workshop
/// report's title page (title, dates, place, organisers, groups) can come from the store.
public struct WorkshopRecord: Codable, Hashable, Sendable {
    /// The workshop's `id:`.
    public var id: String
    /// The workshop's `title:`.
    public var title: String?
    /// `bg`, `uk`, `ru` or `en`.
    public var language: String
    /// The dates, as written (`2012-05-17..2012-05-18`).
    public var when: String?
    /// Where it took place.
    public var place: String?
    /// The file's exact text.
    public var yaml: String
    /// The hash of `yaml` (see ``RevisionRecord/hash(_:)``).
    public var textHash: String
    /// The file it was added from.
    public var sourcePath: String
    /// When it was last stored (ISO 8601, UTC).
    public var updatedAt: String

    /// The row for `workshop`, read from `yaml` at `sourcePath`; `updatedAt` is set when it is stored.
    public init(id: String, workshop: Workshop, yaml: String, sourcePath: String) {
        self.id = id
        title = workshop.title
        language = workshop.language.rawValue
        when = workshop.when?.description
        place = workshop.place
        self.yaml = yaml
        textHash = RevisionRecord.hash(yaml)
        self.sourcePath = sourcePath
        updatedAt = ""
    }

    /// The workshop, loaded again from the stored text; `nil` if the text no longer loads as one.
    public var workshop: Workshop? {
        CanvasLoader.load(Array(yaml.utf8), path: sourcePath).workshop
    }

    /// Inserts the workshop if its text is new or changed (replacing the old row); returns whether it did.
    static func store(_ record: WorkshopRecord, at stamp: String, _ db: Database) throws -> Bool {
        var record = record
        let hash = try String.fetchOne(db, sql: "SELECT text_hash FROM workshops WHERE id = ?", arguments: [record.id])
        if hash == record.textHash,
           try String.fetchOne(db, sql: "SELECT yaml FROM workshops WHERE id = ?", arguments: [record.id]) == record.yaml {
            return false
        }
        record.updatedAt = stamp
        try record.save(db)
        return true
    }
}

extension WorkshopRecord: FetchableRecord, PersistableRecord {
    /// The table.
    public static let databaseTableName = "workshops"
    /// Columns are the properties in snake case.
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    /// Columns are the properties in snake case.
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
}
