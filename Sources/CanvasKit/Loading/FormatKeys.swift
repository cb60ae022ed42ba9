/// The keys format 1 defines for each mapping, in documentation order.
///
/// The decoder, the JSON Schema and editors' completion all read these lists, so a key is
/// added in one place.
public enum FormatKeys {
    /// The canvas header.
    public static let header = ["format", "kind", "id", "title", "language", "plugin", "status", "library",
                                "authors", "workshop", "group"]
    /// The sections of the canvas (`results` is optional).
    public static let sections = ["target_group", "needs", "service", "resources", "partners", "information",
                                  "activities", "effects", "results"]
    /// Every top-level key of a canvas.
    public static let canvas = header + sections
    /// `target_group`.
    public static let targetGroup = ["name", "description", "size", "place"]
    /// An item of `needs`.
    public static let need = ["id", "text", "evidence"]
    /// `service`.
    public static let service = ["name", "goal", "description"]
    /// An item of `resources`.
    public static let resource = ["id", "item", "kind", "cost", "currency", "available"]
    /// An item of `partners`.
    public static let partner = ["id", "name", "type", "role", "benefit", "contact"]
    /// An item of `information`.
    public static let information = ["channel", "audience"]
    /// An item of `activities`.
    public static let activity = ["id", "name", "when", "responsible", "needs", "partners", "resources"]
    /// `effects`.
    public static let effects = ["social", "economic"]
    /// An item of `effects.social`.
    public static let socialEffect = ["text", "indicator", "target", "unit", "evidence"]
    /// An item of `effects.economic`.
    public static let economicEffect = ["text", "value", "currency", "indicator", "target", "unit", "evidence"]
    /// An item of `results`.
    public static let result = ["text", "indicator", "target", "unit"]
    /// A workshop file.
    public static let workshop = ["format", "kind", "id", "title", "language", "when", "place", "organisers",
                                  "facilitators", "participants", "groups"]
    /// An item of a workshop's `groups`.
    public static let workshopGroup = ["number", "plugin", "theme"]

    /// Required keys, by the mapping they belong to.
    enum Required {
        static let canvas = ["format", "id", "title"]
        static let workshop = ["format", "kind", "id", "title"]
        static let named = ["name"]
        static let need = ["id", "text"]
        static let resource = ["id", "item"]
        static let partnerOrActivity = ["id", "name"]
        static let information = ["channel"]
        static let text = ["text"]
        static let workshopGroup = ["number"]
    }
}
