import CanvasKit

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

extension ReportInput {
    /// The input `sdw report` asks for: the workshop `workshop` when given, the portfolio of every
    /// canvas when `portfolio`, else the canvases themselves.
    public static func select(workshop: String?, portfolio: Bool, from source: some ReportSource) throws(ReportError) -> ReportInput {
        if let workshop { return try source.workshop(id: workshop) }
        return ReportInput(kind: portfolio ? .portfolio : .canvases, items: try source.canvases())
    }
}
