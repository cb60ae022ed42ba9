import Foundation

/// Writes an ``EditableDocument`` as an Office Open XML word-processing document (`.docx`, ECMA-376):
/// built-in heading styles, tables whose header rows repeat, A4 sections with page numbers in the
/// footer, and each diagram as SVG with the PNG Word needs beside it.
public struct DOCXWriter: Sendable {
    /// The document to write.
    public let document: EditableDocument

    /// Creates a writer of `document`.
    public init(_ document: EditableDocument) {
        self.document = document
    }

    /// The package's XML parts by path (everything but the pictures), as they are stored.
    public var xmlParts: [(path: String, text: String)] {
        [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("docProps/core.xml", coreProperties),
            ("docProps/app.xml", appProperties),
            ("word/document.xml", body),
            ("word/styles.xml", Self.styles(language: document.language)),
            ("word/numbering.xml", Self.numbering),
            ("word/settings.xml", Self.settings),
            ("word/footer1.xml", Self.footer),
            ("word/_rels/document.xml.rels", documentRelationships),
        ]
    }

    /// The `.docx` file: the XML parts, and every diagram as SVG and as a PNG drawn by `rasterizer`.
    public func package(rasterizer: SVGRasterizer) throws(ReportError) -> Data {
        var entries = xmlParts.map { DocumentPackage.Entry(path: $0.path, data: Data($0.text.utf8)) }
        let pictures = document.pictures
        let pngs = try rasterizer.pngs(pictures.map {
            ($0.svg, Int(Double($0.pixelWidth) * Self.pngScale), Int(Double($0.pixelHeight) * Self.pngScale))
        })
        for (index, (picture, png)) in zip(pictures, pngs).enumerated() {
            entries.append(.init(path: "word/media/diagram\(index + 1).svg", data: Data(picture.svg.utf8)))
            entries.append(.init(path: "word/media/diagram\(index + 1).png", data: png))
        }
        return try DocumentPackage.zip(entries)
    }

    /// How many PNG pixels the fallback picture has per SVG unit: 1.5 gives 2100 × 1485 pixels, about
    /// 240 dots per inch on the page (Word 2016 and later print the SVG itself).
    static let pngScale = 1.5

    static let relationshipNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    var contentTypes: String {
        XMLText.declaration + "\n"
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Default Extension="png" ContentType="image/png"/>"#
            + #"<Default Extension="svg" ContentType="image/svg+xml"/>"#
            + #"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#
            + #"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#
            + #"<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>"#
            + #"<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>"#
            + #"<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>"#
            + #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
            + #"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#
            + "</Types>\n"
    }

    var packageRelationships: String {
        XMLText.declaration + "\n"
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#
            + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#
            + #"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>"#
            + "</Relationships>\n"
    }

    var documentRelationships: String {
        var out = XMLText.declaration + "\n"
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + #"<Relationship Id="rIdStyles" Type="\#(Self.relationshipNS)/styles" Target="styles.xml"/>"#
            + #"<Relationship Id="rIdNumbering" Type="\#(Self.relationshipNS)/numbering" Target="numbering.xml"/>"#
            + #"<Relationship Id="rIdSettings" Type="\#(Self.relationshipNS)/settings" Target="settings.xml"/>"#
            + #"<Relationship Id="rIdFooter" Type="\#(Self.relationshipNS)/footer" Target="footer1.xml"/>"#
        for index in document.pictures.indices {
            out += #"<Relationship Id="rIdPng\#(index + 1)" Type="\#(Self.relationshipNS)/image" Target="media/diagram\#(index + 1).png"/>"#
            out += #"<Relationship Id="rIdSvg\#(index + 1)" Type="\#(Self.relationshipNS)/image" Target="media/diagram\#(index + 1).svg"/>"#
        }
        return out + "</Relationships>\n"
    }

    var coreProperties: String {
        let tag = EditableDocument.languageTag(document.language)
        var out = XMLText.declaration + "\n"
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
            + #"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">"#
            + "<dc:title>\(XMLText.content(document.title))</dc:title>"
        if !document.library.isEmpty { out += "<dc:creator>\(XMLText.content(document.library))</dc:creator>" }
        return out + "<dc:language>\(tag.language)-\(tag.country)</dc:language></cp:coreProperties>\n"
    }

    var appProperties: String {
        var out = XMLText.declaration + "\n"
            + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#
            + "<Application>sdw</Application>"
        if !document.library.isEmpty { out += "<Company>\(XMLText.content(document.library))</Company>" }
        return out + "</Properties>\n"
    }

    static let footer = XMLText.declaration + "\n"
        + #"<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
        + #"<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>"#
        + #"<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>"# + "\n"

    static let settings = XMLText.declaration + "\n"
        + #"<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
        + #"<w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/>"#
        + #"<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#
        + "</w:settings>\n"

    static let numbering = XMLText.declaration + "\n"
        + #"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
        + #"<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>"#
        + #"<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>"#
        + #"<w:pPr><w:ind w:left="567" w:hanging="283"/></w:pPr></w:lvl></w:abstractNum>"#
        + #"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"# + "\n"
}
