import CanvasKit

/// A canvas uses the plugin its workshop planned for its table.
public struct GroupPluginMismatch: WorkshopRule {
    /// Creates the rule.
    public init() {}

    public let message = LocalizedText(
        en: "the workshop '{workshop}' gives group {group} the plugin '{planned}', but this canvas uses {actual}",
        bg: "семинарът '{workshop}' дава на група {group} приставката '{planned}', а тази диаграма използва {actual}",
        uk: "семінар '{workshop}' дає групі {group} плагін '{planned}', а ця діаграма використовує {actual}",
        ru: "семинар '{workshop}' даёт группе {group} плагин '{planned}', а эта диаграмма использует {actual}")

    public var description: RuleDescription {
        RuleDescription(
            id: "group-plugin-mismatch", severity: .warning, category: .workshop,
            summary: "A canvas uses the plugin its workshop file gives its group.",
            rationale: """
                The workshop file plans each table's target group; a canvas with another plugin (or none) is \
                checked against the wrong group's expectations, or was given the wrong group number.
                """,
            failing: ["# file: workshop.yaml\nformat: 1\nkind: workshop\nid: w\ntitle: W\ngroups:\n  - {number: 9, plugin: seniors}\n"
                      + "# file: group-9.yaml\nformat: 1\nid: a\ntitle: A\nplugin: farmers\nworkshop: w\ngroup: 9\n"],
            passing: ["# file: workshop.yaml\nformat: 1\nkind: workshop\nid: w\ntitle: W\ngroups:\n  - {number: 9, plugin: seniors}\n"
                      + "  - {number: 1, theme: Pupils}\n"
                      + "# file: group-9.yaml\nformat: 1\nid: a\ntitle: A\nplugin: seniors\nworkshop: w\ngroup: 9\n"
                      + "# file: group-1.yaml\nformat: 1\nid: b\ntitle: B\nplugin: farmers\nworkshop: w\ngroup: 1\n"])
    }

    public func check(_ set: WorkshopSet, report: (String, SourceLocation, [String: String]) -> Void) {
        for canvas in set.canvases {
            guard let workshop = canvas.workshop, let group = canvas.group,
                  let planned = set.workshops[workshop]?.plugins[group] ?? nil,
                  canvas.plugin != planned else { continue }
            report(canvas.path, canvas.pluginLocation,
                   ["workshop": workshop, "group": String(group), "planned": planned,
                    "actual": canvas.plugin.map { "'\($0)'" } ?? "none"])
        }
    }
}
