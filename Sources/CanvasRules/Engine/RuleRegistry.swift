import CanvasKit

/// The rules built into sdw.
public enum RuleRegistry {
    /// Every core rule, grouped by category in documentation order.
    public static let core: [any Rule] = [
        // schema
        InvalidYAML(), DuplicateKey(), UnknownKey(), MissingSection(), EmptySection(), MissingField(), WrongType(),
        InvalidValue(), InvalidID(), InvalidCurrency(), NegativeAmount(), InvalidWhen(), ReversedRange(),
        UnsupportedFormat(),
        // integrity
        DuplicateID(), UnknownReference(),
        // coverage
        UnansweredNeed(), IdlePartner(), UnusedResource(),
        // plan
        ActivityWithoutResponsible(), ActivityWithoutWhen(),
        // partnership
        PartnerWithoutRole(), PartnerWithoutBenefit(),
        // effects
        UnmeasurableSocialEffect(), EconomicEffectWithoutAmount(), PercentOver100(), TargetExceedsGroup(),
        // budget
        CostWithoutCurrency(), UnplannedMissingResource(),
    ]

    /// The rules over a set of files: canvas ids, workshops and their groups.
    public static let workshop: [any WorkshopRule] = [
        DuplicateCanvasID(), UnknownWorkshop(), DuplicateGroup(), GroupPluginMismatch(),
    ]

    /// The core rules, the rules about plugins and suppressions, and every rule of `catalog`'s plugins.
    public static func all(catalog: PluginCatalog = .builtIn) -> [any Rule] {
        core + [UnknownPlugin(catalog: catalog), PluginSuggestion(catalog: catalog),
                SuppressionWithoutReason(), UnusedSuppression()] + workshop + catalog.rules
    }

    /// The core rule with `id`, if any.
    public static func rule(id: String) -> (any Rule)? {
        core.first { $0.description.id == id }
    }
}
