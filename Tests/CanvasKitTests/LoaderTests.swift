import CanvasKit
import Foundation
import Testing

/// Loading canvases: typing by the format, positions, and schema issues.
@Suite struct LoaderTests {
    func load(_ text: String) -> LoadedFile {
        CanvasLoader.load(Array(text.utf8), path: "t.yaml")
    }

    func kinds(_ file: LoadedFile) -> [String] { file.issues.map(\.kind.rawValue) }

    @Test func scalarsAreTypedByTheFormatNotByYAML11() {
        let file = load("format: 1\nid: 0012\ntitle: no\nlibrary: on\nauthors: [yes, 2026]\n")
        let canvas = file.canvas
        #expect(canvas?.id == "0012")
        #expect(canvas?.title == "no")
        #expect(canvas?.library == "on")
        #expect(canvas?.authors == ["yes", "2026"])
        #expect(canvas?.format == 1)
    }

    @Test func whenAcceptsEveryPeriodForm() throws {
        for (text, expected) in [("2026", "2026"), ("2026-03", "2026-03"), ("2026-03-05", "2026-03-05"),
                                 ("2026-Q2", "2026-Q2"), ("2026-03..2026-05", "2026-03..2026-05")] {
            let file = load("activities:\n  - id: a\n    name: A\n    when: \(text)\n")
            #expect(file.canvas?.activities?.first?.when?.description == expected)
        }
        let range = try #require(When("2026-Q4..2027-01"))
        #expect(range.months.map(\.month) == [10, 11, 12, 1])
        #expect(When("2026-02-30") == nil)
        #expect(When("2026-05..2026-03")?.isReversed == true)
        // Spaces, Unicode ones too, are allowed around the text and around `..`; not inside a period.
        #expect(When(" 2026-03 .. 2026-05\t")?.description == "2026-03..2026-05")
        #expect(When("\u{00A0}2026-03\u{2003}..\u{00A0}2026-05\u{3000}")?.description == "2026-03..2026-05")
        #expect(When("2026\u{00A0}-03") == nil)
        #expect(When("2026-0З") == nil)
    }

    @Test(arguments: [Period.year(2026), .year(7), .year(0), .year(9999), .year(10000), .year(-3),
                      .quarter(2026, 2), .quarter(33, 4), .quarter(2026, 12), .month(2026, 3), .month(1, 12),
                      .month(2026, 100), .day(2026, 3, 5), .day(999, 10, 31), .day(12345, 1, 1)])
    func periodsAreWrittenAsFormattingWritesThem(period: Period) {
        func padded(_ value: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        let expected = switch period {
        case .year(let y): padded(y, 4)
        case .quarter(let y, let q): "\(padded(y, 4))-Q\(q)"
        case .month(let y, let m): "\(padded(y, 4))-\(padded(m, 2))"
        case .day(let y, let m, let d): "\(padded(y, 4))-\(padded(m, 2))-\(padded(d, 2))"
        }
        #expect(period.description == expected)
    }

    @Test func positionsAreOneBasedAndCountCharactersNotBytes() {
        let file = load("format: 1\ntitle: Пенсионери\nid: Лошо\n")
        let issue = file.issues.first { $0.kind == .invalidID }
        #expect(issue?.location == SourceLocation(line: 3, column: 5))
        #expect(file.canvas?.fields.value("title") == SourceLocation(line: 2, column: 8))
    }

    @Test func unknownKeysGetASuggestion() {
        let file = load("format: 1\ntitel: X\nx-note: fine\n")
        let issue = file.issues.first { $0.kind == .unknownKey }
        #expect(issue?.location == SourceLocation(line: 2, column: 1))
        #expect(issue?.message.render(.en, arguments: issue!.arguments) == "unknown key 'titel' in the canvas; did you mean 'title'?")
        #expect(file.issues.filter { $0.kind == .unknownKey }.count == 1)
    }

    @Test func badEnumNamesTheAllowedListAndTheNearest() {
        let file = load("partners:\n  - id: p\n    name: P\n    type: goverment\n")
        let issue = file.issues.first { $0.kind == .invalidValue }
        #expect(issue?.location == SourceLocation(line: 4, column: 11))
        #expect(issue?.arguments["suggestion"] == "government")
        #expect(issue?.arguments["allowed"]?.hasPrefix("library, municipality, government") == true)
    }

    @Test func duplicateKeysPointAtTheSecond() {
        let file = load("format: 1\nid: a\nid: b\n")
        let issue = file.issues.first { $0.kind == .duplicateKey }
        #expect(issue?.location == SourceLocation(line: 3, column: 1))
        #expect(file.canvas?.id == "a")
    }

    @Test(arguments: [
        ("", "the file is empty"),
        ("# only a comment\n", "the file is empty"),
        ("- a\n- b\n", "the document is a list"),
        ("format: 1\n---\nformat: 1\n", "more than one YAML document"),
        ("a: [1, 2\n", "an unclosed bracket (opened at line 1)"),
        ("a: !custom x\n", "the tag '!custom' is not supported"),
    ])
    func unreadableFilesGetAClearMessage(_ text: String, _ expected: String) {
        let file = load(text)
        #expect(file.document == nil)
        let issue = file.issues.first
        #expect(issue?.kind == .invalidYAML)
        let message = issue.map { $0.message.render(.en, arguments: $0.arguments) } ?? ""
        #expect(message.contains(expected), "\(message)")
    }

    @Test func bytesThatAreNotTextAreRejectedWithAPosition() {
        let nul = CanvasLoader.load(Array("format: 1\nid: a\u{0}b\n".utf8), path: "t.yaml")
        #expect(nul.issues.first?.location == SourceLocation(line: 2, column: 6))
        let latin1 = CanvasLoader.load(Array("format: 1\ntitle: caf".utf8) + [0xE9, 0x0A], path: "t.yaml")
        #expect(latin1.issues.first?.location == SourceLocation(line: 2, column: 11))
    }

    @Test func byteOrderMarkAndCRLFAreFine() {
        let file = CanvasLoader.load([0xEF, 0xBB, 0xBF] + Array("format: 1\r\nid: a\r\ntitel: x\r\n".utf8), path: "t.yaml")
        #expect(file.canvas?.id == "a")
        #expect(file.issues.first { $0.kind == .unknownKey }?.location == SourceLocation(line: 3, column: 1))
    }

    @Test func workshopFilesAreToldApartByKind() {
        let file = load("format: 1\nkind: workshop\nid: w\ntitle: W\nwhen: 2012-05-17..2012-05-18\ngroups:\n  - {number: 1, theme: T}\n")
        #expect(file.workshop?.groups.first?.theme == "T")
        #expect(file.workshop?.when?.description == "2012-05-17..2012-05-18")
        #expect(file.issues.isEmpty)
    }

    @Test func moneyStaysDecimal() {
        let file = load("resources:\n  - id: r\n    item: i\n    cost: 0.1\n    currency: BGN\n")
        #expect(file.canvas?.resources?.first?.money == Money(Decimal(string: "0.1")!, "BGN"))
    }
}
