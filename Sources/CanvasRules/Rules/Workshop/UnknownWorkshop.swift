import CanvasKit

/// A canvas's `workshop:` names a known workshop.
public struct UnknownWorkshop: WorkshopRule {
    /// Creates the rule.
    public init() {}

    public let message = LocalizedText(
        en: "there is no workshop '{workshop}'{hint}; the workshop report would leave this canvas out",
        bg: "няма семинар '{workshop}'{hint}; отчетът на семинара би пропуснал тази диаграма",
        uk: "немає семінару '{workshop}'{hint}; звіт семінару пропустив би цю діаграму",
        ru: "нет семинара '{workshop}'{hint}; отчёт семинара пропустил бы эту диаграмму")

    public var description: RuleDescription {
        RuleDescription(
            id: "unknown-workshop", severity: .error, category: .workshop,
            summary: "A canvas's workshop: names a workshop file that is checked with it (or, for sdw add, stored).",
            rationale: """
                `sdw report --workshop ID` gathers the canvases whose workshop: is ID: a misspelt id silently drops \
                the table from the report. The rule runs when at least one workshop is known (a workshop file among \
                the files checked, or in the store for sdw add), so a canvas checked on its own is not flagged.
                """,
            failing: ["# file: workshop.yaml\nformat: 1\nkind: workshop\nid: velingrad-2012\ntitle: W\n"
                      + "# file: group-1.yaml\nformat: 1\nid: a\ntitle: A\nworkshop: velingrad-2021\ngroup: 1\n"],
            passing: ["# file: workshop.yaml\nformat: 1\nkind: workshop\nid: velingrad-2012\ntitle: W\n"
                      + "# file: group-1.yaml\nformat: 1\nid: a\ntitle: A\nworkshop: velingrad-2012\ngroup: 1\n",
                      "# file: group-1.yaml\nformat: 1\nid: a\ntitle: A\nworkshop: velingrad-2012\ngroup: 1\n"])
    }

    public func check(_ set: WorkshopSet, report: (String, SourceLocation, [String: String]) -> Void) {
        guard !set.workshops.isEmpty else { return }
        let known = set.workshops.keys.sorted()
        for canvas in set.canvases {
            guard let workshop = canvas.workshop, set.workshops[workshop] == nil else { continue }
            let hint = Suggestion.nearest(to: workshop, in: known).map { " ('\($0)'?)" } ?? " (\(known.joined(separator: ", ")))"
            report(canvas.path, canvas.workshopLocation, ["workshop": workshop, "hint": hint])
        }
    }
}
