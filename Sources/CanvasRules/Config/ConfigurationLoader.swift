import CanvasKit
import Foundation

/// Finds and reads `.sdw.yml`.
///
/// ```yaml
/// language: bg                 # messages for canvases that do not say
/// fail_on: warning             # error (default), warning or info
/// plugins: [../our-plugins]    # plugin folders, relative to this file
/// rules:
///   idle-partner: off          # error, warning, info or off
///   seniors/offline-outreach: error
/// overrides:
///   - files: ["archive/**"]
///     rules: {unused-resource: off}
/// currencies: {ru: KZT}        # the currency of `sdw new` and `sdw workshop new` canvases, by language
/// ```
public enum ConfigurationLoader {
    /// The configuration file's name.
    public static let fileName = ".sdw.yml"
    static let keys = ["language", "fail_on", "plugins", "rules", "overrides", "currencies"]
    static let severities = Severity.allCases.map(\.rawValue) + ["off"]

    /// The `.sdw.yml` of `directory` or its nearest parent that has one.
    public static func find(from directory: String) -> String? {
        var folder = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = folder.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// Reads the configuration file at `path` (shown to the user as `shown`).
    public static func load(path: String, shown: String? = nil) throws(ConfigurationError) -> Configuration {
        let shown = shown ?? path
        let text: String
        do {
            let bytes = try FileIO.read(path, limit: YAMLLimits.standard.maxFileBytes)
            text = String(decoding: bytes, as: UTF8.self)
        } catch {
            throw ConfigurationError([FileProblem(file: shown, location: nil, message: PluginMessages.unreadable,
                                                  arguments: ["detail": error.reason])])
        }
        let base = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
        return try parse(text, file: shown, base: base)
    }

    /// Reads configuration `text` of the file `file`, whose relative paths are relative to `base`.
    public static func parse(_ text: String, file: String, base: String) throws(ConfigurationError) -> Configuration {
        var reader = NodeReader(file: file)
        var configuration = Configuration(base: base)
        configuration.file = file
        guard let root = reader.compose(text), !root.isNull else {
            if reader.problems.isEmpty { return configuration }
            throw ConfigurationError(reader.problems)
        }
        guard let e = reader.mapping(root, known: keys, where: fileName) else { throw ConfigurationError(reader.problems) }
        func source(_ node: YAMLNode) -> ConfigSource { .file(file, node.location) }
        if let pair = e["language"], let value = reader.choice(pair.value, from: Language.allowedValues, what: "language") {
            configuration.language = Sourced(Language(rawValue: value), source(pair.value))
        }
        if let pair = e["fail_on"],
           let value = reader.choice(pair.value, from: Severity.allCases.map(\.rawValue), what: "fail_on"),
           let severity = Severity(rawValue: value) {
            configuration.failOn = Sourced(severity, source(pair.value))
        }
        if let pair = e["plugins"] {
            for folder in reader.strings(pair.value, key: "plugins") ?? [] {
                let path = folder.value.hasPrefix("/") ? folder.value : base + "/" + folder.value
                configuration.pluginFolders.append(Sourced(path, .file(file, folder.location)))
            }
        }
        if let pair = e["rules"] { configuration.rules = rules(pair.value, file: file, &reader) }
        if let pair = e["overrides"] {
            if let items = pair.value.items {
                for item in items {
                    guard let o = reader.mapping(item, known: ["files", "rules"], where: "an override") else { continue }
                    reader.require(["files", "rules"], in: o, where: "this override", at: item.location)
                    guard let files = o["files"].flatMap({ reader.strings($0.value, key: "files") }),
                          let rulesNode = o["rules"]?.value else { continue }
                    configuration.overrides.append(Configuration.Override(
                        files: files.map(\.value), rules: rules(rulesNode, file: file, &reader), source: source(item)))
                }
            } else {
                reader.problem(PluginMessages.wrongType, ["key": "overrides", "expected": "a list of {files, rules}"],
                               at: pair.value.location)
            }
        }
        if let pair = e["currencies"] { configuration.currencies = currencies(pair.value, file: file, &reader) }
        guard reader.problems.isEmpty else { throw ConfigurationError(reader.problems, partial: configuration) }
        return configuration
    }

    /// `language: CODE` pairs: the currency of starter canvases in each language.
    private static func currencies(_ node: YAMLNode, file: String, _ reader: inout NodeReader) -> [Language: Sourced<String>] {
        guard let pairs = node.pairs else {
            reader.problem(PluginMessages.wrongType, ["key": "currencies", "expected": "a mapping of languages to currency codes"],
                           at: node.location)
            return [:]
        }
        var result: [Language: Sourced<String>] = [:]
        for pair in pairs {
            guard let language = reader.choice(pair.key, from: Language.allowedValues, what: "language").flatMap(Language.init),
                  let code = pair.value.scalar
            else { continue }
            guard CurrencyCode.isValid(code) else {
                reader.problem(PluginMessages.invalidValue, ["value": code, "what": "currency",
                                                             "allowed": "an ISO 4217 code such as EUR, UAH, RUB, KZT"],
                               at: pair.value.location)
                continue
            }
            result[language] = Sourced(code, .file(file, pair.value.location))
        }
        return result
    }

    /// `rule-id: severity` pairs, where severity may also be `off`.
    private static func rules(_ node: YAMLNode, file: String, _ reader: inout NodeReader) -> [(id: String, severity: Sourced<Severity?>)] {
        guard let pairs = node.pairs else {
            reader.problem(PluginMessages.wrongType, ["key": "rules", "expected": "a mapping of rule ids to severities"],
                           at: node.location)
            return []
        }
        var result: [(id: String, severity: Sourced<Severity?>)] = []
        for pair in pairs {
            guard let id = pair.key.scalar, let value = reader.choice(pair.value, from: severities, what: "severity")
            else { continue }
            result.append((id, Sourced(Severity(rawValue: value), .file(file, pair.value.location))))
        }
        return result
    }
}
