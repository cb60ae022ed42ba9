import ArgumentParser
import Foundation

/// The `sdw` command: Smart Diagram Workbench.
@main
struct SDW: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sdw",
        abstract: "Smart Diagram Workbench: check, store and report library service canvases (smart diagrams).",
        version: SDWVersion.current,
        subcommands: [Lint.self, Rules.self, Schema.self, New.self, WorkshopCommand.self, Plugins.self, Config.self,
                      Add.self, List.self, Show.self, History.self, Diff.self, Export.self, Rm.self, Search.self, Stats.self,
                      Upgrade.self, Serve.self,
                      Report.self]
    )

    /// Runs the command, mapping ArgumentParser's usage errors (64) to sdw's exit code 2.
    ///
    /// The common forms of `sdw search` are read without ArgumentParser, whose parse would
    /// cost a fifth of the search (``Search/Quick``); everything else goes through it.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let commands = configuration.subcommands.compactMap { $0.configuration.commandName }
        if let problem = ArgumentCheck.problem(in: arguments, commands: commands) {
            Terminal.warn("error: " + problem)
            Foundation.exit(SDWExit.usage.rawValue)
        }
        do {
            if let search = Search.Quick(arguments: arguments) {
                try search.run()
                return
            }
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(SDWExit.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}

/// The version printed by `sdw --version` and written into machine-readable outputs.
enum SDWVersion {
    static let current = "0.1.0"
}
