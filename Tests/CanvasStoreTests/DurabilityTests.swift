import Foundation
import GRDB
import Testing

@testable import CanvasStore

/// Nothing is lost: a killed `sdw add` leaves a whole store, and concurrent adds both succeed.
@Suite(.serialized) struct DurabilityTests {
    @Test func aKilledAddLeavesAnIntactStoreThatAcceptsTheSameAddAgain() throws {
        let folder = try TestSupport.temporaryFolder()
        let corpus = folder + "/corpus"
        let count = 2500
        try TestSupport.generateCanvases(count: count, prefix: "k", into: corpus)
        let path = folder + "/store.sqlite"
        let first = try TestSupport.run(["add", "--db", path, TestSupport.examples + "/velingrad-2012/seniors.yaml"])
        #expect(first.status == 0)

        // Kill the add once its one transaction has spilled pages into the WAL: it is mid-write.
        let child = try TestSupport.start(["add", "--db", path, corpus])
        let wal = path + "-wal"
        while child.process.isRunning {
            let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
            if size > 1 << 20 { break }
            usleep(5_000)
        }
        kill(child.process.processIdentifier, SIGKILL)
        child.process.waitUntilExit()
        #expect(child.process.terminationReason == .uncaughtSignal, "the add finished before it could be killed")

        let store = try CanvasStore(path: path)
        let check = try store.read { db in
            (integrity: try String.fetchAll(db, sql: "PRAGMA integrity_check"),
             canvases: try Int.fetchOne(db, sql: "SELECT count(*) FROM canvases") ?? -1,
             halfStored: try Int.fetchOne(db, sql: """
                SELECT count(*) FROM canvases c WHERE
                  NOT EXISTS (SELECT 1 FROM revisions r WHERE r.canvas_id = c.id AND r.number = c.latest_revision)
                  OR NOT EXISTS (SELECT 1 FROM needs n WHERE n.canvas_id = c.id)
                  OR NOT EXISTS (SELECT 1 FROM search_items s WHERE s.canvas_id = c.id)
                """) ?? -1)
        }
        #expect(check.integrity == ["ok"])
        #expect(check.halfStored == 0)
        #expect(check.canvases == 1)

        let again = try TestSupport.run(["add", "--db", path, corpus])
        #expect(again.status == 0)
        #expect(again.stdout == "\(count) added, 0 updated, 0 unchanged, 0 refused\n")
        #expect(try store.list().count == count + 1)
    }

    @Test func twoAddsAtOnceBothSucceed() throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.generateCanvases(count: 300, prefix: "a", into: folder + "/a")
        try TestSupport.generateCanvases(count: 300, prefix: "b", into: folder + "/b")
        let path = folder + "/store.sqlite"
        let one = try TestSupport.start(["add", "--db", path, folder + "/a"])
        let two = try TestSupport.start(["add", "--db", path, folder + "/b"])
        var outputs: [String] = []
        for child in [one, two] {
            let run = child.wait()
            #expect(run.status == 0, "stderr: \(run.stderr)")
            outputs.append(run.stdout)
        }
        #expect(outputs == Array(repeating: "300 added, 0 updated, 0 unchanged, 0 refused\n", count: 2))
        let store = try CanvasStore(path: path)
        #expect(try store.list().count == 600)
        #expect(try store.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") } == ["ok"])
    }
}
