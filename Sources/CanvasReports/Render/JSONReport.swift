import CanvasKit
import Foundation

/// The JSON form of a report, version 1: the canvases' content with their sums and findings, and
/// the workshop or portfolio figures. Amounts are decimal strings (`"1500"`, `"12.5"`) so that no
/// precision is lost; a key is absent when the canvas does not say. See the README's "Reports" section.
public struct JSONReport: Encodable, Sendable {
    /// The shape's version; it changes only when a key changes meaning or disappears.
    public static let version = 1

    let format = "sdw-report"
    let version = JSONReport.version
    let kind: String
    let language: String
    let workshop: WorkshopJSON?
    let canvases: [CanvasJSON]
    let portfolio: PortfolioJSON?

    /// The JSON report of `input`, with messages in `language` (each canvas's own when `nil`).
    public init(_ input: ReportInput, language: Language?) {
        kind = input.kind.rawValue
        self.language = (language ?? input.workshop?.language ?? ReportDocument.commonLanguage(input.items)).rawValue
        workshop = input.workshop.map { WorkshopJSON($0, items: input.items) }
        canvases = input.kind == .portfolio ? [] : input.items.map { CanvasJSON($0, language: language) }
        portfolio = input.kind == .portfolio ? PortfolioJSON(input.items) : nil
    }

    /// The report as pretty-printed JSON with sorted keys, ending in a newline.
    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct WorkshopJSON: Encodable {
        struct Group: Encodable { let number: Int?, theme: String?, plugin: String?, canvas: String? }
        let id: String?, title: String?, when: String?, place: String?, participants: Int?
        let organisers: [String], facilitators: [String], groups: [Group]

        init(_ w: Workshop, items: [ReportItem]) {
            id = w.id; title = w.title; when = w.when?.description; place = w.place; participants = w.participants
            organisers = w.organisers; facilitators = w.facilitators
            groups = w.groups.map { g in
                Group(number: g.number, theme: g.theme, plugin: g.plugin,
                      canvas: items.first { $0.canvas.group != nil && $0.canvas.group == g.number }?.canvas.id)
            }
        }
    }

    struct CanvasJSON: Encodable {
        struct Target: Encodable { let name: String?, description: String?, size: Int?, place: String? }
        struct ServiceJSON: Encodable { let name: String?, goal: String?, description: String? }
        struct NeedJSON: Encodable { let id: String?, text: String?, evidence: String }
        struct ResourceJSON: Encodable {
            let id: String?, item: String?, kind: String?, cost: String?, currency: String?, available: Bool
        }
        struct PartnerJSON: Encodable { let id: String?, name: String?, type: String?, role: String?, benefit: String? }
        struct ChannelJSON: Encodable { let channel: String?, audience: String? }
        struct ActivityJSON: Encodable {
            let id: String?, name: String?, when: String?, months: [String], responsible: String?
            let needs: [String], partners: [String], resources: [String]
        }
        struct EffectJSON: Encodable {
            let text: String?, value: String?, currency: String?, indicator: String?, target: String?, unit: String?
            let evidence: String
        }
        struct EffectsJSON: Encodable { let social: [EffectJSON], economic: [EffectJSON] }
        struct TotalJSON: Encodable { let currency: String, cost: String, missing: String, economic: String, ratio: String? }
        struct FindingJSON: Encodable { let rule: String, severity: String, line: Int?, column: Int?, message: String }

        let source: String, revision: Int?, id: String?, title: String?, language: String, plugin: String?, status: String
        let library: String?, authors: [String], workshop: String?, group: Int?
        let targetGroup: Target?, service: ServiceJSON?, needs: [NeedJSON], resources: [ResourceJSON]
        let partners: [PartnerJSON], information: [ChannelJSON], activities: [ActivityJSON]
        let effects: EffectsJSON, results: [EffectJSON], totals: [TotalJSON], findings: [FindingJSON]

        init(_ item: ReportItem, language: Language?) {
            let c = item.canvas
            source = item.source; revision = item.revision; id = c.id; title = c.title
            self.language = c.language.rawValue; plugin = c.plugin
            status = c.status.rawValue; library = c.library; authors = c.authors; workshop = c.workshop; group = c.group
            targetGroup = c.targetGroup.map { Target(name: $0.name, description: $0.description, size: $0.size, place: $0.place) }
            service = c.service.map { ServiceJSON(name: $0.name, goal: $0.goal, description: $0.description) }
            needs = (c.needs ?? []).map { NeedJSON(id: $0.id, text: $0.text, evidence: $0.evidence.rawValue) }
            resources = (c.resources ?? []).map {
                ResourceJSON(id: $0.id, item: $0.item, kind: $0.kind?.rawValue, cost: $0.cost?.description,
                             currency: $0.currency, available: $0.available)
            }
            partners = (c.partners ?? []).map {
                PartnerJSON(id: $0.id, name: $0.name, type: $0.type?.rawValue, role: $0.role, benefit: $0.benefit)
            }
            information = (c.information ?? []).map { ChannelJSON(channel: $0.channel, audience: $0.audience) }
            activities = (c.activities ?? []).map { a in
                ActivityJSON(id: a.id, name: a.name, when: a.when?.description,
                             months: (a.when?.months ?? []).map { "\(Period.month($0.year, $0.month))" },
                             responsible: a.responsible, needs: a.needs.map(\.value), partners: a.partners.map(\.value),
                             resources: a.resources.map(\.value))
            }
            func effect(_ e: Effect) -> EffectJSON {
                EffectJSON(text: e.text, value: e.value?.description, currency: e.currency, indicator: e.indicator,
                           target: e.target?.description, unit: e.unit, evidence: e.evidence.rawValue)
            }
            effects = EffectsJSON(social: (c.effects?.social ?? []).map(effect), economic: (c.effects?.economic ?? []).map(effect))
            results = (c.results ?? []).map(effect)
            totals = CanvasFigures(c).lines.map {
                TotalJSON(currency: $0.currency, cost: $0.cost.description, missing: $0.missing.description,
                          economic: $0.economic.description, ratio: $0.ratio?.description)
            }
            let messageLanguage = language ?? c.language
            findings = item.findings.map {
                FindingJSON(rule: $0.ruleID, severity: $0.severity.rawValue, line: $0.location?.line, column: $0.location?.column,
                            message: $0.text(in: messageLanguage))
            }
        }
    }
}
