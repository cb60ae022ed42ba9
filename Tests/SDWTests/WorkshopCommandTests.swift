import Foundation
import Testing

/// `sdw workshop new` and `sdw new --id --workshop --group`: a workshop's starter files from the command line.
struct WorkshopCommandTests {
    static func folder() throws -> URL {
        URL(fileURLWithPath: try PluginCommandTests.temporaryFolder())
    }

    static func read(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func aWorkshopIsLaidOutAndItsTablesAreAllStored() throws {
        let folder = try Self.folder()
        let made = try CLI.run(["workshop", "new", "ws", "--id", "velingrad-2026", "--title", "Партньорствата", "--lang", "bg",
                                "--when", "2026-05-17..2026-05-18", "--place", "Велинград", "--organiser", "РБ Пазарджик",
                                "--table", "1::Ученици от 1–4 клас", "--table", "5:unemployed:Трайно безработни",
                                "--table", "9:seniors"], in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stderr == "wrote 4 files to ws: 3 tables of velingrad-2026 in bg; check them with sdw lint ws\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("ws").path).sorted()
        #expect(names == ["group-01.yaml", "group-05.yaml", "group-09.yaml", "workshop.yaml"])
        let five = try Self.read(folder, "ws/group-05.yaml")
        #expect(five.contains("\nid: velingrad-2026-group-5\n"))
        #expect(five.contains("\nworkshop: velingrad-2026\ngroup: 5\nauthors: [\"Група 5\"]\n"))
        #expect(five.contains("\nplugin: unemployed\n"))
        #expect(try Self.read(folder, "ws/group-01.yaml").contains("\ntitle: \"Ученици от 1–4 клас\"\n"))
        let lint = try CLI.run(["lint", "ws", "--quiet"], in: folder)
        #expect(lint.status == 0, "\(lint.stdout)")
        // Every table is stored (the same id for every table made sdw add refuse all but one).
        let add = try CLI.run(["add", "ws", "--db", "ws.db"], in: folder)
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.hasPrefix("3 added, 0 updated, 0 unchanged, 0 refused, 1 workshop stored"), "\(add.stdout)")
        let report = try CLI.run(["report", "--workshop", "velingrad-2026", "--db", "ws.db", "--format", "md"], in: folder)
        #expect(report.status == 0)
        let groups = ["Група 1", "Група 5", "Група 9"].map { report.stdout.range(of: "## \($0):")?.lowerBound }
        #expect(groups.allSatisfy { $0 != nil })
        #expect(groups.compactMap { $0 } == groups.compactMap { $0 }.sorted())
        // Its files are kept unless --force.
        let again = try CLI.run(["workshop", "new", "ws", "--id", "velingrad-2026", "--title", "T", "--table", "1"], in: folder)
        #expect(again.status == 2)
        #expect(again.stderr.hasSuffix("ws/workshop.yaml exists; use --force to overwrite the workshop's files\n"))
    }

    @Test func theTablesOfAWorkshopFileAreLaidOutBesideIt() throws {
        let folder = try Self.folder()
        let source = CLI.root.appendingPathComponent("Examples/velingrad-2012/workshop.yaml").path
        let made = try CLI.run(["workshop", "new", "tables", "--from", source], in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("tables").path).sorted()
        #expect(names == (1...9).map { "group-0\($0).yaml" })
        let lint = try CLI.run(["lint", "tables", source, "--quiet"], in: folder)
        #expect(lint.status == 0, "\(lint.stdout)")
        #expect(try Self.read(folder, "tables/group-08.yaml").contains("\nplugin: farmers\n"))
    }

    @Test(arguments: [
        (["workshop", "new", "x", "--title", "T", "--table", "1"], "error: give --id and --title (and --table for each table), or --from WORKSHOP.yaml\n"),
        (["workshop", "new", "x", "--id", "w", "--title", "T", "--table", "one"],
         "error: --table 'one' is not NUMBER[:PLUGIN[:THEME]] (such as 5:unemployed:Трайно безработни)\n"),
        (["workshop", "new", "x", "--id", "w", "--title", "T", "--table", "1:senior"],
         "error: table 1: there is no plugin 'senior'; did you mean 'seniors'?\n"),
        (["workshop", "new", "x", "--id", "w", "--title", "T", "--table", "1", "--table", "1"], "error: table 1 is given twice\n"),
        (["workshop", "new", "x", "--id", "W 1", "--title", "T", "--table", "1"],
         "error: 'W 1' is not a valid workshop id: use a-z, 0-9 and hyphens, starting with a letter or digit\n"),
        (["workshop", "new", "x", "--id", "w", "--title", "T", "--table", "1", "--currency", "euro"],
         "error: 'euro' is not an ISO 4217 currency code (such as EUR, UAH, RUB, KZT)\n"),
        (["new", "--id", "Група", "--lang", "bg"],
         "error: --id 'Група' is not a valid id: use a-z, 0-9 and hyphens, starting with a letter or digit\n"),
        (["new", "--group", "0"], "error: --group 0 is not a table number (1 or more)\n"),
    ])
    func mistakesAreRefusedWithAMessage(arguments: [String], message: String) throws {
        let output = try CLI.run(arguments, in: try Self.folder())
        #expect(output.status == 2)
        #expect(output.stderr == message)
    }

    @Test func aFileThatIsNotAWorkshopIsRefusedWithItsPosition() throws {
        let folder = try Self.folder()
        try Data("format: 1\nkind: workshop\nid: w\ntitle: T\ngroups: 3\n".utf8).write(to: folder.appendingPathComponent("w.yaml"))
        let output = try CLI.run(["workshop", "new", "x", "--from", "w.yaml"], in: folder)
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("w.yaml:5:9: error: not a valid workshop file (kind: workshop): "), "\(output.stderr)")
    }

    @Test func newJoinsATableOfAWorkshop() throws {
        let output = try CLI.run(["new", "--plugin", "seniors", "--lang", "uk", "--id", "kyiv-3", "--workshop", "kyiv", "--group", "3"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("\nid: kyiv-3\n"))
        #expect(output.stdout.contains("\nstatus: draft\nworkshop: kyiv\ngroup: 3\nauthors: [\"Група 3\"]\n"))
        #expect(output.stdout.contains("currency: UAH"))
        #expect(!output.stdout.contains("EUR"))
    }

    @Test(arguments: [("uk", "UAH"), ("ru", "RUB"), ("bg", "EUR"), ("en", "EUR")])
    func eachLanguageGetsItsCurrency(language: String, currency: String) throws {
        let output = try CLI.run(["new", "--lang", language])
        #expect(output.status == 0)
        #expect(output.stdout.contains("currency: \(currency)\n"))
    }

    @Test func theConfigurationOrTheOptionChoosesTheCurrency() throws {
        let folder = try Self.folder()
        try Data("currencies: {ru: KZT}\n".utf8).write(to: folder.appendingPathComponent(".sdw.yml"))
        let kazakh = try CLI.run(["new", "--plugin", "seniors", "--lang", "ru"], in: folder)
        #expect(kazakh.stdout.contains("currency: KZT\n"))
        #expect(!kazakh.stdout.contains("RUB"))
        let option = try CLI.run(["new", "--lang", "ru", "--currency", "USD"], in: folder)
        #expect(option.stdout.contains("currency: USD\n"))
        let layout = try CLI.run(["workshop", "new", "kz", "--id", "astana", "--title", "Семинар", "--lang", "ru", "--table", "1"], in: folder)
        #expect(layout.status == 0)
        #expect(try Self.read(folder, "kz/group-01.yaml").contains("currency: KZT\n"))
    }
}
