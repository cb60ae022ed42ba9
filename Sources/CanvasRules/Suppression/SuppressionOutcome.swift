import CanvasKit

/// What a file's suppressions did to its findings: the findings kept, and each suppression
/// with the number of findings it silenced.
public struct SuppressionOutcome: Sendable {
    /// The findings no suppression covers.
    public var kept: [Finding]
    /// Each suppression of the file with how many findings it silenced.
    public var suppressions: [(suppression: Suppression, silenced: Int)]

    /// Applies the suppressions of `text` to `findings`.
    public init(text: String, findings: [Finding]) {
        let found = SuppressionScanner.scan(text)
        var counts = Array(repeating: 0, count: found.count)
        kept = findings.filter { finding in
            var covered = false
            for (index, suppression) in found.enumerated() where suppression.covers(finding) {
                counts[index] += 1
                covered = true
            }
            return !covered
        }
        suppressions = Array(zip(found, counts))
    }
}

/// A rule about the suppression comments themselves, run by the ``Linter`` after the other
/// rules, when it is known which findings each suppression silenced.
public protocol SuppressionRule: Rule {
    /// Reports what the rule finds in the suppressions of `file`.
    func check(_ file: LoadedFile, outcome: SuppressionOutcome, into findings: inout FindingCollector)
}

extension SuppressionRule {
    public var asSuppressionRule: (any SuppressionRule)? { self }

    /// Run on its own, the rule sees the file's suppressions with no other rule's findings to silence.
    public func check(_ file: LoadedFile, into findings: inout FindingCollector) {
        check(file, outcome: SuppressionOutcome(text: file.text, findings: []), into: &findings)
    }
}
