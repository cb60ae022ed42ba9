import ArgumentParser
import CanvasKit
import CanvasReports
import Foundation

extension ReportFormat: ExpressibleByArgument {}

/// `sdw report PATH...`: the canvas, workshop or portfolio report as HTML, Markdown, JSON, CSV or PDF.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report: the smart diagram and proposal, a workshop report, or a portfolio.",
        discussion: """
            PATH may be a canvas file, a directory (searched recursively for *.yaml and *.yml) or - for standard input.
            One canvas gives its report; several give one document with a table of contents.
            --workshop ID reports the workshop file with that id and the canvases that name it, in group order.
            --portfolio reports figures over all the canvases given.
            Templates are built in; --templates DIR uses every DIR/NAME.mustache in place of the built-in NAME.
            Exit status: 0 on success, 2 for usage, input or output errors.
            """)

    @Argument(help: "Canvas files, directories, or - for standard input.")
    var paths: [String] = []

    @Option(name: .long, help: "Report the workshop with this id (its file and canvases must be among PATHs).")
    var workshop: String?

    @Flag(name: .long, help: "Report figures over all the canvases given.")
    var portfolio = false

    @Option(name: .long, help: "Output format: html, md, json, csv or pdf (pdf needs chromium).")
    var format: ReportFormat = .html

    @Option(name: .long, help: "Language of the report (bg, uk, ru, en); default: each canvas's own language.")
    var lang: Language?

    @Option(name: .long, help: "A folder of *.mustache files that replace the built-in templates of the same name.")
    var templates: String?

    @Option(name: [.short, .customLong("output")], help: "Write the report to this file instead of standard output.")
    var output: String?

    mutating func run() throws {
        do {
            let data = try makeReport()
            try write(data)
        } catch {
            Terminal.warn("sdw report: error: \(error)")
            throw SDWExit.usage
        }
    }

    /// Reads the inputs, picks the report, and renders it.
    private func makeReport() throws(ReportError) -> Data {
        if paths.isEmpty { throw .noCanvases }
        if workshop != nil && portfolio {
            throw .conflictingOptions("--workshop and --portfolio cannot go together: choose one")
        }
        if format == .pdf && output == nil && isatty(STDOUT_FILENO) == 1 {
            throw .unwritable(path: "-", reason: "PDF is binary: give -o FILE.pdf or redirect standard output")
        }
        let source = try FileReportSource(paths: paths)
        let input = try ReportInput.select(workshop: workshop, portfolio: portfolio, from: source)
        let renderer = ReportRenderer(templates: try TemplateSet(directory: templates), language: lang)
        return try renderer.render(input, as: format)
    }

    /// Writes `data` to `-o FILE` or standard output.
    private func write(_ data: Data) throws(ReportError) {
        guard let output, output != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw .unwritable(path: output, reason: error.localizedDescription)
        }
    }
}
