import CanvasKit

/// Readable names and stable paths of canvas items for messages.
enum ItemLabel {
    /// `section[id]`, or `section[index]` when the item has no id.
    static func path(_ section: String, id: String?, index: Int) -> String {
        "\(section)[\(id ?? String(index))]"
    }

    /// The id in quotes, or the item's position when it has none.
    static func name(id: String?, index: Int) -> String {
        id.map { "'\($0)'" } ?? "#\(index + 1)"
    }
}
