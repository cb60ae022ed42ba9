import CanvasServer
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Live updates: the event stream of a canvas and the hub behind it.
@Suite struct LiveUpdateTests {
    @Test func aSaveReachesTheSubscribers() async throws {
        let hub = LiveHub()
        let mine = hub.subscribe(to: "a")
        let all = hub.subscribe(to: nil)
        let other = hub.subscribe(to: "b")
        let event = LiveHub.Event(canvasID: "a", etag: "\"2-x\"", revision: 2, author: "p1")
        hub.publish(event)
        hub.finishAll()
        var got: [LiveHub.Event] = []
        for await e in mine { got.append(e) }
        for await e in all { got.append(e) }
        for await e in other { got.append(e) }
        #expect(got == [event, event])
        #expect(hub.subscriberCount == 0)
    }
}

extension LiveUpdateTests {
    @Test func theEventStreamCarriesSaves() async throws {
        let text = try TestServer.example(TestServer.club)
        let server = try TestServer()
        let service = CanvasService(store: server.store, linter: server.configuration.linter)
        let app = buildApplication(configuration: server.configuration, service: service)
        try await app.test(.router) { client in
            _ = try await client.putYAML(TestServer.clubID, text)
            // Once the page below listens, someone saves; then the server stops the streams.
            let saver = Task {
                for _ in 0..<2000 where service.hub.subscriberCount == 0 { try await Task.sleep(for: .milliseconds(5)) }
                let state = try await service.state(TestServer.clubID)
                _ = try await service.save(TestServer.clubID, body: .yaml(text + "# edited\n"), ifMatch: state.etag,
                                           author: "ann")
                service.hub.finishAll()
            }
            let events = try await client.get("/api/v1/canvases/\(TestServer.clubID)/events")
            try await saver.value
            #expect(events.status == .ok)
            #expect(events.headers[.contentType] == "text/event-stream")
            #expect(events.text.hasPrefix(": connected\n"))
            #expect(events.text.contains("event: saved\ndata: {\"id\":\"\(TestServer.clubID)\",\"etag\":\"\\\"2-"))
            #expect(events.text.contains("\"revision\":2,\"author\":\"ann\"}\n\n"))
        }
    }
}
