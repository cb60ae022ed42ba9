import CanvasKit

/// Lays out rows of cells in columns padded to the widest cell, for the store's plain-text outputs.
///
/// Widths count characters, so Cyrillic text lines up as it does in a terminal. The last
/// column is never padded, so lines carry no trailing spaces. Every cell is escaped with
/// ``TerminalText/escaped(_:)``: a value cannot break a row or send the terminal a command.
struct TextTable {
    /// The rows, each a list of cells.
    var rows: [[String]] = []
    /// The text before every line.
    var indent = ""

    /// Adds a row.
    mutating func append(_ cells: String...) { rows.append(cells.map(TerminalText.escaped)) }

    /// The rows as lines joined by newlines, with a final newline; empty when there are no rows.
    var text: String {
        guard !rows.isEmpty else { return "" }
        let columns = rows.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        var output = ""
        for row in rows {
            var line = indent
            for (index, cell) in row.enumerated() {
                line += cell
                if index < row.count - 1 {
                    line += String(repeating: " ", count: widths[index] - cell.count + 2)
                }
            }
            output += line + "\n"
        }
        return output
    }

    /// Formats an amount with two decimals and a thin grouping of thousands by spaces.
    static func amount(_ value: Double) -> String {
        let cents = Int((value * 100).rounded())
        let whole = String(abs(cents) / 100)
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { grouped += " " }
            grouped.append(digit)
        }
        let fraction = abs(cents) % 100
        return (cents < 0 ? "-" : "") + grouped + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }
}
