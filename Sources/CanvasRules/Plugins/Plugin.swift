import CanvasKit

/// A target-group plugin: its manifest, its rules, and its starter canvas.
public struct Plugin: Sendable {
    /// The id that canvases name in `plugin:`, e.g. `seniors`.
    public var id: String
    /// The plugin's version, as its author writes it.
    public var version: String
    /// The target group's name in the four languages.
    public var name: LocalizedText
    /// What the plugin is for, in the four languages.
    public var summary: LocalizedText
    /// Words that recognise the target group, by language.
    public var keywords: [Language: [String]]
    /// The rules, in file order; a rule with a mistake is left out (and reported in ``problems``).
    public var rules: [DeclarativeRule]
    /// The starter canvas template (see ``StarterTemplate``), when the plugin has one.
    public var starter: String?
    /// Where it was loaded from.
    public var origin: PluginOrigin
    /// The folder or path prefix its files are shown under in messages.
    public var folder: String
    /// Mistakes in its files.
    public var problems: [FileProblem]

    /// Every keyword in every language, for recognising a canvas's target group.
    public var matcher: KeywordMatcher {
        KeywordMatcher(Language.allCases.flatMap { keywords[$0] ?? [] })
    }
}
