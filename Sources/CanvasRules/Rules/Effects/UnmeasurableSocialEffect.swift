import CanvasKit

/// At least one social effect has a measurable indicator and target.
public struct UnmeasurableSocialEffect: CanvasRule {
    /// Creates the rule.
    public init() {}

    static let message = LocalizedText(
        en: "no social effect has both an 'indicator' and a 'target': say how success will be measured",
        bg: "никой социален ефект няма едновременно показател ('indicator') и цел ('target'): напишете как ще се измери успехът",
        uk: "жоден соціальний ефект не має водночас показника ('indicator') і цілі ('target'): напишіть, як вимірюватиметься успіх",
        ru: "ни один социальный эффект не имеет одновременно показателя ('indicator') и цели ('target'): напишите, как будет измеряться успех")

    public var description: RuleDescription {
        RuleDescription(
            id: "unmeasurable-social-effect", severity: .warning, category: .effects,
            summary: "At least one social effect has an indicator and a target.",
            rationale: """
                Effects are measurable where possible ("employment for 10% of those reached", seed 002); \
                without a measure a funder cannot see whether the service worked.
                """,
            failing: ["effects:\n  social:\n    - text: New users in the library\n"],
            passing: ["effects:\n  social:\n    - text: Employment\n      indicator: participants employed\n      target: 10\n      unit: percent\n"])
    }

    public func check(_ canvas: Canvas, into findings: inout FindingCollector) {
        guard let social = canvas.effects?.social, !social.isEmpty, !social.contains(where: \.isMeasurable) else { return }
        findings.report(Self.message, at: canvas.effects?.fields.key("social") ?? canvas.fields.start,
                        path: "effects.social")
    }
}
