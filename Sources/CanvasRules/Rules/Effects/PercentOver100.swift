import CanvasKit

/// A target in percent is at most 100.
public struct PercentOver100: CanvasRule {
    /// Creates the rule.
    public init() {}

    static let message = LocalizedText(
        en: "the target {target} is in percent but over 100",
        bg: "целта {target} е в проценти, но е над 100",
        uk: "ціль {target} у відсотках, але перевищує 100",
        ru: "цель {target} в процентах, но больше 100")

    public var description: RuleDescription {
        RuleDescription(
            id: "percent-over-100", severity: .error, category: .effects,
            summary: "A target in percent is at most 100.",
            rationale: "A share of the people reached cannot be more than all of them; usually the unit should be people.",
            failing: ["effects:\n  social:\n    - text: Employment\n      indicator: employed\n      target: 150\n      unit: percent\n"],
            passing: ["effects:\n  social:\n    - text: Employment\n      indicator: employed\n      target: 15\n      unit: percent\n"])
    }

    public func check(_ canvas: Canvas, into findings: inout FindingCollector) {
        EffectList.forEach(in: canvas) { section, effect, index in
            guard effect.unit == "percent", let target = effect.target, target > 100 else { return }
            findings.report(Self.message, ["target": "\(target)"], at: effect.fields.value("target"),
                            path: "\(section)[\(index)].target")
        }
    }
}

/// Every effect and result of a canvas with its section path and index.
enum EffectList {
    /// Calls `body` with each effect and result in order, its section path and its index, without
    /// copying them into a list first (an effect's copy retains its every text).
    static func forEach(in canvas: Canvas, _ body: (_ section: String, _ effect: Effect, _ index: Int) -> Void) {
        for (section, list) in [("effects.social", canvas.effects?.social), ("effects.economic", canvas.effects?.economic),
                                ("results", canvas.results)] {
            guard let list else { continue }
            for index in list.indices { body(section, list[index], index) }
        }
    }
}
