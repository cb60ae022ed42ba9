import CYaml
import Foundation
import Testing
@testable import CanvasKit

/// sdw rejects no valid YAML: thousands of generated documents with non-ASCII text in every
/// position (``YAMLGenerator``) must be accepted by libyaml itself (the oracle: the generator
/// makes only valid YAML) and by ``YAMLComposer`` with its extra checks, and compose to the
/// value they were generated from.
///
/// `swift test` runs a fast size; `SDW_YAML_DIFFERENTIAL_COUNT=N` runs N documents (`.ci/run`
/// runs a large size that way).
struct YAMLDifferentialTests {
    static let count = ProcessInfo.processInfo.environment["SDW_YAML_DIFFERENTIAL_COUNT"].flatMap(Int.init) ?? 3000

    @Test func generatedValidDocumentsAreAcceptedAndComposeToTheirValue() throws {
        var generator = YAMLGenerator(seed: 12)
        var failures: [String] = []
        var nonASCII = 0, crlf = 0, bom = 0
        for number in 0..<Self.count {
            let document = generator.next()
            if document.bytes.contains(where: { $0 >= 0x80 }) { nonASCII += 1 }
            if document.bytes.contains(UInt8(ascii: "\r")) { crlf += 1 }
            if document.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bom += 1 }
            let shown = String(decoding: document.bytes, as: UTF8.self)
            if let problem = LibYAML.problem(document.bytes) {
                failures.append("#\(number): libyaml rejects a generated document (\(problem)):\n\(shown)")
            } else {
                do {
                    let node = try YAMLComposer.compose(document.bytes)
                    let value = node.map(Self.value)
                    if value != document.value {
                        failures.append("#\(number): composed \(value.map(\.description) ?? "nothing"), "
                                            + "expected \(document.value):\n\(shown)")
                    }
                } catch {
                    failures.append("#\(number): sdw rejects valid YAML: \(error):\n\(shown)")
                }
            }
            if failures.count >= 5 { break }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n\n"))")
        guard failures.isEmpty else { return }
        // The generator covers what it says.
        #expect(nonASCII > Self.count * 9 / 10)
        #expect(crlf > Self.count / 5)
        #expect(bom > Self.count / 6)
    }

    /// The same documents through the canvas loader: no `invalid-yaml` issue.
    @Test func theLoaderReportsNoYAMLErrorOnThem() {
        var generator = YAMLGenerator(seed: 1012)
        for number in 0..<min(Self.count, 1000) {
            let document = generator.next()
            let file = CanvasLoader.load(document.bytes, path: "generated.yaml")
            let invalid = file.issues.first { $0.kind == .invalidYAML }
            #expect(invalid == nil, "#\(number): \(invalid.map { "\($0)" } ?? "")\n\(String(decoding: document.bytes, as: UTF8.self))")
            if invalid != nil { return }
        }
    }

    @Test func theGeneratorIsValidYAMLByLibYAMLAndTheOracleRejectsBrokenYAML() {
        #expect(LibYAML.problem(Array("a: [b, c\n".utf8)) != nil)
        #expect(LibYAML.problem(Array("a: 'Ж\n".utf8)) != nil)
        #expect(LibYAML.problem(Array("a: Ж\n".utf8)) == nil)
    }

    static func value(_ node: YAMLNode) -> YAMLGenerator.Value {
        switch node.content {
        case .scalar(let text, _): .scalar(text)
        case .sequence(let items): .sequence(items.map(value))
        case .mapping(let pairs): .mapping(pairs.map { ($0.key.scalar ?? "<not a scalar>", value($0.value)) })
        }
    }
}

/// libyaml alone, without sdw's checks: the parser's events to the end of the stream.
enum LibYAML {
    /// libyaml's problem with `bytes`, or `nil` when it reads the whole stream.
    static func problem(_ bytes: [UInt8]) -> String? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return "no parser" }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer -> String? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    let problem = parser.problem.map { String(cString: $0) } ?? "error"
                    return "\(problem) at \(parser.problem_mark.line + 1):\(parser.problem_mark.column + 1)"
                }
                let type = event.type
                yaml_event_delete(&event)
                if type == YAML_STREAM_END_EVENT { return nil }
            }
        }
    }
}
