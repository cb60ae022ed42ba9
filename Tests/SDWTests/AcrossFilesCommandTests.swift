import Foundation
import Testing

/// The rules over several files in `sdw lint` and `sdw add`: canvas ids, workshops, groups and their plugins.
struct AcrossFilesCommandTests {
    /// A copy of the Velingrad workshop in a new folder, with `edit` applied to some of its files.
    static func velingrad(_ edit: [String: (String) -> String] = [:]) throws -> URL {
        let folder = URL(fileURLWithPath: try PluginCommandTests.temporaryFolder())
        let source = CLI.root.appendingPathComponent("Examples/velingrad-2012")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("ws"), withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where name.hasSuffix(".yaml") {
            var text = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
            if let change = edit[name] { text = change(text) }
            try Data(text.utf8).write(to: folder.appendingPathComponent("ws/" + name))
        }
        return folder
    }

    static func replacing(_ old: String, _ new: String) -> (String) -> String {
        { $0.replacingOccurrences(of: old, with: new) }
    }

    @Test func lintFindsTheMistakesBetweenFilesWithTheirPositions() throws {
        let folder = try Self.velingrad([
            "farmers.yaml": Self.replacing("workshop: velingrad-2012", "workshop: velingrad-2021"),
            "unemployed.yaml": Self.replacing("group: 5", "group: 9"),
            "pupils.yaml": Self.replacing("id: afternoon-learning-for-pupils", "id: seniors-online"),
        ])
        let output = try CLI.run(["lint", "ws", "--lang", "en", "--quiet"], in: folder)
        #expect(output.status == 1)
        let lines = output.stdout.split(separator: "\n").filter {
            $0.contains("[unknown-workshop]") || $0.contains("[duplicate-group]") || $0.contains("[duplicate-canvas-id]")
                || $0.contains("[group-plugin-mismatch]")
        }
        #expect(lines == [
            "ws/farmers.yaml:9:11: error: there is no workshop 'velingrad-2021' ('velingrad-2012'?); the workshop report would leave this canvas out [unknown-workshop]",
            "ws/seniors.yaml:3:5: error: the canvas id 'seniors-online' is also used by ws/pupils.yaml:3; the store keeps one canvas per id, so give each file its own [duplicate-canvas-id]",
            "ws/unemployed.yaml:11:8: error: group 9 of the workshop 'velingrad-2012' already has a canvas, 'seniors-online' (ws/seniors.yaml:10); each table designs one service [duplicate-group]",
        ], "\(output.stdout)")
        // The plugin mismatch is a warning: shown without --quiet.
        let all = try CLI.run(["lint", "ws", "--lang", "uk"], in: folder)
        #expect(all.stdout.contains("ws/unemployed.yaml:6:9: warning: семінар 'velingrad-2012' дає групі 9 плагін 'seniors', а ця діаграма використовує 'unemployed' [group-plugin-mismatch]"),
                "\(all.stdout)")
    }

    @Test func theValidWorkshopHasNoCrossFileFinding() throws {
        let output = try CLI.run(["lint", "Examples/velingrad-2012", "Examples/cherkasy", "Examples/kazakhstan", "--format", "json"])
        #expect(output.status == 0)
        for id in ["duplicate-canvas-id", "unknown-workshop", "duplicate-group", "group-plugin-mismatch"] {
            #expect(!output.stdout.contains("\"\(id)\""))
        }
    }

    @Test func addChecksAgainstTheStoreAndPointsAtAFileStoredUnderAnotherID() throws {
        let folder = try Self.velingrad()
        #expect(try CLI.run(["add", "ws", "--db", "s.db"], in: folder).status == 0)
        // A second workshop day: a canvas whose workshop is only in the store, and one with a typo.
        let day2 = folder.appendingPathComponent("day2")
        try FileManager.default.createDirectory(at: day2, withIntermediateDirectories: true)
        let farmers = try String(contentsOf: folder.appendingPathComponent("ws/farmers.yaml"), encoding: .utf8)
        try Data(farmers.replacingOccurrences(of: "id: together-with-potato-farmers", with: "id: farmers-2")
            .replacingOccurrences(of: "group: 8", with: "group: 10").utf8).write(to: day2.appendingPathComponent("a.yaml"))
        try Data(farmers.replacingOccurrences(of: "id: together-with-potato-farmers", with: "id: farmers-3")
            .replacingOccurrences(of: "workshop: velingrad-2012", with: "workshop: velingrad-2021").utf8)
            .write(to: day2.appendingPathComponent("b.yaml"))
        let added = try CLI.run(["add", "day2", "--db", "s.db"], in: folder)
        #expect(added.status == 0)
        #expect(added.stdout.hasPrefix("2 added"))
        #expect(added.stderr == "day2/b.yaml:9:11: error: няма семинар 'velingrad-2021' ('velingrad-2012'?); отчетът на семинара би пропуснал тази диаграма [unknown-workshop]\n",
                "\(added.stderr)")
        // The farmers' file comes back under a new id: said, with the way to hide the old one.
        let renamed = farmers.replacingOccurrences(of: "id: together-with-potato-farmers", with: "id: potato-farmers")
        try Data(renamed.utf8).write(to: folder.appendingPathComponent("ws/farmers.yaml"))
        let again = try CLI.run(["add", "ws", "--db", "s.db"], in: folder)
        #expect(again.stderr.contains("ws/farmers.yaml:3:5: warning: this file was stored as 'together-with-potato-farmers' and now says id 'potato-farmers'; 'together-with-potato-farmers' stays in the store and in its workshop's report beside 'potato-farmers' until you hide it with `sdw rm together-with-potato-farmers` (its revisions are kept)"),
                "\(again.stderr)")
        #expect(again.stderr.contains("ws/farmers.yaml:10:8: error: група 8 на семинара 'velingrad-2012' вече има диаграма, 'together-with-potato-farmers'"))
        #expect(again.status == 0)
    }

    @Test func addPrintsAtMostTwentyCrossFileLines() throws {
        let folder = try Self.velingrad()
        let seniors = try String(contentsOf: folder.appendingPathComponent("ws/seniors.yaml"), encoding: .utf8)
        for index in 1...30 {
            try Data(seniors.replacingOccurrences(of: "id: seniors-online", with: "id: copy-\(index)").utf8)
                .write(to: folder.appendingPathComponent("ws/copy-\(index).yaml"))
        }
        let added = try CLI.run(["add", "ws", "--db", "s.db"], in: folder)
        #expect(added.status == 0)
        let lines = added.stderr.split(separator: "\n")
        #expect(lines.count == 21)
        #expect(lines.prefix(20).allSatisfy { $0.hasSuffix("[duplicate-group]") })
        #expect(lines.last == "… and 10 more across files (sdw lint on the same files lists them all)")
    }

    @Test func rulesDocumentsTheCrossFileRules() throws {
        let list = try CLI.run(["rules"])
        for id in ["duplicate-canvas-id", "unknown-workshop", "duplicate-group", "group-plugin-mismatch"] {
            #expect(list.stdout.contains(id))
        }
        let page = try CLI.run(["rules", "duplicate-group"])
        #expect(page.status == 0)
        #expect(page.stdout.contains("# file: a.yaml"))
    }
}
