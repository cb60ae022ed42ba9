import ArgumentParser
import CanvasKit
import CanvasReports
import CanvasRules
import CanvasStore
import Foundation

extension ReportFormat: ExpressibleByArgument {}

/// `sdw report PATH|ID...`: the canvas, workshop or portfolio report as HTML, Markdown, JSON, CSV, PDF, DOCX or ODT,
/// from files or from the canvas store.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report: the smart diagram and proposal, a workshop report, or a portfolio.",
        discussion: """
            PATH may be a canvas file, a directory (searched recursively for *.yaml and *.yml) or - for standard input.
            Any other argument is the id of a canvas in the store (--db): its latest revision, checked again.
            One canvas gives its report; several give one document with a table of contents.
            --workshop ID reports the workshop file with that id and the canvases that name it, in group order;
            with no PATH, the workshop file and canvases stored by `sdw add`.
            --portfolio reports figures over all the canvases given; with no PATH, over every stored canvas.
            Canvases are checked as `sdw lint` checks them (built-in plugins, --plugins, .sdw.yml).
            Templates are built in; --templates DIR uses every DIR/NAME.mustache in place of the built-in NAME.
            Without --format, -o FILE's extension picks the format (.html, .md, .json, .csv, .pdf, .docx, .odt); else html.
            Exit status: 0 on success, 2 for usage, input or output errors.
            """)

    @Argument(help: "Canvas files, directories, - for standard input, or ids of stored canvases.")
    var paths: [String] = []

    @Option(name: .long, help: "Report the workshop with this id (from the PATHs given, else from the store).")
    var workshop: String?

    @Flag(name: .long, help: "Report figures over all the canvases given (none given: every stored canvas).")
    var portfolio = false

    @Option(name: .long, help: "Output format: html, md, json, csv, pdf (needs chromium), docx or odt (default: from -o FILE's extension, else html).")
    var format: ReportFormat?

    @Option(name: .long, help: "Language of the report (bg, uk, ru, en); default: each canvas's own language.")
    var lang: Language?

    @Option(name: .long, help: "A folder of *.mustache files that replace the built-in templates of the same name.")
    var templates: String?

    @Option(name: [.short, .customLong("output")], help: "Write the report to this file instead of standard output.")
    var output: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var plugins: PluginOptions

    mutating func run() throws {
        let linter = try plugins.linter()
        do {
            let data = try makeReport(linter: linter)
            try write(data)
        } catch {
            Terminal.warn("sdw report: error: \(error)")
            throw SDWExit.usage
        }
    }

    /// Reads the inputs, picks the report, and renders it.
    private func makeReport(linter: Linter) throws(ReportError) -> Data {
        if paths.isEmpty && workshop == nil && !portfolio { throw .noInput }
        if workshop != nil && portfolio {
            throw .conflictingOptions("--workshop and --portfolio cannot go together: choose one")
        }
        let format = try Self.format(option: format, output: output)
        if format.isBinary && (output == nil || output == "-") && isatty(STDOUT_FILENO) == 1 {
            throw .unwritable(path: "-", reason: "\(format.rawValue.uppercased()) is binary: give -o FILE.\(format.rawValue) or redirect standard output")
        }
        let input = try ReportInput.select(workshop: workshop, portfolio: portfolio, from: try source(linter: linter))
        let renderer = ReportRenderer(templates: try TemplateSet(directory: templates), language: lang)
        return try renderer.render(input, as: format)
    }

    /// The format `--format` names; without it, the one `-o FILE`'s extension names, else HTML. A
    /// `--format` that contradicts a known extension is refused, so a `.docx` file never holds HTML.
    static func format(option: ReportFormat?, output: String?) throws(ReportError) -> ReportFormat {
        let named = output.flatMap { $0 == "-" ? nil : ReportFormat(fileName: $0) }
        guard let option else { return named ?? .html }
        if let named, named != option {
            throw .conflictingOptions("--format \(option.rawValue) contradicts -o \(output ?? ""), whose extension means "
                                      + "\(named.rawValue): change one, or leave --format out to follow the file name")
        }
        return option
    }

    /// Files for the arguments that are paths; the store for the canvas ids among them, or for
    /// `--workshop`/`--portfolio` with no argument; both together when both are given.
    private func source(linter: Linter) throws(ReportError) -> any ReportSource {
        let ids = paths.filter(Self.isCanvasID)
        let files = paths.filter { !Self.isCanvasID($0) }
        if ids.isEmpty && !files.isEmpty { return try FileReportSource(paths: files, linter: linter, language: lang) }
        let stored = StoreReportSource(store: try openStore(lookingUp: ids), ids: ids, linter: linter)
        if files.isEmpty { return stored }
        return CombinedReportSource(files: try FileReportSource(paths: files, linter: linter, language: lang), other: stored)
    }

    /// Opens the store of `--db`, `SDW_DB` or the default path, for reading.
    private func openStore(lookingUp ids: [String]) throws(ReportError) -> CanvasStore {
        do {
            return try CanvasStore(path: store.path, readOnly: true)
        } catch .noStore(let path) where !ids.isEmpty {
            throw .store("'\(ids[0])' is neither a file nor a folder, and there is no canvas store at \(path) "
                         + "to look it up in as a canvas id (`sdw add` creates the store; --db FILE names another)")
        } catch {
            throw .store(error.description)
        }
    }

    /// Whether `argument` is a canvas id to look up in the store: not `-`, not an existing path,
    /// and not shaped like one (no `/`, no `.yaml` or `.yml` ending), so a mistyped file name is
    /// still reported as an unreadable file.
    static func isCanvasID(_ argument: String) -> Bool {
        if argument == "-" || argument.contains("/") || FileManager.default.fileExists(atPath: argument) { return false }
        let lowered = argument.lowercased()
        return !lowered.hasSuffix(".yaml") && !lowered.hasSuffix(".yml")
    }

    /// Writes `data` to `-o FILE` or standard output.
    private func write(_ data: Data) throws(ReportError) {
        guard let output, output != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        do throws(FileError) {
            try FileIO.write([UInt8](data), to: output)
        } catch {
            throw .unwritable(path: output, reason: error.reason)
        }
    }
}
