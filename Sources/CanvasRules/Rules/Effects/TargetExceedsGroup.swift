import CanvasKit
import Foundation

/// A target in people is at most the size of the target group.
public struct TargetExceedsGroup: CanvasRule {
    /// Creates the rule.
    public init() {}

    static let message = LocalizedText(
        en: "the target of {target} people is larger than the target group ({size} people)",
        bg: "целта от {target} души е по-голяма от целевата група ({size} души)",
        uk: "ціль у {target} осіб більша за цільову групу ({size} осіб)",
        ru: "цель в {target} человек больше целевой группы ({size} человек)")

    public var description: RuleDescription {
        RuleDescription(
            id: "target-exceeds-group", severity: .warning, category: .effects,
            summary: "A target in people is no larger than target_group.size.",
            rationale: """
                The service cannot change more people than it reaches; either the target or the size of the \
                group is wrong.
                """,
            failing: ["target_group:\n  name: Seniors\n  size: 20\neffects:\n  social:\n    - text: Trained\n      indicator: trained\n      target: 35\n      unit: people\n"],
            passing: ["target_group:\n  name: Seniors\n  size: 20\neffects:\n  social:\n    - text: Trained\n      indicator: trained\n      target: 20\n      unit: people\n"])
    }

    public func check(_ canvas: Canvas, into findings: inout FindingCollector) {
        guard let size = canvas.targetGroup?.size else { return }
        EffectList.forEach(in: canvas) { section, effect, index in
            guard effect.unit == "people", let target = effect.target, target > Decimal(size) else { return }
            findings.report(Self.message, ["target": "\(target)", "size": String(size)],
                            at: effect.fields.value("target"), path: "\(section)[\(index)].target")
        }
    }
}
