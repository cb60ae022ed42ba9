/// One problem found in a file: where it is, which rule found it, how serious it is, and what to say.
public struct Finding: Hashable, Sendable {
    /// The id of the rule that found it, e.g. `unknown-reference`.
    public var ruleID: String
    /// The severity in effect (the rule's default unless configuration changed it).
    public var severity: Severity
    /// The message, in every language the rule has, with its arguments.
    public var message: LocalizedText
    /// Values for the message's `{placeholders}`.
    public var arguments: [String: String]
    /// The file as the user named it (`-` for standard input).
    public var file: String
    /// Where in the file; `nil` for a problem with the whole file.
    public var location: SourceLocation?
    /// A stable description of where in the canvas the finding is (e.g. `partners[dbt].benefit`),
    /// used to match findings across edits.
    public var path: String

    /// Creates a finding.
    public init(
        ruleID: String, severity: Severity, message: LocalizedText, arguments: [String: String] = [:],
        file: String, location: SourceLocation?, path: String = ""
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.arguments = arguments
        self.file = file
        self.location = location
        self.path = path
    }

    /// The message in `language`, with its arguments filled in.
    public func text(in language: Language = .en) -> String {
        message.render(language, arguments: arguments)
    }

    /// Orders findings by file, then position, then rule id.
    public static func ordered(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        let l = lhs.location ?? SourceLocation(line: 0, column: 0)
        let r = rhs.location ?? SourceLocation(line: 0, column: 0)
        if l != r { return l < r }
        return lhs.ruleID < rhs.ruleID
    }
}
