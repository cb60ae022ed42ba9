import ArgumentParser
import CanvasStore

/// `sdw list`: the stored canvases, one per line.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List stored canvases: id, plugin, status, revision count and title.")

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "Only canvases with this target-group plugin.")
    var plugin: String?

    @Option(name: .long, help: "Only canvases with this status (draft, proposed, approved, active, archived).")
    var status: String?

    @Option(name: .long, help: "Only canvases from this workshop id.")
    var workshop: String?

    @Option(name: .long, help: "Only canvases in this language (bg, uk, ru, en).")
    var language: String?

    @Option(name: .long, help: "Only canvases whose library contains this text.")
    var library: String?

    @Flag(name: .long, help: "Only canvases whose latest revision has lint errors.")
    var errors = false

    @Flag(name: .long, help: "Hidden canvases too (marked [hidden]).")
    var all = false

    mutating func run() throws {
        let filter = ListFilter(plugin: plugin, status: status, workshop: workshop, language: language,
                                library: library, withErrors: errors, includeHidden: all)
        let records = try store.with(readOnly: true) { store throws(StoreError) in try store.list(filter) }
        Terminal.write(CanvasRecord.listText(records))
    }
}
