import CanvasKit
import CanvasReports
import Foundation
import Testing

/// Canvas text never becomes markup: HTML, SVG, Markdown and CSV.
@Suite struct SafetyTests {
    let attack = "<script>alert(1)</script>"

    @Test func titleIsEscapedInHTMLAndSVG() throws {
        let item = ReportFixtures.item(ReportFixtures.canvas(title: attack, extra: "library: \"a & b\""))
        let html = try ReportRenderer(templates: TemplateSet()).html(ReportInput(kind: .canvases, items: [item]))
        #expect(!html.contains("<script>"))
        #expect(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>"))
        #expect(html.contains("aria-label=\"&lt;script&gt;alert(1)&lt;/script&gt;\""))
        #expect(html.contains("a &amp; b"))
        let svg = CanvasReport(item).diagramSVG
        #expect(!svg.contains("<script"))
    }

    @Test func diagramTextIsEscaped() {
        let item = ReportFixtures.item(ReportFixtures.canvas().replacingOccurrences(of: "name: Seniors", with: "name: \"<b>Seniors</b> & co\""))
        let svg = CanvasReport(item).diagramSVG
        #expect(svg.contains("&lt;b&gt;Seniors&lt;/b&gt; &amp; co"))
        #expect(!svg.contains("<b>"))
    }

    @Test func markdownEscapesSyntax() {
        let markdown = MarkdownContentType()
        #expect(markdown.escapeText("a|b *c* [x](y) <i>") == "a\\|b \\*c\\* \\[x\\](y) \\<i\\>")
        #expect(markdown.escapeText("# heading") == "\\# heading")
        #expect(markdown.escapeText("1. item") == "1\\. item")
        #expect(markdown.escapeText("two\nlines") == "two lines")
        #expect(markdown.escapeText("well-known 2.5") == "well-known 2.5")
    }

    @Test(arguments: [("=1+1", "'=1+1"), ("+7", "'+7"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("plain", "plain")])
    func csvNeutralisesFormulas(value: String, expected: String) {
        #expect(CSVReport.cell(value) == expected)
    }

    @Test func csvQuotesPerRFC4180() {
        #expect(CSVReport.cell("a, b") == "\"a, b\"")
        #expect(CSVReport.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVReport.cell("two\nlines") == "\"two\nlines\"")
        #expect(CSVReport.cell("=A1,B1") == "\"'=A1,B1\"")
    }

    @Test func csvHasOneRowPerResourceActivityAndPartner() {
        let item = ReportFixtures.item(ReportFixtures.canvas(title: "=HYPERLINK(\\\"x\\\")"))
        let text = CSVReport(ReportInput(kind: .canvases, items: [item])).text
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 1 + 2 + 1 + 1)
        #expect(lines[0] == CSVReport.columns.joined(separator: ","))
        #expect(lines[1] == "reading-club,resource,room,Reading room,space,,,1500,BGN,true,,,,,")
        #expect(lines[2].hasPrefix("reading-club,resource,books,Large-print books,materials,,,250.5,BGN,false"))
        #expect(lines[3] == "reading-club,activity,meet,Weekly meeting,,2026-03..2026-05,Librarian,,,,,,company,club,room;books")
        #expect(lines[4] == "reading-club,partner,club,Pensioners' club,ngo,,,,,,Brings members,Activities for members,,,")
        #expect(text.hasSuffix("\r\n"))
    }

    @Test func csvFileStartsWithAUTF8ByteOrderMark() {
        let item = ReportFixtures.item(ReportFixtures.canvas(title: "Клуб"))
        let data = CSVReport(ReportInput(kind: .canvases, items: [item])).data
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: data.dropFirst(3), as: UTF8.self).hasPrefix("canvas,section,"))
    }
}
