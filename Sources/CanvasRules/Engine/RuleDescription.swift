import CanvasKit

/// The groups that rules fall into, in the order the documentation lists them.
public enum RuleCategory: String, CaseIterable, Sendable {
    case schema, integrity, coverage, plan, partnership, effects, budget, plugin, suppression
    /// Across files: canvas ids, workshops and their tables.
    case workshop
}

/// Everything the documentation says about a rule: id, default severity, summary, rationale,
/// and example canvases on which it must and must not fire.
public struct RuleDescription: Sendable {
    /// Kebab-case id, e.g. `unknown-reference`; namespaced for plugins (`seniors/offline-outreach`).
    public var id: String
    /// The severity unless configuration changes it.
    public var severity: Severity
    /// The group it belongs to.
    public var category: RuleCategory
    /// One line saying what it checks.
    public var summary: String
    /// Why it matters, from the sources where they say so.
    public var rationale: String
    /// Canvases on which the rule must report at least one finding.
    public var failingExamples: [String]
    /// Canvases on which the rule must report nothing.
    public var passingExamples: [String]
    /// A link to further documentation, when the rule has one (plugin rules may).
    public var help: String?

    /// Creates a description.
    public init(id: String, severity: Severity, category: RuleCategory, summary: String, rationale: String,
                failing: [String], passing: [String], help: String? = nil) {
        self.id = id
        self.severity = severity
        self.category = category
        self.summary = summary
        self.rationale = rationale
        self.failingExamples = failing
        self.passingExamples = passing
        self.help = help
    }
}
