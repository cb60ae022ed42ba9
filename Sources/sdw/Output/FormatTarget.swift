import CanvasReports

/// One `--format` value: a format, and the file it goes to (`nil` for standard output).
struct FormatTarget: Equatable {
    /// The format.
    var format: FindingFormat
    /// The file to write, or `nil` for standard output.
    var file: String?

    /// Parses `FORMAT` or `FORMAT:FILE` (`FORMAT:-` is standard output too).
    ///
    /// Returns the reason when `value` is not one of those.
    static func parse(_ value: String) -> Result<FormatTarget, UsageError> {
        let name: Substring, file: Substring?
        if let colon = value.firstIndex(of: ":") {
            name = value[..<colon]
            file = value[value.index(after: colon)...]
        } else {
            name = Substring(value)
            file = nil
        }
        guard let format = FindingFormat(rawValue: name.lowercased()) else {
            return .failure(UsageError("unknown format '\(name)' in --format \(value); formats: \(FindingFormat.names)"))
        }
        if let file, file.isEmpty {
            return .failure(UsageError("--format \(value) names no file; write \(name):FILE, or \(name) for standard output"))
        }
        return .success(FormatTarget(format: format, file: file == "-" ? nil : file.map(String.init)))
    }

    /// Parses every `--format` value (text on standard output when there is none) and checks that
    /// at most one goes to standard output and no two go to the same file.
    static func parseAll(_ values: [String]) -> Result<[FormatTarget], UsageError> {
        var targets: [FormatTarget] = []
        for value in values {
            switch parse(value) {
            case .success(let target): targets.append(target)
            case .failure(let error): return .failure(error)
            }
        }
        if targets.isEmpty { return .success([FormatTarget(format: .text, file: nil)]) }
        let toStdout = targets.filter { $0.file == nil }
        if toStdout.count > 1 {
            let names = toStdout.map(\.format.rawValue).joined(separator: ", ")
            return .failure(UsageError("only one format can go to standard output, not \(names); write the others to files as FORMAT:FILE"))
        }
        var files = Set<String>()
        for case let file? in targets.map(\.file) where !files.insert(file).inserted {
            return .failure(UsageError("two formats are written to \(file); give each its own file"))
        }
        return .success(targets)
    }
}
