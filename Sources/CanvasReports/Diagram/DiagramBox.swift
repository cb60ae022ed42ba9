import Foundation

/// One box of the smart diagram: a coloured heading and a list of items fitted into a fixed area.
///
/// Fitting tries font sizes from ``maxFontSize`` down to ``minFontSize``; when even the smallest
/// does not hold every item, it shows as many as fit and ends with "… +N more".
public struct DiagramBox: Sendable {
    /// One entry of the list.
    public struct Item: Sendable {
        /// The text.
        public var text: String
        /// How it is drawn.
        public var style: Style

        /// Creates an item.
        public init(_ text: String, style: Style = .normal) {
            self.text = text
            self.style = style
        }
    }

    /// How an item is drawn.
    public enum Style: String, Sendable {
        /// A bulleted line.
        case normal
        /// A bold line without a bullet (a name or title).
        case strong
        /// A bulleted line in red (a missing resource).
        case missing
        /// A plain line without a bullet (a description).
        case plain
    }

    /// The heading.
    public var title: String
    /// The section colour (CSS colour).
    public var color: String
    /// The entries.
    public var items: [Item]
    /// Whether it is the centre box (filled).
    public var isCentre: Bool

    /// The largest font size tried.
    public static let maxFontSize = 19.0
    /// The smallest font size used.
    public static let minFontSize = 10.0
    /// Lines one item may take before it is cut with `…`.
    public static let maxLinesPerItem = 4

    /// Creates a box.
    public init(title: String, color: String, items: [Item], isCentre: Bool = false) {
        self.title = title
        self.color = color
        self.items = items
        self.isCentre = isCentre
    }

    /// The SVG of the box at `x, y` with size `width × height`; `more` is the "… +{n} more" template.
    func svg(x: Double, y: Double, width: Double, height: Double, more: String, empty: String) -> String {
        let header = 36.0, pad = 12.0
        var out = "<g class=\"box\">"
        let fill = isCentre ? "#e8f6f3" : "#ffffff"
        out += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" rx=\"10\" "
            + "fill=\"\(fill)\" stroke=\"\(color)\" stroke-width=\"\(isCentre ? 4 : 2)\"/>"
        out += "<path d=\"M\(n(x)) \(n(y + header))V\(n(y + 10))a10 10 0 0 1 10 -10H\(n(x + width - 10))"
            + "a10 10 0 0 1 10 10V\(n(y + header))Z\" fill=\"\(color)\"/>"
        out += "<text x=\"\(n(x + pad))\" y=\"\(n(y + 25))\" class=\"box-title\" font-size=\"18\" font-weight=\"bold\" "
            + "fill=\"#ffffff\">\(TextWrapper.wrap(title, limit: TextWrapper.capacity(width: width - 2 * pad, fontSize: 18), maxLines: 1)[0].xmlEscaped)</text>"
        let layout = fit(width: width - 2 * pad, height: height - header - 2 * pad + 4, more: more, empty: empty)
        var baseline = y + header + pad + layout.fontSize
        for line in layout.lines {
            baseline += line.gapBefore
            let textX = x + pad + (line.indented ? layout.fontSize * 0.9 : 0)
            if line.bullet {
                out += "<circle cx=\"\(n(x + pad + layout.fontSize * 0.3))\" cy=\"\(n(baseline - layout.fontSize * 0.33))\" "
                    + "r=\"\(n(layout.fontSize * 0.16))\" fill=\"\(line.style == .missing ? "#c0392b" : color)\"/>"
            }
            var attributes = ""
            switch line.style {
            case .strong: attributes = " font-weight=\"bold\""
            case .missing: attributes = " fill=\"#c0392b\""
            case .plain, .normal: break
            }
            if line.isMore { attributes = " font-style=\"italic\" fill=\"#555555\"" }
            out += "<text x=\"\(n(textX))\" y=\"\(n(baseline))\" font-size=\"\(n(layout.fontSize))\"\(attributes)>"
                + "\(line.text.xmlEscaped)</text>"
            baseline += layout.fontSize * 1.25
        }
        return out + "</g>"
    }

    /// One line as laid out.
    struct Line {
        var text: String
        var style: Style
        var bullet: Bool
        var indented: Bool
        var gapBefore: Double
        var isMore = false
    }

    /// The lines at the largest font size that holds everything, or the smallest with a "more" line.
    func fit(width: Double, height: Double, more: String, empty: String) -> (fontSize: Double, lines: [Line]) {
        let entries = items.isEmpty ? [Item(empty, style: .plain)] : items
        var size = Self.maxFontSize
        while true {
            let lineHeight = size * 1.25, gap = size * 0.35
            let limit = TextWrapper.capacity(width: width - size * 0.9, fontSize: size)
            // Few items may use more lines each, so a long text is not cut while the box is half empty.
            let linesPerItem = max(Self.maxLinesPerItem, Int(height / lineHeight) / entries.count)
            var lines: [Line] = []
            var used = 0.0
            var shown = 0
            for (index, item) in entries.enumerated() {
                // Bold glyphs are about a tenth wider.
                let itemLimit = item.style == .strong ? limit * 9 / 10 : limit
                let wrapped = TextWrapper.wrap(item.text, limit: itemLimit, maxLines: linesPerItem)
                let gapBefore = index == 0 ? 0 : gap
                let cost = gapBefore + Double(wrapped.count) * lineHeight
                let reserve = index < entries.count - 1 ? gap + lineHeight : 0
                if used + cost + (size <= Self.minFontSize ? reserve : 0) > height { break }
                let bulleted = item.style == .normal || item.style == .missing
                for (lineIndex, text) in wrapped.enumerated() {
                    lines.append(Line(text: text, style: item.style, bullet: bulleted && lineIndex == 0,
                                      indented: bulleted, gapBefore: lineIndex == 0 ? gapBefore : 0))
                }
                used += cost
                shown += 1
            }
            if shown == entries.count { return (size, lines) }
            if size <= Self.minFontSize {
                let rest = entries.count - shown
                lines.append(Line(text: more.replacingOccurrences(of: "{n}", with: String(rest)), style: .plain,
                                  bullet: false, indented: false, gapBefore: shown == 0 ? 0 : gap, isMore: true))
                return (size, lines)
            }
            size -= 1
        }
    }
}

/// A coordinate written with at most one decimal, without a trailing `.0`.
func n(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
}
