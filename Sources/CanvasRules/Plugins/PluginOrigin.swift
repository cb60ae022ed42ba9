/// Where a plugin was loaded from.
public enum PluginOrigin: Hashable, Sendable, CustomStringConvertible {
    /// Built into the sdw binary (embedded from the repository's Plugins/ at build time).
    case builtIn
    /// A folder on disk, from `--plugins` or the configuration file.
    case directory(String)

    public var description: String {
        switch self {
        case .builtIn: "built-in"
        case .directory(let path): path
        }
    }
}
