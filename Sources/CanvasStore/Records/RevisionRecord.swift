import GRDB

/// A row of `revisions`: one stored version of a canvas, with its exact YAML text and lint counts.
public struct RevisionRecord: Codable, Hashable, Sendable {
    /// The canvas's id.
    public var canvasId: String
    /// The revision number, from 1.
    public var number: Int
    /// The file's text exactly as it was added.
    public var yaml: String
    /// A 64-bit FNV-1a hash of the text, in hex, to find unchanged files quickly.
    public var textHash: String
    /// The path the text was read from.
    public var sourcePath: String
    /// The `-m` message given to `sdw add`.
    public var message: String?
    /// When it was stored (ISO 8601, UTC).
    public var createdAt: String
    /// Error findings.
    public var errors: Int
    /// Warning findings.
    public var warnings: Int
    /// Info findings.
    public var infos: Int
}

extension RevisionRecord: FetchableRecord, PersistableRecord {
    /// The table.
    public static let databaseTableName = "revisions"
    /// Columns are the properties in snake case.
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    /// Columns are the properties in snake case.
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
}

extension RevisionRecord {
    /// The 64-bit FNV-1a hash of `text`'s UTF-8 bytes, as 16 hex digits.
    public static func hash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01b3
            }
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
