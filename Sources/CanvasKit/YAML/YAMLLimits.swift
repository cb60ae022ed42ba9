/// The limits that keep hostile input from taking unbounded time or memory.
public struct YAMLLimits: Sendable {
    /// The largest file accepted, in bytes (default 4 MiB; a real canvas is under 50 KB).
    public var maxFileBytes: Int
    /// The deepest nesting of sequences and mappings (default 64; a canvas needs 4).
    public var maxDepth: Int
    /// The most nodes a document may hold after aliases are expanded (default 200,000),
    /// which stops "billion laughs" alias bombs.
    public var maxNodes: Int

    /// Creates limits.
    public init(maxFileBytes: Int = 4 << 20, maxDepth: Int = 64, maxNodes: Int = 200_000) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }

    /// The limits `sdw` uses.
    public static let standard = YAMLLimits()
}
