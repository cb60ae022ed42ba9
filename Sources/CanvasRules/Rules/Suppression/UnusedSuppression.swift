import CanvasKit

/// Every suppression comment silences at least one finding.
public struct UnusedSuppression: SuppressionRule {
    /// Creates the rule.
    public init() {}

    static let message = LocalizedText(
        en: "this suppression of {rules} silences nothing; remove it",
        bg: "това потискане на {rules} не заглушава нищо; премахнете го",
        uk: "це придушення {rules} нічого не приглушує; видаліть його",
        ru: "это подавление {rules} ничего не заглушает; удалите его")

    public var description: RuleDescription {
        RuleDescription(
            id: "unused-suppression", severity: .warning, category: .suppression,
            summary: "A suppression comment silences at least one finding.",
            rationale: """
                A suppression left behind after the canvas was fixed (or with a misspelt rule id) would silently \
                hide the next real problem.
                """,
            failing: ["# sdw-disable idle-partner -- nobody is idle any more\ntitle: Course\n"],
            passing: ["title: Course\n"])
    }

    public func check(_ file: LoadedFile, outcome: SuppressionOutcome, into findings: inout FindingCollector) {
        for (suppression, silenced) in outcome.suppressions where silenced == 0 {
            let rules = suppression.ruleIDs.isEmpty ? "(no rule id)" : suppression.ruleIDs.joined(separator: ", ")
            findings.report(Self.message, ["rules": rules], at: suppression.location, path: "")
        }
    }
}
