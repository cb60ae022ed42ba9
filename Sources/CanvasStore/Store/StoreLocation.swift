import Foundation

/// Where the canvas store lives when the user does not say.
///
/// The order is: `--db FILE`, then the `SDW_DB` environment variable, then
/// `$XDG_DATA_HOME/sdw/canvases.sqlite`, then `~/.local/share/sdw/canvases.sqlite`.
public enum StoreLocation {
    /// The file name of the default store inside its data directory.
    public static let fileName = "canvases.sqlite"

    /// The store path for an explicit `--db` value (or `nil`) and an environment.
    public static func resolve(
        explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["SDW_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        return defaultPath(environment: environment)
    }

    /// The default path when neither `--db` nor `SDW_DB` is given.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return dataHome + "/sdw/" + fileName
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/sdw/" + fileName
    }
}
