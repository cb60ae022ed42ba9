import CanvasKit

/// Reads a plugin from the texts of its files (`plugin.yaml`, the rules file, `starter.yaml`).
///
/// Every mistake becomes a ``FileProblem`` with the file's line and column; a rule with a
/// mistake is left out and the other rules still load. Only a manifest without a usable `id`
/// gives no plugin at all.
public enum PluginReader {
    /// The manifest's file name.
    public static let manifestName = "plugin.yaml"
    /// The starter canvas's default file name.
    public static let starterName = "starter.yaml"

    static let manifestKeys = ["id", "version", "name", "description", "keywords", "rules", "starter"]
    static let ruleKeys = ["id", "severity", "summary", "message", "rationale", "help", "each", "where", "expect", "examples"]

    /// Reads the plugin whose files are `files` (file name → text), shown to the user under
    /// `folder`; `unreadable` says why each file that could not be read was not.
    public static func read(files: [String: String], unreadable: [String: String] = [:], folder: String,
                            origin: PluginOrigin) -> (Plugin?, [FileProblem]) {
        let manifestPath = folder + "/" + manifestName
        var reader = NodeReader(file: manifestPath)
        guard let text = files[manifestName] else {
            if let reason = unreadable[manifestName] {
                reader.problem(PluginMessages.unreadableFile, ["name": manifestPath, "reason": reason], at: nil)
            } else {
                reader.problem(PluginMessages.missingFile, ["name": manifestPath], at: nil)
            }
            return (nil, reader.problems)
        }
        guard let root = reader.compose(text),
              let e = reader.mapping(root, known: manifestKeys, where: manifestName) else { return (nil, reader.problems) }
        reader.require(["id", "version", "name", "description", "keywords"], in: e, where: manifestName, at: root.location)
        guard let id = reader.string(e["id"]) else { return (nil, reader.problems) }
        var plugin = Plugin(
            id: id, version: reader.string(e["version"]) ?? "0", name: reader.localized(e["name"], key: "name") ?? LocalizedText(en: id),
            summary: reader.localized(e["description"], key: "description") ?? LocalizedText(en: ""),
            keywords: keywords(e["keywords"], &reader), rules: [], starter: nil, origin: origin, folder: folder, problems: [])

        var problems = reader.problems
        if let rulesPair = e["rules"] {
            if let name = rulesPair.value.scalar {
                if let rulesText = files[name] {
                    var rulesReader = NodeReader(file: folder + "/" + name)
                    if let rulesRoot = rulesReader.compose(rulesText) {
                        plugin.rules = rules(in: rulesRoot, plugin: id, &rulesReader)
                    }
                    problems += rulesReader.problems
                } else {
                    problems.append(missing(name, unreadable: unreadable, manifest: manifestPath, at: rulesPair.value.location))
                }
            } else {
                var rulesReader = NodeReader(file: manifestPath)
                plugin.rules = rules(in: rulesPair.value, plugin: id, &rulesReader)
                problems += rulesReader.problems
            }
        }
        let starterName = e["starter"]?.value.scalar ?? starterName
        plugin.starter = files[starterName]
        if plugin.starter == nil, let pair = e["starter"] {
            problems.append(missing(starterName, unreadable: unreadable, manifest: manifestPath, at: pair.value.location))
        }
        plugin.problems = problems
        return (plugin, problems)
    }

    /// The problem with a file the manifest names (at `location`) that is not among the plugin's
    /// files: a name that is not a `.yaml` file directly in the plugin folder, a file that could
    /// not be read, or one that does not exist.
    private static func missing(_ name: String, unreadable: [String: String], manifest: String,
                                at location: SourceLocation) -> FileProblem {
        let inFolder = !name.contains("/") && !name.contains("\\") && !name.hasPrefix(".")
            && (name.hasSuffix(".yaml") || name.hasSuffix(".yml"))
        if !inFolder {
            return FileProblem(file: manifest, location: location, message: PluginMessages.fileOutsideFolder,
                               arguments: ["name": name])
        }
        if let reason = unreadable[name] {
            return FileProblem(file: manifest, location: location, message: PluginMessages.unreadableFile,
                               arguments: ["name": name, "reason": reason])
        }
        return FileProblem(file: manifest, location: location, message: PluginMessages.missingFile, arguments: ["name": name])
    }

    private static func keywords(_ pair: YAMLNode.Pair?, _ reader: inout NodeReader) -> [Language: [String]] {
        guard let pair, let e = reader.mapping(pair.value, known: Language.allowedValues, where: "keywords") else { return [:] }
        var result: [Language: [String]] = [:]
        for language in [Language.en, .bg, .uk, .ru] {
            guard let list = e[language.rawValue] else {
                reader.problem(PluginMessages.missingLanguage, ["key": "keywords", "language": language.rawValue],
                               at: pair.value.location)
                continue
            }
            result[language] = reader.strings(list.value, key: "keywords")?.map(\.value) ?? []
        }
        return result
    }

    /// The rules of a rules file (`{rules: [...]}`) or of a manifest's inline list.
    static func rules(in node: YAMLNode, plugin: String, _ reader: inout NodeReader) -> [DeclarativeRule] {
        var list = node
        if node.pairs != nil {
            guard let e = reader.mapping(node, known: ["rules"], where: "the rules file") else { return [] }
            guard let rules = e["rules"] else {
                reader.problem(PluginMessages.missingKey, ["key": "rules", "where": "the rules file"], at: node.location)
                return []
            }
            list = rules.value
        }
        guard let items = list.items else {
            reader.problem(PluginMessages.wrongType, ["key": "rules", "expected": "a list of rules"], at: list.location)
            return []
        }
        var result: [DeclarativeRule] = []
        var seen: [String: Int] = [:]
        for item in items {
            guard let rule = rule(item, plugin: plugin, &reader) else { continue }
            if let line = seen[rule.description.id] {
                reader.problem(PluginMessages.duplicateRule, ["id": rule.description.id, "line": String(line)], at: item.location)
                continue
            }
            seen[rule.description.id] = item.location.line
            result.append(rule)
        }
        return result
    }

    private static func rule(_ node: YAMLNode, plugin: String, _ reader: inout NodeReader) -> DeclarativeRule? {
        let before = reader.problems.count
        guard let e = reader.mapping(node, known: ruleKeys, where: "a rule") else { return nil }
        reader.require(["id", "message", "expect"], in: e, where: "this rule", at: node.location)
        var id = reader.string(e["id"]) ?? ""
        if let slash = id.firstIndex(of: "/") {
            if id[..<slash] != plugin, let pair = e["id"] {
                reader.problem(PluginMessages.wrongNamespace,
                               ["id": id, "expected": "\(plugin)/\(id[id.index(after: slash)...])"], at: pair.value.location)
            }
            id = String(id[id.index(after: slash)...])
        }
        let severity = e["severity"].flatMap {
            reader.choice($0.value, from: Severity.allCases.map(\.rawValue), what: "severity")
        }.flatMap(Severity.init(rawValue:)) ?? .warning
        let message = reader.localized(e["message"], key: "message")
        let each = e["each"].flatMap { pair in
            reader.choice(pair.value, from: CanvasPart.names, what: "part").flatMap(CanvasPart.init(rawValue:))
        }
        var parser = PredicateParser(reader: reader)
        let filter = e["where"].flatMap { parser.parse($0.value, part: each) }
        let expect = e["expect"].flatMap { parser.parse($0.value, part: each) }
        reader = parser.reader
        let (failing, passing) = examples(e["examples"], plugin: plugin, &reader)
        guard reader.problems.count == before, !id.isEmpty, let message, let expect else { return nil }
        let description = RuleDescription(
            id: "\(plugin)/\(id)", severity: severity, category: .plugin,
            summary: e["summary"].flatMap { reader.string($0) } ?? message.en,
            rationale: e["rationale"].flatMap { reader.string($0) } ?? "",
            failing: failing, passing: passing, help: e["help"].flatMap { reader.string($0) })
        return DeclarativeRule(pluginID: plugin, description: description, message: message, each: each,
                               filter: filter, expect: expect)
    }

    /// `examples: {failing: [...], passing: [...]}`, each prefixed with the plugin's `plugin:` line.
    private static func examples(_ pair: YAMLNode.Pair?, plugin: String, _ reader: inout NodeReader) -> ([String], [String]) {
        guard let pair, let e = reader.mapping(pair.value, known: ["failing", "passing"], where: "examples") else { return ([], []) }
        func list(_ key: String) -> [String] {
            guard let node = e[key]?.value else { return [] }
            return (reader.strings(node, key: key) ?? []).map { "plugin: \(plugin)\n" + $0.value }
        }
        return (list("failing"), list("passing"))
    }
}
