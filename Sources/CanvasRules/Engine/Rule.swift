import CanvasKit

/// A check over one loaded file.
public protocol Rule: Sendable {
    /// The rule's documentation and examples.
    var description: RuleDescription { get }
    /// Reports what the rule finds in `file`.
    func check(_ file: LoadedFile, into findings: inout FindingCollector)
    /// The rule as a ``CanvasRule``, if it is one. A requirement with default answers, so the
    /// linter learns a rule's kind without a dynamic cast (each cast to a protocol searches
    /// the binary's conformance tables, which costs milliseconds at start-up).
    var asCanvasRule: (any CanvasRule)? { get }
    /// The rule as a ``SuppressionRule``, if it is one.
    var asSuppressionRule: (any SuppressionRule)? { get }
    /// The rule as a plugin's ``DeclarativeRule``, if it is one.
    var asDeclarativeRule: DeclarativeRule? { get }
    /// The rule as a ``WorkshopRule`` (over several files), if it is one.
    var asWorkshopRule: (any WorkshopRule)? { get }
}

extension Rule {
    public var asCanvasRule: (any CanvasRule)? { nil }
    public var asSuppressionRule: (any SuppressionRule)? { nil }
    public var asDeclarativeRule: DeclarativeRule? { nil }
    public var asWorkshopRule: (any WorkshopRule)? { nil }
}

/// A rule over a canvas's content; it does not run on unreadable files or workshops.
public protocol CanvasRule: Rule {
    /// Reports what the rule finds in `canvas`.
    func check(_ canvas: Canvas, into findings: inout FindingCollector)
}

extension CanvasRule {
    public var asCanvasRule: (any CanvasRule)? { self }

    public func check(_ file: LoadedFile, into findings: inout FindingCollector) {
        if let canvas = file.canvas { check(canvas, into: &findings) }
    }
}

/// A rule that reports the loader's schema issues of one kind.
///
/// The loader finds schema problems while it reads the file (it is the one that knows a
/// value's type); the rule gives them an id, a severity and documentation.
public protocol SchemaRule: Rule {
    /// The kind of issue this rule reports.
    var kind: SchemaIssue.Kind { get }
}

extension SchemaRule {
    public func check(_ file: LoadedFile, into findings: inout FindingCollector) {
        for issue in file.issues where issue.kind == kind {
            findings.report(issue.message, issue.arguments, at: issue.location, path: issue.path)
        }
    }
}

/// Gathers the findings of one rule on one file.
public struct FindingCollector {
    /// The rule reporting.
    public let ruleID: String
    /// The severity its findings get.
    public let severity: Severity
    /// The file being checked.
    public let file: String
    /// What has been reported so far.
    public private(set) var findings: [Finding] = []

    /// Creates a collector for one rule and file.
    public init(ruleID: String, severity: Severity, file: String) {
        self.ruleID = ruleID
        self.severity = severity
        self.file = file
    }

    /// Reports a finding.
    public mutating func report(_ message: LocalizedText, _ arguments: [String: String] = [:],
                                at location: SourceLocation?, path: String) {
        findings.append(Finding(ruleID: ruleID, severity: severity, message: message, arguments: arguments,
                                file: file, location: location, path: path))
    }
}
