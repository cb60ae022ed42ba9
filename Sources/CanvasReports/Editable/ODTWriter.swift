import Foundation

/// Writes an ``EditableDocument`` as an OpenDocument text (`.odt`, ODF 1.3): outline headings, tables
/// with repeated header rows, A4 master pages (upright and landscape) with page numbers in the footer,
/// and each diagram as an SVG picture.
public struct ODTWriter: Sendable {
    /// The document to write.
    public let document: EditableDocument

    /// Creates a writer of `document`.
    public init(_ document: EditableDocument) {
        self.document = document
    }

    /// The package's XML parts by path (everything but `mimetype` and the pictures), as they are stored.
    public var xmlParts: [(path: String, text: String)] {
        [
            ("content.xml", content),
            ("styles.xml", Self.styles(language: document.language)),
            ("meta.xml", meta),
            ("META-INF/manifest.xml", manifest),
        ]
    }

    /// The `.odt` file: `mimetype` first and uncompressed, as ODF requires, then the parts and pictures.
    public func package() throws(ReportError) -> Data {
        var entries = [DocumentPackage.Entry(path: "mimetype", data: Data(Self.mimeType.utf8), stored: true)]
        entries += xmlParts.map { DocumentPackage.Entry(path: $0.path, data: Data($0.text.utf8)) }
        for (index, picture) in document.pictures.enumerated() {
            entries.append(.init(path: "Pictures/diagram\(index + 1).svg", data: Data(picture.svg.utf8)))
        }
        return try DocumentPackage.zip(entries)
    }

    static let mimeType = "application/vnd.oasis.opendocument.text"

    static let namespaces = #"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" "#
        + #"xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" "#
        + #"xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" "#
        + #"xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" "#
        + #"xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" "#
        + #"xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" "#
        + #"xmlns:xlink="http://www.w3.org/1999/xlink" "#
        + #"xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" "#
        + #"xmlns:dc="http://purl.org/dc/elements/1.1/" "#
        + #"xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" "#
        + #"office:version="1.3""#

    var meta: String {
        let tag = EditableDocument.languageTag(document.language)
        var out = XMLText.declaration + "\n" + "<office:document-meta \(Self.namespaces)><office:meta>"
            + "<meta:generator>sdw</meta:generator><dc:title>\(XMLText.content(document.title))</dc:title>"
            + "<dc:language>\(tag.language)-\(tag.country)</dc:language>"
        if !document.library.isEmpty {
            out += "<meta:initial-creator>\(XMLText.content(document.library))</meta:initial-creator>"
                + "<meta:user-defined meta:name=\"Library\">\(XMLText.content(document.library))</meta:user-defined>"
        }
        return out + "</office:meta></office:document-meta>\n"
    }

    var manifest: String {
        var out = XMLText.declaration + "\n"
            + #"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">"#
            + #"<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="\#(Self.mimeType)"/>"#
        for part in ["content.xml", "styles.xml", "meta.xml"] {
            out += #"<manifest:file-entry manifest:full-path="\#(part)" manifest:media-type="text/xml"/>"#
        }
        for index in document.pictures.indices {
            out += #"<manifest:file-entry manifest:full-path="Pictures/diagram\#(index + 1).svg" manifest:media-type="image/svg+xml"/>"#
        }
        return out + "</manifest:manifest>\n"
    }
}
