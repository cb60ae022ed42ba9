import CanvasKit

/// A rule of a plugin, written as data in the plugin's files and run by the interpreter.
///
/// It applies only to canvases whose `plugin:` names its plugin. Without `each` it checks the
/// canvas once (`expect` must hold, else one finding at the section it looks at); with `each`
/// it checks every item of that part that passes `where` and reports each item failing `expect`.
public struct DeclarativeRule: CanvasRule {
    /// The id of the plugin the rule belongs to.
    public let pluginID: String
    /// The rule's documentation; the examples carry a `plugin:` line for the plugin.
    public let description: RuleDescription
    /// The message, in the four languages; `{item}` and `{name}` name the item checked.
    public let message: LocalizedText
    /// The part whose items are checked one by one, if any.
    public let each: CanvasPart?
    /// Which of those items are checked.
    public let filter: Predicate?
    /// What must hold.
    public let expect: Predicate

    /// Creates a rule.
    public init(pluginID: String, description: RuleDescription, message: LocalizedText, each: CanvasPart?,
                filter: Predicate?, expect: Predicate) {
        self.pluginID = pluginID
        self.description = description
        self.message = message
        self.each = each
        self.filter = filter
        self.expect = expect
    }

    public var asDeclarativeRule: DeclarativeRule? { self }

    /// Checks `canvas` when its `plugin:` names this rule's plugin.
    public func check(_ canvas: Canvas, into findings: inout FindingCollector) {
        guard canvas.plugin == pluginID else { return }
        check(CanvasParts(canvas), into: &findings)
    }

    /// Checks the canvas of `parts` whatever its `plugin:` says; the linter passes one `parts`
    /// to every rule of the canvas's plugin, so part items are built once.
    public func check(_ parts: CanvasParts, into findings: inout FindingCollector) {
        let canvas = parts.canvas
        guard let each else {
            guard !expect.holds(on: nil, in: parts) else { return }
            let part = expect.firstPart ?? filter?.firstPart
            let location = part.flatMap { canvas.fields.key($0.sectionKey) } ?? canvas.fields.start
            findings.report(message, [:], at: location, path: part?.rawValue ?? "")
            return
        }
        for item in parts.items(each) where filter?.holds(on: item, in: parts) ?? true {
            guard !expect.holds(on: item, in: parts) else { continue }
            let name = ["name", "text", "channel", "item"].lazy.compactMap { item.value($0)?.searchable }.first
            findings.report(message, ["item": item.label, "name": name ?? item.label], at: item.location, path: item.path)
        }
    }
}
