import CanvasKit

/// Everything the templates show for one canvas: header facts, the diagram, and the proposal
/// (service, budget, partners, plan, effects, socio-economic ratio, findings), already formatted.
public struct CanvasReport: Sendable {
    /// A label and a value of the header.
    public struct Fact: Sendable {
        /// What it is.
        public var label: String
        /// Its value.
        public var value: String
    }

    /// A partner row.
    public struct PartnerRow: Sendable {
        /// The name.
        public var name: String
        /// The type in words.
        public var type: String
        /// The role.
        public var role: String
        /// The benefit.
        public var benefit: String
    }

    /// An information channel row.
    public struct ChannelRow: Sendable {
        /// The channel.
        public var channel: String
        /// Whom it reaches.
        public var audience: String
    }

    /// One socio-economic ratio.
    public struct RatioRow: Sendable {
        /// The currency.
        public var currency: String
        /// The economic effect.
        public var effect: String
        /// The cost.
        public var cost: String
        /// Effect ÷ cost.
        public var ratio: String
    }

    /// A diagram section as text (for Markdown).
    public struct Section: Sendable {
        /// The heading.
        public var title: String
        /// The entries.
        public var items: [String]
    }

    /// An HTML id for links from a table of contents.
    public var anchor: String
    /// The canvas title.
    public var title: String
    /// The canvas id.
    public var id: String
    /// The library the canvas comes from; empty when it does not say.
    public var library: String
    /// The language code of the report text (`lang` attribute).
    public var lang: String
    /// The labels in the report language.
    public var labels: [String: String]
    /// `Група 4` for a workshop group; empty otherwise.
    public var groupLabel: String
    /// Header facts: library, authors, status, plugin, file.
    public var facts: [Fact]
    /// The smart diagram as inline SVG.
    public var diagramSVG: String
    /// The diagram's sections as text.
    public var sections: [Section]
    /// The target group's name.
    public var targetGroup: String
    /// The service's name.
    public var serviceName: String
    /// The service's goal; empty when none.
    public var serviceGoal: String
    /// The service's description; empty when none.
    public var serviceDescription: String
    /// The needs, in words.
    public var needs: [String]
    /// The budget table.
    public var budget: BudgetTable
    /// The partners.
    public var partners: [PartnerRow]
    /// The information channels.
    public var channels: [ChannelRow]
    /// The plan of activities and timeline.
    public var plan: ActivityPlan
    /// Social effects.
    public var social: EffectTable
    /// Economic effects.
    public var economic: EffectTable
    /// Results (outputs).
    public var results: EffectTable
    /// Socio-economic ratios, one per currency where both sides are known.
    public var ratios: [RatioRow]
    /// The checker's findings.
    public var findings: FindingsSummary
    /// The partners' names in one line (for the workshop summary).
    public var partnerNames: String
    /// The totals per currency in one line, with the missing part (for the workshop summary).
    public var budgetSummary: String
    /// The ratios in one line (for the workshop summary); empty when none.
    public var ratioSummary: String

    /// Whether the service has a goal.
    public private(set) var hasGoal: Bool = false
    /// Whether the service has a description.
    public private(set) var hasDescription: Bool = false
    /// Whether there are partners.
    public private(set) var hasPartners: Bool = false
    /// Whether there are channels.
    public private(set) var hasChannels: Bool = false
    /// Whether there are needs.
    public private(set) var hasNeeds: Bool = false
    /// Whether a ratio can be shown.
    public private(set) var hasRatios: Bool = false
    /// Whether this canvas is a workshop group.
    public private(set) var hasGroup: Bool = false

    /// Builds the report of `item` in `language` (the canvas's own language when `nil`).
    public init(_ item: ReportItem, language: Language? = nil, position: Int = 1) {
        let canvas = item.canvas
        let language = language ?? canvas.language
        let formatter = ReportFormatter(language: language)
        let labels = ReportLabels(language: language)
        let none = labels["none"]
        let figures = CanvasFigures(canvas)
        id = canvas.id ?? ""
        anchor = "canvas-\(position)"
        title = canvas.title ?? canvas.id ?? item.source
        library = canvas.library ?? ""
        lang = language.rawValue
        self.labels = labels.values
        groupLabel = canvas.group.map { "\(labels["group"]) \($0)" } ?? ""
        var facts: [Fact] = []
        func fact(_ key: String, _ value: String?) {
            if let value, !value.isEmpty { facts.append(Fact(label: labels[key], value: value)) }
        }
        fact("library", canvas.library)
        fact("authors", canvas.authors.joined(separator: ", "))
        fact("status", ReportTerms.name(of: canvas.status, in: language))
        fact("plugin", canvas.plugin)
        if let revision = item.revision {
            fact("stored", labels.fill("storedRevision", ["id": item.source, "number": String(revision)]))
        } else {
            fact("file", item.source)
        }
        self.facts = facts
        let diagram = SmartDiagram(canvas, formatter: formatter, labels: labels)
        diagramSVG = diagram.svg
        sections = diagram.boxes.map { Section(title: $0.title, items: $0.items.map(\.text)) }
        targetGroup = canvas.targetGroup?.name ?? none
        serviceName = canvas.service?.name ?? none
        serviceGoal = canvas.service?.goal ?? ""
        serviceDescription = canvas.service?.description ?? ""
        needs = (canvas.needs ?? []).map { $0.text ?? $0.id ?? none }
        budget = BudgetTable(canvas, figures: figures, formatter: formatter, labels: labels)
        partners = (canvas.partners ?? []).map { partner in
            PartnerRow(name: partner.name ?? partner.id ?? none,
                       type: partner.type.map { ReportTerms.name(of: $0, in: language) } ?? none,
                       role: partner.role ?? none, benefit: partner.benefit ?? none)
        }
        channels = (canvas.information ?? []).map { ChannelRow(channel: $0.channel ?? none, audience: $0.audience ?? none) }
        plan = ActivityPlan(canvas, formatter: formatter, labels: labels)
        social = EffectTable(canvas.effects?.social, formatter: formatter, labels: labels)
        economic = EffectTable(canvas.effects?.economic, formatter: formatter, labels: labels)
        results = EffectTable(canvas.results, formatter: formatter, labels: labels)
        ratios = figures.ratioLines.map { line in
            RatioRow(currency: line.currency, effect: formatter.money(line.economic, line.currency),
                     cost: formatter.money(line.cost, line.currency), ratio: formatter.decimal(line.ratio ?? 0))
        }
        findings = FindingsSummary(item.findings, labels: labels)
        partnerNames = partners.isEmpty ? none : partners.map(\.name).joined(separator: "; ")
        budgetSummary = budget.totals.isEmpty ? labels["noCosts"] : budget.totals.map { total in
            total.hasMissing ? "\(total.total) (\(labels["ofWhichMissing"]) \(total.missing))" : total.total
        }.joined(separator: "; ")
        ratioSummary = ratios.map { "\($0.ratio) (\($0.effect) ÷ \($0.cost))" }.joined(separator: "; ")
        hasGoal = !serviceGoal.isEmpty
        hasDescription = !serviceDescription.isEmpty
        hasPartners = !partners.isEmpty
        hasChannels = !channels.isEmpty
        hasNeeds = !needs.isEmpty
        hasRatios = !ratios.isEmpty
        hasGroup = !groupLabel.isEmpty
    }
}
