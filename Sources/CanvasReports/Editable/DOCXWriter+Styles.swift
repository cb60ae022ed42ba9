extension DOCXWriter {
    /// `word/styles.xml`: Word's built-in styles the document uses (Normal, Title, Heading 1–3 with
    /// their outline levels, List Bullet, Table Grid, Footer) and the text's language.
    static func styles(language: String) -> String {
        let tag = EditableDocument.languageTag(language)
        func paragraphStyle(_ id: String, _ name: String, basedOn: String? = "Normal", paragraph: String = "", run: String = "",
                            extra: String = "") -> String {
            #"<w:style w:type="paragraph" w:styleId="\#(id)"><w:name w:val="\#(name)"/>"#
                + (basedOn.map { "<w:basedOn w:val=\"\($0)\"/>" } ?? "") + #"<w:next w:val="Normal"/>"# + extra
                + (paragraph.isEmpty ? "" : "<w:pPr>\(paragraph)</w:pPr>") + (run.isEmpty ? "" : "<w:rPr>\(run)</w:rPr>")
                + "</w:style>"
        }
        func heading(_ level: Int, size: Int, before: Int) -> String {
            paragraphStyle("Heading\(level)", "heading \(level)",
                           paragraph: #"<w:keepNext/><w:keepLines/><w:spacing w:before="\#(before)" w:after="120"/><w:outlineLvl w:val="\#(level - 1)"/>"#,
                           run: #"<w:b/><w:color w:val="1F4E5F"/><w:sz w:val="\#(size)"/><w:szCs w:val="\#(size)"/>"#,
                           extra: #"<w:uiPriority w:val="9"/><w:qFormat/>"#)
        }
        return XMLText.declaration + "\n"
            + #"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
            + #"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>"#
            + #"<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="\#(tag.language)-\#(tag.country)" w:eastAsia="\#(tag.language)-\#(tag.country)" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>"#
            + #"<w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#
            + #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>"#
            + paragraphStyle("Title", "Title", paragraph: #"<w:spacing w:after="240"/>"#,
                             run: #"<w:b/><w:color w:val="1F4E5F"/><w:sz w:val="40"/><w:szCs w:val="40"/>"#, extra: #"<w:qFormat/>"#)
            + heading(1, size: 32, before: 240) + heading(2, size: 26, before: 200) + heading(3, size: 23, before: 160)
            + paragraphStyle("ListBullet", "List Bullet", paragraph: #"<w:spacing w:after="40"/>"#)
            + paragraphStyle("TableContents", "Table Contents", paragraph: #"<w:spacing w:after="0"/>"#,
                             run: #"<w:sz w:val="19"/><w:szCs w:val="19"/>"#)
            + paragraphStyle("TableHeading", "Table Heading", basedOn: "TableContents", paragraph: #"<w:keepNext/>"#,
                             run: #"<w:b/>"#)
            + paragraphStyle("Diagram", "Diagram", paragraph: #"<w:spacing w:after="0"/><w:jc w:val="center"/>"#)
            + paragraphStyle("Footer", "footer", paragraph: #"<w:spacing w:after="0"/>"#, run: #"<w:sz w:val="18"/>"#)
            + #"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>"#
            + #"<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>"#
            + #"<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
            + #"<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>"#
            + #"<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/>"#
            + #"<w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/>"#
            + #"<w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/>"#
            + #"<w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders>"#
            + #"<w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/>"#
            + #"<w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
            + "</w:styles>\n"
    }
}
