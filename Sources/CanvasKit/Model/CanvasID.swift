/// The id grammar shared by canvases, workshops and items: a slug of lower-case Latin letters,
/// digits and hyphens, not starting with a hyphen, at most ``maxLength`` characters.
///
/// Ids name rows in the store and files of `sdw export`, so one that is not a slug is refused
/// by `sdw add` even with `--allow-errors`.
public enum CanvasID {
    /// The longest id accepted (a file name `ID.yaml` stays far below every file system's limit).
    public static let maxLength = 64

    /// Whether `text` is a valid id.
    public static func isValid(_ text: String) -> Bool {
        isSlug(text) && text.utf8.count <= maxLength
    }

    /// Whether `text` matches `[a-z0-9][a-z0-9-]*`, whatever its length.
    public static func isSlug(_ text: String) -> Bool {
        guard let first = text.utf8.first, first != UInt8(ascii: "-") else { return false }
        return text.utf8.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "-") }
    }

    /// `text` cut to at most 40 characters, for a message about it.
    public static func shown(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(40)) + "…"
    }
}
