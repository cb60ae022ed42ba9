@testable import CanvasKit
import Testing

/// A copy of cases from the YAML test suite (Fixtures/yaml-suite): every one ends cleanly, and
/// every case the suite marks as an error is rejected with a line and column.
///
/// The copy holds all the error cases that libyaml 0.2.5 itself accepts (9C9N, QB6E, SU5Z, …),
/// which ``YAMLSpecChecks`` catches, plus a mix of other error and valid cases.
struct YAMLSuiteTests {
    static let cases = FixtureFiles.names(in: "yaml-suite", withExtension: "yaml")

    static func isError(_ id: String) -> Bool { FixtureFiles.exists("yaml-suite", id + ".error") }

    @Test func theCopyHoldsBothKinds() {
        #expect(Self.cases.count >= 40)
        #expect(Self.cases.filter(Self.isError).count >= 20)
        #expect(Self.cases.filter { !Self.isError($0) }.count >= 10)
    }

    @Test(arguments: cases)
    func errorCasesAreRejectedWithALocation(id: String) throws {
        let bytes = try FixtureFiles.bytes("yaml-suite", id + ".yaml")
        let file = CanvasLoader.load(bytes, path: id + ".yaml")
        guard Self.isError(id) else {
            // A valid case composes; the loader may still find it is no canvas, but not a syntax error.
            #expect(throws: Never.self) { _ = try YAMLComposer.compose(bytes) }
            return
        }
        let error = #expect(throws: YAMLError.self) { _ = try YAMLComposer.compose(bytes) }
        #expect(error?.location != nil, "\(id): \(error?.message ?? "")")
        let invalid = file.issues.first { $0.kind == .invalidYAML }
        #expect(invalid?.location != nil, "\(id) should be rejected with a line:column")
        #expect(file.document == nil)
    }
}
