import Synchronization

/// Announces saves to the pages that have a canvas open (Server-Sent Events), so that everyone
/// sees the others' saves as they happen.
public final class LiveHub: Sendable {
    /// One save, as announced.
    public struct Event: Sendable, Equatable {
        /// The canvas saved.
        public var canvasID: String
        /// Its new revision tag.
        public var etag: String
        /// Its new latest revision number.
        public var revision: Int
        /// Who saved it (the page's author id; empty for API clients).
        public var author: String

        /// Creates an event.
        public init(canvasID: String, etag: String, revision: Int, author: String) {
            self.canvasID = canvasID
            self.etag = etag
            self.revision = revision
            self.author = author
        }
    }

    private struct State {
        var nextID = 0
        var subscribers: [Int: (canvasID: String?, continuation: AsyncStream<Event>.Continuation)] = [:]
    }

    private let state = Mutex(State())

    /// The most events kept for one slow subscriber; older ones are dropped (a page reloads the
    /// latest revision on any event, so only the last one matters).
    static let bufferLimit = 16

    /// Creates a hub with no subscribers.
    public init() {}

    /// How many pages are subscribed.
    public var subscriberCount: Int { state.withLock { $0.subscribers.count } }

    /// The events about canvas `canvasID` (every canvas when `nil`), from now until the stream
    /// is dropped or ``finishAll()`` is called.
    public func subscribe(to canvasID: String?) -> AsyncStream<Event> {
        let (stream, continuation) = AsyncStream<Event>.makeStream(bufferingPolicy: .bufferingNewest(Self.bufferLimit))
        let id = state.withLock { state in
            let id = state.nextID
            state.nextID += 1
            state.subscribers[id] = (canvasID, continuation)
            return id
        }
        continuation.onTermination = { [weak self] _ in
            self?.state.withLock { _ = $0.subscribers.removeValue(forKey: id) }
        }
        return stream
    }

    /// Sends `event` to every subscriber of its canvas.
    public func publish(_ event: Event) {
        let targets = state.withLock { state in
            state.subscribers.values.filter { $0.canvasID == nil || $0.canvasID == event.canvasID }.map(\.continuation)
        }
        for continuation in targets { continuation.yield(event) }
    }

    /// Ends every stream (the server is stopping).
    public func finishAll() {
        let all = state.withLock { state in
            let all = state.subscribers.values.map(\.continuation)
            state.subscribers = [:]
            return all
        }
        for continuation in all { continuation.finish() }
    }
}
