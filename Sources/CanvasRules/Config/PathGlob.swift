/// A shell-style path pattern: `*` and `?` within one path segment, `**` across segments.
///
/// `Examples/velingrad-2012/*.yaml` matches the canvases of that folder; `**/draft-*.yaml`
/// matches a draft anywhere.
public struct PathGlob: Hashable, Sendable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String

    /// Creates a glob.
    public init(_ pattern: String) { self.pattern = pattern }

    public var description: String { pattern }

    /// Whether `path` (with `/` separators; a leading `./` is ignored) matches the whole pattern.
    public func matches(_ path: String) -> Bool {
        let cleaned = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return Self.match(Array(pattern), 0, Array(cleaned), 0)
    }

    private static func match(_ p: [Character], _ i: Int, _ s: [Character], _ j: Int) -> Bool {
        if i == p.count { return j == s.count }
        if p[i] == "*" {
            if i + 1 < p.count, p[i + 1] == "*" {
                // `**/` also matches no folder at all.
                var next = i + 2
                if next < p.count, p[next] == "/" {
                    if match(p, next + 1, s, j) { return true }
                    next = i + 2
                }
                var k = j
                while true {
                    if match(p, next, s, k) { return true }
                    if k == s.count { return false }
                    k += 1
                }
            }
            var k = j
            while true {
                if match(p, i + 1, s, k) { return true }
                if k == s.count || s[k] == "/" { return false }
                k += 1
            }
        }
        guard j < s.count else { return false }
        if p[i] == "?" { return s[j] != "/" && match(p, i + 1, s, j + 1) }
        return p[i] == s[j] && match(p, i + 1, s, j + 1)
    }
}
