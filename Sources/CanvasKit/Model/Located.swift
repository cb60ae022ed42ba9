/// A value together with the place in the source it was read from.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value.
    public var value: Value
    /// Where it was written.
    public var location: SourceLocation

    /// Creates a located value.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

/// The positions of the keys and values of one mapping in the source, by key name.
///
/// A mapping has a handful of keys, so a short list searched in order is faster than hashing.
public struct FieldLocations: Sendable, Hashable {
    /// Where one key and its value are written.
    struct Field: Sendable, Hashable {
        var name: String
        var key: SourceLocation
        var value: SourceLocation
    }

    /// Where the mapping (or list item) starts.
    public var start: SourceLocation
    private var fields: [Field] = []

    /// Creates an empty table for a mapping starting at `start`.
    public init(start: SourceLocation) { self.start = start }

    /// Where the key `name` is written, if it is.
    public func key(_ name: String) -> SourceLocation? { fields.first { $0.name == name }?.key }

    /// Where the value of `name` is written, or the mapping's start when the key is absent.
    public func value(_ name: String) -> SourceLocation { fields.first { $0.name == name }?.value ?? start }

    /// Records the key and value positions of `name`.
    public mutating func record(_ name: String, key: SourceLocation, value: SourceLocation) {
        if fields.isEmpty { fields.reserveCapacity(8) }
        fields.append(Field(name: name, key: key, value: value))
    }
}
