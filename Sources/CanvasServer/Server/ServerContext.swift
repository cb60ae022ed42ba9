import CanvasKit
import Hummingbird

/// The request context of `sdw serve`: the core storage, the interface language chosen for
/// the request, and the body limit.
public struct ServerContext: RequestContext {
    /// Hummingbird's per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// The interface language for this request (set by ``AccessMiddleware``).
    public var language: Language = .en
    /// Whether the language was chosen by the visitor (a cookie or `?lang=`), not guessed.
    public var languageChosen = false
    /// The largest body a route collects (set from the configuration by ``AccessMiddleware``).
    public var bodyLimit = 1 << 20

    /// Creates the context of a new request.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// The largest body Hummingbird's own decoders collect.
    public var maxUploadSize: Int { bodyLimit }
}
