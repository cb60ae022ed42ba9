import ArgumentParser
import CanvasStore

/// `sdw export ID` and `sdw export --all DIR`: stored revisions back as YAML files.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a stored revision as YAML (the exact text that was added), or every canvas with --all.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The canvas id.")
    var id: String?

    @Option(name: .long, help: "The revision number (default: the latest).")
    var rev: Int?

    @Option(name: [.customShort("o"), .long], help: "Write to this file instead of standard output.")
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Write the latest revision of every visible canvas into this folder as ID.yaml, and every stored workshop file as workshops/ID.yaml.",
                                            valueName: "dir"))
    var all: String?

    func validate() throws {
        if all != nil && (id != nil || rev != nil || output != nil) {
            throw ValidationError("--all takes no id, --rev or --output.")
        }
        if all == nil && id == nil { throw ValidationError("Give a canvas id, or --all DIR.") }
    }

    mutating func run() throws {
        let (id, rev, output, all) = (self.id, self.rev, self.output, self.all)
        if let all {
            let written = try store.with(readOnly: true) { store throws(StoreError) in try store.exportAll(to: all) }
            let (canvases, workshops) = (written.canvases.count, written.workshops.count)
            let workshopText = workshops == 0 ? "" : " and \(workshops) workshop\(workshops == 1 ? "" : "s")"
            Terminal.write("\(canvases) canvas\(canvases == 1 ? "" : "es")\(workshopText) written to \(all)\n")
            return
        }
        guard let id else { return }
        let text = try store.with(readOnly: true) { store throws(StoreError) in
            let text = try store.exportText(id, revision: rev)
            if let output { try CanvasStore.writeFile(text, to: output) }
            return text
        }
        if output == nil { Terminal.write(text) }
    }
}
