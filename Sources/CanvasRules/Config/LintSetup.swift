import CanvasKit
import Foundation

/// Everything a run needs, put together from the configuration file, the command line and
/// the plugins: the configuration in effect, the plugin catalog, and the rules.
public struct LintSetup: Sendable {
    /// The configuration in effect.
    public var configuration: Configuration
    /// The plugins: built in, then the configuration's folders, then `--plugins` folders.
    public var catalog: PluginCatalog
    /// Every rule: core, plugin selection, suppression, and the plugins' rules.
    public var rules: [any Rule]

    /// What the command line says.
    public struct Options: Sendable {
        /// `--config FILE`; `nil` searches for `.sdw.yml` from the current directory up.
        public var configFile: String?
        /// `--plugins DIR`, in order.
        public var pluginFolders: [String]
        /// `--lang`.
        public var language: Language?
        /// `--fail-on`.
        public var failOn: Severity?
        /// The folder the run starts in.
        public var currentDirectory: String

        /// Creates options.
        public init(configFile: String? = nil, pluginFolders: [String] = [], language: Language? = nil,
                    failOn: Severity? = nil, currentDirectory: String = FileManager.default.currentDirectoryPath) {
            self.configFile = configFile
            self.pluginFolders = pluginFolders
            self.language = language
            self.failOn = failOn
            self.currentDirectory = currentDirectory
        }
    }

    /// Reads the configuration, loads the plugins and checks that every rule id it names exists.
    ///
    /// - Throws: ``ConfigurationError`` for a mistake in the configuration file, an unknown rule id,
    ///   or a plugin folder that does not exist.
    public static func load(_ options: Options) throws(ConfigurationError) -> LintSetup {
        var configuration: Configuration
        var problems: [FileProblem] = []
        if let path = options.configFile ?? ConfigurationLoader.find(from: options.currentDirectory) {
            do {
                configuration = try ConfigurationLoader.load(path: path, shown: shown(path, from: options.currentDirectory))
            } catch {
                // Every mistake of a broken file in one run: read on with what could be read.
                guard let partial = error.partial else { throw error }
                configuration = partial
                problems = error.problems
            }
        } else {
            configuration = Configuration(base: options.currentDirectory)
        }
        for folder in options.pluginFolders {
            configuration.pluginFolders.append(Sourced(folder, .commandLine("--plugins")))
        }
        if let language = options.language { configuration.language = Sourced(language, .commandLine("--lang")) }
        if let failOn = options.failOn { configuration.failOn = Sourced(failOn, .commandLine("--fail-on")) }

        var catalog = PluginCatalog()
        for folder in configuration.pluginFolders {
            do {
                try catalog.add(directory: folder.value)
            } catch {
                var location: SourceLocation?
                var file = folder.source.description
                if case .file(let path, let at) = folder.source { (file, location) = (path, at) }
                problems.append(FileProblem(file: file, location: location, message: PluginMessages.missingFile,
                                            arguments: ["name": folder.value]))
            }
        }
        let rules = RuleRegistry.all(catalog: catalog)
        let ids = rules.map(\.description.id)
        for (id, source) in configuration.namedRules where !ids.contains(id) {
            guard case .file(let file, let location) = source else { continue }
            var arguments = ["value": id, "what": "rule id", "allowed": "the ids that sdw rules lists"]
            arguments["suggestion"] = Suggestion.nearest(to: id, in: ids)
            problems.append(FileProblem(file: file, location: location, message: arguments["suggestion"] == nil
                                            ? PluginMessages.invalidValue : PluginMessages.invalidValueHint,
                                        arguments: arguments))
        }
        guard problems.isEmpty else { throw ConfigurationError(problems) }
        return LintSetup(configuration: configuration, catalog: catalog, rules: rules)
    }

    /// The linter for this setup.
    public func linter(currentDirectory: String = FileManager.default.currentDirectoryPath) -> Linter {
        Linter(rules: rules, severities: configuration.severities, overrides: configuration.severityOverrides,
               currentDirectory: currentDirectory)
    }

    /// The plugins' file problems as findings, one file result per plugin file, for a lint run's output.
    public var pluginProblemResults: [LintRun.FileResult] {
        let byFile = Dictionary(grouping: catalog.problems, by: \.file)
        return byFile.keys.sorted().map { file in
            LintRun.FileResult(path: file, findings: byFile[file]!.map { $0.finding() }.sorted(by: Finding.ordered),
                               language: configuration.language.value ?? .en, file: nil)
        }
    }

    /// `path` relative to `directory` when it lies inside it.
    static func shown(_ path: String, from directory: String) -> String {
        let absolute = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: directory)).standardizedFileURL.path
        let root = URL(fileURLWithPath: directory).standardizedFileURL.path
        return absolute.hasPrefix(root + "/") ? String(absolute.dropFirst(root.count + 1)) : path
    }
}
