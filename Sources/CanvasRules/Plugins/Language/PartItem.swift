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

    /// The fields that have a value, in the part's field order.
    ///
    /// A short list searched by name: an item has at most seven fields, and building a
    /// dictionary for each item cost more than every lookup of a canvas's check together.
    public private(set) var values: [(name: String, value: Value)] = []
    /// Where each field is written.
    public var fields: FieldLocations
    /// How the item is named in paths and messages; made into text only when a finding needs it.
    private enum Naming {
        /// A section of items with ids (`partners[dbt]`, `'dbt'`), or the position when it has none.
        case identified(section: String, id: String?, index: Int)
        /// A section of items without ids (`information[0]`, `#1`).
        case numbered(section: String, index: Int)
        /// A section that is one mapping (`service`).
        case single(String)
    }

    private let naming: Naming

    /// The stable path, e.g. `partners[dbt]`.
    public var path: String {
        switch naming {
        case .identified(let section, let id, let index): ItemLabel.path(section, id: id, index: index)
        case .numbered(let section, let index): "\(section)[\(index)]"
        case .single(let section): section
        }
    }

    /// A readable name for messages: the id in quotes, or the position.
    public var label: String {
        switch naming {
        case .identified(_, let id, let index): ItemLabel.name(id: id, index: index)
        case .numbered(_, let index): "#\(index + 1)"
        case .single(let section): section
        }
    }
    /// The months an activity falls in (empty for other parts, or an activity without `when`).
    public var months: [YearMonth] = []
    /// The types of the partner, or of the partners an activity involves.
    public var partnerTypes: [PartnerType] = []
    /// Which item of its canvas this is (set by ``CanvasParts``), to keep its folded texts.
    var serial = 0

    /// The value of the field `name`, if it has one.
    public func value(_ name: String) -> Value? {
        values.first { $0.name == name }?.value
    }

    /// Where a finding about the item points: its id, name or first field.
    public var location: SourceLocation {
        for key in ["id", "name", "text", "channel", "item"] where fields.key(key) != nil { return fields.value(key) }
        return fields.start
    }

    init(partner p: Partner, index: Int) {
        fields = p.fields
        naming = .identified(section: "partners", id: p.id, index: index)
        add(text: [("id", p.id), ("name", p.name), ("type", p.type?.rawValue), ("role", p.role), ("benefit", p.benefit),
                   ("contact", p.contact)])
        partnerTypes = p.type.map { [$0] } ?? []
    }

    init(activity a: Activity, index: Int, canvas: Canvas) {
        fields = a.fields
        naming = .identified(section: "activities", id: a.id, index: index)
        add(text: [("id", a.id), ("name", a.name), ("when", a.when?.description), ("responsible", a.responsible)])
        for (key, list) in [("needs", a.needs), ("partners", a.partners), ("resources", a.resources)] where !list.isEmpty {
            values.append((key, .list(list.map(\.value))))
        }
        months = a.when?.months ?? []
        if !a.partners.isEmpty {
            let partners = canvas.partners ?? []
            // A few partners and references: searching the list costs less than building a set,
            // which only a long list (generated or hostile) gets.
            let ids = partners.count * a.partners.count > 1024 ? Set(a.partners.map(\.value)) : nil
            partnerTypes = partners.compactMap { partner in
                guard let id = partner.id,
                      ids?.contains(id) ?? a.partners.contains(where: { $0.value == id }) else { return nil }
                return partner.type
            }
        }
    }

    init(need n: Need, index: Int) {
        fields = n.fields
        naming = .identified(section: "needs", id: n.id, index: index)
        add(text: [("id", n.id), ("text", n.text), ("evidence", n.evidence.rawValue)])
    }

    init(resource r: Resource, index: Int) {
        fields = r.fields
        naming = .identified(section: "resources", id: r.id, index: index)
        add(text: [("id", r.id), ("item", r.item), ("kind", r.kind?.rawValue), ("currency", r.currency),
                   ("available", r.available ? "true" : "false")])
        if let cost = r.cost { values.append(("cost", .number(cost))) }
    }

    init(information i: InformationChannel, index: Int) {
        fields = i.fields
        naming = .numbered(section: "information", index: index)
        add(text: [("channel", i.channel), ("audience", i.audience)])
    }

    init(effect e: Effect, section: String, index: Int) {
        fields = e.fields
        naming = .numbered(section: section, index: index)
        add(text: [("text", e.text), ("currency", e.currency), ("indicator", e.indicator), ("unit", e.unit),
                   ("evidence", e.evidence.rawValue)])
        if let value = e.value { values.append(("value", .number(value))) }
        if let target = e.target { values.append(("target", .number(target))) }
    }

    init(targetGroup t: TargetGroup) {
        fields = t.fields
        naming = .single("target_group")
        add(text: [("name", t.name), ("description", t.description), ("place", t.place)])
        if let size = t.size { values.append(("size", .number(Decimal(size)))) }
    }

    init(service s: Service) {
        fields = s.fields
        naming = .single("service")
        add(text: [("name", s.name), ("goal", s.goal), ("description", s.description)])
    }

    /// Fields that hold codes rather than words, left out when a check names no fields.
    static let codeFields: Set<String> = ["id", "type", "kind", "evidence", "available", "currency", "unit", "when",
                                          "needs", "partners", "resources", "value", "target", "cost", "size"]

    /// The item's text fields joined (the worded ones, in name order, when `names` is `nil`).
    func text(of names: [String]?) -> String {
        let keys = names ?? values.map(\.name).filter { !Self.codeFields.contains($0) }.sorted()
        return keys.compactMap { value($0)?.searchable }.joined(separator: " \n ")
    }

    /// Adds the texts that are present and not empty.
    private mutating func add(text pairs: [(String, String?)]) {
        values.reserveCapacity(pairs.count + 3)
        for (name, text) in pairs {
            if let text, !text.isEmpty { values.append((name, .text(text))) }
        }
    }
}
