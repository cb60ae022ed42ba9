import CanvasKit

/// The root value every template renders: the report's language and labels, the canvases, and the
/// workshop title page or the portfolio figures.
public struct ReportDocument: Sendable {
    /// A line of the contents of a document with several canvases.
    public struct Entry: Sendable {
        /// The link target.
        public var anchor: String
        /// The canvas title.
        public var title: String
    }

    /// Which report it is.
    public var kind: ReportInput.Kind
    /// The language code of the document (`lang` attribute).
    public var lang: String
    /// The document title.
    public var title: String
    /// The labels in the document language.
    public var labels: [String: String]
    /// The canvases, in report order.
    public var canvases: [CanvasReport]
    /// The workshop title page and contents, for a workshop report.
    public var workshop: WorkshopReport?
    /// The figures, for a portfolio report.
    public var portfolio: PortfolioReport?
    /// The contents of a document with several canvases (not a workshop).
    public var contents: [Entry]
    /// Whether canvases are shown as diagram and summary (a workshop) rather than a full proposal.
    public var compact: Bool

    /// Whether the plain contents list is shown.
    public private(set) var hasContents: Bool = false
    /// The name of the template that renders it: `canvases` or `portfolio`.
    public var templateName: String { kind == .portfolio ? "portfolio" : "canvases" }

    /// Builds the document for `input`; `language` overrides the languages of the files.
    public init(_ input: ReportInput, language: Language? = nil) {
        kind = input.kind
        let documentLanguage = language ?? input.workshop?.language ?? Self.commonLanguage(input.items)
        let labels = ReportLabels(language: documentLanguage)
        lang = documentLanguage.rawValue
        self.labels = labels.values
        let canvases = input.kind == .portfolio ? [] : input.items.enumerated().map { index, item in
            CanvasReport(item, language: language, position: index + 1)
        }
        self.canvases = canvases
        compact = input.kind == .workshop
        switch input.kind {
        case .workshop:
            let workshop = WorkshopReport(input.workshop ?? Workshop(),
                                          canvases: zip(input.items, canvases).map { ($0.canvas, $1.anchor) }, labels: labels)
            self.workshop = workshop
            title = workshop.title
            contents = []
        case .portfolio:
            portfolio = PortfolioReport(input.items, labels: labels)
            title = labels["portfolio"]
            contents = []
        case .canvases:
            title = canvases.count == 1 ? canvases[0].title : labels["canvasesReport"]
            contents = canvases.count > 1 ? canvases.map { Entry(anchor: $0.anchor, title: $0.title) } : []
        }
        hasContents = !contents.isEmpty
    }

    /// The language all `items` share, or English when they differ or there are none.
    static func commonLanguage(_ items: [ReportItem]) -> Language {
        let languages = Set(items.map(\.canvas.language))
        return languages.count == 1 ? languages.first! : .en
    }
}
