extension ODTWriter {
    /// `content.xml`: the blocks as headings, paragraphs, lists, tables and frames, with the automatic
    /// styles they need (column widths, a new page turned one way or the other, a language).
    var content: String {
        var body = Body(documentLanguage: document.language)
        for block in document.blocks { body.add(block) }
        body.closeList()
        return XMLText.declaration + "\n" + "<office:document-content \(Self.namespaces)>"
            + "<office:automatic-styles>" + body.automaticStyles() + "</office:automatic-styles>"
            + "<office:body><office:text>\n" + body.out + "</office:text></office:body></office:document-content>\n"
    }

    /// The text of the body as it is built, and the automatic styles it asks for.
    struct Body {
        var documentLanguage: String
        var out = ""
        /// The orientation of the next page, when a block has asked for one and nothing has started it yet.
        var pendingPage: EditableDocument.Orientation?
        var language: String?
        var inList = false
        var tables: [[Double]] = []
        var pageStyles: [String] = []
        var languages: [String] = []
        var pictures = 0

        mutating func add(_ block: EditableDocument.Block) {
            if case .item = block {} else { closeList() }
            switch block {
            case .page(let orientation):
                pendingPage = orientation
            case .language(let code):
                language = code == documentLanguage ? nil : code
                if let language, !languages.contains(language) { languages.append(language) }
            case .title(let text):
                out += "<text:p text:style-name=\"\(style("Title"))\">\(spans([.init(text)]))</text:p>\n"
            case .heading(let level, let text):
                let level = min(max(level, 1), 3)
                out += "<text:h text:style-name=\"\(style("Heading_20_\(level)"))\" text:outline-level=\"\(level)\">"
                    + spans([.init(text)]) + "</text:h>\n"
            case .paragraph(let content):
                out += "<text:p text:style-name=\"\(style("Text_20_body"))\">\(spans(content))</text:p>\n"
            case .item(let content):
                if pendingPage != nil { out += "<text:p text:style-name=\"\(style("Text_20_body"))\"/>\n" }
                if !inList { out += "<text:list text:style-name=\"Bullets\">" }
                inList = true
                out += "<text:list-item><text:p text:style-name=\"List_20_Bullet\">\(spans(content))</text:p></text:list-item>\n"
            case .table(let table):
                if pendingPage != nil { out += "<text:p text:style-name=\"\(style("Text_20_body"))\"/>\n" }
                add(table)
            case .picture(let picture):
                pictures += 1
                out += "<text:p text:style-name=\"\(style("Diagram"))\">"
                    + #"<draw:frame draw:name="diagram\#(pictures)" text:anchor-type="as-char" "#
                    + #"svg:width="\#(EditableText.mm(picture.widthMM))" svg:height="\#(EditableText.mm(picture.heightMM))" draw:z-index="0">"#
                    + #"<draw:image xlink:href="Pictures/diagram\#(pictures).svg" xlink:type="simple" xlink:show="embed" "#
                    + #"xlink:actuate="onLoad" draw:mime-type="image/svg+xml"/>"#
                    + "<svg:title>\(XMLText.content(picture.title))</svg:title></draw:frame></text:p>\n"
            }
        }

        mutating func closeList() {
            if inList { out += "</text:list>\n" }
            inList = false
        }

        /// `name`, or the automatic style that starts a new page turned as asked (once).
        mutating func style(_ name: String) -> String {
            guard let orientation = pendingPage else { return name }
            pendingPage = nil
            let automatic = "\(name)_\(orientation.rawValue)"
            if !pageStyles.contains(automatic) { pageStyles.append(automatic) }
            return automatic
        }

        /// The spans of a paragraph, escaped, bold as Strong Emphasis, in a language span when it differs.
        func spans(_ spans: [EditableDocument.Span]) -> String {
            var text = ""
            for span in spans {
                let inner = Self.escaped(span.text)
                text += span.bold ? "<text:span text:style-name=\"Strong_20_Emphasis\">\(inner)</text:span>" : inner
            }
            guard let language else { return text }
            return "<text:span text:style-name=\"Lang_\(language)\">\(text)</text:span>"
        }

        /// `text` escaped for ODF: tabs, line breaks and runs of spaces as their elements.
        static func escaped(_ text: String) -> String {
            var out = ""
            for piece in EditableText.pieces(text) {
                switch piece {
                case .tab: out += "<text:tab/>"
                case .lineBreak: out += "<text:line-break/>"
                case .text(let run):
                    var spaces = 0, atStart = out.isEmpty
                    func flush() {
                        guard spaces > 0 else { return }
                        let literal = atStart ? 0 : 1
                        if literal == 1 { out += " " }
                        let more = spaces - literal
                        if more == 1 { out += "<text:s/>" } else if more > 1 { out += "<text:s text:c=\"\(more)\"/>" }
                        spaces = 0
                    }
                    var plain = ""
                    for character in run {
                        if character == " " {
                            if !plain.isEmpty { out += XMLText.content(plain); plain = ""; atStart = false }
                            spaces += 1
                        } else {
                            flush()
                            atStart = false
                            plain.append(character)
                        }
                    }
                    if !plain.isEmpty { out += XMLText.content(plain) }
                    flush()
                }
            }
            return out
        }

        /// A table across the text width; its header row in `table:table-header-rows`, repeated on every page.
        mutating func add(_ table: EditableDocument.Table) {
            let number = tables.count + 1
            let widths = EditableText.widths(table.widths, total: EditableDocument.textWidth)
            tables.append(widths)
            out += "<table:table table:name=\"Table\(number)\" table:style-name=\"Table\(number)\">"
            for column in widths.indices { out += "<table:table-column table:style-name=\"Table\(number).C\(column + 1)\"/>" }
            func row(_ cells: [EditableDocument.Span], header: Bool) -> String {
                var row = "<table:table-row table:style-name=\"Row\">"
                for (column, cell) in cells.enumerated() {
                    let numeric = table.numeric.contains(column)
                    let paragraph = header ? (numeric ? "Table_20_Heading_20_Number" : "Table_20_Heading")
                        : (numeric ? "Table_20_Number" : "Table_20_Contents")
                    row += "<table:table-cell table:style-name=\"\(header ? "HeadCell" : "Cell")\" office:value-type=\"string\">"
                        + "<text:p text:style-name=\"\(paragraph)\">\(spans([cell]))</text:p></table:table-cell>"
                }
                return row + "</table:table-row>"
            }
            out += "<table:table-header-rows>" + row(table.header.map { .init($0) }, header: true) + "</table:table-header-rows>\n"
            for cells in table.rows { out += row(cells, header: false) + "\n" }
            out += "</table:table>\n"
        }

        /// The automatic styles the body uses.
        func automaticStyles() -> String {
            var out = #"<style:style style:name="Row" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>"#
                + ##"<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.8mm" fo:border="0.5pt solid #808080"/></style:style>"##
                + ##"<style:style style:name="HeadCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.8mm" fo:border="0.5pt solid #808080" fo:background-color="#e5ecf0"/></style:style>"##
            for (index, widths) in tables.enumerated() {
                let name = "Table\(index + 1)"
                out += #"<style:style style:name="\#(name)" style:family="table"><style:table-properties style:width="\#(EditableText.mm(widths.reduce(0, +)))" table:align="left"/></style:style>"#
                for (column, width) in widths.enumerated() {
                    out += #"<style:style style:name="\#(name).C\#(column + 1)" style:family="table-column"><style:table-column-properties style:column-width="\#(EditableText.mm(width))"/></style:style>"#
                }
            }
            for name in pageStyles {
                let parent = String(name[..<name.lastIndex(of: "_")!])
                let master = name.hasSuffix("_landscape") ? "Landscape" : "Standard"
                out += #"<style:style style:name="\#(name)" style:family="paragraph" style:parent-style-name="\#(parent)" style:master-page-name="\#(master)"/>"#
            }
            for code in languages {
                let tag = EditableDocument.languageTag(code)
                out += #"<style:style style:name="Lang_\#(code)" style:family="text"><style:text-properties fo:language="\#(tag.language)" fo:country="\#(tag.country)"/></style:style>"#
            }
            return out
        }
    }
}
