import CanvasKit

/// The `search_items` rows of a canvas: one text per section, which is every searched value of
/// the section (all fields but the closed-list ones, see ``SectionItem/isSearched(_:)``) that is
/// not empty, one per line, in format order.
///
/// It is what joining the ``SectionItem/searchBody`` of each section's items gives (a test holds
/// the two together), written straight into one string per section: `sdw add` makes these for
/// every canvas, and going through ``SectionItem``'s fields cost more than all the other rows.
struct SearchBodies {
    private let canvasID: String
    private var items: [SearchItemRow] = []
    /// The text of the section being written, UTF-8.
    private var body: [UInt8] = []

    /// The rows of `canvas`, stored under `canvasID`.
    static func items(of canvas: Canvas, canvasID: String) -> [SearchItemRow] {
        var bodies = SearchBodies(canvasID: canvasID)
        bodies.write(canvas)
        return bodies.items
    }

    private init(canvasID: String) { self.canvasID = canvasID }

    private mutating func write(_ canvas: Canvas) {
        value(canvas.title)
        value(canvas.plugin)
        value(canvas.library)
        list(canvas.authors)
        value(canvas.workshop)
        value(canvas.group.map(String.init))
        end("header")
        if let group = canvas.targetGroup {
            value(group.name)
            value(group.description)
            value(group.size.map(String.init))
            value(group.place)
            end("target_group")
        }
        for need in canvas.needs ?? [] {
            value(need.id)
            value(need.text)
        }
        end("needs")
        if let service = canvas.service {
            value(service.name)
            value(service.goal)
            value(service.description)
            end("service")
        }
        for resource in canvas.resources ?? [] {
            value(resource.id)
            value(resource.item)
            value(resource.kind?.rawValue)
            value(resource.cost.map(SectionItem.text))
            value(resource.currency)
        }
        end("resources")
        for partner in canvas.partners ?? [] {
            value(partner.id)
            value(partner.name)
            value(partner.type?.rawValue)
            value(partner.role)
            value(partner.benefit)
            value(partner.contact)
        }
        end("partners")
        for channel in canvas.information ?? [] {
            value(channel.channel)
            value(channel.audience)
        }
        end("information")
        for activity in canvas.activities ?? [] {
            value(activity.id)
            value(activity.name)
            value(activity.when?.description)
            value(activity.responsible)
            list(activity.needs)
            list(activity.partners)
            list(activity.resources)
        }
        end("activities")
        for (section, effects) in [("effects.social", canvas.effects?.social), ("effects.economic", canvas.effects?.economic),
                                   ("results", canvas.results)] {
            for effect in effects ?? [] {
                value(effect.text)
                value(effect.value.map(SectionItem.text))
                value(effect.currency)
                value(effect.indicator)
                value(effect.target.map(SectionItem.text))
                value(effect.unit)
            }
            end(section)
        }
    }

    /// Adds `text` as the section's next line, unless it is missing or empty.
    private mutating func value(_ text: String?) {
        guard let text, !text.isEmpty else { return }
        startLine()
        append(text)
    }

    /// Appends `text`'s bytes: one copy, where `String`'s own appending costs hundreds of
    /// instructions a call.
    private mutating func append(_ text: String) {
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { body.append(contentsOf: $0) }
        if copied == nil { body.append(contentsOf: text.utf8) }
    }

    /// Starts a line: a line break after the section's text so far, or room for a section's text.
    private mutating func startLine() {
        if body.isEmpty {
            // Most sections' texts fit: the string is not grown and copied line by line.
            body.reserveCapacity(Self.expectedLength)
        } else {
            body.append(0x0A)
        }
    }

    /// Between the texts of a list.
    private static let separator: [UInt8] = Array(", ".utf8)

    /// Bytes reserved for a section's text when its first line comes.
    private static let expectedLength = 480

    /// Adds `texts` joined with `, ` as one line, unless that is empty.
    private mutating func list(_ texts: [String]) { list(texts, \.self) }

    /// Adds the ids `ids` joined with `, ` as one line, unless that is empty.
    private mutating func list(_ ids: [Located<String>]) { list(ids, \.value) }

    private mutating func list<Item>(_ items: [Item], _ text: KeyPath<Item, String>) {
        // Empty only when it is one empty text (two or more have the separator).
        guard items.count > 1 || items.first?[keyPath: text].isEmpty == false else { return }
        startLine()
        for index in items.indices {
            if index > 0 { body.append(contentsOf: Self.separator) }
            append(items[index][keyPath: text])
        }
    }

    /// Ends `section`: its row, if it has any text.
    private mutating func end(_ section: String) {
        guard !body.isEmpty else { return }
        items.append(SearchItemRow(canvasId: canvasID, section: section, body: body))
        body = []
    }
}
