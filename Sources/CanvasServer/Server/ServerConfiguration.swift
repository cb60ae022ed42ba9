import CanvasKit
import CanvasRules
import Foundation

/// Everything `sdw serve` is started with.
public struct ServerConfiguration: Sendable {
    /// The address to bind: 127.0.0.1 unless the user says otherwise.
    public var host: String
    /// The port (0: any free port).
    public var port: Int
    /// The access token every request must carry.
    public var token: String
    /// The interface language when neither the visitor's choice nor the canvas says otherwise.
    public var language: Language?
    /// The linter of `sdw lint` (core rules, plugins, `.sdw.yml`).
    public var linter: Linter
    /// The plugins, for the starters of new canvases.
    public var catalog: PluginCatalog
    /// The largest request body taken, in bytes.
    public var maxBodyBytes: Int
    /// How long one person's edits of one canvas stay one revision, in seconds.
    public var coalesceSeconds: Double
    /// The token a page's state-changing requests carry besides the cookie (new each run).
    public var csrfToken = ServerConfiguration.randomToken()

    /// Creates a configuration.
    public init(host: String = "127.0.0.1", port: Int = 8080, token: String, language: Language? = nil,
                linter: Linter = Linter(rules: RuleRegistry.all(catalog: .builtIn)), catalog: PluginCatalog = .builtIn,
                maxBodyBytes: Int = 1 << 20, coalesceSeconds: Double = 60) {
        self.host = host
        self.port = port
        self.token = token
        self.language = language
        self.linter = linter
        self.catalog = catalog
        self.maxBodyBytes = maxBodyBytes
        self.coalesceSeconds = coalesceSeconds
    }

    /// Whether `token` may be used: 16 to 256 letters, digits, `-`, `.`, `_` or `~` (it travels
    /// in a link and a cookie as it is).
    public static func isValidToken(_ token: String) -> Bool {
        (16...256).contains(token.utf8.count) && token.unicodeScalars.allSatisfy {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || "-._~".unicodeScalars.contains($0)
        }
    }

    /// A new random token: 32 URL-safe characters (190 bits).
    public static func randomToken() -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        var generator = SystemRandomNumberGenerator()
        return String((0..<32).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
    }
}
