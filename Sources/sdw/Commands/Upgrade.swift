import ArgumentParser
import CanvasStore

/// `sdw upgrade`: brings a store written by an older sdw to this version's schema, which the
/// reading commands never do.
struct Upgrade: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upgrade",
        abstract: "Upgrade a canvas store written by an older sdw (reading commands never write to a store).")

    @OptionGroup var store: StoreOptions

    mutating func run() throws {
        let path = try store.with { store throws(StoreError) in store.path }
        Terminal.write("\(path): up to date\n")
    }
}
