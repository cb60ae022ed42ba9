import ArgumentParser
import CanvasStore

/// `sdw rm ID` hides a canvas; `sdw rm --undo ID` brings it back.
struct Rm: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rm",
        abstract: "Hide a canvas from list, search, stats and export --all (its revisions are kept); --undo brings it back.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The canvas id.")
    var id: String

    @Flag(name: .long, help: "Bring a hidden canvas back.")
    var undo = false

    mutating func run() throws {
        let (id, undo) = (self.id, self.undo)
        let changed = try store.with { store throws(StoreError) in try store.setHidden(id, !undo) }
        let state = undo ? "visible" : "hidden"
        Terminal.write(changed ? "\(id): now \(state)\n" : "\(id): already \(state)\n")
    }
}
