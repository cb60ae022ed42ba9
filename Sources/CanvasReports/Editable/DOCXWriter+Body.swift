extension DOCXWriter {
    /// `word/document.xml`: the blocks as paragraphs, tables and pictures, in sections of A4 pages.
    var body: String {
        var out = XMLText.declaration + "\n"
            + #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#
            + #"xmlns:r="\#(Self.relationshipNS)" "#
            + #"xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" "#
            + #"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" "#
            + #"xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" "#
            + #"xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main"><w:body>"# + "\n"
        var orientation = EditableDocument.Orientation.portrait
        var language: String? = nil
        var written = false, pictureNumber = 0
        let blocks = document.blocks
        for (index, block) in blocks.enumerated() {
            // A section ends with the last paragraph before the next page starts, which carries its page setup.
            let next = blocks[(index + 1)...].first { if case .language = $0 { false } else { true } }
            var endsSection = false
            if case .page? = next, written { endsSection = true }
            let section = endsSection ? Self.sectionProperties(orientation) : ""
            switch block {
            case .page(let turned):
                orientation = turned
                continue
            case .language(let code):
                language = code == document.language ? nil : code
                continue
            case .title(let text):
                out += Self.paragraph(style: "Title", [.init(text)], language: language, section: section)
            case .heading(let level, let text):
                out += Self.paragraph(style: "Heading\(min(max(level, 1), 3))", [.init(text)], language: language, section: section)
            case .paragraph(let spans):
                out += Self.paragraph(style: nil, spans, language: language, section: section)
            case .item(let spans):
                out += Self.paragraph(style: "ListBullet", spans, language: language, section: section,
                                      extra: #"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"#)
            case .table(let table):
                out += Self.table(table, language: language)
                // Word joins tables with nothing between them into one: a table after a table gets a paragraph first.
                if case .table? = next { out += "<w:p/>\n" }
                if endsSection { out += "<w:p><w:pPr>\(section)</w:pPr></w:p>\n" }
            case .picture(let picture):
                pictureNumber += 1
                out += "<w:p><w:pPr><w:pStyle w:val=\"Diagram\"/>\(section)</w:pPr><w:r>"
                    + Self.drawing(picture, number: pictureNumber) + "</w:r></w:p>\n"
            }
            written = true
        }
        return out + Self.sectionProperties(orientation) + "</w:body></w:document>\n"
    }

    /// The page setup of a section: A4 turned `orientation`, its margins, and the footer with the page number.
    static func sectionProperties(_ orientation: EditableDocument.Orientation) -> String {
        let margin = EditableText.twips(EditableDocument.margin(orientation))
        let short = EditableText.twips(EditableDocument.pageShort), long = EditableText.twips(EditableDocument.pageLong)
        let size = orientation == .portrait ? #"<w:pgSz w:w="\#(short)" w:h="\#(long)"/>"#
            : #"<w:pgSz w:w="\#(long)" w:h="\#(short)" w:orient="landscape"/>"#
        return #"<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>\#(size)"#
            + #"<w:pgMar w:top="\#(margin)" w:right="\#(margin)" w:bottom="\#(margin)" w:left="\#(margin)" "#
            + #"w:header="567" w:footer="454" w:gutter="0"/></w:sectPr>"#
    }

    /// A paragraph of `spans` in `style` (Normal when `nil`).
    static func paragraph(style: String?, _ spans: [EditableDocument.Span], language: String?, section: String = "",
                          alignRight: Bool = false, extra: String = "") -> String {
        var properties = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        properties += extra
        if alignRight { properties += #"<w:jc w:val="right"/>"# }
        properties += section
        return (properties.isEmpty ? "<w:p>" : "<w:p><w:pPr>\(properties)</w:pPr>")
            + spans.map { run($0, language: language) }.joined() + "</w:p>\n"
    }

    /// One run: the span's text, escaped, with its tabs and line breaks; bold and language as run properties.
    static func run(_ span: EditableDocument.Span, language: String?) -> String {
        var properties = span.bold ? "<w:b/>" : ""
        if let language {
            let tag = EditableDocument.languageTag(language)
            properties += "<w:lang w:val=\"\(tag.language)-\(tag.country)\"/>"
        }
        var out = properties.isEmpty ? "<w:r>" : "<w:r><w:rPr>\(properties)</w:rPr>"
        for piece in EditableText.pieces(span.text) {
            switch piece {
            case .text(let text): out += "<w:t xml:space=\"preserve\">\(XMLText.content(String(text)))</w:t>"
            case .tab: out += "<w:tab/>"
            case .lineBreak: out += "<w:br/>"
            }
        }
        return out + "</w:r>"
    }

    /// A table across the text width, its header row repeated on every page and never split.
    static func table(_ table: EditableDocument.Table, language: String?) -> String {
        let widths = EditableText.widths(table.widths, total: EditableDocument.textWidth).map(EditableText.twips)
        var out = #"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="\#(widths.reduce(0, +))" w:type="dxa"/>"#
            + #"<w:tblLayout w:type="fixed"/><w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" "#
            + #"w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>"#
        out += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>\n"
        func row(_ cells: [EditableDocument.Span], header: Bool) -> String {
            var row = header ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for (column, cell) in cells.enumerated() {
                let shading = header ? #"<w:shd w:val="clear" w:color="auto" w:fill="E5ECF0"/>"# : ""
                row += "<w:tc><w:tcPr><w:tcW w:w=\"\(column < widths.count ? widths[column] : 0)\" w:type=\"dxa\"/>\(shading)</w:tcPr>"
                    + paragraph(style: header ? "TableHeading" : "TableContents", [cell], language: language,
                                alignRight: table.numeric.contains(column))
                    + "</w:tc>"
            }
            return row + "</w:tr>\n"
        }
        out += row(table.header.map { EditableDocument.Span($0, bold: true) }, header: true)
        for cells in table.rows { out += row(cells, header: false) }
        return out + "</w:tbl>\n"
    }

    /// An inline picture: the PNG as the picture, the SVG as its vector form (Office 2016 and later
    /// draw the SVG; earlier versions and other readers the PNG).
    static func drawing(_ picture: EditableDocument.Picture, number: Int) -> String {
        let cx = EditableText.emu(picture.widthMM), cy = EditableText.emu(picture.heightMM)
        let name = "diagram\(number)", title = XMLText.attribute(picture.title)
        return #"<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="\#(cx)" cy="\#(cy)"/>"#
            + #"<wp:docPr id="\#(number)" name="\#(name)" descr="\#(title)"/>"#
            + #"<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>"#
            + #"<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>"#
            + #"<pic:nvPicPr><pic:cNvPr id="\#(number)" name="\#(name).png" descr="\#(title)"/><pic:cNvPicPr/></pic:nvPicPr>"#
            + #"<pic:blipFill><a:blip r:embed="rIdPng\#(number)"><a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}">"#
            + #"<asvg:svgBlip r:embed="rIdSvg\#(number)"/></a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"#
            + #"<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="\#(cx)" cy="\#(cy)"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>"#
            + "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>"
    }
}
