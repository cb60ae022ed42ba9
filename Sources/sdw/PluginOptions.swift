import ArgumentParser
import CanvasKit
import CanvasReports
import CanvasRules
import Foundation

/// The options that choose plugins and configuration, shared by lint, report, add, new, plugins and config.
struct PluginOptions: ParsableArguments {
    @Option(name: .customLong("plugins"), help: ArgumentHelp(
        "A plugin folder, or a folder of plugin folders, to add (repeatable); a plugin with a built-in id replaces it.",
        valueName: "dir"))
    var pluginFolders: [String] = []

    @Option(name: .customLong("config"), help: ArgumentHelp(
        "The configuration file (default: .sdw.yml in the current folder or the nearest parent).", valueName: "file"))
    var configFile: String?

    /// Loads configuration and plugins; prints notices and plugin-file problems to standard error.
    /// A mistake in the configuration ends the command with exit status 2.
    func setup(language: Language? = nil, failOn: Severity? = nil, quietNotices: Bool = false) throws -> LintSetup {
        let setup: LintSetup
        do {
            setup = try LintSetup.load(LintSetup.Options(configFile: configFile, pluginFolders: pluginFolders,
                                                         language: language, failOn: failOn))
        } catch {
            Terminal.warn(error.description)
            throw SDWExit.usage
        }
        if !quietNotices {
            for notice in setup.catalog.notices { Terminal.warn(notice) }
        }
        return setup
    }

    /// The linter `sdw lint` checks with (built-in plugins, `--plugins` folders, the `.sdw.yml`
    /// configuration), for the commands that check canvases on the way: `sdw report` and `sdw add`.
    /// Problems in plugin files, which `sdw lint` lists as findings, are printed to standard error.
    func linter() throws -> Linter {
        let setup = try setup()
        for problem in setup.catalog.problems { Terminal.warn("warning: \(problem)") }
        return setup.linter()
    }
}
