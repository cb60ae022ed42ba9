import CanvasKit

/// The settings in effect for a run: from `.sdw.yml` (or `--config FILE`), command-line options,
/// and sdw's defaults, each with where it came from.
public struct Configuration: Sendable {
    /// One `overrides:` entry of the configuration file.
    public struct Override: Sendable {
        /// Which files, relative to the configuration file's folder.
        public var files: [String]
        /// New severity by rule id (`nil`: off).
        public var rules: [(id: String, severity: Sourced<Severity?>)]
        /// Where the entry is written.
        public var source: ConfigSource
    }

    /// The configuration file read, as shown to the user; `nil` when there is none.
    public var file: String?
    /// The folder relative paths in the file are relative to (absolute).
    public var base: String
    /// The language of messages for canvases that do not say; `nil`: each canvas's own (English by default).
    public var language: Sourced<Language?> = Sourced(nil, .defaultValue)
    /// The lowest severity that fails `sdw lint`.
    public var failOn: Sourced<Severity> = Sourced(.error, .defaultValue)
    /// Extra plugin folders, in order (later ones replace plugins of the same id).
    public var pluginFolders: [Sourced<String>] = []
    /// Severity by rule id for every file (`nil`: off), in the file's order.
    public var rules: [(id: String, severity: Sourced<Severity?>)] = []
    /// Severity changes for some files.
    public var overrides: [Override] = []
    /// The currency of starter canvases by language (`currencies:`), where it is not sdw's default.
    public var currencies: [Language: Sourced<String>] = [:]

    /// An empty configuration: sdw's defaults.
    public init(base: String) { self.base = base }

    /// Every rule id the configuration names, with where.
    var namedRules: [(id: String, source: ConfigSource)] {
        rules.map { ($0.id, $0.severity.source) } + overrides.flatMap { $0.rules.map { ($0.id, $0.severity.source) } }
    }

    /// The per-file severity changes, for the ``Linter``.
    public var severityOverrides: [SeverityOverride] {
        overrides.map { override in
            SeverityOverride(files: override.files.map(PathGlob.init), base: base,
                             severities: Dictionary(override.rules.map { ($0.id, $0.severity.value) }) { $1 })
        }
    }

    /// The severity changes for every file, for the ``Linter``.
    public var severities: [String: Severity?] {
        Dictionary(rules.map { ($0.id, $0.severity.value) }) { $1 }
    }
}
