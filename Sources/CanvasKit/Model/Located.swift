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
public struct FieldLocations: Sendable, Hashable {
    /// Where the mapping (or list item) starts.
    public var start: SourceLocation
    var keys: [String: SourceLocation] = [:]
    var values: [String: SourceLocation] = [:]

    /// Creates an empty table for a mapping starting at `start`.
    public init(start: SourceLocation) { self.start = start }

    /// Where the key `name` is written, if it is.
    public func key(_ name: String) -> SourceLocation? { keys[name] }

    /// Where the value of `name` is written, or the key when the value is empty, or the mapping's start.
    public func value(_ name: String) -> SourceLocation { values[name] ?? keys[name] ?? start }

    /// Records the key and value positions of `name`.
    public mutating func record(_ name: String, key: SourceLocation, value: SourceLocation) {
        keys[name] = key
        values[name] = value
    }
}
