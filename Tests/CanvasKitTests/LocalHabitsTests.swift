import Testing
@testable import CanvasKit

/// Dates, amounts and currencies written the local way get the format-1 spelling in the message.
struct LocalHabitsTests {
    static func messages(_ yaml: String, _ language: Language) -> [String] {
        CanvasLoader.load(Array(yaml.utf8), path: "x.yaml").issues.map { $0.message.render(language, arguments: $0.arguments) }
    }

    static let resource = "format: 1\nid: x\ntitle: T\nresources:\n  - id: r\n    item: Зала\n"

    @Test func aDayFirstDateGetsTheISOForm() {
        let yaml = "format: 1\nid: x\ntitle: T\nactivities:\n  - id: a\n    name: A\n    when: 15.03.2026\n"
        #expect(Self.messages(yaml, .bg).contains("'15.03.2026' не е период: датите се пишат с годината отпред, '2026-03-15'"))
        #expect(LocalHabits.isoPeriod("1.3.2026 – 20.03.2026") == "2026-03-01..2026-03-20")
        #expect(LocalHabits.isoPeriod("03.2026") == "2026-03")
        #expect(LocalHabits.isoPeriod("32.03.2026") == nil)
    }

    @Test func anAmountWithSpacesAndACurrencyName() {
        let yaml = Self.resource + "    cost: 1 500 лв.\n"
        #expect(Self.messages(yaml, .bg).contains(
            "'cost' трябва да бъде число, а не '1 500 лв.': напишете 'cost: 1500' и 'currency: BGN'"))
    }

    @Test func aDecimalComma() {
        let yaml = Self.resource + "    cost: 120000,50\n"
        #expect(Self.messages(yaml, .uk).contains("'cost' має бути числом, а не '120000,50': напишіть 'cost: 120000.50'"))
    }

    @Test func aWordIsStillJustNotANumber() {
        #expect(LocalHabits.amount("багато") == nil)
        #expect(LocalHabits.amount("12 яблук") == nil)
    }

    @Test(arguments: [("тенге", "KZT"), ("грн", "UAH"), ("лв", "BGN"), ("руб", "RUB"), ("евро", "EUR"), ("Євро", "EUR")])
    func aCurrencyNameGetsItsCode(name: String, code: String) {
        let yaml = Self.resource + "    cost: 10\n    currency: \(name)\n"
        #expect(Self.messages(yaml, .ru).contains("'\(name)' не является кодом валюты по ISO 4217; возможно, '\(code)'?"))
    }
}
