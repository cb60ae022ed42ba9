import ArgumentParser
import CanvasReports
import CanvasRules

/// `sdw plugins [show ID]`: list the target-group plugins, or document one.
struct Plugins: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the target-group plugins (id, version, rules, where from, names), or show one.",
        subcommands: [List.self, Show.self], defaultSubcommand: List.self)

    /// `sdw plugins list`: the table of plugins.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the plugins.")

        @OptionGroup var plugins: PluginOptions

        mutating func run() throws {
            let setup = try plugins.setup(quietNotices: true)
            for line in PluginDocs.diagnostics(setup.catalog) { Terminal.warn(line) }
            Terminal.writePage(PluginDocs.table(setup.catalog))
        }
    }
}
