import CanvasKit

/// Severity changes for the files a glob matches (`overrides:` in `.sdw.yml`).
public struct SeverityOverride: Sendable {
    /// Which files.
    public var files: [PathGlob]
    /// The folder the globs are relative to (the configuration file's folder), absolute.
    public var base: String
    /// New severity by rule id; `nil` turns the rule off for those files.
    public var severities: [String: Severity?]

    /// Creates an override.
    public init(files: [PathGlob], base: String, severities: [String: Severity?]) {
        self.files = files
        self.base = base
        self.severities = severities
    }

    /// Whether `path` (as the user named it, relative to `currentDirectory`) is one of the files.
    public func applies(to path: String, currentDirectory: String) -> Bool {
        let absolute = path.hasPrefix("/") ? path : currentDirectory + "/" + path
        let normalized = Self.normalize(absolute)
        let root = Self.normalize(base)
        let relative = normalized.hasPrefix(root + "/") ? String(normalized.dropFirst(root.count + 1)) : normalized
        return files.contains { $0.matches(relative) || $0.matches(path) }
    }

    /// Removes `.` segments and resolves `..` segments of an absolute path.
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }
}
