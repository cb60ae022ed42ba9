import CanvasKit

extension EditableDocument {
    /// The size of a diagram on its landscape page (A4 less 15 mm margins and room for the heading).
    static let diagramWidthMM = 225.0

    /// The document of `report`: the same sections, in the same order and with the same formatted
    /// values, as the HTML report; each smart diagram on a landscape page of its own.
    public init(_ report: ReportDocument) {
        title = report.title
        language = report.lang
        var libraries: [String] = []
        for canvas in report.canvases where !canvas.library.isEmpty && !libraries.contains(canvas.library) {
            libraries.append(canvas.library)
        }
        library = libraries.joined(separator: "; ")
        var out = Builder(labels: report.labels)
        switch report.kind {
        case .portfolio:
            if let portfolio = report.portfolio { out.portfolio(portfolio, title: report.title) }
        case .workshop, .canvases:
            if let workshop = report.workshop {
                out.workshop(workshop)
            } else if report.hasContents {
                out.blocks += [.title(report.title), .heading(level: 1, text: out.label("contents"))]
                out.blocks += report.contents.map { .item([Span($0.title)]) }
            }
            for canvas in report.canvases { out.canvas(canvas, compact: report.compact, documentLanguage: report.lang) }
        }
        out.blocks += [.paragraph([Span(out.label("generatedBy"))])]
        blocks = out.blocks
    }

    /// Appends blocks for each part of a report.
    struct Builder {
        /// The labels of the document's language.
        var labels: [String: String]
        /// The blocks so far.
        var blocks: [Block] = []

        func label(_ key: String) -> String { labels[key] ?? key }

        mutating func facts(_ facts: [(label: String, value: String)]) {
            blocks += facts.map { .paragraph([Span("\($0.label): ", bold: true), Span($0.value)]) }
        }

        mutating func table(_ header: [String], _ rows: [[Span]], numeric: Set<Int> = [], widths: [Int]? = nil) {
            blocks.append(.table(Table(header: header, rows: rows, numeric: numeric,
                                       widths: widths ?? Array(repeating: 1, count: header.count))))
        }

        /// The workshop's title page and contents.
        mutating func workshop(_ workshop: WorkshopReport) {
            blocks.append(.title(workshop.title))
            facts(workshop.facts.map { ($0.label, $0.value) })
            blocks.append(.heading(level: 1, text: label("contents")))
            blocks += workshop.entries.map { entry in
                let prefix = entry.group + (entry.hasTheme ? " (\(entry.theme))" : "")
                return .item([Span(prefix.isEmpty ? entry.title : "\(prefix): \(entry.title)")])
            }
        }

        /// One canvas: its diagram on a landscape page, then the proposal (or the workshop summary).
        mutating func canvas(_ canvas: CanvasReport, compact: Bool, documentLanguage: String) {
            let l = canvas.labels
            func t(_ key: String) -> String { l[key] ?? key }
            blocks.append(.page(.landscape))
            if canvas.lang != documentLanguage { blocks.append(.language(canvas.lang)) }
            blocks.append(.heading(level: 1, text: canvas.hasGroup ? "\(canvas.groupLabel): \(canvas.title)" : canvas.title))
            let height = (EditableDocument.diagramWidthMM * SmartDiagram.height / SmartDiagram.width * 10).rounded() / 10
            blocks.append(.picture(Picture(svg: SmartDiagram.standalone(canvas.diagramSVG), pixelWidth: Int(SmartDiagram.width),
                                           pixelHeight: Int(SmartDiagram.height), title: "\(t("diagram")): \(canvas.title)",
                                           widthMM: EditableDocument.diagramWidthMM, heightMM: height)))
            blocks.append(.page(.portrait))
            if compact {
                summary(canvas, t)
            } else {
                proposal(canvas, t)
            }
            if canvas.lang != documentLanguage { blocks.append(.language(documentLanguage)) }
        }

        /// The workshop summary of a canvas.
        mutating func summary(_ c: CanvasReport, _ t: (String) -> String) {
            blocks.append(.heading(level: 2, text: t("summary")))
            var lines = [(t("service"), c.serviceName)]
            if c.hasGoal { lines.append((t("goal"), c.serviceGoal)) }
            lines += [(t("targetGroup"), c.targetGroup), (t("partners"), c.partnerNames), (t("budget"), c.budgetSummary)]
            if c.hasRatios { lines.append((t("ratio"), c.ratioSummary)) }
            lines.append((t("findings"), c.findings.counts))
            facts(lines)
        }

        /// The full proposal of a canvas.
        mutating func proposal(_ c: CanvasReport, _ t: (String) -> String) {
            blocks.append(.heading(level: 2, text: t("proposal")))
            facts(c.facts.map { ($0.label, $0.value) })
            blocks += [.heading(level: 3, text: t("service")), .paragraph([Span(c.serviceName, bold: true)])]
            if c.hasGoal { facts([(t("goal"), c.serviceGoal)]) }
            if c.hasDescription { blocks.append(.paragraph([Span(c.serviceDescription)])) }
            blocks += [.heading(level: 3, text: t("targetGroup")), .paragraph([Span(c.targetGroup)])]
            if c.hasNeeds {
                blocks.append(.heading(level: 3, text: t("needs")))
                blocks += c.needs.map { .item([Span($0)]) }
            }
            budget(c.budget, t)
            if c.hasPartners {
                blocks.append(.heading(level: 3, text: t("partners")))
                table([t("partner"), t("type"), t("role"), t("benefit")],
                      c.partners.map { [Span($0.name), Span($0.type), Span($0.role), Span($0.benefit)] }, widths: [3, 2, 3, 3])
            }
            if c.hasChannels {
                blocks.append(.heading(level: 3, text: t("information")))
                table([t("channel"), t("audience")], c.channels.map { [Span($0.channel), Span($0.audience)] })
            }
            plan(c.plan, t)
            effects(c, t)
            if c.hasRatios {
                blocks += [.heading(level: 3, text: t("ratio")), .paragraph([Span(t("ratioExplained"))])]
                table([t("currency"), t("economicEffect"), t("cost"), t("ratioColumn")],
                      c.ratios.map { [Span($0.currency), Span($0.effect), Span($0.cost), Span($0.ratio)] }, numeric: [1, 2, 3])
            }
            blocks += [.heading(level: 3, text: t("findings")), .paragraph([Span(c.findings.counts)])]
            if c.findings.hasFindings {
                table([t("severity"), t("line"), t("message"), t("rule")],
                      c.findings.rows.map { [Span($0.severity), Span($0.line), Span($0.message), Span($0.rule)] },
                      numeric: [1], widths: [2, 1, 7, 3])
            } else {
                blocks.append(.paragraph([Span(t("noFindings"))]))
            }
        }

        /// The budget: resources, then totals per currency.
        mutating func budget(_ budget: BudgetTable, _ t: (String) -> String) {
            blocks.append(.heading(level: 3, text: t("budget")))
            if budget.hasRows {
                table([t("number"), t("resource"), t("kind"), t("cost"), t("availability")],
                      budget.rows.map {
                          [Span(String($0.number)), Span($0.item), Span($0.kind), Span($0.cost), Span($0.availability, bold: $0.missing)]
                      }, numeric: [0, 3], widths: [1, 6, 3, 3, 2])
            }
            if budget.hasTotals {
                table([t("currency"), t("total"), t("ofWhichMissing")],
                      budget.totals.map { [Span($0.currency), Span($0.total), Span($0.missing)] }, numeric: [1, 2])
            } else {
                blocks.append(.paragraph([Span(t("noCosts"))]))
            }
        }

        /// The plan of activities as a library's work plan has it, and the month-by-month timeline.
        mutating func plan(_ plan: ActivityPlan, _ t: (String) -> String) {
            guard plan.hasRows else { return }
            blocks.append(.heading(level: 3, text: t("plan")))
            table([t("number"), t("activity"), t("when"), t("responsible"), t("partners"), t("resourcesUsed"), t("needsAnswered")],
                  plan.rows.map {
                      [Span(String($0.number)), Span($0.name), Span($0.when), Span($0.responsible), Span($0.partners),
                       Span($0.resources), Span($0.needs)]
                  }, numeric: [0], widths: [2, 8, 5, 5, 5, 5, 6])
            guard plan.hasTimeline else { return }
            blocks.append(.heading(level: 3, text: t("timeline")))
            // A month column's heading names its year too where the year starts (the HTML has a row of years).
            var yearStarts: [Int: String] = [:], column = 0
            for year in plan.years {
                yearStarts[column] = year.label
                column += year.span
            }
            let headings = plan.months.enumerated().map { index, month in yearStarts[index].map { "\(month.label) \($0)" } ?? month.label }
            table([t("number")] + headings,
                  plan.timeline.map { row in [Span(String(row.number))] + row.cells.map { Span($0.mark) } },
                  numeric: [0], widths: [3] + Array(repeating: 2, count: plan.months.count))
            if plan.hasTruncatedNote { blocks.append(.paragraph([Span(plan.truncatedNote)])) }
        }

        /// The social and economic effects and the results.
        mutating func effects(_ c: CanvasReport, _ t: (String) -> String) {
            if c.social.hasRows {
                blocks.append(.heading(level: 3, text: t("socialEffect")))
                table([t("effect"), t("indicator"), t("target"), t("evidence")],
                      c.social.rows.map { [Span($0.text), Span($0.indicator), Span($0.target), Span($0.evidence)] },
                      numeric: [2], widths: [5, 3, 2, 2])
            }
            if c.economic.hasRows {
                blocks.append(.heading(level: 3, text: t("economicEffect")))
                table([t("effect"), t("value"), t("indicator"), t("target"), t("evidence")],
                      c.economic.rows.map { [Span($0.text), Span($0.value), Span($0.indicator), Span($0.target), Span($0.evidence)] },
                      numeric: [1, 3], widths: [5, 3, 3, 3, 2])
            }
            if c.results.hasRows {
                blocks.append(.heading(level: 3, text: t("results")))
                table([t("effect"), t("indicator"), t("target")],
                      c.results.rows.map { [Span($0.text), Span($0.indicator), Span($0.target)] }, numeric: [2], widths: [5, 3, 2])
            }
        }

        /// The portfolio's figures as tables.
        mutating func portfolio(_ p: PortfolioReport, title: String) {
            blocks += [.title(title), .paragraph([Span("\(label("canvases")): ", bold: true), Span(String(p.canvasCount))])]
            blocks.append(.heading(level: 1, text: label("perTargetGroup")))
            table([label("plugin")] + p.statuses + [label("total")],
                  p.groups.map { [Span($0.plugin)] + $0.counts.map { Span($0) } + [Span(String($0.total), bold: true)] },
                  numeric: Set(1...(p.statuses.count + 1)), widths: [4] + Array(repeating: 2, count: p.statuses.count + 1))
            blocks.append(.heading(level: 1, text: label("partnerTypes")))
            table([label("type"), label("count")], p.partnerTypes.map { [Span($0.label), Span(String($0.count))] }, numeric: [1],
                  widths: [4, 1])
            blocks.append(.heading(level: 1, text: label("recurringPartners")))
            if p.hasRecurringPartners {
                table([label("partner"), label("count"), label("canvases")],
                      p.recurringPartners.map { [Span($0.label), Span(String($0.count)), Span($0.detail)] }, numeric: [1],
                      widths: [4, 1, 5])
            } else {
                blocks.append(.paragraph([Span(label("noRecurringPartners"))]))
            }
            blocks.append(.heading(level: 1, text: label("budgets")))
            if p.hasBudgets {
                table([label("currency"), label("canvases"), label("total"), label("ofWhichMissing"), label("economicEffect")],
                      p.budgets.map { [Span($0.currency), Span(String($0.canvases)), Span($0.total), Span($0.missing), Span($0.economic)] },
                      numeric: [1, 2, 3, 4])
            } else {
                blocks.append(.paragraph([Span(label("noCosts"))]))
            }
            blocks.append(.heading(level: 1, text: label("frequentFindings")))
            if p.hasFindings {
                table([label("rule"), label("count"), label("severity")],
                      p.findings.map { [Span($0.label), Span(String($0.count)), Span($0.detail)] }, numeric: [1], widths: [4, 1, 4])
            } else {
                blocks.append(.paragraph([Span(label("noFindings"))]))
            }
        }
    }
}
