import HTTPTypes
import Hummingbird
import ServiceLifecycle

/// `GET /api/v1/canvases/{id}/events`: the canvas's saves as Server-Sent Events, one
/// `event: saved` with `{"id", "etag", "revision", "author"}` per save.
struct EventsRoute: Sendable {
    let hub: LiveHub

    func register(on router: Router<ServerContext>) {
        router.get("api/v1/canvases/:id/events") { _, context in
            let id = try CanvasesAPI.id(context)
            let stream = hub.subscribe(to: id)
            let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-store"]
            return Response(status: .ok, headers: headers, body: ResponseBody { writer in
                // A first comment, so that the page knows it is connected.
                try await writer.write(ByteBuffer(string: ": connected\nretry: 1000\n\n"))
                // Ends when the server is asked to stop, so that open pages do not hold its shutdown.
                for try await event in stream.cancelOnGracefulShutdown() {
                    try await writer.write(ByteBuffer(string: Self.message(event)))
                }
                try await writer.finish(nil)
            })
        }
    }

    /// One event as the stream writes it.
    static func message(_ event: LiveHub.Event) -> String {
        let data = DocumentValue.object([
            .init("id", .string(event.canvasID)),
            .init("etag", .string(event.etag)),
            .init("revision", .number(String(event.revision))),
            .init("author", .string(event.author)),
        ])
        return "event: saved\ndata: \(data.jsonText)\n\n"
    }
}
