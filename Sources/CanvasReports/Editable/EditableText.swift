/// Canvas text cut into what a word processor writes differently: plain text, tabs and line breaks.
///
/// Both writers escape the plain pieces with ``XMLText`` (which also replaces the characters XML
/// forbids), so canvas text can only ever become the content of a text element: never markup, a
/// field code or a DDE link.
enum EditableText {
    /// One piece of a text.
    enum Piece: Equatable {
        /// Text without tabs or line breaks (not yet escaped).
        case text(Substring)
        /// A tab.
        case tab
        /// A line break (LF, CR, CR LF, or any other Unicode line separator).
        case lineBreak
    }

    /// The pieces of `text`, in order; empty text has none.
    static func pieces(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var start = text.startIndex
        var index = start
        while index < text.endIndex {
            let character = text[index]
            if character == "\t" || character.isNewline {
                if start < index { pieces.append(.text(text[start..<index])) }
                pieces.append(character == "\t" ? .tab : .lineBreak)
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        if start < text.endIndex { pieces.append(.text(text[start..<text.endIndex])) }
        return pieces
    }

    /// Millimetres in twentieths of a point (Word's page and table measures).
    static func twips(_ millimetres: Double) -> Int { Int((millimetres * 1440 / 25.4).rounded()) }

    /// Millimetres in English Metric Units (DrawingML sizes).
    static func emu(_ millimetres: Double) -> Int { Int((millimetres * 36000).rounded()) }

    /// `value` millimetres written for ODF (`12.5mm`).
    static func mm(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? "\(Int(rounded))mm" : "\(rounded)mm"
    }

    /// Widths in millimetres for `proportions`, filling `total`.
    static func widths(_ proportions: [Int], total: Double) -> [Double] {
        let sum = Double(max(1, proportions.reduce(0, +)))
        return proportions.map { total * Double($0) / sum }
    }
}
