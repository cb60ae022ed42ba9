import CanvasKit
import CanvasReports
import CanvasRules

/// Canvases for the tests: the repository's examples and canvases written inline.
enum ReportFixtures {
    /// The example folders whose canvases are valid (Examples/invalid fails every rule on purpose).
    static let validExamples = ["Examples/velingrad-2012", "Examples/cherkasy", "Examples/kazakhstan"]

    /// The examples under `relative` (a file or folder of the repository), sources relative to the root.
    static func source(_ relative: [String]) throws -> FileReportSource {
        try FileReportSource(paths: relative.map(Repository.path))
    }

    /// The items of `source` with their paths made relative to the repository root, for stable snapshots.
    static func items(_ relative: [String]) throws -> [ReportItem] {
        try FileReportSource(paths: relative.map(Repository.path)).canvases().map(relativised)
    }

    /// `item` with its source relative to the repository root.
    static func relativised(_ item: ReportItem) -> ReportItem {
        var item = item
        let prefix = Repository.root.path + "/"
        if item.source.hasPrefix(prefix) { item.source = String(item.source.dropFirst(prefix.count)) }
        return item
    }

    /// A canvas read from `yaml`, checked by the core rules.
    static func item(_ yaml: String, path: String = "inline.yaml") -> ReportItem {
        let loaded = CanvasLoader.load(Array(yaml.utf8), path: path)
        return ReportItem(source: path, canvas: loaded.canvas!, findings: Linter().lint(loaded))
    }

    /// A small valid canvas whose title and texts can be replaced.
    static func canvas(title: String = "Reading club", language: String = "en", extra: String = "") -> String {
        """
        format: 1
        id: reading-club
        title: "\(title)"
        language: \(language)
        target_group: {name: Seniors, size: 20}
        needs:
          - {id: company, text: Company and conversation}
        service: {name: Reading club, goal: Meet weekly to read together}
        resources:
          - {id: room, item: Reading room, kind: space, cost: 1500, currency: BGN}
          - {id: books, item: Large-print books, kind: materials, cost: 250.5, currency: BGN, available: false}
        partners:
          - {id: club, name: Pensioners' club, type: ngo, role: Brings members, benefit: Activities for members}
        information:
          - {channel: Leaflets, audience: Seniors}
        activities:
          - {id: meet, name: Weekly meeting, when: 2026-03..2026-05, responsible: Librarian, needs: [company], partners: [club], resources: [room, books]}
        effects:
          social:
            - {text: Less loneliness, indicator: regular members, target: 15, unit: people}
          economic:
            - {text: Donations, value: 3501, currency: BGN, indicator: donations, target: 3501, unit: BGN}
        \(extra)
        """
    }
}
