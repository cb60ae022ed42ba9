import CanvasKit
import CanvasStore
import Hummingbird
import Logging

/// The server's parts that outlive one request: the configuration, the canvas service, and the
/// CSRF token of this run's pages.
public struct ServerParts: Sendable {
    /// How the server was started.
    public var configuration: ServerConfiguration
    /// Reads and saves canvases.
    public var service: CanvasService
    /// The token a page's state-changing requests carry (new each run).
    public var csrf: String
}

/// Builds the `sdw serve` application over `store`: the one function the command and the
/// tests call (the tests through HummingbirdTesting, without a socket).
public func buildApplication(
    configuration: ServerConfiguration, store: CanvasStore,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let service = CanvasService(store: store, linter: configuration.linter, coalesceSeconds: configuration.coalesceSeconds)
    return buildApplication(configuration: configuration, service: service, onServerRunning: onServerRunning)
}

/// Builds the application over an existing `service` (a test that watches its live updates).
public func buildApplication(
    configuration: ServerConfiguration, service: CanvasService,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let parts = ServerParts(configuration: configuration, service: service, csrf: configuration.csrfToken)
    var logger = Logger(label: "sdw-serve")
    logger.logLevel = .warning
    let app = Application(
        router: buildRouter(parts),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "sdw"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger)
    return app
}

/// The router: the middlewares, then one group of routes per resource.
func buildRouter(_ parts: ServerParts) -> Router<ServerContext> {
    let router = Router(context: ServerContext.self)
    router.add(middleware: SecurityMiddleware(defaultLanguage: parts.configuration.language))
    router.add(middleware: AccessMiddleware(token: parts.configuration.token, csrf: parts.csrf,
                                            defaultLanguage: parts.configuration.language,
                                            bodyLimit: parts.configuration.maxBodyBytes))
    CanvasesAPI(service: parts.service).register(on: router)
    EventsRoute(hub: parts.service.hub).register(on: router)
    DocumentRoutes().register(on: router)
    let pages = PageRenderer()
    ListPage(parts: parts, pages: pages).register(on: router)
    EditorPage(parts: parts, pages: pages).register(on: router)
    return router
}
