/// A mistake in how sdw was called, or an input it cannot use (a malformed baseline, an unknown
/// git ref): reported as `error: MESSAGE` with exit status 2.
struct UsageError: Error, Equatable, CustomStringConvertible {
    /// What went wrong and, where possible, what to do instead.
    var message: String

    /// Creates an error with its message.
    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
