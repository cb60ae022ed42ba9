import Foundation

/// Everything that can go wrong when opening, reading or writing a canvas store.
///
/// Each case names the file or canvas it is about, so that the command-line tool can print it
/// as it is and exit with status 2.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The file exists but is not an SQLite database at all.
    case notADatabase(path: String)
    /// The file is an SQLite database, but not one that sdw wrote.
    case foreignDatabase(path: String)
    /// The database was written by a newer sdw: it has migrations this one does not know.
    case newerSchema(path: String, unknownMigrations: [String])
    /// The database was written by an older sdw and needs its upgrade, which a reading command
    /// does not do (reading never writes).
    case olderSchema(path: String)
    /// No store exists at the path (only `sdw add` creates one).
    case noStore(path: String)
    /// The path is a folder, not a store's file.
    case isFolder(path: String)
    /// The file is empty: not a store, and not taken over as one.
    case emptyFile(path: String)
    /// The store could not be created or opened (a directory, no permission...).
    case cannotOpen(path: String, reason: String)
    /// No canvas with this id is stored; `nearest` is the stored id closest to it, when one is close.
    case canvasNotFound(id: String, nearest: String? = nil)
    /// The canvas has no revision with this number.
    case revisionNotFound(id: String, revision: Int, latest: Int)
    /// A file could not be written.
    case cannotWrite(path: String, reason: String)
    /// SQLite reported an error while working on the store.
    case database(path: String, message: String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            "\(path): not an sdw canvas store (the file is not an SQLite database); it was left unchanged"
        case .foreignDatabase(let path):
            "\(path): not an sdw canvas store (an SQLite database written by another program); it was left unchanged"
        case .newerSchema(let path, let unknown):
            "\(path): this canvas store was written by a newer sdw (unknown migrations: "
                + unknown.joined(separator: ", ") + "); upgrade sdw to use it"
        case .olderSchema(let path):
            "\(path): this canvas store was written by an older sdw and needs upgrading, which reading "
                + "commands never do; `sdw upgrade --db \(path)` (or the next `sdw add` to it) upgrades it"
        case .noStore(let path):
            "\(path): no canvas store here yet; `sdw add` creates it"
        case .isFolder(let path):
            "\(path): is a folder, not a canvas store file; give the store's file (for example "
                + "\((path as NSString).appendingPathComponent("canvases.sqlite")))"
        case .emptyFile(let path):
            "\(path): an empty file, not an sdw canvas store; it was left unchanged "
                + "(`sdw add` creates a store only where there is no file yet)"
        case .cannotOpen(let path, let reason):
            "\(path): cannot open the canvas store: \(reason)"
        case .canvasNotFound(let id, let nearest):
            "no canvas with id '\(id)' in the store" + (nearest.map { "; did you mean '\($0)'?" } ?? "")
        case .revisionNotFound(let id, let revision, let latest):
            "canvas '\(id)' has no revision \(revision) (revisions 1 to \(latest))"
        case .cannotWrite(let path, let reason):
            "\(path): cannot write: \(reason)"
        case .database(let path, let message):
            "\(path): database error: \(message)"
        }
    }
}
