/// Text from canvases, plugins and file names made safe to print on one line of a terminal.
///
/// A value may hold a line break (which would forge a line of output, such as a finding), an
/// escape sequence (which could clear the screen or retitle the window), other control
/// characters, or a bidirectional override (which reorders what is shown). ``escaped(_:)``
/// writes each of them visibly, the way Swift writes them: `\n`, `\r`, `\t`, `\u{1B}`,
/// `\u{202E}`; every other character is kept.
public enum TerminalText {
    /// `text` with control characters, line and paragraph separators and bidirectional
    /// formatting characters written as escapes; `text` itself when it has none.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return out
    }

    /// Whether `scalar` is shown as an escape: C0 and C1 controls, DEL, U+2028 and U+2029, and
    /// the bidirectional marks, embeddings, overrides and isolates.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
