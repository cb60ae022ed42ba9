import ArgumentParser
import CanvasKit
import CanvasRules
import Foundation

/// `sdw workshop new DIR …`: prepare a workshop's files.
struct WorkshopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workshop",
        abstract: "Prepare a workshop: its file and one starter canvas per table.",
        subcommands: [NewWorkshop.self])

    /// `sdw workshop new DIR --id ID --title T --table N[:PLUGIN[:THEME]]… | --from WORKSHOP.yaml`.
    struct NewWorkshop: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Write a workshop file and one draft starter canvas per table into a folder.",
            discussion: """
                Each table's canvas is its plugin's starter (the generic one for a table without a plugin) in the \
                workshop's language, with the id WORKSHOP-group-N, workshop: and group: set, the table as its authors, \
                and amounts in the language's currency (.sdw.yml's currencies: or --currency changes it). \
                The files are DIR/workshop.yaml and DIR/group-NN.yaml; existing files are kept unless --force is given. \
                --from lays out the tables of an existing workshop file instead (and does not rewrite it).
                Example: sdw workshop new velingrad --id velingrad-2026 --title "Партньорствата" --lang bg \
                --when 2026-05-17..2026-05-18 --place Велинград --table 1::Ученици --table "5:unemployed:Трайно безработни"
                """)

        @Argument(help: "The folder to write the files into (created when missing).")
        var directory: String

        @Option(name: .long, help: "A workshop file whose tables (groups:) to lay out, instead of the options below.")
        var from: String?

        @Option(name: .long, help: "The workshop id (a-z, 0-9 and hyphens): canvases name it in workshop:.")
        var id: String?

        @Option(name: .long, help: "The meeting's title.")
        var title: String?

        @Option(name: .long, help: "The language of the canvases and the report (bg, uk, ru, en).")
        var lang: Language = .en

        @Option(name: .long, help: "When: YYYY-MM-DD or a range such as 2026-05-17..2026-05-18.")
        var when: String?

        @Option(name: .long, help: "Where.")
        var place: String?

        @Option(name: .long, help: "A hosting library (repeatable).")
        var organiser: [String] = []

        @Option(name: .long, help: "Who leads the exercises (repeatable).")
        var facilitator: [String] = []

        @Option(name: .long, help: "How many take part.")
        var participants: Int?

        @Option(name: .long, help: ArgumentHelp("A table (repeatable): its number, plugin (may be empty) and theme.",
                                                valueName: "number[:plugin[:theme]]"))
        var table: [String] = []

        @Option(name: .long, help: "The ISO 4217 currency of the amounts (default: the language's, or .sdw.yml's currencies:).")
        var currency: String?

        @Flag(name: .long, help: "Overwrite existing files.")
        var force = false

        @OptionGroup var plugins: PluginOptions

        mutating func run() throws {
            let setup = try plugins.setup()
            let plan = try self.plan()
            let layout: WorkshopLayout
            do {
                layout = try WorkshopLayout.lay(plan, catalog: setup.catalog,
                                                currency: currency ?? setup.configuration.currency(for: plan.language))
            } catch {
                Terminal.warn("error: \(error)")
                throw SDWExit.usage
            }
            let files = from == nil ? layout.files : layout.canvases
            let folder = URL(fileURLWithPath: directory)
            let paths = files.map { folder.appendingPathComponent($0.name).path }
            if !force, let existing = paths.first(where: { FileManager.default.fileExists(atPath: $0) }) {
                Terminal.warn("error: \(existing) exists; use --force to overwrite the workshop's files")
                throw SDWExit.usage
            }
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                Terminal.warn("\(directory): error: cannot be created: \(error.localizedDescription)")
                throw SDWExit.usage
            }
            for (file, path) in zip(files, paths) { try New.write(file.text, to: path, force: true) }
            Terminal.warn("wrote \(files.count) files to \(directory): \(layout.canvases.count) tables of \(plan.id) "
                          + "in \(plan.language.rawValue); check them with sdw lint \(directory)")
        }

        /// The plan from `--from`'s workshop file, or from the options.
        private func plan() throws -> WorkshopPlan {
            guard let from else {
                guard let id, let title else {
                    Terminal.warn("error: give --id and --title (and --table for each table), or --from WORKSHOP.yaml")
                    throw SDWExit.usage
                }
                var tables: [WorkshopPlan.Table] = []
                for text in table {
                    guard let parsed = WorkshopPlan.table(text) else {
                        Terminal.warn("error: --table '\(text)' is not NUMBER[:PLUGIN[:THEME]] (such as 5:unemployed:Трайно безработни)")
                        throw SDWExit.usage
                    }
                    tables.append(parsed)
                }
                return WorkshopPlan(id: id, title: title, language: lang, when: when, place: place, organisers: organiser,
                                    facilitators: facilitator, participants: participants, tables: tables)
            }
            let loaded: LoadedFile
            do {
                loaded = CanvasLoader.load(try FileIO.read(from, limit: YAMLLimits.standard.maxFileBytes), path: from)
            } catch {
                Terminal.warn("\(from): error: \(error.reason)")
                throw SDWExit.usage
            }
            guard let workshop = loaded.workshop, loaded.issues.isEmpty else {
                let first = loaded.issues.first
                let place = first?.location.map { "\(from):\($0.line):\($0.column)" } ?? from
                Terminal.warn("\(place): error: not a valid workshop file (kind: workshop)"
                              + (first.map { ": " + $0.message.render(.en, arguments: $0.arguments) } ?? "")
                              + "; check it with sdw lint \(from)")
                throw SDWExit.usage
            }
            return WorkshopPlan(workshop)
        }
    }
}
