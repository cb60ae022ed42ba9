import ArgumentParser
import CanvasReports

/// `sdw lint` options that choose the output formats and where each goes.
struct OutputOptions: ParsableArguments {
    @Option(name: .customLong("format"), help: ArgumentHelp(
        "Output format: text, json, sarif, junit, github or checkstyle; FORMAT:FILE writes it to FILE. Repeatable; at most one format goes to standard output.",
        valueName: "format[:file]"))
    var formats: [String] = []

    /// The parsed targets, or exit status 2 with a message for an unknown format or a clash.
    func targets() throws -> [FormatTarget] {
        switch FormatTarget.parseAll(formats) {
        case .success(let targets): return targets
        case .failure(let error): throw Self.fail(error)
        }
    }

    /// Prints `error` as sdw reports usage errors and returns exit status 2 to throw.
    static func fail(_ error: UsageError) -> ExitCode {
        Terminal.warn("error: \(error.message)")
        return SDWExit.usage
    }
}
