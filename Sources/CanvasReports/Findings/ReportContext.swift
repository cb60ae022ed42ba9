import CanvasKit
import CanvasRules

/// What a finding reporter needs besides the run: the tool's identity, the rules that could
/// fire, and the language of messages.
public struct ReportContext: Sendable {
    /// The tool's version, e.g. `0.1.0` (the CLI passes its own).
    public var toolVersion: String
    /// Where to read about the tool, written into SARIF as `informationUri`.
    public var informationURI: String
    /// Every rule that could fire in the run, in registry order.
    public var rules: [RuleDescription]
    /// The language of messages; `nil` uses each file's own language.
    public var language: Language?

    /// Creates a context.
    public init(toolVersion: String, informationURI: String, rules: [RuleDescription], language: Language? = nil) {
        self.toolVersion = toolVersion
        self.informationURI = informationURI
        self.rules = rules
        self.language = language
    }

    /// The message of `finding` in the context's language or its file's.
    func message(_ finding: Finding, in result: LintRun.FileResult) -> String {
        finding.text(in: language ?? result.language)
    }

    /// `path` without leading `./` segments, as reports show it.
    static func displayPath(_ path: String) -> String {
        var result = Substring(path)
        while result.hasPrefix("./") { result = result.dropFirst(2) }
        return String(result)
    }
}
