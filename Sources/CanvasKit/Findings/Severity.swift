/// How serious a finding is. Ordered: `info` < `warning` < `error`.
public enum Severity: String, CaseIterable, Comparable, Sendable, Codable {
    /// Advice that never fails a build by default.
    case info
    /// A quality problem: the diagram works, but is weaker than it should be.
    case warning
    /// A structural problem: the canvas is wrong or incomplete.
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
