import ArgumentParser
import CanvasStore

/// `sdw history ID`: the revisions of a canvas.
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the revisions of a canvas: number, time, errors and warnings, message.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The canvas id.")
    var id: String

    mutating func run() throws {
        let id = self.id
        let history = try store.with(readOnly: true) { store throws(StoreError) in try store.history(id) }
        Terminal.write(history.text)
    }
}
