import Foundation
import Testing

@testable import CanvasStore

/// The thread that flushes a growing file during `sdw add`: it starts before the file exists,
/// flushes it while another thread writes it, and stops when told (run under ThreadSanitizer in CI).
@Suite struct WriteBehindTests {
    @Test func flushesAFileWrittenMeanwhileAndStops() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder + "/growing-wal"
        let flusher = WriteBehind(path: path, interval: 0.001)
        let handle = try #require(FileHandle(forWritingAtPath: {
            FileManager.default.createFile(atPath: path, contents: nil)
            return path
        }()))
        for block in 0..<200 {
            try handle.write(contentsOf: Data(repeating: UInt8(truncatingIfNeeded: block), count: 4096))
        }
        flusher.stop()
        try handle.close()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count == 200 * 4096)
        // Stopping twice, or a flusher whose file never appears, ends at once too.
        flusher.stop()
        WriteBehind(path: folder + "/never", interval: 0.001).stop()
    }
}
