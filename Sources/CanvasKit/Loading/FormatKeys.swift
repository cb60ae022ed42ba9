/// The keys that one mapping of format 1 may hold, and the ones it must hold.
public struct KeySet: Sendable, Equatable {
    /// Every key the mapping may hold, in the order the format lists them (besides `x-` extensions).
    public let known: [String]
    /// The keys that must be present and not empty.
    public let required: [String]

    /// Creates a key set.
    public init(known: [String], required: [String]) {
        self.known = known
        self.required = required
    }
}

/// The keys of every mapping in format 1: the one list that the decoders and the JSON Schema
/// (``CanvasSchema``) both read, so the two cannot drift apart.
public enum FormatKeys {
    /// The header keys of a canvas.
    public static let header = ["format", "kind", "id", "title", "language", "plugin", "status", "library",
                                "authors", "workshop", "group"]
    /// The sections of a canvas: the nine of the diagram and the optional `results`.
    public static let sections = ["target_group", "needs", "service", "resources", "partners", "information",
                                  "activities", "effects", "results"]
    /// The sections a canvas must have (every one but `results`).
    public static let requiredSections = sections.filter { $0 != "results" }

    /// The top level of a canvas: header and sections. Sections are required separately
    /// (``requiredSections``), because a missing section has its own rule.
    public static let canvas = KeySet(known: header + sections, required: ["format", "id", "title"])
    /// `target_group`.
    public static let targetGroup = KeySet(known: ["name", "description", "size", "place"], required: ["name"])
    /// One item of `needs`.
    public static let need = KeySet(known: ["id", "text", "evidence"], required: ["id", "text"])
    /// `service`.
    public static let service = KeySet(known: ["name", "goal", "description"], required: ["name"])
    /// One item of `resources`.
    public static let resource = KeySet(known: ["id", "item", "kind", "cost", "currency", "available"],
                                        required: ["id", "item"])
    /// One item of `partners`.
    public static let partner = KeySet(known: ["id", "name", "type", "role", "benefit", "contact"],
                                       required: ["id", "name"])
    /// One item of `information`.
    public static let information = KeySet(known: ["channel", "audience"], required: ["channel"])
    /// One item of `activities`.
    public static let activity = KeySet(known: ["id", "name", "when", "responsible", "needs", "partners", "resources"],
                                        required: ["id", "name"])
    /// `effects`: both lists are required sections.
    public static let effects = KeySet(known: ["social", "economic"], required: ["social", "economic"])
    /// One item of `effects.social`.
    public static let socialEffect = KeySet(known: ["text", "indicator", "target", "unit", "evidence"],
                                            required: ["text"])
    /// One item of `effects.economic`.
    public static let economicEffect = KeySet(
        known: ["text", "value", "currency", "indicator", "target", "unit", "evidence"], required: ["text"])
    /// One item of `results`.
    public static let result = KeySet(known: ["text", "indicator", "target", "unit"], required: ["text"])

    /// The top level of a workshop file.
    public static let workshop = KeySet(
        known: ["format", "kind", "id", "title", "language", "when", "place", "organisers", "facilitators",
                "participants", "groups"],
        required: ["format", "kind", "id", "title"])
    /// One item of a workshop's `groups`.
    public static let workshopGroup = KeySet(known: ["number", "plugin", "theme"], required: ["number"])
}
