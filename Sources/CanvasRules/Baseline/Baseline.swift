import CanvasKit
import Foundation

/// The findings a repository already had when it adopted sdw, so that only new ones are reported.
///
/// Stored as versioned JSON (`sdw lint --write-baseline FILE`):
/// ```json
/// {
///   "findings" : [
///     { "file" : "Examples/a.yaml", "lineHash" : "…", "message" : "…", "path" : "partners[dbt].benefit", "rule" : "partner-without-benefit" }
///   ],
///   "tool" : "sdw",
///   "version" : 1
/// }
/// ```
/// Writing a baseline records the findings of that run only, so findings fixed since the last
/// baseline drop out of it. Equal findings are counted: two known, three found means one new.
public struct Baseline: Codable, Equatable, Sendable {
    /// The version of the file format this sdw writes and reads.
    public static let currentVersion = 1

    /// The file format's version.
    public var version: Int
    /// The tool that wrote it (`sdw`); informative, and optional when read.
    public var tool: String?
    /// The known findings, sorted.
    public var findings: [BaselineEntry]

    /// A baseline holding `findings`.
    public init(findings: [BaselineEntry]) {
        version = Self.currentVersion
        tool = "sdw"
        self.findings = findings.sorted(by: BaselineEntry.ordered)
    }

    /// The baseline of every finding of `run` (which must keep its documents for line hashes),
    /// with messages in `language` or each file's own.
    public init(run: LintRun, language: Language? = nil) {
        var entries: [BaselineEntry] = []
        for result in run.results {
            let lines = FindingFingerprint.lines(of: result)
            entries += result.findings.map { BaselineEntry($0, lines: lines, language: language ?? result.language) }
        }
        self.init(findings: entries)
    }

    /// `run` without the findings this baseline knows, and how many were taken out.
    public func filter(_ run: LintRun) -> (run: LintRun, known: Int) {
        var remaining: [String: Int] = [:]
        for entry in findings { remaining[entry.matchKey, default: 0] += 1 }
        var filtered = run
        var known = 0
        for index in filtered.results.indices {
            let result = filtered.results[index]
            let lines = FindingFingerprint.lines(of: result)
            filtered.results[index].findings = result.findings.filter { finding in
                let key = BaselineEntry(finding, lines: lines, language: .en).matchKey
                guard let count = remaining[key], count > 0 else { return true }
                remaining[key] = count - 1
                known += 1
                return false
            }
        }
        return (filtered, known)
    }

    /// The file's text: pretty-printed JSON with sorted keys and a final newline.
    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and integers cannot fail.
        let data = (try? encoder.encode(self)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Parses a baseline file's bytes; `path` names it in errors.
    public static func decode(_ data: Data, path: String) throws(BaselineError) -> Baseline {
        struct Header: Decodable { var version: Int? }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            throw .malformed(path: path, reason: "not a JSON object")
        }
        guard let version = header.version else { throw .malformed(path: path, reason: "no \"version\"") }
        guard version == currentVersion else { throw .unsupportedVersion(path: path, version: version) }
        do {
            let baseline = try JSONDecoder().decode(Baseline.self, from: data)
            return Baseline(findings: baseline.findings)
        } catch {
            throw .malformed(path: path, reason: Self.reason(error))
        }
    }

    /// Reads the baseline at `path`.
    public static func load(contentsOf path: String) throws(BaselineError) -> Baseline {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let exists = FileManager.default.fileExists(atPath: path)
            throw .unreadable(path: path, reason: exists ? "permission denied or not a file" : "no such file")
        }
        return try decode(data, path: path)
    }

    /// Writes the baseline to `path` with ``FileIO/write(_:to:)`` (an atomic replace that keeps
    /// the file's mode and owner and writes through a symbolic link).
    public func write(to path: String) throws(BaselineError) {
        do throws(FileError) {
            try FileIO.write(Array(encoded().utf8), to: path)
        } catch {
            throw .unwritable(path: path, reason: error.reason)
        }
    }

    /// A short reason from a decoding error: which key is missing or has the wrong type.
    private static func reason(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "unexpected content" }
        func where_(_ path: [any CodingKey]) -> String {
            path.isEmpty ? "the top level" : path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context): return "\"\(key.stringValue)\" missing at \(where_(context.codingPath))"
        case .typeMismatch(_, let context): return "wrong type at \(where_(context.codingPath))"
        case .valueNotFound(_, let context): return "null at \(where_(context.codingPath))"
        case .dataCorrupted(let context): return "unreadable at \(where_(context.codingPath))"
        @unknown default: return "unexpected content"
        }
    }
}
