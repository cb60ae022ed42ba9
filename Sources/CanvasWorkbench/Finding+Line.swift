import CanvasKit

extension Finding {
    /// `path:line:col: severity: message [rule-id]`, in `language`: how `sdw add` shows the
    /// errors of a refused file.
    public func line(in language: Language) -> String {
        let position = location.map { ":\($0.line):\($0.column)" } ?? ""
        return "\(file)\(position): \(severity.rawValue): \(text(in: language)) [\(ruleID)]"
    }
}
