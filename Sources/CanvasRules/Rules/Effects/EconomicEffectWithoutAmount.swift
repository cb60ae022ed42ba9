import CanvasKit

/// An economic effect states an amount with its currency.
public struct EconomicEffectWithoutAmount: CanvasRule {
    /// Creates the rule.
    public init() {}

    static let noValue = LocalizedText(
        en: "economic effect {effect} has no amount ('value' and 'currency')",
        bg: "икономическият ефект {effect} няма сума ('value' и 'currency')",
        uk: "економічний ефект {effect} не має суми ('value' і 'currency')",
        ru: "у экономического эффекта {effect} нет суммы ('value' и 'currency')")
    static let noCurrency = LocalizedText(
        en: "economic effect {effect} has an amount but no 'currency'",
        bg: "икономическият ефект {effect} има сума, но няма валута ('currency')",
        uk: "економічний ефект {effect} має суму, але не має валюти ('currency')",
        ru: "у экономического эффекта {effect} есть сумма, но нет валюты ('currency')")

    public var description: RuleDescription {
        RuleDescription(
            id: "economic-effect-without-amount", severity: .warning, category: .effects,
            summary: "An economic effect states an amount and its currency.",
            rationale: """
                The socio-economic value of a service compares its economic effect with its cost (seed 001); \
                that needs an amount ("1500 BGN from a charity concert").
                """,
            failing: ["effects:\n  economic:\n    - text: Savings on travel\n",
                      "effects:\n  economic:\n    - text: Savings\n      value: 400\n"],
            passing: ["effects:\n  economic:\n    - text: Savings on travel\n      value: 400\n      currency: BGN\n"])
    }

    public func check(_ canvas: Canvas, into findings: inout FindingCollector) {
        for (index, effect) in (canvas.effects?.economic ?? []).enumerated() {
            let name = "#\(index + 1)"
            let path = "effects.economic[\(index)]"
            if effect.value == nil && effect.fields.key("value") == nil {
                findings.report(Self.noValue, ["effect": name], at: effect.fields.start, path: path)
            } else if effect.value != nil && effect.currency == nil {
                findings.report(Self.noCurrency, ["effect": name], at: effect.fields.value("value"), path: path)
            }
        }
    }
}
