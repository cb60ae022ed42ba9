import Foundation

/// The people the service is for (Целева група).
public struct TargetGroup: Hashable, Sendable {
    /// Who they are.
    public var name: String?
    /// More about them.
    public var description: String?
    /// How many people the service means to reach.
    public var size: Int?
    /// Where they are.
    public var place: String?
    /// Where each field is written.
    public var fields: FieldLocations
}

/// A need of the target group (Потребности).
public struct Need: Hashable, Sendable {
    /// Slug id that activities name.
    public var id: String?
    /// The need in words.
    public var text: String?
    /// How the need is known.
    public var evidence: Evidence
    /// Where each field is written.
    public var fields: FieldLocations
}

/// The service being designed (Идентифициране на услугата).
public struct Service: Hashable, Sendable {
    /// The service's name.
    public var name: String?
    /// What it is for.
    public var goal: String?
    /// What it is.
    public var description: String?
    /// Where each field is written.
    public var fields: FieldLocations
}

/// A resource the plan needs (План/ресурси); `available == false` marks a missing one (Липсващи ресурси).
public struct Resource: Hashable, Sendable {
    /// Slug id that activities name.
    public var id: String?
    /// What it is.
    public var item: String?
    /// What kind of resource.
    public var kind: ResourceKind?
    /// What it costs, in ``currency``.
    public var cost: Decimal?
    /// ISO 4217 code of the cost.
    public var currency: String?
    /// Whether the library already has it (default true).
    public var available: Bool
    /// Where each field is written.
    public var fields: FieldLocations

    /// The cost with its currency, when both are given.
    public var money: Money? {
        guard let cost, let currency else { return nil }
        return Money(cost, currency)
    }
}

/// A partner of the service (Партньори).
public struct Partner: Hashable, Sendable {
    /// Slug id that activities name.
    public var id: String?
    /// The partner's name.
    public var name: String?
    /// What kind of organisation.
    public var type: PartnerType?
    /// What the partner does in the service.
    public var role: String?
    /// What the partner gains from it.
    public var benefit: String?
    /// How to reach the partner.
    public var contact: String?
    /// Where each field is written.
    public var fields: FieldLocations
}

/// A channel that makes the service known (Информация).
public struct InformationChannel: Hashable, Sendable {
    /// The channel.
    public var channel: String?
    /// Whom it reaches.
    public var audience: String?
    /// Where each field is written.
    public var fields: FieldLocations
}

/// An activity of the plan (Дейности).
public struct Activity: Hashable, Sendable {
    /// Slug id.
    public var id: String?
    /// What is done.
    public var name: String?
    /// When it happens.
    public var when: When?
    /// Who is responsible.
    public var responsible: String?
    /// Ids of the needs it answers.
    public var needs: [Located<String>]
    /// Ids of the partners it involves.
    public var partners: [Located<String>]
    /// Ids of the resources it uses or works to obtain.
    public var resources: [Located<String>]
    /// Where each field is written.
    public var fields: FieldLocations
}

/// A measurable claim shared by effects and results.
public struct Effect: Hashable, Sendable {
    /// What changes.
    public var text: String?
    /// An economic effect's amount.
    public var value: Decimal?
    /// ISO 4217 code of ``value``.
    public var currency: String?
    /// What is measured.
    public var indicator: String?
    /// The target for the indicator.
    public var target: Decimal?
    /// `people`, `percent`, a currency code, or free text.
    public var unit: String?
    /// How the effect is known.
    public var evidence: Evidence
    /// Where each field is written.
    public var fields: FieldLocations

    /// Whether it names an indicator and a target.
    public var isMeasurable: Bool { indicator?.isEmpty == false && target != nil }
}

/// The social and economic effects (Социален ефект, Икономически ефект).
public struct Effects: Hashable, Sendable {
    /// Social effects; `nil` when the key is absent.
    public var social: [Effect]?
    /// Economic effects; `nil` when the key is absent.
    public var economic: [Effect]?
    /// Where each field is written.
    public var fields: FieldLocations
}
