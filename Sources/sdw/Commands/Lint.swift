import ArgumentParser
import CanvasKit
import CanvasReports
import CanvasRules
import Foundation

extension Severity: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

/// `sdw lint PATH...`: check canvases and print one finding per line.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check canvases against the rules.",
        discussion: """
            PATH may be a file, a directory (searched recursively for *.yaml and *.yml) or - for standard input.
            Exit status: 0 when no finding reaches the failing severity, 1 when one does, 2 for usage or I/O errors.
            Formats: text (default), json, sarif, junit, github, checkstyle; --format FORMAT:FILE writes FORMAT to FILE.
            """)

    @Argument(help: "Files, directories, or - for standard input.")
    var paths: [String]

    @Option(name: .long, help: "The lowest severity that fails the run: error (default), warning or info.")
    var failOn: Severity?

    @Flag(name: .long, help: "Print error findings only, without the summary line.")
    var quiet = false

    @Option(name: .long, help: "Language of messages (bg, uk, ru, en); default: each canvas's own language.")
    var lang: Language?

    @Flag(name: .long, help: "Succeed when a directory holds no canvas (by default that is an error, exit 2).")
    var allowEmpty = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var adoption: AdoptionOptions
    @OptionGroup var plugins: PluginOptions

    mutating func run() throws {
        let targets = try output.targets()
        if !allowEmpty, adoption.changedSince == nil, let empty = Self.directoryWithoutCanvases(paths) {
            throw OutputOptions.fail(UsageError(
                "no canvases (*.yaml, *.yml) found under \(TerminalText.escaped(empty)); "
                    + "check the path, or pass --allow-empty when an empty folder is expected"))
        }
        let baseline = try adoption.loadBaseline()
        let setup = try plugins.setup(language: lang, failOn: failOn)
        let linter = setup.linter()
        var run = LintRun.run(paths: try adoption.select(paths), linter: linter,
                              defaultLanguage: setup.configuration.language.value ?? .en)
        run.checkAcrossFiles(linter: linter)
        for error in run.ioErrors {
            Terminal.warn("\(TerminalText.escaped(error.path)): error: \(error.reason)")
        }
        run = try adoption.apply(to: run, baseline: baseline, language: lang)
        let reporter = TextReporter(color: Terminal.wantsColor, language: lang,
                                    minimumSeverity: quiet ? .error : .info, showSummary: !quiet)
        run.results += setup.pluginProblemResults
        let writer = OutputWriter(targets: targets, context: ToolInfo.context(for: linter, language: lang), text: reporter)
        let failures = writer.write(run)
        for failure in failures { Terminal.warn("error: \(failure.message)") }
        if !run.ioErrors.isEmpty || !failures.isEmpty { throw SDWExit.usage }
        if run.findings.contains(where: { $0.severity >= setup.configuration.failOn.value }) { throw SDWExit.findings }
    }

    /// The first of `paths` that is a directory holding no `*.yaml` or `*.yml` file, if any.
    static func directoryWithoutCanvases(_ paths: [String]) -> String? {
        paths.first { path in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
                  let files = try? FileIO.yamlFiles(under: path) else { return false }
            return files.isEmpty
        }
    }
}
