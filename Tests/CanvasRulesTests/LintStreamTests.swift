import CanvasKit
import Foundation
import Testing

@testable import CanvasRules

/// `LintRun.stream` hands over what `LintRun.run` finds, in the same order, whatever the window.
@Suite struct LintStreamTests {
    static let examples = EmbeddedPluginsTests.repository.appendingPathComponent("Examples").path

    @Test(arguments: [1, 3, 512])
    func streamGivesTheResultsOfARunInPathOrder(window: Int) throws {
        let paths = [Self.examples + "/velingrad-2012", Self.examples + "/invalid", Self.examples + "/missing.yaml",
                     Self.examples + "/cherkasy"]
        let linter = Linter()
        let run = LintRun.run(paths: paths, linter: linter)
        var streamed: [(path: String, findings: [Finding], hasDocument: Bool)] = []
        var batches: [Int] = []
        let ioErrors = LintRun.stream(paths: paths, linter: linter, window: window,
                                      prepare: { ($0.path, $0.findings, $0.file != nil) },
                                      consume: { batch in
                                          batches.append(batch.count)
                                          streamed += batch
                                      })
        #expect(streamed.map(\.path) == run.results.map(\.path))
        #expect(streamed.map(\.findings) == run.results.map(\.findings))
        let documents = streamed.filter(\.hasDocument).count
        #expect(documents == streamed.count)
        #expect(ioErrors.map(\.path) == run.ioErrors.map(\.path))
        #expect(ioErrors.map(\.path) == [Self.examples + "/missing.yaml"])
        let largest = batches.max() ?? 0
        #expect(largest >= 1 && largest <= window)
    }

    struct Stop: Error {}

    @Test func anErrorFromConsumeStopsTheStream() {
        var taken = 0
        #expect(throws: Stop.self) {
            _ = try LintRun.stream(paths: [Self.examples], linter: Linter(), window: 2, prepare: { $0.path },
                                   consume: { batch in
                                       taken += batch.count
                                       throw Stop()
                                   })
        }
        #expect(taken >= 1 && taken <= 2)
    }
}
