import Testing
@testable import CanvasRules

/// Keyword matching across bg, uk, ru and en, tolerant of word endings.
struct KeywordMatcherTests {
    @Test(arguments: [
        ("пенсионер", "Клуб на пенсионерите", true),
        ("пенсионер", "Послуги для пенсіонерів", true),
        ("пенсионер", "Пенсионеры 60+", true),
        ("деца с увреждания", "Децата с уврежданията", true),
        ("деца с увреждания", "Деца без увреждания", false),
        ("бюро по труда", "Дирекция „Бюро по труда“ (ДБТ)", true),
        ("центр зайнятості", "Районний центр зайнятості", true),
        ("senior", "Seniors online", true),
        ("ОСЗ", "Общинска служба по земеделие (ОСЗ)", true),
        ("ОСЗ", "Общинска служба", false),
        ("клуб", "Клубът на пенсионера", true),
        ("лекар", "библиотекар", false),
        ("комп'ютер", "Комп’ютерна грамотність", true),
    ])
    func matches(keyword: String, text: String, expected: Bool) {
        #expect(KeywordMatcher([keyword]).matches(text) == expected)
    }

    @Test func stemsKeepAtLeastThreeLetters() {
        #expect(KeywordMatcher.stem("деца") == "дец")
        #expect(KeywordMatcher.stem("безработни") == "безработн")
        #expect(KeywordMatcher.stem("пенсионер") == "пенсионер")
        #expect(KeywordMatcher.stem("оса") == "оса")
    }

    @Test func countsDifferentKeywords() {
        let matcher = KeywordMatcher(["пенсионер", "възрастни хора", "60+"])
        #expect(matcher.count(in: "Пенсионери 60+ и други възрастни хора") == 3)
        #expect(matcher.firstMatch(in: "Пенсионери") == "пенсионер")
    }
}
