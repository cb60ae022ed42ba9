import CanvasKit

/// Every suppression comment says why, after ` -- `.
public struct SuppressionWithoutReason: SuppressionRule {
    /// Creates the rule.
    public init() {}

    static let message = LocalizedText(
        en: "this suppression gives no reason; write `-- why` after the rule ids",
        bg: "това потискане не посочва причина; напишете `-- защо` след идентификаторите на правилата",
        uk: "це придушення не вказує причини; напишіть `-- чому` після ідентифікаторів правил",
        ru: "это подавление не указывает причину; напишите `-- почему` после идентификаторов правил")

    public var description: RuleDescription {
        RuleDescription(
            id: "suppression-without-reason", severity: .warning, category: .suppression,
            summary: "A suppression comment says why the finding does not apply.",
            rationale: """
                A silenced finding without a reason cannot be reviewed: the next reader does not know whether \
                the problem was judged or just hidden.
                """,
            failing: ["partners:\n  # sdw-disable-next-line idle-partner\n  - id: club\n    name: Club\n"],
            passing: ["partners:\n  # sdw-disable-next-line idle-partner -- the club joins in 2027\n  - id: club\n    name: Club\n"])
    }

    public func check(_ file: LoadedFile, outcome: SuppressionOutcome, into findings: inout FindingCollector) {
        for (suppression, _) in outcome.suppressions where suppression.reason == nil {
            findings.report(Self.message, [:], at: suppression.location, path: "")
        }
    }
}
