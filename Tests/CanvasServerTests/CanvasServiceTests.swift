import CanvasRules
@testable import CanvasServer
import CanvasStore
import Foundation
import Testing

/// Saving through the service: autosaves coalesce, merges need a known base.
@Suite struct CanvasServiceTests {
    let server: TestServer
    let service: CanvasService
    let text: String

    init() throws {
        server = try TestServer()
        service = CanvasService(store: server.store, linter: server.configuration.linter)
        text = try TestServer.example(TestServer.club)
    }

    func saved(_ outcome: SaveOutcome) throws -> CanvasState {
        guard case .saved(let state, _, _) = outcome else {
            Issue.record("not saved: \(outcome)")
            throw CancellationError()
        }
        return state
    }

    func edit(_ size: Int) -> SaveBody { .yaml(text.replacingOccurrences(of: "size: 20", with: "size: \(size)")) }

    @Test func onePersonsEditsWithinAMinuteAreOneRevision() async throws {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let id = TestServer.clubID
        var state = try saved(try await service.save(id, body: .yaml(text), ifMatch: nil, author: "ann", now: start))
        #expect(state.revision.number == 1)
        state = try saved(try await service.save(id, body: edit(21), ifMatch: state.etag, author: "ann",
                                                 now: start.addingTimeInterval(10)))
        #expect(state.revision.number == 1)
        state = try saved(try await service.save(id, body: edit(22), ifMatch: state.etag, author: "ann",
                                                 now: start.addingTimeInterval(59)))
        #expect(state.revision.number == 1)
        #expect(state.revision.yaml.contains("size: 22"))
        // A minute after the revision began: a new one.
        state = try saved(try await service.save(id, body: edit(23), ifMatch: state.etag, author: "ann",
                                                 now: start.addingTimeInterval(61)))
        #expect(state.revision.number == 2)
        // Someone else: a new one at once.
        state = try saved(try await service.save(id, body: edit(24), ifMatch: state.etag, author: "bob",
                                                 now: start.addingTimeInterval(62)))
        #expect(state.revision.number == 3)
        // An API client without an author: always a new one.
        state = try saved(try await service.save(id, body: edit(25), ifMatch: state.etag, author: nil,
                                                 now: start.addingTimeInterval(63)))
        #expect(state.revision.number == 4)
        let history = try server.store.history(id)
        #expect(history.revisions.map(\.number) == [1, 2, 3, 4])
        #expect(try server.store.view(id).findings.count == state.lint.findings.count)
    }

    @Test func aTagWhoseTextIsUnknownIsStaleNotMerged() async throws {
        let id = TestServer.clubID
        _ = try saved(try await service.save(id, body: .yaml(text), ifMatch: nil, author: nil))
        let outcome = try await service.save(id, body: edit(30), ifMatch: "\"1-0000000000000000\"", author: nil)
        guard case .stale(let latest) = outcome else {
            Issue.record("expected stale, got \(outcome)")
            return
        }
        #expect(latest.revision.number == 1)
        #expect(try server.store.history(id).revisions.count == 1)
    }

    @Test func anUnchangedTextAddsNoRevision() async throws {
        let id = TestServer.clubID
        let first = try saved(try await service.save(id, body: .yaml(text), ifMatch: nil, author: nil))
        let again = try saved(try await service.save(id, body: .yaml(text), ifMatch: first.etag, author: nil))
        #expect(again.etag == first.etag)
        #expect(try server.store.history(id).revisions.count == 1)
    }

    @Test func aReplacedRevisionLeavesTheSearchIndexAndSectionsCurrent() async throws {
        let id = TestServer.clubID
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let zebra = text.replacingOccurrences(of: "пошук друзів", with: "зебра")
        let first = try saved(try await service.save(id, body: .yaml(zebra), ifMatch: nil, author: "ann", now: start))
        #expect(try server.store.matchingCanvasIDs("зебра") == [id])
        let giraffe = text.replacingOccurrences(of: "пошук друзів", with: "жирафа")
        let second = try saved(try await service.save(id, body: .yaml(giraffe), ifMatch: first.etag, author: "ann",
                                                      now: start.addingTimeInterval(5)))
        #expect(second.revision.number == 1)
        #expect(try server.store.matchingCanvasIDs("жирафа") == [id])
        #expect(try server.store.matchingCanvasIDs("зебра").isEmpty)
        #expect(try server.store.list(ListFilter()).count == 1)
        #expect(try server.store.view(id).model.needs?.first?.text?.contains("жирафа") == true)
    }
}
