import CanvasKit

/// A report as a word processor holds it: headings, paragraphs, tables and pictures in order, with
/// page orientation changes; the DOCX and ODT writers turn it into their XML.
///
/// It is made from the ``ReportDocument`` the HTML and Markdown templates render (see
/// `EditableDocument+Report.swift`), so the three formats show the same formatted values; the
/// writers only decide how each block is written, never what a report contains.
public struct EditableDocument: Sendable {
    /// How a page is turned.
    public enum Orientation: String, Sendable {
        /// A4 upright (the proposal).
        case portrait
        /// A4 on its side (a smart diagram).
        case landscape
    }

    /// A piece of text with its weight.
    public struct Span: Sendable, Equatable {
        /// The text, as the canvas or the labels give it (escaped by the writers).
        public var text: String
        /// Whether it is bold.
        public var bold: Bool

        /// Creates a span.
        public init(_ text: String, bold: Bool = false) {
            self.text = text
            self.bold = bold
        }
    }

    /// An editable table: a header row repeated on every page, then the body rows.
    public struct Table: Sendable {
        /// The column headings.
        public var header: [String]
        /// The rows, one span per cell.
        public var rows: [[Span]]
        /// The columns whose values are numbers or money, aligned right.
        public var numeric: Set<Int>
        /// Relative column widths (any unit; only their proportions count).
        public var widths: [Int]
    }

    /// A picture with its vector source.
    public struct Picture: Sendable {
        /// The standalone SVG file.
        public var svg: String
        /// The width of the picture's own coordinates (SVG user units).
        public var pixelWidth: Int
        /// The height of the picture's own coordinates.
        public var pixelHeight: Int
        /// The text that describes it (alternative text).
        public var title: String
        /// Its width on the page, in millimetres.
        public var widthMM: Double
        /// Its height on the page, in millimetres.
        public var heightMM: Double
    }

    /// One part of the document, in reading order.
    public enum Block: Sendable {
        /// A new page from here on, turned this way.
        case page(Orientation)
        /// The language of the text from here on (`bg`, `uk`, `ru`, `en`).
        case language(String)
        /// The document title (not a heading in the outline).
        case title(String)
        /// A heading of level 1 to 3, with the built-in heading style of that level.
        case heading(level: Int, text: String)
        /// A paragraph.
        case paragraph([Span])
        /// An item of a bulleted list.
        case item([Span])
        /// A table.
        case table(Table)
        /// A picture on a paragraph of its own.
        case picture(Picture)
    }

    /// The title (document properties, and the window title of a word processor).
    public var title: String
    /// The language code of the document (`bg`, `uk`, `ru`, `en`).
    public var language: String
    /// The libraries the canvases come from, joined with `; `; empty when none says.
    public var library: String
    /// The blocks, in order.
    public var blocks: [Block]

    /// The pictures, in order (numbered from 1 in the package).
    public var pictures: [Picture] {
        blocks.compactMap { if case .picture(let picture) = $0 { picture } else { nil } }
    }

    /// The short side of an A4 page, in millimetres.
    static let pageShort = 210.0
    /// The long side of an A4 page, in millimetres.
    static let pageLong = 297.0

    /// The margins of a page turned `orientation`, in millimetres (smaller on a diagram's page).
    static func margin(_ orientation: Orientation) -> Double { orientation == .portrait ? 20 : 15 }

    /// The width of the text on an upright page, in millimetres: where tables go.
    static let textWidth = pageShort - 2 * margin(.portrait)

    /// The language tag with a region, for spell-checking dictionaries: `bg-BG`, `uk-UA`, `ru-RU`, `en-GB`.
    public static func languageTag(_ code: String) -> (language: String, country: String) {
        switch code {
        case "bg": ("bg", "BG")
        case "uk": ("uk", "UA")
        case "ru": ("ru", "RU")
        default: ("en", "GB")
        }
    }
}
