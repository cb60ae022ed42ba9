/// Escaping for XML 1.0 text and attribute values, for the hand-written XML reporters.
enum XMLText {
    /// `text` safe inside an element: `&`, `<`, `>` escaped, and characters XML 1.0 forbids
    /// (control characters other than tab, line feed and carriage return) replaced by U+FFFD.
    static func content(_ text: String) -> String {
        escape(text, attribute: false)
    }

    /// `text` safe inside a double-quoted attribute: also `"` and `'`, and tab, line feed and
    /// carriage return as character references, so attribute normalisation keeps them.
    static func attribute(_ text: String) -> String {
        escape(text, attribute: true)
    }

    /// The XML declaration every report starts with.
    static let declaration = #"<?xml version="1.0" encoding="UTF-8"?>"#

    private static func escape(_ text: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "'" where attribute: out += "&apos;"
            case "\n" where attribute: out += "&#10;"
            case "\r": out += "&#13;"
            case "\t" where attribute: out += "&#9;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
