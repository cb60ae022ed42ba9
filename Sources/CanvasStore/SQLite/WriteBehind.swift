import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Flushes a growing file to disk every so often from a thread of its own, so that the disk
/// writes of a large `sdw add` overlap its work instead of all waiting for its commit.
///
/// SQLite syncs the write-ahead log before it copies the log into the database at the commit;
/// by then a large add has written a hundred megabytes or more there, which the sync would
/// write to disk at once while nothing else runs. Flushing the log while the add still lints
/// and writes leaves that sync little to do. It only adds syncs: SQLite's own stay as they are.
///
/// Only the log is flushed, through a descriptor of its own opened read-only. SQLite takes no
/// POSIX lock on the log (it locks the database file and the `-shm` file), so opening and
/// closing another descriptor of it cannot drop one.
final class WriteBehind: @unchecked Sendable {
    private let path: String
    private let interval: TimeInterval
    private let condition = NSCondition()
    private var stopped = false
    private var finished = false

    /// Starts flushing the file at `path` (once it exists) every `interval` seconds.
    init(path: String, interval: TimeInterval = 0.25) {
        self.path = path
        self.interval = interval
        let thread = Thread { [self] in run() }
        thread.name = "sdw write-behind"
        thread.start()
    }

    /// Stops flushing and waits for the thread to end.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }

    private func run() {
        var descriptor: Int32 = -1
        condition.lock()
        while !stopped {
            _ = condition.wait(until: Date(timeIntervalSinceNow: interval))
            if stopped { break }
            condition.unlock()
            if descriptor < 0 { descriptor = open(path, O_RDONLY | O_CLOEXEC) }
            if descriptor >= 0 { _ = Self.flush(descriptor) }
            condition.lock()
        }
        finished = true
        condition.broadcast()
        condition.unlock()
        if descriptor >= 0 { close(descriptor) }
    }

    private static func flush(_ descriptor: Int32) -> Int32 {
        #if canImport(Glibc)
        fdatasync(descriptor)
        #else
        fsync(descriptor)
        #endif
    }
}
