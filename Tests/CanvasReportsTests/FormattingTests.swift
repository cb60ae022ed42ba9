import CanvasKit
import CanvasReports
import Foundation
import Testing

/// Numbers, money and dates in the four languages.
@Suite struct FormattingTests {
    @Test(arguments: [
        (Language.bg, "1\u{00A0}500,00\u{00A0}BGN"), (.uk, "1\u{00A0}500,00\u{00A0}BGN"),
        (.ru, "1\u{00A0}500,00\u{00A0}BGN"), (.en, "1,500.00\u{00A0}BGN"),
    ])
    func money(language: Language, expected: String) {
        #expect(ReportFormatter(language: language).money(1500, "BGN") == expected)
    }

    @Test func decimals() {
        let bg = ReportFormatter(language: .bg)
        #expect(bg.decimal(Decimal(string: "1234567.891")!) == "1\u{00A0}234\u{00A0}567,89")
        #expect(bg.decimal(Decimal(string: "0.005")!) == "0,01")
        #expect(bg.quantity(10) == "10")
        #expect(bg.quantity(Decimal(string: "12.5")!) == "12,50")
        #expect(ReportFormatter(language: .en).integer(95) == "95")
        #expect(ReportFormatter(language: .en).money(Decimal(string: "250.5")!, nil) == "250.50\u{00A0}?")
    }

    @Test(arguments: [
        (Language.bg, "2012-05-17..2012-05-18", "17–18 май 2012"),
        (.uk, "2012-05-17", "17 травня 2012"),
        (.ru, "2026-04..2026-05", "апрель – май 2026"),
        (.en, "2026-11..2027-02", "November 2026 – February 2027"),
        (.bg, "2026-Q2", "2 трим. 2026"),
        (.en, "2026", "2026"),
    ])
    func periods(language: Language, text: String, expected: String) {
        #expect(ReportFormatter(language: language).when(When(text)!) == expected)
    }

    @Test func headingsFollowTheCanvasLanguageUnlessOverridden() {
        let item = ReportFixtures.item(ReportFixtures.canvas(language: "bg"))
        #expect(CanvasReport(item).sections.map(\.title).prefix(5) ==
            ["Потребности", "Идентифициране на услугата", "План/ресурси", "Информация", "Целева група"])
        #expect(CanvasReport(item, language: .uk).sections[4].title == "Цільова група")
        #expect(CanvasReport(item, language: .ru).sections[6].title == "Мероприятия")
    }

    @Test func budgetAndRatio() {
        let report = CanvasReport(ReportFixtures.item(ReportFixtures.canvas()))
        #expect(report.budget.rows.map(\.missing) == [false, true])
        #expect(report.budget.totals.map(\.total) == ["1,750.50\u{00A0}BGN"])
        #expect(report.budget.totals.map(\.missing) == ["250.50\u{00A0}BGN"])
        #expect(report.ratios.map(\.ratio) == ["2.00"])
        #expect(report.plan.months.map(\.label) == ["Mar", "Apr", "May"])
        #expect(report.plan.timeline.first?.cells.map(\.active) == [true, true, true])
    }
}
