import CanvasKit
@testable import CanvasReports
import Foundation
import Testing
import ZIPFoundation

/// The DOCX and ODT reports: their XML parts pinned as snapshots, well-formed, with the structure a
/// word processor needs (outline headings, repeated table headers, landscape diagram pages), and
/// the containers as Word and LibreOffice expect them.
@Suite struct EditableDocumentTests {
    let renderer = ReportRenderer(templates: try! TemplateSet())

    /// Snapshots every XML part of `docx` and `odt` as `NAME.docx.PART` and `NAME.odt.PART`.
    func assertSnapshots(_ input: ReportInput, named name: String, parts: Set<String>? = nil) {
        let document = renderer.editable(input)
        for (path, text) in DOCXWriter(document).xmlParts where parts?.contains(path) ?? true {
            #expect(XMLCheck(text).error == nil, "\(name).docx \(path)")
            Snapshot.assertMatches(text, named: "\(name).docx.\(path.replacingOccurrences(of: "/", with: "_"))")
        }
        for (path, text) in ODTWriter(document).xmlParts where parts?.contains(path) ?? true {
            #expect(XMLCheck(text).error == nil, "\(name).odt \(path)")
            Snapshot.assertMatches(text, named: "\(name).odt.\(path.replacingOccurrences(of: "/", with: "_"))")
        }
    }

    @Test func canvasReportParts() throws {
        let input = ReportInput(kind: .canvases, items: try ReportFixtures.items(["Examples/velingrad-2012/farmers.yaml"]))
        assertSnapshots(input, named: "canvas-bg")
    }

    @Test func workshopReportParts() throws {
        var input = try ReportFixtures.source(["Examples/velingrad-2012"]).workshop(id: "velingrad-2012")
        input.items = input.items.map(ReportFixtures.relativised)
        assertSnapshots(input, named: "workshop-velingrad", parts: ["word/document.xml", "content.xml"])
    }

    @Test func portfolioParts() throws {
        let input = ReportInput(kind: .portfolio, items: try ReportFixtures.items(ReportFixtures.validExamples))
        assertSnapshots(input, named: "portfolio", parts: ["word/document.xml", "content.xml", "docProps/core.xml", "meta.xml"])
    }

    @Test func headingsUseTheBuiltInStylesWithOutlineLevels() throws {
        let input = ReportInput(kind: .canvases, items: try ReportFixtures.items(["Examples/cherkasy/we-are-near-club.yaml"]))
        let document = renderer.editable(input)
        let docx = DOCXWriter(document)
        let styles = Self.part(docx.xmlParts, "word/styles.xml")
        for level in 1...3 {
            #expect(styles.contains(#"w:styleId="Heading\#(level)"><w:name w:val="heading \#(level)"/>"#))
            #expect(styles.contains(#"<w:outlineLvl w:val="\#(level - 1)"/>"#))
        }
        let body = Self.part(docx.xmlParts, "word/document.xml")
        #expect(body.contains(#"<w:pStyle w:val="Heading1"/>"#) && body.contains(#"<w:pStyle w:val="Heading3"/>"#))
        let content = Self.part(ODTWriter(document).xmlParts, "content.xml")
        #expect(content.contains(#"text:outline-level="1""#) && content.contains(#"<text:h text:style-name="Heading_20_3" text:outline-level="3">"#))
    }

    @Test func tablesRepeatTheirHeaderRows() throws {
        let input = ReportInput(kind: .canvases, items: try ReportFixtures.items(["Examples/velingrad-2012/farmers.yaml"]))
        let document = renderer.editable(input)
        let tables = document.blocks.filter { if case .table = $0 { true } else { false } }.count
        let body = Self.part(DOCXWriter(document).xmlParts, "word/document.xml")
        #expect(tables >= 6)
        #expect(body.components(separatedBy: "<w:tbl>").count - 1 == tables)
        #expect(body.components(separatedBy: "<w:tblHeader/>").count - 1 == tables)
        let content = Self.part(ODTWriter(document).xmlParts, "content.xml")
        #expect(content.components(separatedBy: "<table:table-header-rows>").count - 1 == tables)
        // Seed 001's plan columns: activity, when, responsible, partners, resources, needs.
        #expect(body.contains(">План на дейностите<") && body.contains(">Ресурси<") && body.contains(">Отговорник<"))
    }

    @Test func tablesOneAfterAnotherStayTwoTablesInWord() throws {
        // The budget's resources, then its totals: Word and LibreOffice join tables with nothing between them.
        let path = "Examples/cherkasy/computer-literacy-for-unemployed.yaml"
        let input = ReportInput(kind: .canvases, items: try ReportFixtures.items([path]))
        let body = Self.part(DOCXWriter(renderer.editable(input)).xmlParts, "word/document.xml")
        #expect(body.contains("</w:tbl>\n<w:p/>\n<w:tbl>"))
        #expect(!body.contains("</w:tbl>\n<w:tbl>"))
    }

    @Test func eachDiagramHasALandscapePageOfItsOwn() throws {
        var input = try ReportFixtures.source(["Examples/velingrad-2012"]).workshop(id: "velingrad-2012")
        input.items = input.items.map(ReportFixtures.relativised)
        let document = renderer.editable(input)
        #expect(document.pictures.count == input.items.count)
        let body = Self.part(DOCXWriter(document).xmlParts, "word/document.xml")
        // Each diagram's paragraph ends a landscape section; the title page and each summary are upright.
        let landscape = body.components(separatedBy: #"w:orient="landscape""#).count - 1
        #expect(landscape == input.items.count)
        #expect(body.components(separatedBy: "<w:sectPr>").count - 1 == 2 * input.items.count + 1)
        #expect(body.components(separatedBy: "<asvg:svgBlip").count - 1 == input.items.count)
        let content = Self.part(ODTWriter(document).xmlParts, "content.xml")
        #expect(content.components(separatedBy: #"_landscape" text:outline-level"#).count - 1 == input.items.count)
        #expect(content.components(separatedBy: #"draw:mime-type="image/svg+xml""#).count - 1 == input.items.count)
    }

    @Test func languageIsSetOnTheDocumentAndOnTextInAnotherLanguage() throws {
        let items = try ReportFixtures.items(["Examples/cherkasy/we-are-near-club.yaml", "Examples/kazakhstan/kniga-03-home-delivery.yaml"])
        let document = renderer.editable(ReportInput(kind: .canvases, items: items))
        #expect(document.language == "en")
        let docx = DOCXWriter(document).xmlParts
        #expect(Self.part(docx, "word/styles.xml").contains(#"<w:lang w:val="en-GB""#))
        #expect(Self.part(docx, "docProps/core.xml").contains("<dc:language>en-GB</dc:language>"))
        let body = Self.part(docx, "word/document.xml")
        #expect(body.contains(#"<w:lang w:val="uk-UA"/>"#) && body.contains(#"<w:lang w:val="ru-RU"/>"#))
        let odt = ODTWriter(document).xmlParts
        #expect(Self.part(odt, "styles.xml").contains(#"fo:language="en" fo:country="GB""#))
        #expect(Self.part(odt, "content.xml").contains(#"<text:span text:style-name="Lang_uk">"#))
        #expect(Self.part(odt, "content.xml").contains(#"fo:language="ru" fo:country="RU""#))
    }

    @Test(arguments: [("bg", "1\u{00A0}500,00\u{00A0}BGN", "март – май 2026"), ("en", "1,500.00\u{00A0}BGN", "March – May 2026")])
    func numbersMoneyAndDatesAreTheHTMLReportsOwn(language: String, money: String, when: String) throws {
        let item = ReportFixtures.item(ReportFixtures.canvas(language: language))
        let input = ReportInput(kind: .canvases, items: [item])
        let html = try renderer.html(input)
        let document = renderer.editable(input)
        let docx = XMLCheck(Self.part(DOCXWriter(document).xmlParts, "word/document.xml")).texts
        let odt = XMLCheck(Self.part(ODTWriter(document).xmlParts, "content.xml"), textElement: "text:p").texts
        for text in [money, when] {
            #expect(html.contains(text), "\(text) in the HTML")
            #expect(docx.contains(text), "\(text) in a cell of the DOCX")
            #expect(odt.contains(text), "\(text) in a cell of the ODT")
        }
    }

    @Test func formatFollowsTheFileName() {
        #expect(ReportFormat(fileName: "out/Report.DOCX") == .docx)
        #expect(ReportFormat(fileName: "proposal.odt") == .odt)
        #expect(ReportFormat(fileName: "a.htm") == .html)
        #expect(ReportFormat(fileName: "notes.txt") == nil)
        #expect(ReportFormat(fileName: "folder.odt/report") == nil)
        #expect(ReportFormat(fileName: "report") == nil)
    }

    @Test func odtPackageStartsWithItsMimeTypeUncompressed() throws {
        let input = ReportInput(kind: .canvases, items: try ReportFixtures.items(["Examples/velingrad-2012/farmers.yaml"]))
        let data = try renderer.render(input, as: .odt)
        // The local header of the first entry: method 0 (stored), name "mimetype", no extra field, then the type itself.
        #expect(Array(data.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        #expect(data[8] == 0 && data[9] == 0)
        #expect(data[28] == 0 && data[29] == 0)
        #expect(String(decoding: data[30..<38], as: UTF8.self) == "mimetype")
        #expect(String(decoding: data[38..<(38 + ODTWriter.mimeType.utf8.count)], as: UTF8.self) == ODTWriter.mimeType)
        let archive = try Archive(data: data, accessMode: .read)
        let paths = Set(archive.map(\.path))
        #expect(paths == ["mimetype", "content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml", "Pictures/diagram1.svg"])
        #expect(try renderer.render(input, as: .odt) == data, "the same input gives the same bytes")
    }

    @Test func docxPackageHasTheSVGAndItsPNG() throws {
        let input = ReportInput(kind: .canvases, items: try ReportFixtures.items(["Examples/velingrad-2012/farmers.yaml"]))
        let archive = try Archive(data: try renderer.render(input, as: .docx), accessMode: .read)
        var files: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            files[entry.path] = data
        }
        #expect(Set(files.keys) == Set(DOCXWriter(renderer.editable(input)).xmlParts.map(\.path))
            .union(["word/media/diagram1.svg", "word/media/diagram1.png"]))
        let png = try #require(files["word/media/diagram1.png"])
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(SVGRasterizerTests.size(of: png)! == (2100, 1485))
        let svg = String(decoding: try #require(files["word/media/diagram1.svg"]), as: UTF8.self)
        #expect(svg.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"# + "\n" + #"<svg width="1400" height="990" "#))
        #expect(XMLCheck(svg).error == nil)
    }

    /// The text of the part at `path`.
    static func part(_ parts: [(path: String, text: String)], _ path: String) -> String {
        parts.first { $0.path == path }?.text ?? ""
    }
}
