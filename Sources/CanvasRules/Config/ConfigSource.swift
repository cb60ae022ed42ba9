import CanvasKit

/// Where a configuration value came from, for `sdw config`.
public enum ConfigSource: Hashable, Sendable, CustomStringConvertible {
    /// sdw's own default.
    case defaultValue
    /// A configuration file, at a position.
    case file(String, SourceLocation)
    /// A command-line option, e.g. `--lang`.
    case commandLine(String)

    public var description: String {
        switch self {
        case .defaultValue: "default"
        case .file(let path, let location): "\(path):\(location.line):\(location.column)"
        case .commandLine(let option): option
        }
    }
}

/// A configuration value together with where it came from.
public struct Sourced<Value: Sendable>: Sendable {
    /// The value in effect.
    public var value: Value
    /// Where it was set.
    public var source: ConfigSource

    /// Creates a sourced value.
    public init(_ value: Value, _ source: ConfigSource) {
        self.value = value
        self.source = source
    }
}

/// A configuration that cannot be used: every mistake found, each with its file, line and column.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    /// The mistakes.
    public var problems: [FileProblem]

    /// What could be read of the file despite the mistakes, so that the checks that need the whole
    /// configuration (rule ids against the plugins) can report their mistakes in the same run.
    public var partial: Configuration?

    /// Creates an error.
    public init(_ problems: [FileProblem], partial: Configuration? = nil) {
        self.problems = problems
        self.partial = partial
    }

    /// One `file:line:column: error: message` line per mistake.
    public var description: String {
        problems.map { problem in
            let place = problem.location.map { "\(problem.file):\($0.line):\($0.column)" } ?? problem.file
            return "\(place): error: \(problem.text())"
        }.joined(separator: "\n")
    }
}
