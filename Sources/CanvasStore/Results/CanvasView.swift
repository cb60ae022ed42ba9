import CanvasKit

/// One revision of a canvas as `sdw show` prints it: the header, every section, and the findings.
public struct CanvasView: Sendable {
    /// The canvas's row.
    public var canvas: CanvasRecord
    /// The revision shown.
    public var revision: RevisionRecord
    /// The revision's text, decoded.
    public var model: Canvas
    /// The revision's lint findings, by position.
    public var findings: [FindingRecord]

    /// The whole view as text.
    public var text: String {
        let safe = TerminalText.escaped
        var out = "\(safe(canvas.id)): \(safe(model.title ?? "(no title)"))\n"
        let hidden = canvas.hidden ? " (hidden)" : ""
        out += "revision \(revision.number) of \(canvas.latestRevision)\(hidden), \(revision.createdAt)"
        out += revision.message.map { ", \"\(safe($0))\"" } ?? ""
        out += "\n"
        var facts = ["language \(model.language.rawValue)", "status \(model.status.rawValue)"]
        if let plugin = model.plugin { facts.append("plugin \(plugin)") }
        if let workshop = model.workshop { facts.append("workshop \(workshop)" + (model.group.map { " group \($0)" } ?? "")) }
        out += safe(facts.joined(separator: ", ")) + "\n"
        if let library = model.library { out += "library: \(safe(library))\n" }
        out += "lint: " + RevisionHistory.counts(errors: revision.errors, warnings: revision.warnings)
            + ", \(revision.infos) info\(revision.infos == 1 ? "" : "s")\n"

        var sections: [String: [SectionItem]] = [:]
        for item in SectionItem.items(of: model) where item.section != "header" {
            sections[item.section, default: []].append(item)
        }
        for section in SectionItem.sectionOrder {
            guard let items = sections[section] else { continue }
            let single = ["target_group", "service"].contains(section)
            out += "\n" + section + (single ? "" : " (\(items.count))") + "\n"
            var table = TextTable(indent: "  ")
            for item in items {
                let details = Self.details(of: item)
                if single {
                    table.append(item.label + (details.isEmpty ? "" : " [\(details)]"))
                } else {
                    table.append(item.key, item.label + (details.isEmpty ? "" : " [\(details)]"))
                }
            }
            out += table.text
        }
        if !findings.isEmpty {
            out += "\nfindings (\(findings.count))\n"
            out += findings.map { "  " + safe($0.summary) + "\n" }.joined()
        }
        return out
    }

    /// The fields other than the id and the label, as `name: value; ...`.
    private static func details(of item: SectionItem) -> String {
        let label = item.label
        return item.fields
            .filter { $0.name != "id" && $0.value != label && !["description", "goal"].contains($0.name) }
            .map { "\($0.name): \($0.value)" }
            .joined(separator: "; ")
    }
}
