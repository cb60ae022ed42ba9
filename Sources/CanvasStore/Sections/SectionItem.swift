import CanvasKit
import Foundation

/// One item of one section of a canvas, as named fields of text: what `sdw diff` compares and
/// what full-text search indexes.
///
/// Sections with ids (needs, partners, resources, activities) key their items by id; the
/// others (information, effects, results) by 1-based position, written `#N`. The header,
/// target group and service are one item each.
public struct SectionItem: Hashable, Sendable {
    /// A named value of an item.
    public struct Field: Hashable, Sendable {
        /// The YAML key.
        public var name: String
        /// The value as text (lists joined with `, `).
        public var value: String
    }

    /// The section, e.g. `needs`, `effects.social`, `header`.
    public var section: String
    /// The item's id, or `#N` for its position.
    public var key: String
    /// Whether ``key`` is an id (rather than a position).
    public var keyedByID: Bool
    /// The item's non-empty fields, in format order.
    public var fields: [Field]

    /// The value of the field `name`, if present.
    public func value(_ name: String) -> String? { fields.first { $0.name == name }?.value }

    /// A short text for the item: its name, text, item, channel or title, whichever it has.
    public var label: String {
        for name in ["name", "text", "item", "channel", "title"] {
            if let value = value(name) { return value }
        }
        return fields.first?.value ?? ""
    }

    /// The text that full-text search indexes: every field's value but the closed-list ones
    /// (language, status, evidence, availability), one per line.
    public var searchBody: String {
        fields.filter { Self.isSearched($0.name) }.map(\.value).joined(separator: "\n")
    }

    /// Whether full-text search indexes the field `name`: all but the closed-list ones.
    static func isSearched(_ name: String) -> Bool {
        switch name {
        case "language", "status", "evidence", "available": false
        default: true
        }
    }

    /// The sections in the order of the format.
    public static let sectionOrder = [
        "header", "target_group", "needs", "service", "resources", "partners", "information",
        "activities", "effects.social", "effects.economic", "results",
    ]

    /// Every item of `canvas`, section by section in format order.
    public static func items(of canvas: Canvas) -> [SectionItem] {
        var items: [SectionItem] = []
        visitItems(of: canvas) { section, key, byID, pairs in
            let fields = pairs.compactMap { name, value in
                value.flatMap { $0.isEmpty ? nil : Field(name: name, value: $0) }
            }
            items.append(SectionItem(section: section, key: key.text, keyedByID: byID, fields: fields))
        }
        return items
    }

    /// `value` as text, as `"\(value)"` writes it; whole numbers (most amounts) without
    /// Foundation's digit-by-digit formatting.
    static func text(_ value: Decimal) -> String {
        // A non-negative exponent is a whole number; below 2^53 its Double is exact.
        if value.isFinite, value.exponent >= 0 {
            let double = NSDecimalNumber(decimal: value).doubleValue
            if double.magnitude < 9_007_199_254_740_992 { return String(Int64(double)) }
        }
        return "\(value)"
    }

    /// An item's key before it is made text: a name (an id, or the section's name for a
    /// one-item section), else the 1-based position.
    struct Key {
        var name: String?
        var position: Int
        /// The name, or `#N`.
        var text: String { name ?? "#\(position)" }
    }

    /// Calls `visit` for every item of `canvas`, section by section in format order, with its
    /// section, its key, whether that is an id, and its fields as name and value (`nil` or empty
    /// for a field the item does not have): what ``items(of:)`` makes items of, without making them.
    static func visitItems(
        of canvas: Canvas, _ visit: (_ section: String, _ key: Key, _ byID: Bool, _ pairs: [(String, String?)]) -> Void
    ) {
        func add(_ section: String, _ key: Key, byID: Bool, _ pairs: [(String, String?)]) {
            visit(section, key, byID, pairs)
        }
        func text(_ value: Decimal?) -> String? { value.map(Self.text) }
        func ids(_ list: [Located<String>]) -> String? { list.isEmpty ? nil : list.map(\.value).joined(separator: ", ") }

        add("header", Key(name: "header", position: 1), byID: false, [
            ("title", canvas.title), ("language", canvas.language.rawValue), ("plugin", canvas.plugin),
            ("status", canvas.status.rawValue), ("library", canvas.library),
            ("authors", canvas.authors.isEmpty ? nil : canvas.authors.joined(separator: ", ")),
            ("workshop", canvas.workshop), ("group", canvas.group.map(String.init)),
        ])
        if let group = canvas.targetGroup {
            add("target_group", Key(name: "target_group", position: 1), byID: false, [
                ("name", group.name), ("description", group.description), ("size", group.size.map(String.init)),
                ("place", group.place),
            ])
        }
        for (index, need) in (canvas.needs ?? []).enumerated() {
            add("needs", Key(name: need.id, position: index + 1), byID: need.id != nil,
                [("id", need.id), ("text", need.text), ("evidence", need.evidence.rawValue)])
        }
        if let service = canvas.service {
            add("service", Key(name: "service", position: 1), byID: false,
                [("name", service.name), ("goal", service.goal), ("description", service.description)])
        }
        for (index, resource) in (canvas.resources ?? []).enumerated() {
            add("resources", Key(name: resource.id, position: index + 1), byID: resource.id != nil, [
                ("id", resource.id), ("item", resource.item), ("kind", resource.kind?.rawValue),
                ("cost", text(resource.cost)), ("currency", resource.currency),
                ("available", resource.available ? "true" : "false"),
            ])
        }
        for (index, partner) in (canvas.partners ?? []).enumerated() {
            add("partners", Key(name: partner.id, position: index + 1), byID: partner.id != nil, [
                ("id", partner.id), ("name", partner.name), ("type", partner.type?.rawValue), ("role", partner.role),
                ("benefit", partner.benefit), ("contact", partner.contact),
            ])
        }
        for (index, channel) in (canvas.information ?? []).enumerated() {
            add("information", Key(name: nil, position: index + 1), byID: false,
                [("channel", channel.channel), ("audience", channel.audience)])
        }
        for (index, activity) in (canvas.activities ?? []).enumerated() {
            add("activities", Key(name: activity.id, position: index + 1), byID: activity.id != nil, [
                ("id", activity.id), ("name", activity.name), ("when", activity.when?.description),
                ("responsible", activity.responsible), ("needs", ids(activity.needs)),
                ("partners", ids(activity.partners)), ("resources", ids(activity.resources)),
            ])
        }
        let effectLists = [("effects.social", canvas.effects?.social), ("effects.economic", canvas.effects?.economic),
                           ("results", canvas.results)]
        for (section, list) in effectLists {
            for (index, effect) in (list ?? []).enumerated() {
                add(section, Key(name: nil, position: index + 1), byID: false, [
                    ("text", effect.text), ("value", text(effect.value)), ("currency", effect.currency),
                    ("indicator", effect.indicator), ("target", text(effect.target)), ("unit", effect.unit),
                    ("evidence", effect.evidence.rawValue),
                ])
            }
        }
    }
}
