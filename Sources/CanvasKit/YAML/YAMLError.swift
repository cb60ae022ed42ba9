/// Why a file could not be read as a single YAML document.
public struct YAMLError: Error, Sendable, CustomStringConvertible {
    /// Where the problem is, when there is a place to point at.
    public var location: SourceLocation?
    /// A sentence saying what is wrong.
    public var message: String

    /// Creates an error.
    public init(_ message: String, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }

    public var description: String {
        if let location { return "\(location): \(message)" }
        return message
    }
}
