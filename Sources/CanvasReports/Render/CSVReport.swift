import CanvasKit
import Foundation

/// The CSV form of a report (RFC 4180): one row per resource, activity and partner of every canvas,
/// told apart by the `section` column; values as written in the canvas, ids joined by `;`.
///
/// Cells that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab or
/// carriage return) get a leading `'`.
public struct CSVReport: Sendable {
    /// The columns, in order.
    public static let columns = [
        "canvas", "section", "id", "name", "type", "when", "responsible", "cost", "currency", "available",
        "role", "benefit", "needs", "partners", "resources",
    ]

    /// The rows, without the header.
    public var rows: [[String]]

    /// The rows of every canvas of `input`.
    public init(_ input: ReportInput) {
        var rows: [[String]] = []
        for item in input.items {
            let canvas = item.canvas
            let name = canvas.id ?? item.source
            func row(_ section: String, _ values: [String: String?]) -> [String] {
                var cells = [name, section]
                for column in Self.columns.dropFirst(2) { cells.append((values[column] ?? nil) ?? "") }
                return cells
            }
            for r in canvas.resources ?? [] {
                rows.append(row("resource", ["id": r.id, "name": r.item, "type": r.kind?.rawValue, "cost": r.cost?.description,
                                             "currency": r.currency, "available": r.available ? "true" : "false"]))
            }
            for a in canvas.activities ?? [] {
                rows.append(row("activity", ["id": a.id, "name": a.name, "when": a.when?.description, "responsible": a.responsible,
                                             "needs": a.needs.map(\.value).joined(separator: ";"),
                                             "partners": a.partners.map(\.value).joined(separator: ";"),
                                             "resources": a.resources.map(\.value).joined(separator: ";")]))
            }
            for p in canvas.partners ?? [] {
                rows.append(row("partner", ["id": p.id, "name": p.name, "type": p.type?.rawValue, "role": p.role,
                                            "benefit": p.benefit]))
            }
        }
        self.rows = rows
    }

    /// The header and rows, CRLF line ends, quoted where needed.
    public var text: String {
        ([Self.columns] + rows).map { $0.map(Self.cell).joined(separator: ",") + "\r\n" }.joined()
    }

    /// The UTF-8 byte order mark that starts the file, so that Excel on Windows reads the Cyrillic
    /// as UTF-8 rather than as the system's code page.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The file's bytes: the byte order mark, then ``text`` in UTF-8.
    public var data: Data { Data(Self.byteOrderMark + Array(text.utf8)) }

    /// One cell: formula-leading text neutralised with `'`, then quoted when it holds `,` `"` CR or LF.
    public static func cell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
