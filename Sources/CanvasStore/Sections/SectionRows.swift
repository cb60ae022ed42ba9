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
    var searchItems: [SearchItemRow] = []

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
        searchItems = SearchBodies.items(of: canvas, canvasID: id)
    }

    /// Inserts every row (see ``Writer`` for many canvases).
    func insert(_ db: Database) throws {
        var writer = Writer(db)
        try writer.add(self)
        try writer.finish()
    }

    /// Deletes every section row of the canvas `id` (the search index follows through its trigger).
    static func delete(canvasID id: String, _ db: Database) throws {
        try Writer(db).delete(canvasIDs: [id])
    }

    private static func double(_ value: Decimal?) -> Double? {
        value.map { NSDecimalNumber(decimal: $0).doubleValue }
    }

    /// `YYYY-MM-DD`, as `String(format: "%04d-%02d-%02d", …)` writes it, without the cost of formatting.
    static func day(_ date: (year: Int, month: Int, day: Int)) -> String {
        guard (0...9999).contains(date.year), (0...99).contains(date.month), (0...99).contains(date.day) else {
            return String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
        }
        func digit(_ value: Int) -> UInt8 { UInt8(truncatingIfNeeded: 0x30 + value) }
        let bytes: [UInt8] = [
            digit(date.year / 1000), digit(date.year / 100 % 10), digit(date.year / 10 % 10), digit(date.year % 10), 0x2D,
            digit(date.month / 10), digit(date.month % 10), 0x2D, digit(date.day / 10), digit(date.day % 10),
        ]
        return String(decoding: bytes, as: UTF8.self)
    }
}
