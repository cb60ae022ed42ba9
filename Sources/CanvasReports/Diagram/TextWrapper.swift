/// Breaks text into lines of at most a given number of characters, at spaces where it can.
///
/// Widths are estimated from the character count: the diagram's font (DejaVu Sans or a
/// similar sans-serif) averages a little over half its size per character in Latin and Cyrillic.
public enum TextWrapper {
    /// Average advance of one character, as a fraction of the font size (with a safety margin).
    public static let averageCharacterWidth = 0.61

    /// How many characters fit in `width` at `fontSize`.
    public static func capacity(width: Double, fontSize: Double) -> Int {
        max(4, Int(width / (fontSize * averageCharacterWidth)))
    }

    /// `text` wrapped to `limit` characters a line, at most `maxLines` lines; a cut last line ends with `…`.
    public static func wrap(_ text: String, limit: Int, maxLines: Int = .max) -> [String] {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        var lines: [String] = []
        var current = ""
        for var word in words {
            while word.count > limit {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(limit - 1)) + "-")
                word = String(word.dropFirst(limit - 1))
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= limit {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > maxLines, maxLines > 0 else { return lines }
        var kept = Array(lines.prefix(maxLines))
        var last = kept[maxLines - 1]
        while last.count + 1 > limit, !last.isEmpty { last.removeLast() }
        kept[maxLines - 1] = last.trimmingTrailingSpaces + "…"
        return kept
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last?.isWhitespace == true { s.removeLast() }
        return s
    }

    /// The text escaped for SVG content and attribute values (`& < > " '`, control characters).
    var xmlEscaped: String { XMLText.attribute(self) }
}
