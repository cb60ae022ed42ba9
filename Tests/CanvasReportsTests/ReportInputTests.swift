import CanvasKit
@testable import CanvasReports
import Foundation
import Testing

/// Choosing what to report on, the JSON shape, and the templates.
@Suite struct ReportInputTests {
    @Test func workshopCanvasesComeInGroupOrder() throws {
        let source = try ReportFixtures.source(ReportFixtures.validExamples)
        let input = try ReportInput.select(workshop: "velingrad-2012", portfolio: false, from: source)
        #expect(input.kind == .workshop)
        #expect(input.items.compactMap(\.canvas.group) == Array(1...9))
        let document = ReportDocument(input)
        #expect(document.workshop?.entries.count == 9)
        #expect(document.workshop?.facts.first?.value == "17–18 май 2012")
        #expect(document.compact)
    }

    @Test func unknownWorkshopIsAnError() throws {
        let source = try ReportFixtures.source(ReportFixtures.validExamples)
        #expect(throws: ReportError.workshopNotFound(id: "nowhere", known: ["velingrad-2012"])) {
            try ReportInput.select(workshop: "nowhere", portfolio: false, from: source)
        }
    }

    @Test func missingFileIsAnError() {
        #expect(throws: ReportError.self) { try FileReportSource(paths: [Repository.path("Examples/none.yaml")]) }
    }

    /// An unreadable canvas is reported at the line and column of its first problem, in the asked language.
    @Test func unreadableCanvasIsReportedAtItsPosition() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdw-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.yaml").path
        try "format: 1\nid: x\ntitle: Курс: основи\n".write(toFile: file, atomically: true, encoding: .utf8)
        do {
            _ = try FileReportSource(paths: [file], language: .uk)
            Issue.record("no error")
        } catch {
            #expect(error.description == "\(file):3:12: not a readable canvas: ': ' у значенні без лапок (рядок 3); "
                    + "візьміть усе значення в лапки, наприклад \"…: …\"")
        }
    }

    @Test func jsonHasAVersionedShape() throws {
        let input = ReportInput(kind: .canvases, items: [ReportFixtures.item(ReportFixtures.canvas())])
        let json = JSONReport(input, language: nil).encoded()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "sdw-report")
        #expect(object["version"] as? Int == 1)
        #expect(object["kind"] as? String == "canvases")
        let canvas = try #require((object["canvases"] as? [[String: Any]])?.first)
        let totals = try #require(canvas["totals"] as? [[String: Any]])
        #expect(totals.first?["cost"] as? String == "1750.5")
        #expect(totals.first?["ratio"] as? String == "2")
        let activity = try #require((canvas["activities"] as? [[String: Any]])?.first)
        #expect(activity["months"] as? [String] == ["2026-03", "2026-04", "2026-05"])
    }

    @Test func portfolioCountsRecurringPartners() throws {
        let figures = PortfolioFigures(try ReportFixtures.items(ReportFixtures.validExamples))
        #expect(figures.canvasCount == 14)
        #expect(figures.groups.reduce(0) { $0 + $1.total } == 14)
        #expect(figures.recurring.allSatisfy { $0.canvases.count > 1 })
        #expect(figures.budgets.map(\.currency) == figures.budgets.map(\.currency).sorted())
    }

    @Test func embeddedTemplatesMatchTheTemplatesFolder() throws {
        let folder = Repository.path("Templates")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".mustache") }
        var onDisk: [String: String] = [:]
        for file in files {
            onDisk[String(file.dropLast(".mustache".count))] = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
        }
        #expect(onDisk.keys.sorted() == EmbeddedTemplates.all.keys.sorted(), "run python3 scripts/embed-templates.py")
        for (name, text) in onDisk {
            #expect(EmbeddedTemplates.all[name] == text, "\(name) differs: run python3 scripts/embed-templates.py")
        }
    }

    @Test func aTemplatesFolderOverridesOneTemplate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdw-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{{% CONTENT_TYPE: MARKDOWN}}\n## {{title}} / {{labels.budget}}\n".utf8)
            .write(to: folder.appendingPathComponent("canvas.md.mustache"))
        let renderer = ReportRenderer(templates: try TemplateSet(directory: folder.path))
        let markdown = try renderer.markdown(ReportInput(kind: .canvases, items: [ReportFixtures.item(ReportFixtures.canvas(title: "A*B"))]))
        #expect(markdown.contains("## A\\*B / Budget\n"))
        #expect(markdown.hasSuffix("Made with sdw, the Smart Diagram Workbench.\n"))
    }

    @Test func brokenTemplateIsAClearError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdw-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{{#open}} never closed".utf8).write(to: folder.appendingPathComponent("canvas.html.mustache"))
        #expect(throws: ReportError.self) { try TemplateSet(directory: folder.path) }
    }

    @Test func pdfWithoutChromiumIsAClearError() {
        #expect(throws: ReportError.chromiumMissing) { try PDFPrinter(environment: ["PATH": "/nonexistent"]) }
    }
}
