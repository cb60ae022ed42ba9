import CanvasKit

/// What changed between two revisions of a canvas, section by section.
///
/// Items with ids (needs, partners, resources, activities) are matched by id. Items without
/// (information, effects, results) are matched by their text first, then by position, so
/// inserting an effect at the top shows as one addition rather than a change of every effect.
public struct CanvasDiff: Sendable, Equatable {
    /// One difference within a section.
    public enum Change: Sendable, Equatable {
        /// An item only the newer revision has.
        case added(SectionItem)
        /// An item only the older revision has.
        case removed(SectionItem)
        /// An item both have, with the names of the fields that differ.
        case changed(old: SectionItem, new: SectionItem, fields: [String])
    }

    /// The canvas id.
    public var id: String
    /// The older revision's number.
    public var from: Int
    /// The newer revision's number.
    public var to: Int
    /// The changes of each section that has any, in format order.
    public var sections: [(section: String, changes: [Change])]

    /// Compares two revisions' models.
    public init(id: String, from: Int, to: Int, old: Canvas, new: Canvas) {
        self.id = id
        self.from = from
        self.to = to
        let olds = Dictionary(grouping: SectionItem.items(of: old), by: \.section)
        let news = Dictionary(grouping: SectionItem.items(of: new), by: \.section)
        sections = SectionItem.sectionOrder.compactMap { section in
            let changes = Self.compare(olds[section] ?? [], news[section] ?? [])
            return changes.isEmpty ? nil : (section, changes)
        }
    }

    /// Whether the two revisions have the same content (they may differ in layout or comments).
    public var isEmpty: Bool { sections.isEmpty }

    /// The diff as text: a heading per changed section, then `+`, `-` and `~` lines.
    public var text: String {
        let safe = TerminalText.escaped
        guard !isEmpty else { return "\(safe(id)): no differences in content between revisions \(from) and \(to)\n" }
        var out = "\(safe(id)): revision \(from) → \(to)\n"
        for (section, changes) in sections {
            out += "\n\(section)\n"
            for change in changes {
                switch change {
                case .added(let item): out += "  + \(safe(Self.name(item)))\n"
                case .removed(let item): out += "  - \(safe(Self.name(item)))\n"
                case .changed(let old, let new, let fields):
                    out += "  ~ \(safe(Self.name(new)))\n"
                    for field in fields {
                        out += "      \(field): \(safe(old.value(field) ?? "(none)")) → \(safe(new.value(field) ?? "(none)"))\n"
                    }
                }
            }
        }
        return out
    }

    public static func == (lhs: CanvasDiff, rhs: CanvasDiff) -> Bool {
        lhs.id == rhs.id && lhs.from == rhs.from && lhs.to == rhs.to && lhs.sections.map(\.section) == rhs.sections.map(\.section)
            && lhs.sections.map(\.changes) == rhs.sections.map(\.changes)
    }

    private static func name(_ item: SectionItem) -> String {
        let label = item.label
        if item.keyedByID { return label.isEmpty ? item.key : "\(item.key): \(label)" }
        if ["header", "target_group", "service"].contains(item.section) { return label }
        return label.isEmpty ? item.key : label
    }

    private static func compare(_ old: [SectionItem], _ new: [SectionItem]) -> [Change] {
        var pairs: [(SectionItem, SectionItem)] = []
        var leftOld = old, leftNew = new
        // Match by key for id-keyed and one-item sections, by label for the rest; then by position.
        let matchByKey = (old.first ?? new.first).map { $0.keyedByID || $0.key == $0.section } ?? true
        var index = 0
        while index < leftNew.count {
            let item = leftNew[index]
            let match = leftOld.firstIndex { matchByKey ? $0.key == item.key : $0.label == item.label }
            if let match {
                pairs.append((leftOld.remove(at: match), leftNew.remove(at: index)))
            } else {
                index += 1
            }
        }
        if !matchByKey {
            while !leftOld.isEmpty && !leftNew.isEmpty { pairs.append((leftOld.removeFirst(), leftNew.removeFirst())) }
        }
        var changes: [Change] = []
        for (before, after) in pairs where before.fields != after.fields {
            let names = (before.fields.map(\.name) + after.fields.map(\.name)).reduce(into: [String]()) { names, name in
                if !names.contains(name) { names.append(name) }
            }
            let differing = names.filter { before.value($0) != after.value($0) }
            changes.append(.changed(old: before, new: after, fields: differing))
        }
        changes += leftNew.map { .added($0) } + leftOld.map { .removed($0) }
        return changes
    }
}
