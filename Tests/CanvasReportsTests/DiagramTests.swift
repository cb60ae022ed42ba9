import CanvasKit
@testable import CanvasReports
import Testing

/// The smart diagram keeps long content inside its boxes.
@Suite struct DiagramTests {
    @Test func wrapsAtSpacesAndCutsLongItems() {
        #expect(TextWrapper.wrap("one two three four", limit: 9) == ["one two", "three", "four"])
        #expect(TextWrapper.wrap("abcdefghijkl", limit: 5) == ["abcd-", "efgh-", "ijkl"])
        #expect(TextWrapper.wrap("aa bb cc dd ee ff", limit: 5, maxLines: 2) == ["aa bb", "cc d…"])
    }

    @Test func shrinksBeforeItCuts() {
        let few = DiagramBox(title: "Needs", color: "#000", items: (1...3).map { .init("Need \($0)") })
        #expect(few.fit(width: 400, height: 220, more: "… +{n} more", empty: "—").fontSize == DiagramBox.maxFontSize)
        let many = DiagramBox(title: "Needs", color: "#000", items: (1...12).map { .init("Need number \($0)") })
        let fitted = many.fit(width: 400, height: 220, more: "… +{n} more", empty: "—")
        #expect(fitted.fontSize < DiagramBox.maxFontSize)
        #expect(!fitted.lines.contains { $0.isMore })
    }

    @Test func longListsEndWithMore() {
        let items = (1...60).map { DiagramBox.Item("A rather long activity name number \($0) that wraps") }
        let box = DiagramBox(title: "Activities", color: "#000", items: items)
        let fitted = box.fit(width: 400, height: 220, more: "… +{n} more", empty: "—")
        #expect(fitted.fontSize == DiagramBox.minFontSize)
        let more = fitted.lines.last
        #expect(more?.isMore == true)
        let shown = fitted.lines.filter(\.bullet).count
        #expect(more?.text == "… +\(60 - shown) more")
        let height = fitted.lines.reduce(0.0) { $0 + $1.gapBefore + fitted.fontSize * 1.25 }
        #expect(height <= 220)
    }

    @Test func bulgarianMoreAndEmptyBoxes() {
        var yaml = ReportFixtures.canvas(language: "bg")
        yaml += "\n" + "x-long: 1"
        let needs = (1...40).map { "  - {id: n\($0), text: Потребност номер \($0) с доста дълго описание на думи}" }.joined(separator: "\n")
        yaml = yaml.replacingOccurrences(of: "needs:\n  - {id: company, text: Company and conversation}", with: "needs:\n" + needs)
        let svg = CanvasReport(ReportFixtures.item(yaml)).diagramSVG
        #expect(svg.contains("… още "))
        #expect(svg.hasPrefix("<svg class=\"diagram\""))
        #expect(svg.hasSuffix("</svg>"))
    }
}
