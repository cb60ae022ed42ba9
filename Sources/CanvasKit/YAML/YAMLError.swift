/// Why a file could not be read as a single YAML document.
public struct YAMLError: Error, Sendable, CustomStringConvertible {
    /// Where the problem is, when there is a place to point at.
    public var location: SourceLocation?
    /// A sentence saying what is wrong.
    public var message: String
    /// Where the construct the parser was reading started (e.g. the block mapping whose key it
    /// expected), when the parser says.
    public var contextLocation: SourceLocation?

    /// The start of the message of an error the YAML parser itself reports.
    public static let syntaxPrefix = "YAML syntax error: "

    /// Creates an error.
    public init(_ message: String, at location: SourceLocation? = nil, context: SourceLocation? = nil) {
        self.message = message
        self.location = location
        self.contextLocation = context
    }

    public var description: String {
        if let location { return "\(location): \(message)" }
        return message
    }
}
