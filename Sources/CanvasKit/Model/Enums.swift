/// A closed list of values a canvas field may take, written as their raw strings in YAML.
public protocol FormatEnum: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {}

extension FormatEnum {
    /// Every allowed value, in declaration order, for messages and the JSON Schema.
    public static var allowedValues: [String] { allCases.map(\.rawValue) }
}

/// The language of a canvas's text; it picks report labels and message language.
public enum Language: String, FormatEnum, Codable {
    case bg, uk, ru, en
}

/// The life-cycle state of a canvas.
public enum CanvasStatus: String, FormatEnum, Codable {
    case draft, proposed, approved, active, archived
}

/// What kind of thing a resource is.
public enum ResourceKind: String, FormatEnum, Codable {
    case money, staff, equipment, space, materials, volunteer, other
}

/// What kind of organisation a partner is.
public enum PartnerType: String, FormatEnum, Codable {
    case library, municipality, government, school, university
    case socialServices = "social-services"
    case health, culture, media, business, ngo, religious, volunteer, international, other
}

/// How a need or an effect is known.
public enum Evidence: String, FormatEnum, Codable {
    case assumed, surveyed, measured
}

/// Whether a YAML file is a canvas or a workshop description.
public enum DocumentKind: String, FormatEnum, Codable {
    case canvas, workshop
}
