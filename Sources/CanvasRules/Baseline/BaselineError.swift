/// Why a baseline file could not be read or written.
public enum BaselineError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// The file is not a baseline: not JSON, or not of the documented shape.
    case malformed(path: String, reason: String)
    /// The file is a baseline of a version this sdw does not know.
    case unsupportedVersion(path: String, version: Int)
    /// The file could not be written.
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "cannot read the baseline \(path): \(reason)"
        case .malformed(let path, let reason):
            "\(path) is not an sdw baseline: \(reason)"
        case .unsupportedVersion(let path, let version):
            "\(path) is a baseline of version \(version); this sdw reads version \(Baseline.currentVersion) (rewrite it with --write-baseline)"
        case .unwritable(let path, let reason):
            "cannot write the baseline \(path): \(reason)"
        }
    }
}
