import ArgumentParser
import CanvasReports
import CanvasRules

/// `sdw rules [ID]`: list the rules, or document one.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List the rules, or print one rule's rationale and examples.")

    @Argument(help: "A rule id to document.")
    var id: String?

    mutating func run() throws {
        let rules = RuleRegistry.all()
        guard let id else {
            Terminal.writePage(RuleDocs.table(rules))
            return
        }
        guard let rule = rules.first(where: { $0.description.id == id }) else {
            let hint = RuleDocs.suggestion(for: id, in: rules).map { "; did you mean '\($0)'?" } ?? ""
            Terminal.warn("error: no rule '\(id)'\(hint) (sdw rules lists them)")
            throw SDWExit.usage
        }
        Terminal.writePage(RuleDocs.page(rule.description))
    }
}
