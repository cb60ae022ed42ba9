import Testing
@testable import CanvasKit

/// YAML mistakes are told in the canvas's language, once, with the likely fix.
struct YAMLErrorTextTests {
    static func issue(_ yaml: String) -> SchemaIssue? {
        CanvasLoader.load(Array(yaml.utf8), path: "x.yaml").issues.first { $0.kind == .invalidYAML }
    }

    static func text(_ yaml: String, _ language: Language) -> String {
        guard let issue = issue(yaml) else { return "" }
        return issue.message.render(language, arguments: issue.arguments)
    }

    @Test func aColonInAnUnquotedValueAsksForQuotes() {
        let yaml = "format: 1\nid: x\ntitle: Курс: основи\n"
        #expect(Self.text(yaml, .uk) == "': ' у значенні без лапок (рядок 3); візьміть усе значення в лапки, наприклад \"…: …\"")
        #expect(Self.issue(yaml)?.location?.line == 3)
        #expect(!Self.text(yaml, .ru).contains("YAML syntax error"))
    }

    @Test func aWrongIndentationNamesTheColumn() {
        let yaml = "format: 1\ntarget_group:\n    name: Пенсионери\n  size: 20\n"
        #expect(Self.text(yaml, .bg) == "грешен отстъп: този ред трябва да започва в колона 5, както ред 3")
    }

    @Test func aTabSaysToUseSpaces() {
        let yaml = "format: 1\ntarget_group:\n\tname: x\n"
        #expect(Self.text(yaml, .ru).hasPrefix("символ табуляции"))
    }

    @Test func anUnclosedBracketSaysWhereItOpened() {
        let yaml = "format: 1\nid: [unclosed\n"
        #expect(Self.text(yaml, .en) == "an unclosed bracket (opened at line 2): close it with ']', or put a value holding ', ' in quotes")
    }

    @Test func otherParserErrorsAreNotDoubled() {
        let yaml = "format: 1\nid: \"open\n"
        let text = Self.text(yaml, .uk)
        #expect(!text.contains("YAML syntax error"))
        #expect(!text.hasPrefix("помилка в YAML: помилка"))
        #expect(text.contains("лап"))
    }

    @Test func aCommaInsideAnUnquotedFlowValueAsksForQuotes() throws {
        let yaml = "format: 1\nid: x\ntitle: T\nresources:\n  - {id: bus, item: Автобус, транспорт, cost: 5}\n"
        let issue = try #require(CanvasLoader.load(Array(yaml.utf8), path: "x.yaml").issues.first { $0.kind == .unknownKey })
        #expect(issue.message.render(.ru, arguments: issue.arguments)
            == "'транспорт' не является ключом: ', ' перед ним обрывает значение 'item' в фигурных скобках; "
            + "заключите значение в кавычки: item: \"…, транспорт\"")
        #expect(issue.location?.line == 5)
    }

    @Test func aKeyOnItsOwnLineIsStillAnUnknownKey() throws {
        let yaml = "format: 1\nid: x\ntitle: T\nresources:\n  - id: bus\n    item: Автобус\n    транспорт:\n"
        let issue = try #require(CanvasLoader.load(Array(yaml.utf8), path: "x.yaml").issues.first { $0.kind == .unknownKey })
        #expect(issue.message.render(.en, arguments: issue.arguments).hasPrefix("unknown key 'транспорт' in a resource"))
    }
}
