import ArgumentParser
import CanvasKit
import CanvasServer
import CanvasStore
import Dispatch
import Foundation
import Synchronization

/// `sdw serve`: the store's canvases in a browser, on this machine's loopback unless told otherwise.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the canvas store to browsers: list, edit with live checks, history, reports.",
        discussion: """
            Every request needs the access token: a random one printed at start, or --token / $SDW_TOKEN \
            (16 to 256 letters, digits, '-', '.', '_', '~'). Open the printed link once; the browser keeps \
            the token in a cookie. API clients send `Authorization: Bearer TOKEN`. Ctrl-C stops the server; \
            every save is already in the store.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var plugins: PluginOptions

    @Option(name: .long, help: "The address to listen on (default 127.0.0.1: this machine only).")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port (0: any free port).")
    var port = 8080

    @Option(name: .long, help: "The access token (default: $SDW_TOKEN, else a random one).")
    var token: String?

    @Option(name: .long, help: "The interface language when the browser does not choose one (bg, uk, ru, en).")
    var lang: Language?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        if let token = token ?? ProcessInfo.processInfo.environment["SDW_TOKEN"], !ServerConfiguration.isValidToken(token) {
            throw ValidationError("the token must be 16 to 256 letters, digits, '-', '.', '_' or '~'")
        }
    }

    mutating func run() throws {
        let setup = try plugins.setup(language: lang)
        for problem in setup.catalog.problems { Terminal.warn("warning: \(problem)") }
        let token = token ?? ProcessInfo.processInfo.environment["SDW_TOKEN"] ?? ServerConfiguration.randomToken()
        let configuration = ServerConfiguration(host: host, port: port, token: token, language: lang,
                                                linter: setup.linter(), catalog: setup.catalog)
        let store = try store.with(create: true) { store throws(StoreError) in store }
        let host = self.host
        let app = buildApplication(configuration: configuration, store: store) { port in
            let shown = host.contains(":") ? "[\(host)]" : host
            Terminal.write("sdw serve: \(store.path)\n  open http://\(shown):\(port)/?token=\(token)\n"
                + "  API: Authorization: Bearer \(token)\n  Ctrl-C stops it.\n")
        }
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do {
                try await app.runService()
            } catch {
                failure.set("\(error)")
            }
            done.signal()
        }
        done.wait()
        if let message = failure.message {
            Terminal.warn("error: sdw serve: \(message)")
            throw SDWExit.usage
        }
        Terminal.warn("sdw serve: stopped")
    }
}

/// The error of the server task, handed to the waiting command.
private final class FailureBox: Sendable {
    private let text = Mutex<String?>(nil)

    func set(_ message: String) { text.withLock { $0 = message } }
    var message: String? { text.withLock { $0 } }
}
