import CanvasKit
import CanvasReports
import Testing

/// Pins the exact HTML and Markdown of the example reports; re-record with `SNAPSHOT_RECORD=1`.
@Suite struct ReportSnapshotTests {
    let renderer = ReportRenderer(templates: try! TemplateSet())

    @Test(arguments: [
        ("Examples/velingrad-2012/disabled-children.yaml", "canvas-bg"),
        ("Examples/cherkasy/we-are-near-club.yaml", "canvas-uk"),
        ("Examples/kazakhstan/kniga-03-home-delivery.yaml", "canvas-ru"),
    ])
    func canvasReport(path: String, name: String) throws {
        let input = ReportInput(kind: .canvases, items: try ReportFixtures.items([path]))
        Snapshot.assertMatches(try renderer.html(input), named: "\(name).html")
        Snapshot.assertMatches(try renderer.markdown(input), named: "\(name).md")
    }

    @Test func workshopReport() throws {
        let source = try ReportFixtures.source(["Examples/velingrad-2012"])
        var input = try source.workshop(id: "velingrad-2012")
        input.items = input.items.map(ReportFixtures.relativised)
        Snapshot.assertMatches(try renderer.html(input), named: "workshop-velingrad.html")
        Snapshot.assertMatches(try renderer.markdown(input), named: "workshop-velingrad.md")
    }

    @Test func portfolioReport() throws {
        let input = ReportInput(kind: .portfolio, items: try ReportFixtures.items(ReportFixtures.validExamples))
        Snapshot.assertMatches(try renderer.html(input), named: "portfolio.html")
        Snapshot.assertMatches(try renderer.markdown(input), named: "portfolio.md")
    }

    @Test func englishOverrideOfABulgarianCanvas() throws {
        let english = ReportRenderer(templates: try TemplateSet(), language: .en)
        let input = ReportInput(kind: .canvases, items: try ReportFixtures.items(["Examples/velingrad-2012/farmers.yaml"]))
        Snapshot.assertMatches(try english.markdown(input), named: "canvas-bg-in-en.md")
    }
}
