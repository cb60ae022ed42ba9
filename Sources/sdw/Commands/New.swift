import ArgumentParser
import CanvasKit
import CanvasRules
import Foundation

/// `sdw new --plugin ID --lang LANG [-o FILE]`: write a plugin's starter canvas for a workshop table.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a starter canvas for a target group, with workshop prompts in one language.",
        discussion: """
            The canvas loads without schema errors and holds, as comments, the questions a facilitator asks \
            for each section. Without -o it is printed; an existing file is kept unless --force is given.
            """)

    @Option(name: .long, help: "The target-group plugin (sdw plugins lists them).")
    var plugin: String

    @Option(name: .long, help: "The language of the prompts and the sample values (bg, uk, ru, en); default: .sdw.yml's language, else en.")
    var lang: Language?

    @Option(name: .shortAndLong, help: "The file to write (default: standard output).")
    var output: String?

    @Flag(name: .long, help: "Overwrite the output file if it exists.")
    var force = false

    @OptionGroup var plugins: PluginOptions

    mutating func run() throws {
        let setup = try plugins.setup()
        guard let found = setup.catalog.plugin(id: plugin) else {
            let ids = setup.catalog.plugins.map(\.id)
            let hint = Suggestion.nearest(to: plugin, in: ids).map { "; did you mean '\($0)'?" }
                ?? " (the plugins are \(ids.joined(separator: ", ")))"
            Terminal.warn("error: there is no plugin '\(plugin)'\(hint)")
            throw SDWExit.usage
        }
        guard let starter = found.starter else {
            Terminal.warn("error: the plugin '\(plugin)' has no starter canvas (\(PluginReader.starterName))")
            throw SDWExit.usage
        }
        let lang = self.lang ?? setup.configuration.language.value ?? .en
        let text = StarterTemplate(starter).render(lang)
        guard let output else {
            Terminal.write(text)
            return
        }
        if FileManager.default.fileExists(atPath: output) && !force {
            Terminal.warn("error: \(output) exists; use --force to overwrite it")
            throw SDWExit.usage
        }
        if let failure = OutputWriter.write(text, to: output) {
            Terminal.warn("error: \(failure.message)")
            throw SDWExit.usage
        }
        Terminal.warn("wrote \(output): a \(found.id) starter canvas in \(lang.rawValue); check it with sdw lint \(output)")
    }
}
