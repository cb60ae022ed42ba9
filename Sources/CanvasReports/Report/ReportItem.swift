import CanvasKit

/// One canvas to report on, with what the checker found in it.
public struct ReportItem: Sendable {
    /// Where the canvas came from: a file path, or a store id.
    public var source: String
    /// The canvas.
    public var canvas: Canvas
    /// The checker's findings on it, sorted by position.
    public var findings: [Finding]

    /// Creates an item.
    public init(source: String, canvas: Canvas, findings: [Finding]) {
        self.source = source
        self.canvas = canvas
        self.findings = findings
    }
}
