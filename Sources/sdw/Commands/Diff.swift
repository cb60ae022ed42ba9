import ArgumentParser
import CanvasKit
import CanvasStore

/// `sdw diff ID [REV1 [REV2]]`: what changed between two revisions, section by section.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show which needs, partners, resources, activities and effects changed between two revisions.",
        discussion: """
            With no revision: the latest against the one before. With REV1: REV1 against the latest. \
            Items with ids are matched by id; effects, results and information by text, then position.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "The canvas id.")
    var id: String

    @Argument(help: "The older revision.")
    var rev1: Int?

    @Argument(help: "The newer revision.")
    var rev2: Int?

    mutating func run() throws {
        let (id, rev1, rev2) = (self.id, self.rev1, self.rev2)
        let diff = try store.with(readOnly: true) { store throws(StoreError) in try store.diff(id, from: rev1, to: rev2) }
        if rev1 == nil, rev2 == nil, diff.from == diff.to {
            Terminal.write("\(TerminalText.escaped(id)) has only one revision (\(diff.to)); there is nothing to compare "
                           + "it with until 'sdw add' stores a changed version\n")
            return
        }
        Terminal.write(diff.text)
    }
}
