import CanvasKit
import Foundation
import GRDB

/// The rows of the section tables for one canvas: what the store keeps of its latest revision
/// so that a question across canvases is one SQL query.
struct SectionRows {
    var needs: [NeedRecord] = []
    var partners: [PartnerRecord] = []
    var resources: [ResourceRecord] = []
    var information: [InformationRecord] = []
    var activities: [ActivityRecord] = []
    var links: [ActivityLinkRecord] = []
    var effects: [EffectRecord] = []
    var searchItems: [SearchItemRecord] = []

    /// The rows of `canvas`, stored under `canvasID`.
    init(canvas: Canvas, canvasID id: String) {
        for (index, need) in (canvas.needs ?? []).enumerated() {
            needs.append(NeedRecord(canvasId: id, position: index + 1, id: need.id, text: need.text,
                                    evidence: need.evidence.rawValue))
        }
        for (index, partner) in (canvas.partners ?? []).enumerated() {
            partners.append(PartnerRecord(canvasId: id, position: index + 1, id: partner.id, name: partner.name,
                                          type: partner.type?.rawValue, role: partner.role, benefit: partner.benefit,
                                          contact: partner.contact))
        }
        for (index, resource) in (canvas.resources ?? []).enumerated() {
            resources.append(ResourceRecord(canvasId: id, position: index + 1, id: resource.id, item: resource.item,
                                            kind: resource.kind?.rawValue, cost: Self.double(resource.cost),
                                            currency: resource.currency, available: resource.available))
        }
        for (index, channel) in (canvas.information ?? []).enumerated() {
            information.append(InformationRecord(canvasId: id, position: index + 1, channel: channel.channel,
                                                 audience: channel.audience))
        }
        for (index, activity) in (canvas.activities ?? []).enumerated() {
            let position = index + 1
            activities.append(ActivityRecord(
                canvasId: id, position: position, id: activity.id, name: activity.name,
                when: activity.when?.description, starts: activity.when.map { Self.day($0.start.firstDay) },
                ends: activity.when.map { Self.day(($0.end ?? $0.start).lastDay) }, responsible: activity.responsible))
            for (kind, targets) in [("need", activity.needs), ("partner", activity.partners), ("resource", activity.resources)] {
                for target in targets {
                    links.append(ActivityLinkRecord(canvasId: id, activityPosition: position, activityId: activity.id,
                                                    kind: kind, targetId: target.value))
                }
            }
        }
        let effectLists = [("social", canvas.effects?.social), ("economic", canvas.effects?.economic),
                           ("result", canvas.results)]
        for (kind, list) in effectLists {
            for (index, effect) in (list ?? []).enumerated() {
                effects.append(EffectRecord(
                    canvasId: id, kind: kind, position: index + 1, text: effect.text, value: Self.double(effect.value),
                    currency: effect.currency, indicator: effect.indicator, target: Self.double(effect.target),
                    unit: effect.unit, evidence: effect.evidence.rawValue))
            }
        }
        // One searchable text per section: fewer, longer rows index and rank faster than one per item.
        let bySection = Dictionary(grouping: SectionItem.items(of: canvas), by: \.section)
        for section in SectionItem.sectionOrder {
            let body = (bySection[section] ?? []).map(\.searchBody).filter { !$0.isEmpty }.joined(separator: "\n")
            guard !body.isEmpty else { continue }
            searchItems.append(SearchItemRecord(canvasId: id, section: section, body: body))
        }
    }

    /// No rows; ``append(_:)`` gathers the rows of many canvases to insert them together.
    init() {}

    /// Adds the rows of `other` (another canvas) after these.
    mutating func append(_ other: SectionRows) {
        needs += other.needs
        partners += other.partners
        resources += other.resources
        information += other.information
        activities += other.activities
        links += other.links
        effects += other.effects
        searchItems += other.searchItems
    }

    /// Inserts every row, through cached prepared statements of many rows each.
    func insert(_ db: Database) throws {
        try NeedRecord.insert(needs, db)
        try PartnerRecord.insert(partners, db)
        try ResourceRecord.insert(resources, db)
        try InformationRecord.insert(information, db)
        try ActivityRecord.insert(activities, db)
        try ActivityLinkRecord.insert(links, db)
        try EffectRecord.insert(effects, db)
        try SearchItemRecord.insert(searchItems, db)
    }

    /// Deletes every section row of the canvas `id` (the search index follows through its trigger).
    static func delete(canvasID id: String, _ db: Database) throws {
        for table in ["needs", "partners", "resources", "information", "activities", "activity_links", "effects",
                      "search_items"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE canvas_id = ?", arguments: [id])
        }
    }

    private static func double(_ value: Decimal?) -> Double? {
        value.map { NSDecimalNumber(decimal: $0).doubleValue }
    }

    private static func day(_ date: (year: Int, month: Int, day: Int)) -> String {
        String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
    }
}
