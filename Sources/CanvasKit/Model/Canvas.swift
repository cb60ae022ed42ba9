/// A smart diagram (умна диаграма), format 1: the header and the nine sections.
///
/// Every optional section is `nil` when its key is absent and empty when it is present
/// but holds nothing, so rules can tell the two apart. The model does not depend on YAML;
/// positions are plain ``SourceLocation``s.
public struct Canvas: Hashable, Sendable {
    /// The format number (1).
    public var format: Int?
    /// Slug id, unique within a store.
    public var id: String?
    /// Working title of the service.
    public var title: String?
    /// Language of the text (default `en`).
    public var language: Language
    /// Target-group plugin to apply.
    public var plugin: String?
    /// Life-cycle state (default `draft`).
    public var status: CanvasStatus
    /// The library proposing the service.
    public var library: String?
    /// People or workshop groups.
    public var authors: [String]
    /// The workshop this canvas came from.
    public var workshop: String?
    /// The table number in that workshop.
    public var group: Int?

    /// Целева група.
    public var targetGroup: TargetGroup?
    /// Потребности.
    public var needs: [Need]?
    /// Идентифициране на услугата.
    public var service: Service?
    /// План/ресурси.
    public var resources: [Resource]?
    /// Партньори.
    public var partners: [Partner]?
    /// Информация.
    public var information: [InformationChannel]?
    /// Дейности.
    public var activities: [Activity]?
    /// Социален и икономически ефект.
    public var effects: Effects?
    /// Резултати: the direct outputs (optional section).
    public var results: [Effect]?

    /// Where each header key and section is written.
    public var fields: FieldLocations

    /// An empty canvas with defaults, for the decoder to fill in.
    public init(start: SourceLocation = .start) {
        language = .en
        status = .draft
        authors = []
        fields = FieldLocations(start: start)
    }
}

/// A workshop: one session of group exercises whose canvases join it by `workshop:` and `group:`.
public struct Workshop: Hashable, Sendable {
    /// A table planned at the workshop.
    public struct Group: Hashable, Sendable {
        /// The table number.
        public var number: Int?
        /// The plugin for its target group.
        public var plugin: String?
        /// The theme it was given.
        public var theme: String?
        /// Where each field is written.
        public var fields: FieldLocations
    }

    /// The format number (1).
    public var format: Int?
    /// Slug id that canvases name in `workshop:`.
    public var id: String?
    /// The meeting's title.
    public var title: String?
    /// Language of the report's labels.
    public var language: Language = .en
    /// When it took place.
    public var when: When?
    /// Where it took place.
    public var place: String?
    /// The hosting libraries.
    public var organisers: [String] = []
    /// Who led the exercises.
    public var facilitators: [String] = []
    /// How many took part.
    public var participants: Int?
    /// The tables planned.
    public var groups: [Group] = []
    /// Where each field is written.
    public var fields: FieldLocations

    /// An empty workshop for the decoder to fill in.
    public init(start: SourceLocation = .start) { fields = FieldLocations(start: start) }
}
