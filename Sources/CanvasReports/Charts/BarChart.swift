/// A horizontal bar chart as an SVG picture: one labelled bar per value, the count at its end.
public struct BarChart: Sendable {
    /// One bar.
    public struct Bar: Sendable {
        /// What it counts.
        public var label: String
        /// The count.
        public var value: Int

        /// Creates a bar.
        public init(label: String, value: Int) {
            self.label = label
            self.value = value
        }
    }

    /// The bars, top to bottom.
    public var bars: [Bar]
    /// The accessible name of the chart.
    public var title: String
    /// The bar colour.
    public var color: String

    /// Width of the picture in user units.
    public static let width = 900.0
    /// Height of one bar's row.
    public static let rowHeight = 30.0

    /// Creates a chart.
    public init(title: String, bars: [Bar], color: String = "#1f618d") {
        self.title = title
        self.bars = bars
        self.color = color
    }

    /// The chart as an `<svg>` element; empty when there are no bars. Every text is escaped.
    public var svg: String {
        guard !bars.isEmpty else { return "" }
        let labelWidth = 330.0, pad = 10.0, fontSize = 15.0
        let height = Double(bars.count) * Self.rowHeight + 2 * pad
        let maxValue = Double(max(1, bars.map(\.value).max() ?? 1))
        let barSpace = Self.width - labelWidth - 70
        var out = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(Self.width)) \(n(height))\" "
            + "role=\"img\" aria-label=\"\(title.xmlEscaped)\" "
            + "font-family=\"'DejaVu Sans', 'Noto Sans', 'Liberation Sans', Arial, sans-serif\" font-size=\"\(n(fontSize))\">"
        let limit = TextWrapper.capacity(width: labelWidth - pad, fontSize: fontSize)
        for (index, bar) in bars.enumerated() {
            let y = pad + Double(index) * Self.rowHeight
            let length = max(2, barSpace * Double(bar.value) / maxValue)
            let label = TextWrapper.wrap(bar.label, limit: limit, maxLines: 1).first ?? ""
            out += "<text x=\"\(n(labelWidth - pad))\" y=\"\(n(y + 20))\" text-anchor=\"end\" fill=\"#1b1b1b\">"
                + "\(label.xmlEscaped)</text>"
            out += "<rect x=\"\(n(labelWidth))\" y=\"\(n(y + 5))\" width=\"\(n(length))\" height=\"20\" rx=\"3\" fill=\"\(color)\"/>"
            out += "<text x=\"\(n(labelWidth + length + 6))\" y=\"\(n(y + 20))\" fill=\"#1b1b1b\">\(bar.value)</text>"
        }
        return out + "</svg>"
    }
}
