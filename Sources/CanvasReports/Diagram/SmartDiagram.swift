import CanvasKit

/// The smart diagram (умна диаграма) of a canvas as an SVG picture: the target group in the centre,
/// the eight other sections as boxes around it, sized for a page of A4 landscape.
public struct SmartDiagram: Sendable {
    /// Width of the picture in user units (A4 landscape proportions, 297 × 210).
    public static let width = 1400.0
    /// Height of the picture in user units.
    public static let height = 990.0

    /// The picture's accessible name (the canvas title); the page shows it as a heading.
    public var title: String
    /// The nine boxes, row by row; the fifth is the centre.
    public var boxes: [DiagramBox]
    /// The "… +{n} more" template in the report language.
    public var moreTemplate: String
    /// What an empty box says.
    public var emptyText: String

    /// The diagram of `canvas` with headings in `labels.language`.
    public init(_ canvas: Canvas, formatter: ReportFormatter, labels: ReportLabels) {
        title = canvas.title ?? canvas.id ?? ""
        moreTemplate = labels["more"]
        emptyText = labels["none"]
        let language = formatter.language
        func item(_ text: String?, _ style: DiagramBox.Style = .normal) -> DiagramBox.Item? {
            guard let text, !text.isEmpty else { return nil }
            return DiagramBox.Item(text, style: style)
        }
        var centre: [DiagramBox.Item?] = [item(canvas.targetGroup?.name, .strong), item(canvas.targetGroup?.description, .plain)]
        if let size = canvas.targetGroup?.size { centre.append(item("\(formatter.integer(size))\u{00A0}\(labels["people"])", .plain)) }
        centre.append(item(canvas.targetGroup?.place, .plain))
        let service: [DiagramBox.Item?] = [item(canvas.service?.name, .strong), item(canvas.service?.goal, .plain)]
        let resources = (canvas.resources ?? []).map { resource -> DiagramBox.Item? in
            var text = resource.item ?? resource.id ?? ""
            if let cost = resource.cost { text += " – " + formatter.money(cost, resource.currency) }
            if !resource.available { text += " (\(labels["missing"]))" }
            return item(text, resource.available ? .normal : .missing)
        }
        let partners = (canvas.partners ?? []).map { partner -> DiagramBox.Item? in
            let type = partner.type.map { " (\(ReportTerms.name(of: $0, in: language)))" } ?? ""
            return item((partner.name ?? partner.id ?? "") + type)
        }
        let activities = (canvas.activities ?? []).map { activity -> DiagramBox.Item? in
            let when = activity.when.map { " – " + formatter.when($0) } ?? ""
            return item((activity.name ?? activity.id ?? "") + when)
        }
        let social = (canvas.effects?.social ?? []).map { item($0.text) }
        let economic = (canvas.effects?.economic ?? []).map { effect -> DiagramBox.Item? in
            let value = effect.value.map { " – " + formatter.money($0, effect.currency) } ?? ""
            return item((effect.text ?? "") + value)
        }
        let sections: [(String, String, [DiagramBox.Item?])] = [
            ("needs", "#b03a2e", (canvas.needs ?? []).map { item($0.text) }),
            ("service", "#1f618d", service),
            ("resources", "#5d6d7e", resources),
            ("information", "#6c3483", (canvas.information ?? []).map { item($0.channel) }),
            ("targetGroup", "#0e6655", centre),
            ("partners", "#1e8449", partners),
            ("activities", "#a04000", activities),
            ("socialEffect", "#2e4053", social),
            ("economicEffect", "#9a7d0a", economic),
        ]
        boxes = sections.map { key, color, items in
            DiagramBox(title: labels[key], color: color, items: items.compactMap { $0 }, isCentre: key == "targetGroup")
        }
    }

    /// `svg` (the ``svg`` of a diagram) as a file of its own: an XML declaration and the picture's size,
    /// as a word processor embeds it.
    public static func standalone(_ svg: String) -> String {
        let opening = "<svg class=\"diagram\" "
        guard svg.hasPrefix(opening) else { return XMLText.declaration + "\n" + svg }
        return XMLText.declaration + "\n<svg width=\"\(n(width))\" height=\"\(n(height))\" " + svg.dropFirst(opening.count)
    }

    /// The picture as an `<svg>` element that scales to its container; every text is escaped.
    public var svg: String {
        let margin = 16.0, gap = 22.0, top = 16.0
        let cellWidth = (Self.width - 2 * margin - 2 * gap) / 3
        let cellHeight = (Self.height - top - margin - 2 * gap) / 3
        var out = "<svg class=\"diagram\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(Self.width)) \(n(Self.height))\" "
            + "role=\"img\" aria-label=\"\(title.xmlEscaped)\" "
            + "font-family=\"'DejaVu Sans', 'Noto Sans', 'Liberation Sans', Arial, sans-serif\" fill=\"#1b1b1b\">"
        let centreX = margin + cellWidth + gap + cellWidth / 2, centreY = top + cellHeight + gap + cellHeight / 2
        for index in boxes.indices where index != 4 {
            let x = margin + Double(index % 3) * (cellWidth + gap) + cellWidth / 2
            let y = top + Double(index / 3) * (cellHeight + gap) + cellHeight / 2
            out += "<line x1=\"\(n(centreX))\" y1=\"\(n(centreY))\" x2=\"\(n(x))\" y2=\"\(n(y))\" stroke=\"#0e6655\" "
                + "stroke-width=\"3\" stroke-dasharray=\"8 6\"/>"
        }
        for (index, box) in boxes.enumerated() {
            let x = margin + Double(index % 3) * (cellWidth + gap)
            let y = top + Double(index / 3) * (cellHeight + gap)
            out += box.svg(x: x, y: y, width: cellWidth, height: cellHeight, more: moreTemplate, empty: emptyText)
        }
        return out + "</svg>"
    }
}
