import CanvasKit

/// One canvas to report on, with what the checker found in it.
public struct ReportItem: Sendable {
    /// Where the canvas came from: a file path, or a store id.
    public var source: String
    /// The canvas.
    public var canvas: Canvas
    /// The checker's findings on it, sorted by position.
    public var findings: [Finding]

    /// Creates an item.
    public init(source: String, canvas: Canvas, findings: [Finding]) {
        self.source = source
        self.canvas = canvas
        self.findings = findings
    }
}

/// Everything a report is made from: plain values, whether they were read from files or a store.
///
/// A ``ReportSource`` produces it; the report builders (``CanvasReport``, ``WorkshopReport``,
/// ``PortfolioReport``) only ever see this value.
public struct ReportInput: Sendable {
    /// Which report to make.
    public enum Kind: String, Sendable, Codable {
        /// One canvas report, or several canvases in one document.
        case canvases
        /// A workshop: title page, contents, and each group's diagram and summary.
        case workshop
        /// Figures over many canvases.
        case portfolio
    }

    /// Which report to make.
    public var kind: Kind
    /// The canvases, in report order (group order for a workshop).
    public var items: [ReportItem]
    /// The workshop, for ``Kind/workshop``.
    public var workshop: Workshop?

    /// Creates an input.
    public init(kind: Kind, items: [ReportItem], workshop: Workshop? = nil) {
        self.kind = kind
        self.items = items
        self.workshop = workshop
    }

    /// The workshop input for `workshop` from any set of canvases: the canvases with
    /// `workshop: <id>`, in group order (canvases without a group last, by title).
    public static func workshop(_ workshop: Workshop, from items: [ReportItem]) -> ReportInput {
        let members = items.filter { $0.canvas.workshop != nil && $0.canvas.workshop == workshop.id }
        let ordered = members.sorted { a, b in
            switch (a.canvas.group, b.canvas.group) {
            case let (x?, y?) where x != y: x < y
            case (_?, nil): true
            case (nil, _?): false
            default: (a.canvas.title ?? "", a.source) < (b.canvas.title ?? "", b.source)
            }
        }
        return ReportInput(kind: .workshop, items: ordered, workshop: workshop)
    }
}

/// Where report inputs come from: files on disk now, the store later.
///
/// `sdw report` asks a source for the three kinds of input; a store-backed source only has to answer
/// the same three questions.
public protocol ReportSource {
    /// The canvases named by the source's selectors, in a stable order.
    func canvases() throws(ReportError) -> [ReportItem]
    /// The workshop with id `id` and its canvases in group order.
    func workshop(id: String) throws(ReportError) -> ReportInput
}

extension ReportInput {
    /// The input `sdw report` asks for: the workshop `workshop` when given, the portfolio of every
    /// canvas when `portfolio`, else the canvases themselves.
    public static func select(workshop: String?, portfolio: Bool, from source: some ReportSource) throws(ReportError) -> ReportInput {
        if let workshop { return try source.workshop(id: workshop) }
        return ReportInput(kind: portfolio ? .portfolio : .canvases, items: try source.canvases())
    }
}
