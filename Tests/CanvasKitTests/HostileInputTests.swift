@testable import CanvasKit
import Testing

/// Hostile and odd input ends with the documented message and a location where there is one,
/// never a crash, a hang or unbounded memory (the limits are ``YAMLLimits``).
struct HostileInputTests {
    @Test(arguments: HostileInput.all)
    func hostileInputGivesTheDocumentedMessage(_ input: HostileInput) throws {
        let file = CanvasLoader.load(input.bytes(), path: "hostile.yaml")
        let issue = try #require(file.issues.first { $0.kind == .invalidYAML }, "\(input.name): no invalid-yaml issue")
        let message = issue.message.render(.en, arguments: issue.arguments)
        #expect(message.contains(input.message ?? ""), "\(input.name): \(message)")
        #expect(issue.location.map { HostileInput.SourceLocationPair(line: $0.line, column: $0.column) } == input.location,
                "\(input.name): \(message)")
        #expect(file.document == nil)
    }

    /// libyaml's own nesting guard (set to 1,000 by ``YAMLComposer``) stops input even when
    /// sdw's limit is raised past it, so no limit leaves the parser's recursion unbounded.
    @Test func libyamlNestingGuardStillApplies() {
        let bytes = Array((String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)).utf8)
        let error = #expect(throws: YAMLError.self) {
            _ = try YAMLComposer.compose(bytes, limits: YAMLLimits(maxDepth: 100_000))
        }
        #expect(error?.message == "the document nests deeper than 1000 levels")
        #expect(error?.location != nil)
    }

    /// Below libyaml's guard, sdw's own limit is the one that stops deep nesting.
    @Test func ourDepthLimitSpeaksBeforeLibyamls() {
        let bytes = Array((String(repeating: "[", count: 1_001) + String(repeating: "]", count: 1_001)).utf8)
        let error = #expect(throws: YAMLError.self) { _ = try YAMLComposer.compose(bytes) }
        #expect(error?.message == "the document nests deeper than 64 levels")
        // libyaml's guard would point at the outermost bracket; ours points at the 65th.
        #expect(error?.location == SourceLocation(line: 1, column: 65))
        let block = Array((String(repeating: "- ", count: 1_001) + "x\n").utf8)
        let blockError = #expect(throws: YAMLError.self) { _ = try YAMLComposer.compose(block) }
        #expect(blockError?.location == SourceLocation(line: 1, column: 129))
    }

    @Test func aTwoMegabyteLineLoads() throws {
        let title = String(repeating: "ж", count: 1_000_000)
        var text = try FixtureFiles.text("canvases", "minimal.yaml")
        text = text.replacingOccurrences(of: "title: Reading club for seniors", with: "title: " + title)
        let file = CanvasLoader.load(Array(text.utf8), path: "long.yaml")
        #expect(file.issues.isEmpty, "\(file.issues)")
        #expect(file.canvas?.title == title)
    }

    @Test func byteOrderMarkAndCRLFLoadWithTheRightLines() throws {
        let text = try FixtureFiles.text("canvases", "minimal.yaml")
        #expect(CanvasLoader.load(Array(text.utf8), path: "lf.yaml").issues.isEmpty)
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: "language: en", with: "langauge: en")
        let file = CanvasLoader.load([0xEF, 0xBB, 0xBF] + Array(crlf.utf8), path: "crlf.yaml")
        #expect(file.issues.map(\.kind) == [.unknownKey])
        #expect(file.issues.first?.location == SourceLocation(line: 5, column: 1))
        #expect(file.canvas?.title == "Reading club for seniors")
        #expect(file.canvas?.needs?.first?.text == "Company and conversation")
    }

    @Test func duplicateKeysAreReportedAtTheSecond() {
        let file = CanvasLoader.load(Array("format: 1\nid: a\nformat: 1\n".utf8), path: "dup.yaml")
        let issue = file.issues.first { $0.kind == .duplicateKey }
        #expect(issue?.location == SourceLocation(line: 3, column: 1))
        #expect(issue?.message.render(.en, arguments: issue?.arguments ?? [:])
                    == "the key 'format' is written twice; the first one is at line 1")
    }
}
