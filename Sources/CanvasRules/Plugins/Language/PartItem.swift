import CanvasKit
import Foundation

/// One selected item of a canvas part, with its fields as plain values, for plugin rules.
public struct PartItem: Sendable {
    /// A field's value.
    public enum Value: Sendable, Hashable {
        /// Text (also enumerations and `when`, as written).
        case text(String)
        /// A number (sizes, amounts, targets).
        case number(Decimal)
        /// A list of ids or texts.
        case list([String])

        /// The text that keyword and pattern checks look at.
        public var searchable: String {
            switch self {
            case .text(let text): text
            case .number(let number): "\(number)"
            case .list(let items): items.joined(separator: ", ")
            }
        }
    }

    /// The fields that have a value, by name.
    public var values: [String: Value]
    /// Where each field is written.
    public var fields: FieldLocations
    /// The stable path, e.g. `partners[dbt]`.
    public var path: String
    /// A readable name for messages: the id in quotes, or the position.
    public var label: String
    /// The months an activity falls in (empty for other parts, or an activity without `when`).
    public var months: [YearMonth] = []
    /// The types of the partner, or of the partners an activity involves.
    public var partnerTypes: [PartnerType] = []

    /// Where a finding about the item points: its id, name or first field.
    public var location: SourceLocation {
        for key in ["id", "name", "text", "channel", "item"] where fields.key(key) != nil { return fields.value(key) }
        return fields.start
    }

    init(partner p: Partner, index: Int) {
        values = Self.compact(["id": p.id, "name": p.name, "type": p.type?.rawValue, "role": p.role,
                               "benefit": p.benefit, "contact": p.contact])
        fields = p.fields
        path = ItemLabel.path("partners", id: p.id, index: index)
        label = ItemLabel.name(id: p.id, index: index)
        partnerTypes = p.type.map { [$0] } ?? []
    }

    init(activity a: Activity, index: Int, canvas: Canvas) {
        values = Self.compact(["id": a.id, "name": a.name, "when": a.when?.description, "responsible": a.responsible])
        for (key, list) in [("needs", a.needs), ("partners", a.partners), ("resources", a.resources)] where !list.isEmpty {
            values[key] = .list(list.map(\.value))
        }
        fields = a.fields
        path = ItemLabel.path("activities", id: a.id, index: index)
        label = ItemLabel.name(id: a.id, index: index)
        months = a.when?.months ?? []
        let ids = Set(a.partners.map(\.value))
        partnerTypes = (canvas.partners ?? []).filter { $0.id.map(ids.contains) ?? false }.compactMap(\.type)
    }

    init(need n: Need, index: Int) {
        values = Self.compact(["id": n.id, "text": n.text, "evidence": n.evidence.rawValue])
        fields = n.fields
        path = ItemLabel.path("needs", id: n.id, index: index)
        label = ItemLabel.name(id: n.id, index: index)
    }

    init(resource r: Resource, index: Int) {
        values = Self.compact(["id": r.id, "item": r.item, "kind": r.kind?.rawValue, "currency": r.currency,
                               "available": r.available ? "true" : "false"])
        if let cost = r.cost { values["cost"] = .number(cost) }
        fields = r.fields
        path = ItemLabel.path("resources", id: r.id, index: index)
        label = ItemLabel.name(id: r.id, index: index)
    }

    init(information i: InformationChannel, index: Int) {
        values = Self.compact(["channel": i.channel, "audience": i.audience])
        fields = i.fields
        path = "information[\(index)]"
        label = "#\(index + 1)"
    }

    init(effect e: Effect, section: String, index: Int) {
        values = Self.compact(["text": e.text, "currency": e.currency, "indicator": e.indicator, "unit": e.unit,
                               "evidence": e.evidence.rawValue])
        if let value = e.value { values["value"] = .number(value) }
        if let target = e.target { values["target"] = .number(target) }
        fields = e.fields
        path = "\(section)[\(index)]"
        label = "#\(index + 1)"
    }

    init(targetGroup t: TargetGroup) {
        values = Self.compact(["name": t.name, "description": t.description, "place": t.place])
        if let size = t.size { values["size"] = .number(Decimal(size)) }
        fields = t.fields
        path = "target_group"
        label = "target_group"
    }

    init(service s: Service) {
        values = Self.compact(["name": s.name, "goal": s.goal, "description": s.description])
        fields = s.fields
        path = "service"
        label = "service"
    }

    /// Fields that hold codes rather than words, left out when a check names no fields.
    static let codeFields: Set<String> = ["id", "type", "kind", "evidence", "available", "currency", "unit", "when",
                                          "needs", "partners", "resources", "value", "target", "cost", "size"]

    /// The item's text fields joined (the worded ones when `names` is `nil`).
    func text(of names: [String]?) -> String {
        let keys = names ?? values.keys.filter { !Self.codeFields.contains($0) }.sorted()
        return keys.compactMap { values[$0]?.searchable }.joined(separator: " \n ")
    }

    private static func compact(_ pairs: [String: String?]) -> [String: Value] {
        var result: [String: Value] = [:]
        for (key, value) in pairs {
            if let value, !value.isEmpty { result[key] = .text(value) }
        }
        return result
    }
}
