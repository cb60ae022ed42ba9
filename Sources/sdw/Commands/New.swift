import ArgumentParser
import CanvasKit
import CanvasRules
import Foundation

/// `sdw new [--plugin ID] --lang LANG [--id ID] [--workshop ID --group N] [-o FILE]`: write a starter
/// canvas for a workshop table.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a starter canvas for a target group, with workshop prompts in one language.",
        discussion: """
            The canvas loads without schema errors and holds, as comments, the questions a facilitator asks \
            for each section. Without --plugin it is the generic starter. Its amounts are in the language's currency \
            (bg and en: EUR, uk: UAH, ru: RUB; `currencies: {ru: KZT}` in .sdw.yml or --currency changes it). \
            --workshop and --group join it to a workshop's table (its authors become that table); \
            `sdw workshop new` lays out every table of a workshop at once. \
            Without -o it is printed; an existing file is kept unless --force is given.
            """)

    @Option(name: .long, help: "The target-group plugin (sdw plugins lists them); default: the generic starter.")
    var plugin: String?

    @Option(name: .long, help: "The language of the prompts and the sample values (bg, uk, ru, en); default: .sdw.yml's language, else en.")
    var lang: Language?

    @Option(name: .long, help: "The canvas id (a-z, 0-9 and hyphens); default: the starter's.")
    var id: String?

    @Option(name: .long, help: "The id of the workshop the canvas belongs to (its workshop: key).")
    var workshop: String?

    @Option(name: .long, help: "The table's number in that workshop (its group: key); authors become that table.")
    var group: Int?

    @Option(name: .long, help: "The theme the table was given: the generic starter's title and target group.")
    var theme: String?

    @Option(name: .long, help: "The ISO 4217 currency of the amounts (default: the language's, or .sdw.yml's currencies:).")
    var currency: String?

    @Option(name: .shortAndLong, help: "The file to write (default: standard output).")
    var output: String?

    @Flag(name: .long, help: "Overwrite the output file if it exists.")
    var force = false

    @OptionGroup var plugins: PluginOptions

    mutating func run() throws {
        let setup = try plugins.setup()
        var template = GenericStarter.text
        if let plugin {
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
            template = starter
        }
        let lang = self.lang ?? setup.configuration.language.value ?? .en
        let text = StarterTemplate(template).render(lang, settings: try settings(setup.configuration, lang: lang))
        guard let output else {
            Terminal.write(text)
            return
        }
        try Self.write(text, to: output, force: force)
        Terminal.warn("wrote \(output): a \(plugin ?? "generic") starter canvas in \(lang.rawValue); check it with sdw lint \(output)")
    }

    /// The id, workshop, group, authors, currency and theme the options ask for, checked.
    private func settings(_ configuration: Configuration, lang: Language) throws -> StarterSettings {
        for (option, value) in [("--id", id), ("--workshop", workshop)] {
            if let value, !CanvasID.isValid(value) {
                Terminal.warn("error: \(option) '\(value)' is not a valid id: use a-z, 0-9 and hyphens, starting with a letter or digit")
                throw SDWExit.usage
            }
        }
        if let group, group < 1 {
            Terminal.warn("error: --group \(group) is not a table number (1 or more)")
            throw SDWExit.usage
        }
        let code = currency ?? configuration.currency(for: lang)
        guard CurrencyCode.isValid(code) else {
            Terminal.warn("error: --currency '\(code)' is not an ISO 4217 currency code (such as EUR, UAH, RUB, KZT)")
            throw SDWExit.usage
        }
        return StarterSettings(id: id, workshop: workshop, group: group,
                               authors: group.map { [StarterSettings.tableAuthor($0, lang)] },
                               currency: code, theme: theme)
    }

    /// Writes `text` to `path`, keeping an existing file unless `force`.
    static func write(_ text: String, to path: String, force: Bool) throws {
        if FileManager.default.fileExists(atPath: path) && !force {
            Terminal.warn("error: \(path) exists; use --force to overwrite it")
            throw SDWExit.usage
        }
        if let failure = OutputWriter.write(text, to: path) {
            Terminal.warn("error: \(failure.message)")
            throw SDWExit.usage
        }
    }
}
