import ArgumentParser
import CanvasKit
import CanvasReports
import CanvasRules

extension Plugins {
    /// `sdw plugins show ID`: one plugin's documentation and rules.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Print a plugin's description, keywords and rules.")

        @Argument(help: "The plugin's id.")
        var id: String

        @Option(name: .long, help: "The language of descriptions and messages (bg, uk, ru, en).")
        var lang: Language = .en

        @OptionGroup var plugins: PluginOptions

        mutating func run() throws {
            let setup = try plugins.setup(quietNotices: true)
            for line in PluginDocs.diagnostics(setup.catalog) { Terminal.warn(line) }
            guard let plugin = setup.catalog.plugin(id: id) else {
                let hint = Suggestion.nearest(to: id, in: setup.catalog.plugins.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
                Terminal.warn("error: there is no plugin '\(id)'\(hint) (sdw plugins lists them)")
                throw SDWExit.usage
            }
            Terminal.writePage(PluginDocs.page(plugin, language: lang))
        }
    }
}
