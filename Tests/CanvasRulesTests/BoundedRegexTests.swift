import CanvasKit
import Foundation
import Testing
@testable import CanvasRules

/// Plugin patterns match in bounded time, answer like ICU (NSRegularExpression) on ordinary
/// expressions, and a plugin whose pattern would make a backtracking engine run for hours lints
/// a canvas at once.
struct BoundedRegexTests {
    /// Expressions that take exponential time in a backtracking engine (the four, and more).
    static let hostile = ["(a+)+$", "(a|aa)+$", "(.*a){12}$", "(\\w+\\s?)*$", "(a*)*b", "^(a|a?)+$", "(x+x+)+y",
                          ".*.*.*.*.*.*=", "(?:a{1,5}){1,10}$"]

    /// Each runs over a thousand `a` and a `b` in at most one step per instruction per character.
    @Test(arguments: hostile)
    func hostileExpressionsTakeLinearSteps(_ pattern: String) throws {
        let regex = try BoundedRegex(pattern)
        let text = String(repeating: "a", count: 1000) + "b"
        let (_, steps) = regex.search(text)
        #expect(steps <= (text.unicodeScalars.count + 1) * regex.program.count)
    }

    /// Ordinary expressions over ordinary texts: the same answer as NSRegularExpression with
    /// `.caseInsensitive`, which plugins used before.
    @Test func answersLikeICU() throws {
        let patterns = [
            "^(people|души|осіб|человек)$", "[0-9]+ *(-|–|до|to) *[0-9]+", "\\bклуб\\b", "^\\d{4}(-\\d{2})?$", "a.c",
            "[^а-я ]", "colou?r", "(?:ab){2,3}", "x{2,}", "\\s\\S", "\\w+@\\w+\\.\\w{2,}", "Ж", "^$", "end$", "^$|x",
            "[\\d-]+", "\\u0416", "\\x{1F4DA}", "\\.", "[a\\]]", "(a|b|)c", "\\Bк", "\\Aa", "z\\z", "(?<year>\\d{4})",
            "ДЕЦА", "[Ѐ-ӿ]{3}", "a*?b", "\\W", "😀|📚",
        ]
        let texts = ["", "people", "Души", "осіб ", "10-20", "5 до 7", "в клуба", "клуб", "2026", "2026-05", "abc", "a\nc",
                     "Дом", "color", "colour", "abab", "ababab", "xx", "a b", "me@lib.bg", "ЖЖ", "ж", "end", "end\n",
                     "12-3", "📚", ".", "]", "c", "bc", "к", "xк", "деца", "деЦа", "бгд", "aab", "!", "😀"]
        for pattern in patterns {
            let icu = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            let ours = try BoundedRegex(pattern)
            for text in texts {
                let expected = icu.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                #expect(ours.occurs(in: text) == expected, "/\(pattern)/ on \(String(reflecting: text))")
            }
        }
    }

    @Test(arguments: [
        ("(a)\\1", BoundedRegex.Problem.unsupported("the escape \\1 (back-references, \\p{…}, \\Q…\\E and others)")),
        ("a++", .unsupported("possessive quantifiers (*+, ++, ?+)")),
        ("[[:alpha:]]", .unsupported("sets inside sets ([[:alpha:]], [a-z&&[^x]])")),
        ("(?i)a", .unsupported("group options and other (?…) groups")),
        ("a{3,1}", .syntax("the repeat count {3,1} is backwards", position: 7)),
        ("*a", .syntax("'*' repeats nothing", position: 1)),
        ("(a", .syntax("a '(' is not closed", position: 3)),
        ("a)", .syntax("')' closes no group", position: 2)),
        ("a{1000}b", .tooLarge(1000)),
        (String(repeating: "a", count: 1001), .tooLarge(1000)),
        (String(repeating: "(", count: 101) + "a" + String(repeating: ")", count: 101), .tooLarge(1000)),
    ])
    func unsupportedAndMalformedExpressionsAreRefused(pattern: String, problem: BoundedRegex.Problem) {
        #expect(throws: problem) { _ = try BoundedRegex(pattern) }
    }

    /// The case: a rule with `(a+)+$` over a partner named with a thousand `a` and a `b`.
    @Test func aPluginWithAHostilePatternLintsAtOnce() throws {
        let rules = """
            rules:
              - id: slow
                message: {en: Bad, bg: Лошо, uk: Погано, ru: Плохо}
                each: partners
                expect: {pattern: {fields: [name], regex: "(a+)+$"}}

            """
        let (plugin, problems) = PluginReader.read(files: ["plugin.yaml": PluginFileProblemsTests.manifest, "rules.yaml": rules],
                                                   folder: "demo", origin: .directory("demo"))
        #expect(problems.isEmpty)
        let rule = try #require(plugin?.rules.first)
        let name = String(repeating: "a", count: 1000) + "b"
        let canvas = """
            format: 1
            id: demo-canvas
            title: Demo
            language: en
            plugin: demo
            status: draft
            target_group: {name: Readers}
            needs: [{id: n, text: Need}]
            service: {name: Service, goal: Goal}
            partners:
              - {id: p, name: \(name), type: ngo, role: Role, benefit: Benefit}
              - {id: q, name: aaaa, type: ngo, role: Role, benefit: Benefit}

            """
        let findings = Linter(rules: [rule]).lint(Array(canvas.utf8), path: "c.yaml").filter { $0.ruleID == "demo/slow" }
        // The first partner's name does not end in `a`s; the second's does.
        #expect(findings.map { $0.location?.line } == [11])
    }
}
