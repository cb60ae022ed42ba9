import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses XML text the way a word processor's reader would, for the tests of the DOCX and ODT parts.
final class XMLCheck: NSObject, XMLParserDelegate {
    /// Every element's qualified name, in document order.
    private(set) var elements: [String] = []
    /// The text inside each element named `textElement`, one entry per element.
    private(set) var texts: [String] = []
    /// The parser's error, when the text is not well-formed XML.
    private(set) var error: String?

    private let textElement: String
    private var depth = 0

    /// Parses `xml`, gathering the text of every `textElement` (such as `w:t`).
    init(_ xml: String, textElement: String = "w:t") {
        self.textElement = textElement
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        if !parser.parse() { error = parser.parserError.map { "\($0)" } ?? "not well-formed" }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(name)
        if name == textElement {
            texts.append("")
            depth += 1
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == textElement { depth -= 1 }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if depth > 0 { texts[texts.count - 1] += string }
    }
}
