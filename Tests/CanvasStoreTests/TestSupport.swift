import Foundation
import GRDB
import Testing

@testable import CanvasStore

/// Temporary folders, example files and the built `sdw` binary, for the store's tests.
enum TestSupport {
    /// The repository's root, found from this file's place.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `Examples/` folder.
    static var examples: String { validExamples }

    /// A copy of the valid example folders (Examples/invalid shows every rule failing and
    /// Examples/plugins holds a plugin, so neither belongs in a store), made once per test run.
    private static let validExamples: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdw-store-examples-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["velingrad-2012", "cherkasy", "kazakhstan"] {
            try? FileManager.default.copyItem(at: root.appendingPathComponent("Examples/\(name)"),
                                              to: folder.appendingPathComponent(name))
        }
        return folder.path
    }()

    /// Every example canvas file (not the workshop), sorted.
    static var exampleCanvases: [String] {
        let enumerator = FileManager.default.enumerator(atPath: examples)
        var files: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            if relative.hasSuffix(".yaml") && !relative.hasSuffix("workshop.yaml") { files.append(examples + "/" + relative) }
        }
        return files.sorted()
    }

    /// The `sdw` binary built beside the test bundle (`.build/debug/sdw`).
    static var sdw: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sdw").path
    }

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sdw-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Writes `count` canvases made from the example `seniors.yaml`, ids `gen-<prefix>-N`, into `folder`.
    static func generateCanvases(count: Int, prefix: String, into folder: String) throws {
        let template = try String(contentsOfFile: examples + "/velingrad-2012/seniors.yaml", encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for index in 0..<count {
            let text = template.replacingOccurrences(of: "id: seniors-online", with: "id: gen-\(prefix)-\(index)")
                .replacingOccurrences(of: "title: Пенсионери ONLINE", with: "title: Пенсионери ONLINE \(index)")
            try text.write(toFile: "\(folder)/c\(index).yaml", atomically: false, encoding: .utf8)
        }
    }

    /// A store as an older sdw left it: the migrations up to `migration` only, holding the canvas
    /// `seniors-online` (one revision: the example's text) without section rows. Returns its
    /// connection, still open.
    static func olderStore(at path: String, upTo migration: String) throws -> DatabaseQueue {
        let text = try String(contentsOfFile: examples + "/velingrad-2012/seniors.yaml", encoding: .utf8)
        let queue = try DatabaseQueue(path: path)
        try CanvasStore.migrator.migrate(queue, upTo: migration)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO canvases (id, title, language, status, latest_revision, errors, warnings, infos, updated_at)
                VALUES ('seniors-online', 'Пенсионери ONLINE', 'bg', 'proposed', 1, 0, 0, 0, '2025-01-01T00:00:00Z');
                INSERT INTO revisions (canvas_id, number, yaml, text_hash, source_path, created_at, errors, warnings, infos)
                VALUES ('seniors-online', 1, ?, ?, 'seniors.yaml', '2025-01-01T00:00:00Z', 0, 0, 0);
                """, arguments: [text, RevisionRecord.hash(text)])
        }
        return queue
    }

    /// The output of a finished `sdw` run.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `sdw` (or `executable`) with `arguments` and waits for it.
    static func run(_ arguments: [String], executable: String? = nil) throws -> Run {
        try start(arguments, executable: executable).wait()
    }

    /// An `sdw` started and not yet waited for; its standard output and error are read while it
    /// runs (a child whose output fills a pipe nobody reads would wait forever).
    final class Child: @unchecked Sendable {
        let process: Process
        private let group = DispatchGroup()
        // Each written once, by its reader, before `group` is left; read after `group.wait()`.
        private var out = Data(), err = Data()

        fileprivate init(_ process: Process, stdout: Pipe, stderr: Pipe) {
            self.process = process
            drain(stdout.fileHandleForReading) { self.out = $0 }
            drain(stderr.fileHandleForReading) { self.err = $0 }
        }

        /// Reads `handle` to its end on a thread of its own.
        private func drain(_ handle: FileHandle, into store: @escaping @Sendable (Data) -> Void) {
            group.enter()
            let descriptor = handle.fileDescriptor
            Thread.detachNewThread { [group] in
                var data = Data()
                var buffer = [UInt8](repeating: 0, count: 65536)
                while true {
                    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                    if count > 0 { data.append(contentsOf: buffer[..<count]); continue }
                    if count < 0 && errno == EINTR { continue }
                    break
                }
                store(data)
                group.leave()
            }
        }

        /// Waits for the child to end and for the last of its output.
        func wait() -> Run {
            group.wait()
            process.waitUntilExit()
            return Run(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                       stderr: String(decoding: err, as: UTF8.self))
        }
    }

    /// Starts `sdw` (or `executable`) with `arguments` without waiting.
    static func start(_ arguments: [String], executable: String? = nil) throws -> Child {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? sdw)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "SDW_DB")
        process.environment = environment
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // The parent's copies of the writing ends: the readers see the end once the child closes its own.
        try? stdout.fileHandleForWriting.close()
        try? stderr.fileHandleForWriting.close()
        return Child(process, stdout: stdout, stderr: stderr)
    }
}
