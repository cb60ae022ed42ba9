import CanvasKit

/// A canvas's `plugin:` names a plugin that sdw knows.
public struct UnknownPlugin: CanvasRule {
    /// The plugins that are known.
    public let catalog: PluginCatalog

    /// Creates the rule over `catalog` (the built-in plugins unless told otherwise).
    public init(catalog: PluginCatalog = .builtIn) { self.catalog = catalog }

    static let messageHint = LocalizedText(
        en: "there is no plugin '{plugin}'; did you mean '{suggestion}'?",
        bg: "няма приставка '{plugin}'; може би '{suggestion}'?",
        uk: "немає плагіна '{plugin}'; можливо, '{suggestion}'?",
        ru: "нет плагина '{plugin}'; возможно, '{suggestion}'?")
    static let message = LocalizedText(
        en: "there is no plugin '{plugin}'; the plugins are {known} (sdw plugins lists them)",
        bg: "няма приставка '{plugin}'; приставките са {known} (sdw plugins ги изброява)",
        uk: "немає плагіна '{plugin}'; плагіни: {known} (sdw plugins їх перелічує)",
        ru: "нет плагина '{plugin}'; плагины: {known} (sdw plugins их перечисляет)")

    public var description: RuleDescription {
        RuleDescription(
            id: "unknown-plugin", severity: .error, category: .plugin,
            summary: "The plugin a canvas names in 'plugin:' exists.",
            rationale: """
                A misspelt plugin name would silently switch off the target group's own rules; sdw says which \
                plugin was probably meant.
                """,
            failing: ["plugin: senoirs\n", "plugin: tourists\n"],
            passing: ["plugin: seniors\n", "title: No plugin named\n"])
    }

    public func check(_ canvas: Canvas, into findings: inout FindingCollector) {
        guard let name = canvas.plugin, catalog.plugin(id: name) == nil else { return }
        let ids = catalog.plugins.map(\.id)
        let location = canvas.fields.value("plugin")
        if let suggestion = Suggestion.nearest(to: name, in: ids) {
            findings.report(Self.messageHint, ["plugin": name, "suggestion": suggestion], at: location, path: "plugin")
        } else {
            findings.report(Self.message, ["plugin": name, "known": ids.joined(separator: ", ")], at: location, path: "plugin")
        }
    }
}
