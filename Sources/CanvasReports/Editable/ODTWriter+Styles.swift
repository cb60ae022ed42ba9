extension ODTWriter {
    /// `styles.xml`: the named styles (Title, Heading 1–3 with outline levels, Text body, List Bullet,
    /// Table Contents and Heading, Strong Emphasis, Footer), the document's language, and the two A4
    /// master pages, upright (`Standard`) and landscape, each with the page number in its footer.
    static func styles(language: String) -> String {
        let tag = EditableDocument.languageTag(language)
        func paragraph(_ name: String, _ display: String, parent: String? = "Standard", paragraph: String = "", text: String = "",
                       extra: String = "") -> String {
            #"<style:style style:name="\#(name)" style:display-name="\#(display)" style:family="paragraph""#
                + (parent.map { " style:parent-style-name=\"\($0)\"" } ?? "") + extra + ">"
                + (paragraph.isEmpty ? "" : "<style:paragraph-properties \(paragraph)/>")
                + (text.isEmpty ? "" : "<style:text-properties \(text)/>") + "</style:style>"
        }
        func heading(_ level: Int, size: String, before: String) -> String {
            paragraph("Heading_20_\(level)", "Heading \(level)", parent: "Heading",
                      paragraph: #"fo:margin-top="\#(before)" fo:margin-bottom="2mm" fo:keep-with-next="always""#,
                      text: ##"fo:font-size="\##(size)" fo:font-weight="bold" fo:color="#1f4e5f""##,
                      extra: #" style:next-style-name="Text_20_body" style:default-outline-level="\#(level)" style:class="text""#)
        }
        func page(_ name: String, width: Double, height: Double, margin: Double, orientation: String) -> String {
            #"<style:page-layout style:name="\#(name)"><style:page-layout-properties fo:page-width="\#(EditableText.mm(width))" "#
                + #"fo:page-height="\#(EditableText.mm(height))" style:print-orientation="\#(orientation)" "#
                + #"fo:margin-top="\#(EditableText.mm(margin))" fo:margin-bottom="\#(EditableText.mm(margin - 8))" "#
                + #"fo:margin-left="\#(EditableText.mm(margin))" fo:margin-right="\#(EditableText.mm(margin))"/>"#
                + #"<style:footer-style><style:header-footer-properties fo:min-height="5mm" fo:margin-top="3mm"/></style:footer-style></style:page-layout>"#
        }
        let footer = #"<style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>"#
        let short = EditableDocument.pageShort, long = EditableDocument.pageLong
        return XMLText.declaration + "\n" + "<office:document-styles \(namespaces)>"
            + #"<office:font-face-decls><style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss"/></office:font-face-decls>"#
            + "<office:styles>"
            + #"<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="1.8mm"/>"#
            + #"<style:text-properties style:font-name="Arial" fo:font-size="10.5pt" fo:language="\#(tag.language)" fo:country="\#(tag.country)"/></style:default-style>"#
            + paragraph("Standard", "Default Paragraph Style", parent: nil, extra: #" style:class="text""#)
            + paragraph("Text_20_body", "Text body", extra: #" style:class="text""#)
            + paragraph("Heading", "Heading", paragraph: #"fo:keep-with-next="always""#, extra: #" style:next-style-name="Text_20_body" style:class="text""#)
            + paragraph("Title", "Title", parent: "Heading", paragraph: #"fo:margin-bottom="4mm""#,
                        text: ##"fo:font-size="20pt" fo:font-weight="bold" fo:color="#1f4e5f""##, extra: #" style:class="chapter""#)
            + heading(1, size: "16pt", before: "4mm") + heading(2, size: "13pt", before: "3.5mm") + heading(3, size: "11.5pt", before: "3mm")
            + paragraph("List_20_Bullet", "List Bullet", paragraph: #"fo:margin-bottom="0.7mm""#, extra: #" style:class="list""#)
            + paragraph("Table_20_Contents", "Table Contents", paragraph: #"fo:margin-bottom="0mm""#, text: #"fo:font-size="9.5pt""#,
                        extra: #" style:class="extra""#)
            + paragraph("Table_20_Heading", "Table Heading", parent: "Table_20_Contents", text: #"fo:font-weight="bold""#,
                        extra: #" style:class="extra""#)
            + paragraph("Table_20_Number", "Table Number", parent: "Table_20_Contents", paragraph: #"fo:text-align="end""#,
                        extra: #" style:class="extra""#)
            + paragraph("Table_20_Heading_20_Number", "Table Heading Number", parent: "Table_20_Heading", paragraph: #"fo:text-align="end""#,
                        extra: #" style:class="extra""#)
            + paragraph("Diagram", "Diagram", paragraph: #"fo:text-align="center" fo:margin-bottom="0mm""#)
            + paragraph("Footer", "Footer", paragraph: #"fo:text-align="center""#, text: #"fo:font-size="9pt""#, extra: #" style:class="extra""#)
            + #"<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>"#
            + #"<text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" text:bullet-char="•">"#
            + #"<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment "#
            + #"text:label-followed-by="listtab" text:list-tab-stop-position="6mm" fo:text-indent="-4mm" fo:margin-left="6mm"/>"#
            + "</style:list-level-properties></text:list-level-style-bullet></text:list-style>"
            + "</office:styles><office:automatic-styles>"
            + page("PortraitPage", width: short, height: long, margin: EditableDocument.margin(.portrait), orientation: "portrait")
            + page("LandscapePage", width: long, height: short, margin: EditableDocument.margin(.landscape), orientation: "landscape")
            + "</office:automatic-styles><office:master-styles>"
            + #"<style:master-page style:name="Standard" style:page-layout-name="PortraitPage">\#(footer)</style:master-page>"#
            + #"<style:master-page style:name="Landscape" style:page-layout-name="LandscapePage">\#(footer)</style:master-page>"#
            + "</office:master-styles></office:document-styles>\n"
    }
}
