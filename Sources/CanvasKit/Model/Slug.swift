/// The ids of canvases, workshops and items: `[a-z0-9][a-z0-9-]*`.
public enum Slug {
    /// Whether `text` is a slug.
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first != "-" else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
