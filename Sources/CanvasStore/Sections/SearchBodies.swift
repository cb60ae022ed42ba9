import CanvasKit

/// The `search_items` rows of a canvas: one text per section, which is every searched value of
/// the section (all fields but the closed-list ones, see ``SectionItem/isSearched(_:)``) that is
/// not empty, one per line, in format order.
///
/// It is what joining the ``SectionItem/searchBody`` of each section's items gives (a test holds
/// the two together), written straight into the bytes of the canvas's ``RowValues``: `sdw add`
/// makes these for every canvas, and going through ``SectionItem``'s fields cost more than all
/// the other rows.
struct SearchBodies {
    private let values: RowValues.Builder
    private let canvasID: RowValues.Text
    /// Where the text of the section being written starts in `values`' bytes.
    private var start: Int

    /// Appends the `search_items` rows of `canvas`, stored under `canvasID`, to `values`:
    /// canvas id, section and text, the text written straight into the values' bytes.
    static func write(_ canvas: Canvas, canvasID: RowValues.Text, into values: RowValues.Builder) {
        var bodies = SearchBodies(values: values, canvasID: canvasID, start: values.byteCount)
        bodies.write(canvas)
    }

    private init(values: RowValues.Builder, canvasID: RowValues.Text, start: Int) {
        self.values = values
        self.canvasID = canvasID
        self.start = start
    }

    /// Whether the section being written has no text yet.
    private var isEmpty: Bool { values.byteCount == start }

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
        values.write(text)
    }

    /// Starts a line: a line break after the section's text so far.
    private mutating func startLine() {
        if !isEmpty { values.write(0x0A) }
    }

    /// Adds `texts` joined with `, ` as one line, unless that is empty.
    private mutating func list(_ texts: [String]) { list(texts) { $0 } }

    /// Adds the ids `ids` joined with `, ` as one line, unless that is empty.
    private mutating func list(_ ids: [Located<String>]) { list(ids) { $0.value } }

    /// (A closure, not a key path: a key path is looked up at run time, a thousand instructions a list.)
    private mutating func list<Item>(_ items: [Item], _ text: (Item) -> String) {
        // Empty only when it is one empty text (two or more have the separator).
        guard items.count > 1 || items.first.map(text)?.isEmpty == false else { return }
        startLine()
        for index in items.indices {
            if index > 0 {
                values.write(0x2C)  // ", "
                values.write(0x20)
            }
            values.write(text(items[index]))
        }
    }

    /// Ends `section`: its row, if it has any text.
    private mutating func end(_ section: String) {
        guard !isEmpty else { return }
        let body = values.text(from: start)
        values.append(canvasID)
        values.append(section)
        values.append(body)
        start = values.byteCount
    }
}
