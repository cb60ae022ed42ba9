import CanvasKit

/// A canvas without `plugin:` whose target group matches a plugin's keywords is told which one.
public struct PluginSuggestion: CanvasRule {
    /// The plugins to choose from.
    public let catalog: PluginCatalog

    /// Creates the rule over `catalog` (the built-in plugins unless told otherwise).
    public init(catalog: PluginCatalog = .builtIn) { self.catalog = catalog }

    static let message = LocalizedText(
        en: "this looks like a {plugin} canvas; add `plugin: {plugin}` to apply its rules",
        bg: "това прилича на диаграма за {plugin}; добавете `plugin: {plugin}`, за да се приложат правилата ѝ",
        uk: "це схоже на діаграму для {plugin}; додайте `plugin: {plugin}`, щоб застосувати її правила",
        ru: "это похоже на диаграмму для {plugin}; добавьте `plugin: {plugin}`, чтобы применить её правила")

    public var description: RuleDescription {
        RuleDescription(
            id: "plugin-suggestion", severity: .info, category: .plugin,
            summary: "A canvas whose target group a plugin recognises names that plugin.",
            rationale: """
                Each target group has its own expectations (domain notes from the Velingrad report); the plugin \
                checks them only when the canvas names it.
                """,
            failing: ["target_group:\n  name: Пенсионери 60+\n"],
            passing: ["plugin: seniors\ntarget_group:\n  name: Пенсионери 60+\n", "target_group:\n  name: Tourists\n"])
    }

    public func check(_ canvas: Canvas, into findings: inout FindingCollector) {
        guard canvas.plugin == nil, let plugin = catalog.bestMatch(for: canvas) else { return }
        let location = canvas.fields.key("target_group") ?? canvas.fields.start
        findings.report(Self.message, ["plugin": plugin.id], at: location, path: "target_group")
    }
}
