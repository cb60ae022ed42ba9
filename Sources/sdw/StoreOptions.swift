import ArgumentParser
import CanvasStore

/// The `--db FILE` option that every store command takes, and opening the store it names.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The canvas store (SQLite file).",
        discussion: "Default: $SDW_DB, else $XDG_DATA_HOME/sdw/canvases.sqlite, else ~/.local/share/sdw/canvases.sqlite.",
        valueName: "file"))
    var db: String?

    /// The path of the store these options name.
    var path: String { StoreLocation.resolve(explicit: db) }

    /// Opens the store (creating it when `create` is set; for reading only when `readOnly` is)
    /// and runs `body`; a ``StoreError`` is printed to standard error and ends the command with exit status 2.
    func with<T>(create: Bool = false, readOnly: Bool = false,
                 _ body: (CanvasStore) throws(StoreError) -> T) throws -> T {
        try Self.with(path: path, create: create, readOnly: readOnly, body)
    }

    /// ``with(create:readOnly:_:)`` for the store at `path`.
    static func with<T>(path: String, create: Bool = false, readOnly: Bool = false,
                        _ body: (CanvasStore) throws(StoreError) -> T) throws -> T {
        do throws(StoreError) {
            // Closed when the command is done with it (a leak checker finds nothing left open at exit).
            let store = try CanvasStore(path: path, create: create, readOnly: readOnly)
            return try body(store)
        } catch {
            Terminal.warn("error: \(error)")
            throw SDWExit.usage
        }
    }
}
