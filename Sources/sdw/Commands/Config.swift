import ArgumentParser
import CanvasKit
import CanvasReports
import CanvasRules

/// `sdw config`: print the configuration in effect and where each value came from.
struct Config: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the configuration in effect (.sdw.yml, options, defaults) and where each value came from.")

    @Option(name: .long, help: "Language of messages, as sdw lint --lang would set it.")
    var lang: Language?

    @Option(name: .long, help: "The lowest failing severity, as sdw lint --fail-on would set it.")
    var failOn: Severity?

    @OptionGroup var plugins: PluginOptions

    mutating func run() throws {
        let setup = try plugins.setup(language: lang, failOn: failOn, quietNotices: true)
        for line in PluginDocs.diagnostics(setup.catalog) { Terminal.warn(line) }
        Terminal.writePage(ConfigDocs.render(setup))
    }
}
