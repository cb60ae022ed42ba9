import Foundation
import Testing

/// `sdw report` from the canvas store (`--db`), run as the built binary on a store holding
/// Examples/velingrad-2012.
struct StoreReportCommandTests {
    /// `report ARGUMENTS --db STORE` from the repository root.
    static func report(_ arguments: String...) throws -> CLI.Output {
        try CLI.run(["report"] + arguments + ["--db", try VelingradStore.path()])
    }

    /// The report without its one line that says where the canvas came from (file or store).
    static func withoutSourceLine(_ markdown: String) -> [Substring] {
        markdown.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("- **Файл:**") && !$0.hasPrefix("- **Хранилище:**") }
    }

    @Test func storedCanvasGivesTheReportOfItsFile() throws {
        let stored = try Self.report("seniors-online", "--format", "md")
        #expect(stored.status == 0, "\(stored.stderr)")
        #expect(stored.stdout.contains("- **Хранилище:** seniors-online, версия 1\n"))
        let file = try CLI.run(["report", "Examples/velingrad-2012/seniors.yaml", "--format", "md"])
        #expect(file.status == 0)
        #expect(Self.withoutSourceLine(stored.stdout) == Self.withoutSourceLine(file.stdout))
        #expect(stored.stdout.contains("`seniors/home-delivery`"))
    }

    /// `sdw diff ID` on a canvas stored once says so, rather than "no differences between 1 and 1".
    @Test func diffOfACanvasWithOneRevisionSaysSo() throws {
        let output = try CLI.run(["diff", "seniors-online", "--db", try VelingradStore.path()])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == "seniors-online has only one revision (1); there is nothing to compare it with "
                + "until 'sdw add' stores a changed version\n")
    }

    @Test func workshopFromTheStoreListsTheNineGroupsInOrder() throws {
        let output = try Self.report("--workshop", "velingrad-2012", "--format", "md")
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.first == "# Партньорствата – инструмент за иновативни услуги в библиотеките")
        let groups = lines.filter { $0.hasPrefix("## Група ") }.map { $0.dropFirst("## Група ".count).prefix { $0 != ":" } }
        #expect(groups == (1...9).map { Substring(String($0)) })
        #expect(groups.count == 9)
        let fromFiles = try CLI.run(["report", "Examples/velingrad-2012", "--workshop", "velingrad-2012", "--format", "md"])
        #expect(Self.withoutSourceLine(output.stdout) == Self.withoutSourceLine(fromFiles.stdout))
    }

    @Test func portfolioFromTheStore() throws {
        let output = try Self.report("--portfolio", "--format", "md")
        #expect(output.status == 0, "\(output.stderr)")
        Snapshot.expect(output.stdout, named: "report-portfolio-store")
    }

    @Test func filesAndStoredIDsTogether() throws {
        let output = try Self.report("Examples/velingrad-2012/farmers.yaml", "seniors-online", "--format", "md")
        #expect(output.status == 0, "\(output.stderr)")
        let titles = output.stdout.split(separator: "\n").filter { $0.hasPrefix("## Група ") }
        #expect(titles == ["## Група 8: Заедно с фермерите – картофопроизводители", "## Група 9: Пенсионери ONLINE"])
        #expect(output.stdout.contains("- **Файл:** Examples/velingrad-2012/farmers.yaml\n"))
        #expect(output.stdout.contains("- **Хранилище:** seniors-online, версия 1\n"))
    }

    @Test func portfolioLeavesHiddenCanvasesOut() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let folder = CLI.root.appendingPathComponent("Examples/velingrad-2012").path
        #expect(try workspace.sdw("add", folder + "/seniors.yaml", folder + "/farmers.yaml", "--db", "s.sqlite").status == 0)
        #expect(try workspace.sdw("rm", "seniors-online", "--db", "s.sqlite").status == 0)
        let portfolio = try workspace.sdw("report", "--portfolio", "--db", "s.sqlite", "--format", "md")
        #expect(portfolio.status == 0, "\(portfolio.stderr)")
        #expect(portfolio.stdout.contains("Диаграми: 1\n"))
        #expect(!portfolio.stdout.contains("Пенсионери ONLINE"))
        let byID = try workspace.sdw("report", "seniors-online", "--db", "s.sqlite", "--format", "md")
        #expect(byID.status == 0, "asked for by id, a hidden canvas is still reported")
    }

    @Test func unknownIDNamesTheNearestStoredID() throws {
        let output = try Self.report("senoirs-online")
        #expect(output.status == 2)
        #expect(output.stderr == "sdw report: error: no canvas with id 'senoirs-online' in the store; "
                + "did you mean 'seniors-online'?\n")
        #expect(output.stdout.isEmpty)
        let workshop = try Self.report("--workshop", "velingrad")
        #expect(workshop.status == 2)
        #expect(workshop.stderr.contains("no workshop with id 'velingrad' in the canvas store"))
        #expect(workshop.stderr.hasSuffix("(stored: velingrad-2012)\n"))
    }

    @Test func anIDWithoutAStoreIsAClearError() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let output = try workspace.sdw("report", "seniors-online", "--db", "none.sqlite")
        #expect(output.status == 2)
        #expect(output.stderr == "sdw report: error: 'seniors-online' is neither a file nor a folder, and there is no "
                + "canvas store at none.sqlite to look it up in as a canvas id (`sdw add` creates the store; "
                + "--db FILE names another)\n")
        let portfolio = try workspace.sdw("report", "--portfolio", "--db", "none.sqlite")
        #expect(portfolio.status == 2)
        #expect(portfolio.stderr == "sdw report: error: none.sqlite: no canvas store here yet; `sdw add` creates it\n")
    }

    @Test func storeFromTheEnvironment() throws {
        let output = try CLI.run(["report", "seniors-online", "--format", "json"],
                                 environment: ["SDW_DB": try VelingradStore.path()])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("\"source\" : \"seniors-online\","))
        #expect(output.stdout.contains("\"revision\" : 1,"))
    }

    @Test func addStoresTheFindingsOfSdwLint() throws {
        let show = try CLI.run(["show", "seniors-online", "--db", try VelingradStore.path()])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("[seniors/home-delivery]"))
    }
}
