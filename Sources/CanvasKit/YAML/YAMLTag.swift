/// An explicit core-schema tag on a node (`!!str`, `!!int`…): the only tags a canvas may carry.
///
/// A one-byte enum rather than the tag's text, so that copying a ``YAMLNode`` (which the
/// decoder does for every key it reads) copies no string and touches no reference count.
public enum YAMLTag: Sendable, Hashable {
    case str, int, float, bool, null, seq, map

    /// The tag for libyaml's full tag text, e.g. `tag:yaml.org,2002:int`; `nil` for any other tag.
    public init?(fullName: String) {
        switch fullName {
        case "tag:yaml.org,2002:str": self = .str
        case "tag:yaml.org,2002:int": self = .int
        case "tag:yaml.org,2002:float": self = .float
        case "tag:yaml.org,2002:bool": self = .bool
        case "tag:yaml.org,2002:null": self = .null
        case "tag:yaml.org,2002:seq": self = .seq
        case "tag:yaml.org,2002:map": self = .map
        default: return nil
        }
    }
}
