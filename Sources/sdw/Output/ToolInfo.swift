import CanvasReports
import CanvasRules
import CanvasKit

/// What machine-readable outputs say about sdw itself.
enum ToolInfo {
    /// The project's home page, written into SARIF as the tool's `informationUri`.
    /// Change it here (and only here) if the repository moves.
    static let informationURI = "https://github.com/smart-diagram-workbench/sdw"

    /// The reporters' context for a run of `linter`'s rules.
    static func context(for linter: Linter, language: Language?) -> ReportContext {
        ReportContext(toolVersion: SDWVersion.current, informationURI: informationURI,
                      rules: linter.rules.map(\.description), language: language)
    }
}
