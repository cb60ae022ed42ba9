import CanvasKit
import Foundation
import GRDB

/// The rows of the section tables for one canvas: what the store keeps of its latest revision
/// so that a question across canvases is one SQL query.
///
/// The rows are made on the thread that linted the canvas, as ``RowValues``: table after table
/// in ``SectionTable`` order, each row's values in the column order of the table's
/// ``SectionTable/insertSQL``, frozen before they go to the writing thread.
struct SectionRows: Sendable {
    /// Every row's values.
    let values: RowValues
    /// Where each table's values end in `values.values`, in ``SectionTable`` order.
    private let ends: [Int]

    /// The rows of `canvas`, stored under `canvasID`.
    init(canvas: Canvas, canvasID: String) {
        let values = RowValues.Builder(values: 512, bytes: 12 * 1024)
        var ends: [Int] = []
        ends.reserveCapacity(SectionTable.allCases.count)
        let id = values.copy(canvasID)
        for (index, need) in (canvas.needs ?? []).enumerated() {
            values.append(id); values.append(index + 1); values.append(need.id); values.append(need.text)
            values.append(need.evidence.rawValue)
        }
        endTable()
        for (index, partner) in (canvas.partners ?? []).enumerated() {
            values.append(id); values.append(index + 1); values.append(partner.id); values.append(partner.name)
            values.append(partner.type?.rawValue); values.append(partner.role); values.append(partner.benefit)
            values.append(partner.contact)
        }
        endTable()
        for (index, resource) in (canvas.resources ?? []).enumerated() {
            values.append(id); values.append(index + 1); values.append(resource.id); values.append(resource.item)
            values.append(resource.kind?.rawValue); values.append(Self.double(resource.cost))
            values.append(resource.currency); values.append(resource.available)
        }
        endTable()
        for (index, channel) in (canvas.information ?? []).enumerated() {
            values.append(id); values.append(index + 1); values.append(channel.channel); values.append(channel.audience)
        }
        endTable()
        let activities = canvas.activities ?? []
        for (index, activity) in activities.enumerated() {
            values.append(id); values.append(index + 1); values.append(activity.id); values.append(activity.name)
            values.append(activity.when?.description)
            values.append(activity.when.map { Self.day($0.start.firstDay) })
            values.append(activity.when.map { Self.day(($0.end ?? $0.start).lastDay) })
            values.append(activity.responsible)
        }
        endTable()
        for (index, activity) in activities.enumerated() {
            for (kind, targets) in [("need", activity.needs), ("partner", activity.partners), ("resource", activity.resources)] {
                for target in targets {
                    values.append(id); values.append(index + 1); values.append(activity.id); values.append(kind)
                    values.append(target.value)
                }
            }
        }
        endTable()
        let effectLists = [("social", canvas.effects?.social), ("economic", canvas.effects?.economic),
                           ("result", canvas.results)]
        for (kind, list) in effectLists {
            for (index, effect) in (list ?? []).enumerated() {
                values.append(id); values.append(kind); values.append(index + 1); values.append(effect.text)
                values.append(Self.double(effect.value)); values.append(effect.currency)
                values.append(effect.indicator); values.append(Self.double(effect.target)); values.append(effect.unit)
                values.append(effect.evidence.rawValue)
            }
        }
        endTable()
        SearchBodies.write(canvas, canvasID: id, into: values)
        endTable()
        self.values = values.freeze()
        self.ends = ends

        func endTable() { ends.append(values.values.count) }
    }

    /// Where the values of `table`'s rows are in `values.values`.
    func range(of table: SectionTable) -> Range<Int> {
        (table.rawValue == 0 ? 0 : ends[table.rawValue - 1])..<ends[table.rawValue]
    }

    /// The `search_items` rows: each section that has text, and its text.
    var searchItems: [(section: String, body: String)] {
        stride(from: range(of: .searchItems).lowerBound, to: range(of: .searchItems).upperBound, by: 3).map {
            (values.string(values.values[$0 + 1]) ?? "", values.string(values.values[$0 + 2]) ?? "")
        }
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

    /// `YYYY-MM-DD`, as `String(format: "%04d-%02d-%02d", …)` writes it: for the days periods
    /// cover, ``Period``'s own text of the day, which is written without the cost of formatting.
    static func day(_ date: (year: Int, month: Int, day: Int)) -> String {
        guard (0...9999).contains(date.year), (0...99).contains(date.month), (0...99).contains(date.day) else {
            return String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
        }
        return Period.day(date.year, date.month, date.day).description
    }
}
