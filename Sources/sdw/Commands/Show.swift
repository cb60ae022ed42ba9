import ArgumentParser
import CanvasStore

/// `sdw show ID`: one stored revision with every section and its findings.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a stored canvas: header, sections and lint findings of one revision.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The canvas id.")
    var id: String

    @Option(name: .long, help: "The revision number (default: the latest).")
    var rev: Int?

    mutating func run() throws {
        let (id, rev) = (self.id, self.rev)
        let view = try store.with(readOnly: true) { store throws(StoreError) in try store.view(id, revision: rev) }
        Terminal.write(view.text)
    }
}
