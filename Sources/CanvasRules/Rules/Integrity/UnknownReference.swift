import CanvasKit

/// An activity's needs, partners and resources must name ids that exist.
public struct UnknownReference: CanvasRule {
    /// Creates the rule.
    public init() {}

    static let messageHint = LocalizedText(
        en: "activity {activity} names the {kind} '{id}', which is not in {section}; did you mean '{suggestion}'?",
        bg: "дейността {activity} посочва {kind} '{id}', но в {section} няма такъв идентификатор; може би '{suggestion}'?",
        uk: "захід {activity} називає {kind} '{id}', але в {section} такого ідентифікатора немає; можливо, '{suggestion}'?",
        ru: "мероприятие {activity} называет {kind} '{id}', но в {section} такого идентификатора нет; возможно, '{suggestion}'?")
    static let message = LocalizedText(
        en: "activity {activity} names the {kind} '{id}', which is not in {section}",
        bg: "дейността {activity} посочва {kind} '{id}', но в {section} няма такъв идентификатор",
        uk: "захід {activity} називає {kind} '{id}', але в {section} такого ідентифікатора немає",
        ru: "мероприятие {activity} называет {kind} '{id}', но в {section} такого идентификатора нет")

    public var description: RuleDescription {
        RuleDescription(
            id: "unknown-reference", severity: .error, category: .integrity,
            summary: "An activity names only needs, partners and resources that exist.",
            rationale: """
                The links from activities to needs, partners and resources are what make the diagram a plan; \
                a link to nothing is usually a misspelt id.
                """,
            failing: ["needs:\n  - id: ict-skills\n    text: t\nactivities:\n  - id: a\n    name: A\n    needs: [ict-skill]\n",
                      "activities:\n  - id: a\n    name: A\n    partners: [club]\n"],
            passing: ["needs:\n  - id: ict-skills\n    text: t\nactivities:\n  - id: a\n    name: A\n    needs: [ict-skills]\n"])
    }

    /// The ids one section defines, and what to call it in messages.
    /// The items one kind of reference may name.
    private struct Target {
        let kind: LocalizedText
        let section: String
        let ids: [String]
        /// For a long section (generated or hostile); a short one is searched in order.
        let known: Set<String>?

        init(_ kind: LocalizedText, _ section: String, _ ids: [String]) {
            self.kind = kind
            self.section = section
            self.ids = ids
            known = ids.count > 32 ? Set(ids) : nil
        }

        func contains(_ id: String) -> Bool { known?.contains(id) ?? ids.contains(id) }
    }

    public func check(_ canvas: Canvas, into findings: inout FindingCollector) {
        guard let activities = canvas.activities, !activities.isEmpty else { return }
        let needs = Target(LocalizedText(en: "need", bg: "потребността", uk: "потребу", ru: "потребность"), "needs", (canvas.needs ?? []).compactMap(\.id))
        let partners = Target(LocalizedText(en: "partner", bg: "партньора", uk: "партнера", ru: "партнёра"), "partners", (canvas.partners ?? []).compactMap(\.id))
        let resources = Target(LocalizedText(en: "resource", bg: "ресурса", uk: "ресурс", ru: "ресурс"), "resources", (canvas.resources ?? []).compactMap(\.id))
        for (index, activity) in activities.enumerated() {
            check(activity.needs, of: activity, index, against: needs, into: &findings)
            check(activity.partners, of: activity, index, against: partners, into: &findings)
            check(activity.resources, of: activity, index, against: resources, into: &findings)
        }
    }

    /// Reports each of `references` (of the activity at `index`) that `target` does not hold.
    private func check(_ references: [Located<String>], of activity: Activity, _ index: Int, against target: Target,
                       into findings: inout FindingCollector) {
        for reference in references where !target.contains(reference.value) {
            var arguments = ["activity": ItemLabel.name(id: activity.id, index: index),
                             "id": reference.value, "section": target.section]
            let suggestion = Suggestion.nearest(to: reference.value, in: target.ids)
            arguments["suggestion"] = suggestion
            findings.report((suggestion == nil ? Self.message : Self.messageHint).filling("kind", with: target.kind), arguments,
                            at: reference.location,
                            path: ItemLabel.path("activities", id: activity.id, index: index) + ".\(target.section)")
        }
    }
}
