import Foundation
import GRDB
import Testing

@testable import CanvasStore
import CanvasWorkbench

/// A store is never half-made, taken over or unreadable, reading never writes, and round trips
/// lose nothing.
@Suite struct StoreLifecycleTests {
    let folder: String

    init() throws { folder = try TestSupport.temporaryFolder() }

    /// The files in `folder`, sorted.
    private func listing(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    // MARK: Creation

    /// A first `add` whose disk fills up while the store is made (here a file size limit, which
    /// SQLite sees as a full disk) leaves no store at all, and nothing beside it.
    @Test func aStoreWhoseCreationFailsIsNotLeftHalfMade() throws {
        let path = folder + "/store.sqlite"
        // 400 blocks of 512 or 1024 bytes: fewer than the empty store's pages (64 KiB each) need.
        // SIGXFSZ ignored, so that a write past the limit fails (EFBIG) instead of killing sdw.
        let run = try TestSupport.run(
            ["-c", "ulimit -f 400 && trap '' XFSZ && exec \"$0\" \"$@\"", TestSupport.sdw,
             "add", "--db", path, TestSupport.examples + "/velingrad-2012/seniors.yaml"],
            executable: "/bin/sh")
        #expect(run.status == 2, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains(path))
        #expect(try listing(folder).isEmpty)
        let list = try TestSupport.run(["list", "--db", path])
        #expect(list.status == 2 && list.stderr.contains("no canvas store here yet"))
        // Without the limit the same add makes the store.
        #expect(try TestSupport.run(["add", "--db", path, TestSupport.examples + "/velingrad-2012/seniors.yaml"]).status == 0)
        #expect(try listing(folder) == ["store.sqlite"])
    }

    /// An empty file named as the store is not taken over: refused, unchanged, by every command.
    @Test func anEmptyFileGivenAsTheStoreIsRefusedUnchanged() throws {
        let path = folder + "/empty.sqlite"
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(throws: StoreError.emptyFile(path: path)) { try CanvasStore(path: path, create: true) }
        for arguments in [["add", TestSupport.examples], ["list"], ["upgrade"]] {
            let run = try TestSupport.run(arguments + ["--db", path])
            #expect(run.status == 2)
            #expect(run.stderr.contains("an empty file, not an sdw canvas store; it was left unchanged"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)
        #expect(try listing(folder) == ["empty.sqlite"])
    }

    /// A folder named as the store is said to be a folder (not "disk I/O error").
    @Test func aFolderGivenAsTheStoreIsSaidToBeAFolder() throws {
        let store = folder + "/stores"
        try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: true)
        #expect(throws: StoreError.isFolder(path: store)) { try CanvasStore(path: store, readOnly: true) }
        for arguments in [["add", TestSupport.examples], ["list"], ["search", "x"], ["export", "--all", folder + "/out"]] {
            let run = try TestSupport.run(arguments + ["--db", store])
            #expect(run.status == 2)
            #expect(run.stderr.contains("\(store): is a folder, not a canvas store file"), "\(run.stderr)")
        }
        #expect(try listing(store).isEmpty)
    }

    // MARK: Reading never writes

    /// A store of an older schema (v4, with a canvas): reading commands refuse it, write nothing
    /// and name `sdw upgrade`, which upgrades it; then they read it.
    @Test func readingCommandsNeverUpgradeAndNameTheCommandThatDoes() throws {
        let path = folder + "/older.sqlite"
        let queue = try TestSupport.olderStore(at: path, upTo: CanvasStore.workshops)
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        #expect(throws: StoreError.olderSchema(path: path)) { try CanvasStore(path: path, readOnly: true) }
        for arguments in [["list"], ["search", "пенсионери"], ["show", "seniors-online"], ["export", "seniors-online"],
                          ["stats"], ["history", "seniors-online"]] {
            let run = try TestSupport.run(arguments + ["--db", path])
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.contains("written by an older sdw") && run.stderr.contains("sdw upgrade --db \(path)"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)

        let upgrade = try TestSupport.run(["upgrade", "--db", path])
        #expect(upgrade.status == 0 && upgrade.stdout == "\(path): up to date\n", "\(upgrade.stderr)")
        let list = try TestSupport.run(["list", "--db", path])
        #expect(list.status == 0 && list.stdout.hasPrefix("seniors-online"))
        let search = try TestSupport.run(["search", "пенсионерски", "--db", path])
        #expect(search.status == 0 && search.stdout.contains("seniors-online"))
    }

    /// Reading a current store leaves its file byte for byte as it was.
    @Test func readingACurrentStoreLeavesItsFileUnchanged() throws {
        let path = folder + "/store.sqlite"
        #expect(try TestSupport.run(["add", "--db", path, TestSupport.examples]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for arguments in [["list"], ["search", "пенсионери"], ["show", "seniors-online"], ["export", "seniors-online"],
                          ["stats"], ["diff", "seniors-online"], ["export", "--all", folder + "/out"]] {
            let run = try TestSupport.run(arguments + ["--db", path])
            #expect(run.status == 0 || arguments[0] == "diff", "\(arguments): \(run.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    /// A store in a folder the user cannot write to, in a file the user cannot write to, is read
    /// (WAL reading needs a `-shm` file it cannot make there: the file is read as immutable).
    /// Run as `nobody` when the tests run as root, who may write anywhere.
    @Test(.enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func aStoreInAReadOnlyFolderIsRead() throws {
        let shelf = folder + "/shelf"
        let path = shelf + "/store.sqlite"
        #expect(try TestSupport.run(["add", "--db", path, TestSupport.examples]).status == 0)
        // The binary where the other user can run it (the checkout may be in a private folder).
        let sdw = folder + "/sdw"
        try FileManager.default.copyItem(atPath: TestSupport.sdw, toPath: sdw)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: shelf)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: shelf) }
        let before = try listing(shelf)
        func run(_ arguments: [String]) throws -> TestSupport.Run {
            getuid() == 0
                ? try TestSupport.run(["--reuid=65534", "--regid=65534", "--clear-groups", sdw] + arguments,
                                      executable: "/usr/bin/setpriv")
                : try TestSupport.run(arguments, executable: sdw)
        }
        let list = try run(["list", "--db", path])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.split(separator: "\n").count == 14)
        let search = try run(["search", "пенсионерски", "--db", path])
        #expect(search.status == 0 && search.stdout.contains("seniors-online"), "\(search.stderr)")
        let export = try run(["export", "seniors-online", "--db", path])
        #expect(export.status == 0 && !export.stdout.isEmpty)
        #expect(try listing(shelf) == before)
    }

    // MARK: Round trips

    /// `export --all` writes the workshop files too: the export, added to a new store, gives the
    /// same workshop report.
    @Test func exportAllThenAddAgainKeepsTheWorkshop() throws {
        let first = folder + "/first.sqlite", second = folder + "/second.sqlite", out = folder + "/out"
        #expect(try TestSupport.run(["add", "--db", first, TestSupport.examples]).status == 0)
        let export = try TestSupport.run(["export", "--all", out, "--db", first])
        #expect(export.status == 0 && export.stdout == "14 canvases and 1 workshop written to \(out)\n")
        #expect(FileManager.default.fileExists(atPath: out + "/workshops/velingrad-2012.yaml"))
        let again = try TestSupport.run(["add", "--db", second, out])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("14 added") && again.stdout.contains("1 workshop"))
        let workshops = { (path: String) in
            try CanvasStore(path: path, readOnly: true).read { db in try WorkshopRecord.fetchAll(db).map(\.yaml) }
        }
        #expect(try workshops(second) == workshops(first))
        let report = try TestSupport.run(["report", "--workshop", "velingrad-2012", "--format", "md", "--db", second])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("## Група 9"))
    }

    /// A file that starts with a UTF-8 byte-order mark is stored and exported byte for byte.
    @Test func aByteOrderMarkIsKeptByteForByte() throws {
        let original = try Data(contentsOf: URL(fileURLWithPath: TestSupport.examples + "/velingrad-2012/seniors.yaml"))
        let bytes = Data([0xEF, 0xBB, 0xBF]) + original
        let file = folder + "/bom.yaml", path = folder + "/store.sqlite"
        try bytes.write(to: URL(fileURLWithPath: file))
        #expect(try TestSupport.run(["add", "--db", path, file]).status == 0)
        #expect(try TestSupport.run(["export", "seniors-online", "-o", folder + "/back.yaml", "--db", path]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/back.yaml")) == bytes)
        #expect(try TestSupport.run(["export", "--all", folder + "/all", "--db", path]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/all/seniors-online.yaml")) == bytes)
        // The same file again is unchanged; without its mark it is a new revision.
        let again = try TestSupport.run(["add", "--db", path, file])
        #expect(again.stdout.hasPrefix("0 added, 0 updated, 1 unchanged"))
        try original.write(to: URL(fileURLWithPath: file))
        #expect(try TestSupport.run(["add", "--db", path, file]).stdout.hasPrefix("0 added, 1 updated"))
        #expect(try CanvasStore(path: path, readOnly: true).exportText("seniors-online", revision: 1).utf8.count == bytes.count)
    }

    /// Whatever id is stored (`../x`, an absolute path, NUL, a leading dot), `export --all` writes
    /// inside its folder only, one file per canvas.
    @Test func exportNeverWritesOutsideItsFolder() throws {
        let path = folder + "/store.sqlite"
        let ids = ["../PWNED", "../../etc/x", "/abs/olute", "a/b", "nul\u{0}byte", ".hidden", "..", "%2E", "plain", "tab\there"]
        let store = try CanvasStore(path: path, create: true)
        try store.write { db in
            for id in ids {
                try db.execute(sql: """
                    INSERT INTO canvases (id, language, status, latest_revision, errors, warnings, infos, updated_at)
                    VALUES (?, 'en', 'draft', 1, 0, 0, 0, '');
                    INSERT INTO revisions (canvas_id, number, yaml, text_hash, source_path, created_at, errors, warnings, infos)
                    VALUES (?, 1, 'id: x', '', 'x.yaml', '', 0, 0, 0);
                    """, arguments: [id, id])
            }
        }
        let out = folder + "/deep/out"
        let run = try TestSupport.run(["export", "--all", out, "--db", path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try listing(out).count == ids.count)
        #expect(try listing(folder).filter { !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") } == ["deep", "store.sqlite"])
        #expect(try listing(folder + "/deep") == ["out"])
        let written = try store.exportAll(to: out).canvases
        #expect(written.allSatisfy { ($0 as NSString).deletingLastPathComponent == out })
        #expect(CanvasStore.fileName(for: "../PWNED") == "%2E.%2FPWNED.yaml")
        #expect(CanvasStore.fileName(for: "nul\u{0}byte") == "nul%00byte.yaml")
        #expect(CanvasStore.fileName(for: "seniors-online") == "seniors-online.yaml")
        #expect(CanvasStore.fileName(for: "Пенсионери") == "Пенсионери.yaml")
    }

    // MARK: A long-running process

    /// Stores opened, used and released again and again (as a server would) leave no file of the
    /// store open: every connection is closed when its store goes.
    @Test func storesOpenedAndReleasedLeaveNoFileOpen() throws {
        let path = folder + "/store.sqlite"
        _ = try CanvasStore(path: path, create: true).add(
            paths: [TestSupport.examples + "/velingrad-2012/seniors.yaml"], message: nil, allowErrors: false)
        /// The descriptors of this process open on the store's files (the store, its -wal and -shm).
        func openOnStore() -> Int {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
            return entries.filter { entry in
                ((try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + entry)) ?? "")
                    .hasPrefix(path)
            }.count
        }
        #expect(openOnStore() == 0)
        for round in 0..<20 {
            let reader = try CanvasStore(path: path, readOnly: true)
            #expect(try reader.list(ListFilter(includeHidden: true)).map(\.id) == ["seniors-online"])
            let writer = try CanvasStore(path: path)
            #expect(try writer.setHidden("seniors-online", round % 2 == 0) == true)
            #expect(openOnStore() > 0)
        }
        #expect(openOnStore() == 0)
    }

    // MARK: Migrations

    /// Migrations are SQL only: applied alone, v2 makes no section rows but records that they are
    /// to be rebuilt; a reading open calls the store older; a writing open rebuilds them, and
    /// records that it did.
    @Test func migrationsLeaveDerivedDataToARecordedStep() throws {
        let path = folder + "/v1.sqlite"
        let queue = try TestSupport.olderStore(at: path, upTo: CanvasStore.canvasesAndRevisions)
        try CanvasStore.migrator.migrate(queue)
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM needs") } == 0)
        #expect(try queue.read(CanvasStore.derivedDataPending))
        try queue.close()
        #expect(throws: StoreError.olderSchema(path: path)) { try CanvasStore(path: path, readOnly: true) }

        let store = try CanvasStore(path: path)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM needs") } == 3)
        #expect(try !store.read(CanvasStore.derivedDataPending))
        #expect(Set(try store.search("пенсионерски").hits.map(\.canvasId)) == ["seniors-online"])
    }

    /// An add asks SQLite nothing about its schema's era: no statement of it reads `sqlite_master`.
    @Test func anAddReadsNoSchemaTable() throws {
        let store = try CanvasStore(path: folder + "/store.sqlite", create: true)
        final class Statements: @unchecked Sendable { var all: [String] = [] }
        let statements = Statements()
        try store.queue.inDatabase { db in
            db.trace { event in if case .statement(let statement) = event { statements.all.append(statement.sql) } }
        }
        let report = try store.add(paths: [TestSupport.examples], message: nil, allowErrors: false)
        #expect(report.added.count == 14)
        #expect(statements.all.count > 10)
        // (SQLite's own reading of the schema when the connection first uses it is no statement of sdw's.)
        #expect(statements.all.filter { $0.contains("sqlite_master") && $0.contains("trigger") } == [])
    }

    // MARK: The tests' own runner

    /// A child that writes more than a pipe holds (its refusals, on standard error) is read while it runs: the
    /// runner does not wait for it to end first.
    @Test(.timeLimit(.minutes(5)))
    func aChildThatFillsAPipeIsRead() throws {
        let corpus = folder + "/bare"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        for index in 0..<400 {
            try "format: 1\nid: bare-\(index)\ntitle: Bare \(index)\n".write(
                toFile: "\(corpus)/bare-\(index).yaml", atomically: false, encoding: .utf8)
        }
        let run = try TestSupport.run(["add", "--db", folder + "/store.sqlite", corpus])
        #expect(run.status == 1)
        #expect(run.stderr.utf8.count > 128 * 1024)
        #expect(run.stdout == "0 added, 0 updated, 0 unchanged, 400 refused\n")
    }
}
