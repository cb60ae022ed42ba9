import ArgumentParser
import CanvasStore

/// `sdw stats`: figures over the visible canvases of the store.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Canvases per target group, status and language; the most common partners; budgets; frequent findings.")

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "How many partners and findings to list.")
    var top = 10

    mutating func run() throws {
        let top = self.top
        let stats = try store.with(readOnly: true) { store throws(StoreError) in try store.stats(top: top) }
        Terminal.write(stats.text)
    }
}
