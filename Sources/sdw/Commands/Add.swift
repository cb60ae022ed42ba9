import ArgumentParser
import CanvasKit
import CanvasStore
import CanvasWorkbench

/// `sdw add PATH...`: store canvases, one new revision for each changed one.
struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Store canvases from files and folders in the canvas store.",
        discussion: """
            A canvas whose text differs from its latest stored revision gets a new revision (the exact YAML text, \
            its lint result, the message, the time); an unchanged one gets none. Files that are not readable \
            YAML, have no id, or have lint errors (unless --allow-errors) are refused. All writes are one transaction.
            Canvases are checked as `sdw lint` checks them (built-in plugins, --plugins, .sdw.yml), and across files \
            with the stored workshops and canvases: a workshop: that names no known workshop, two canvases for one \
            group, a plugin other than the group's; a file stored before under another id is pointed out. What these \
            find is printed (the first 20 lines) and the canvases are stored all the same; sdw lint fails on it.
            Exit status: 0 when every canvas was stored, 1 when some were refused, 2 for unreadable files or store errors.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var plugins: PluginOptions

    @Argument(help: "Canvas files, or folders searched recursively for *.yaml and *.yml.")
    var paths: [String]

    @Option(name: [.customShort("m"), .long], help: "A message kept with the new revisions.")
    var message: String?

    @Flag(name: .long, help: "Store canvases with lint errors too (they are marked).")
    var allowErrors = false

    mutating func run() throws {
        let (paths, message, allowErrors) = (self.paths, self.message, self.allowErrors)
        let linter = try plugins.linter()
        let report = try store.with(create: true) { store throws(StoreError) in
            try store.add(paths: paths, message: message, allowErrors: allowErrors, linter: linter)
        }
        for line in report.problemLines { Terminal.warn(TerminalText.escaped(line)) }
        Terminal.write(report.summaryLine + "\n")
        if !report.unreadable.isEmpty { throw SDWExit.usage }
        if !report.refused.isEmpty { throw SDWExit.findings }
    }
}
