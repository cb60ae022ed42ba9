import CanvasKit

/// One canvas to report on, with what the checker found in it.
public struct ReportItem: Sendable {
    /// Where the canvas came from: a file path, or a store id.
    public var source: String
    /// The canvas.
    public var canvas: Canvas
    /// The checker's findings on it, sorted by position.
    public var findings: [Finding]
    /// The stored revision the canvas was read from, when ``source`` is a store id; `nil` for a file.
    public var revision: Int?

    /// Creates an item; `revision` is the store revision when `source` is a store id.
    public init(source: String, canvas: Canvas, findings: [Finding], revision: Int? = nil) {
        self.source = source
        self.canvas = canvas
        self.findings = findings
        self.revision = revision
    }
}
