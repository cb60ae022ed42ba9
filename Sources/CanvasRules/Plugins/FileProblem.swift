import CanvasKit

/// A mistake in a plugin, rule or configuration file: which file, where, and what.
///
/// A problem in a plugin file never stops a run: it becomes a finding of ``FileProblem/ruleID``
/// on that file and the rest of the plugin still applies. A problem in a configuration file
/// stops the command with exit status 2 (see ``ConfigurationError``).
public struct FileProblem: Hashable, Sendable, CustomStringConvertible {
    /// The rule id under which plugin-file problems are reported.
    public static let ruleID = "plugin-invalid"

    /// The file as shown to the user.
    public var file: String
    /// Where in the file, when there is a place to point at.
    public var location: SourceLocation?
    /// The message template.
    public var message: LocalizedText
    /// Values for the template's placeholders.
    public var arguments: [String: String]

    /// Creates a problem.
    public init(file: String, location: SourceLocation?, message: LocalizedText, arguments: [String: String] = [:]) {
        self.file = file
        self.location = location
        self.message = message
        self.arguments = arguments
    }

    /// The message in `language`.
    public func text(in language: Language = .en) -> String {
        message.render(language, arguments: arguments)
    }

    /// `file:line:column: message`, in English.
    public var description: String {
        let place = location.map { "\(file):\($0.line):\($0.column)" } ?? file
        return "\(place): \(text())"
    }

    /// The problem as an error finding of ``ruleID`` on its file.
    public func finding(ruleID: String = FileProblem.ruleID) -> Finding {
        Finding(ruleID: ruleID, severity: .error, message: message, arguments: arguments, file: file,
                location: location, path: "")
    }
}
