import CanvasKit
@testable import CanvasReports
import Foundation
import Testing

/// Canvas text in a DOCX or ODT stays text: escaped, without the characters XML forbids, and never a
/// field code, a DDE link or markup.
@Suite struct EditableSafetyTests {
    /// Markup of both formats, field codes and DDE (as Word and spreadsheets read them), and a formula.
    static let attacks = [
        #"</w:t></w:r><w:fldSimple w:instr="DDEAUTO c:\\windows\\system32\\cmd.exe &quot;/k calc&quot;"/><w:r><w:t>"#,
        #"{ DDEAUTO c:\\windows\\system32\\cmd.exe "/k calc" }"#,
        #"{ INCLUDETEXT "http://example.invalid/x" }"#,
        #"</text:p><text:execute-macro text:name="x"/><text:p>"#,
        "=cmd|' /C calc'!A0",
        "]]><!ENTITY x SYSTEM \"file:///etc/passwd\">&x;",
    ]

    /// A canvas whose every text is hostile: markup, fields, and characters XML 1.0 forbids
    /// (written as YAML escapes: vertical tab, form feed, escape, U+FFFE), with a tab and a line break.
    static var hostileCanvas: String {
        var yaml = ReportFixtures.canvas(title: #"T \v\f\e\uFFFE \t|\n end"#)
        for (index, attack) in attacks.enumerated() {
            let quoted = "'" + attack.replacingOccurrences(of: "'", with: "''") + "'"
            switch index {
            case 0: yaml = yaml.replacingOccurrences(of: "name: Reading club,", with: "name: \(quoted),")
            case 1: yaml = yaml.replacingOccurrences(of: "item: Reading room", with: "item: \(quoted)")
            case 2: yaml = yaml.replacingOccurrences(of: "name: Pensioners' club", with: "name: \(quoted)")
            case 3: yaml = yaml.replacingOccurrences(of: "name: Weekly meeting", with: "name: \(quoted)")
            case 4: yaml = yaml.replacingOccurrences(of: "text: Less loneliness", with: "text: \(quoted)")
            default: yaml = yaml.replacingOccurrences(of: "channel: Leaflets", with: "channel: \(quoted)")
            }
        }
        return yaml + "library: \"a & b <c>\"\n"
    }

    @Test func hostileTextStaysTextInDOCX() throws {
        let item = ReportFixtures.item(Self.hostileCanvas)
        let document = EditableDocument(ReportDocument(ReportInput(kind: .canvases, items: [item])))
        let parts = DOCXWriter(document).xmlParts
        for (path, text) in parts {
            let check = XMLCheck(text)
            #expect(check.error == nil, "\(path): \(check.error ?? "")")
            #expect(!check.elements.contains("w:instrText") && !check.elements.contains("w:fldChar"), "\(path)")
            #expect(!check.elements.contains("w:fldSimple") || path == "word/footer1.xml", "\(path)")
            #expect(!check.elements.contains("w:hyperlink") && !check.elements.contains("w:object"), "\(path)")
            #expect(!text.contains("<!ENTITY"), "\(path)")
        }
        let texts = XMLCheck(EditableDocumentTests.part(parts, "word/document.xml")).texts.joined(separator: "\u{1}")
        for attack in Self.attacks { #expect(texts.contains(attack), "\(attack)") }
        // ESC and U+FFFE became U+FFFD; the tab and the line breaks (vertical tab and form feed are
        // line separators too) became Word's own elements.
        let body = EditableDocumentTests.part(parts, "word/document.xml")
        #expect(body.contains(#"<w:t xml:space="preserve">T </w:t><w:br/><w:br/><w:t xml:space="preserve">\#u{FFFD}\#u{FFFD} </w:t>"#
                              + #"<w:tab/><w:t xml:space="preserve">|</w:t><w:br/><w:t xml:space="preserve"> end</w:t>"#))
        let core = XMLCheck(EditableDocumentTests.part(parts, "docProps/core.xml"), textElement: "dc:creator")
        #expect(core.texts == ["a & b <c>"])
    }

    @Test func hostileTextStaysTextInODT() throws {
        let item = ReportFixtures.item(Self.hostileCanvas)
        let document = EditableDocument(ReportDocument(ReportInput(kind: .canvases, items: [item])))
        let parts = ODTWriter(document).xmlParts
        // Elements that run or fetch something, or show a field's value instead of text.
        let forbidden: Set = ["text:execute-macro", "text:database-display", "text:dde-connection", "text:script",
                              "office:script", "text:user-field-get", "text:hidden-text"]
        for (path, text) in parts {
            let check = XMLCheck(text, textElement: "text:p")
            #expect(check.error == nil, "\(path): \(check.error ?? "")")
            #expect(forbidden.isDisjoint(with: check.elements), "\(path)")
            #expect(!text.contains("<!ENTITY"), "\(path)")
        }
        let content = EditableDocumentTests.part(parts, "content.xml")
        let paragraphs = XMLCheck(content, textElement: "text:p").texts + XMLCheck(content, textElement: "text:h").texts
        let texts = paragraphs.joined(separator: "\u{1}")
        for attack in Self.attacks { #expect(texts.contains(attack), "\(attack)") }
        #expect(content.contains("T <text:line-break/><text:line-break/>\u{FFFD}\u{FFFD} <text:tab/>|<text:line-break/> end"))
    }

    @Test func escapedTextKeepsRunsOfSpacesInODT() {
        #expect(ODTWriter.Body.escaped("a  b") == "a <text:s/>b")
        #expect(ODTWriter.Body.escaped("  lead") == "<text:s text:c=\"2\"/>lead")
        #expect(ODTWriter.Body.escaped("x < y & z") == "x &lt; y &amp; z")
        #expect(ODTWriter.Body.escaped("end ") == "end ")
    }
}
