import CanvasKit

/// A canvas with the items of each part built once, shared by every plugin rule that checks it.
///
/// Building a part's items (``PartItem``) copies each item's fields into a table; a plugin's
/// rules ask for the same parts many times over, so the items are made on first use and kept
/// for the rest of the canvas's check. One instance serves one canvas on one thread.
public final class CanvasParts {
    /// The canvas.
    public let canvas: Canvas
    private var cache: [CanvasPart: [PartItem]] = [:]

    /// Wraps `canvas`; no items are built until asked for.
    public init(_ canvas: Canvas) { self.canvas = canvas }

    /// The items of `part`, built on first use.
    public func items(_ part: CanvasPart) -> [PartItem] {
        if let items = cache[part] { return items }
        let items = part.items(of: canvas)
        cache[part] = items
        return items
    }
}
