import CanvasKit

/// A canvas with the items of each part built once, shared by every plugin rule that checks it.
///
/// Building a part's items (``PartItem``) copies each item's fields into a table; a plugin's
/// rules ask for the same parts many times over, so the items are made on first use and kept
/// for the rest of the canvas's check. So are the folded texts that keyword checks read: several
/// rules of a plugin look for their keywords in the same fields of the same items, and folding
/// a text costs far more than matching it. One instance serves one canvas on one thread.
public final class CanvasParts {
    /// An item's texts as a keyword check reads them: which item, and which of its fields.
    private struct TextKey: Hashable {
        var serial: Int
        var fields: [String]?
    }

    /// The canvas.
    public let canvas: Canvas
    private var cache: [CanvasPart: [PartItem]] = [:]
    private var folded: [TextKey: FoldedText] = [:]
    private var itemCount = 0

    /// Wraps `canvas`; no items are built until asked for.
    public init(_ canvas: Canvas) { self.canvas = canvas }

    /// The items of `part`, built on first use.
    public func items(_ part: CanvasPart) -> [PartItem] {
        if let items = cache[part] { return items }
        var items = part.items(of: canvas)
        for index in items.indices {
            items[index].serial = itemCount
            itemCount += 1
        }
        cache[part] = items
        return items
    }

    /// The folded text of `item`'s `fields` (its worded fields when `nil`), folded on first use.
    func foldedText(of item: PartItem, fields: [String]?) -> FoldedText {
        let key = TextKey(serial: item.serial, fields: fields)
        if let text = folded[key] { return text }
        let text = FoldedText(item.text(of: fields))
        folded[key] = text
        return text
    }
}
