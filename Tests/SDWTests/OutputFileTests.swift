import Foundation
import Testing

/// Every `-o FILE` (report, export, schema, `lint --format F:FILE`, `--write-baseline`) writes
/// through one writer: a regular file keeps its mode, a symbolic link stays a link, a FIFO is
/// written in place, and a failed write leaves the old file as it was.
@Suite struct OutputFileTests {
    /// Each writer, as the arguments that make it write `FILE` (replaced by the target).
    static let writers: [(name: String, arguments: [String])] = [
        ("report", ["report", "clean.yaml", "-o", "FILE"]),
        ("export", ["export", "seniors-online", "-o", "FILE", "--db", "store.sqlite"]),
        ("schema", ["schema", "-o", "FILE"]),
        ("lint --format", ["lint", "clean.yaml", "--format", "json:FILE"]),
        ("--write-baseline", ["lint", "clean.yaml", "--write-baseline", "FILE"]),
    ]

    static func workspace() throws -> Workspace {
        let sdw = try Workspace()
        try sdw.write(try Workspace.fixture("clean.yaml"), to: "clean.yaml")
        let seniors = CLI.root.appendingPathComponent("Examples/velingrad-2012/seniors.yaml").path
        #expect(try sdw.sdw("add", seniors, "--db", "store.sqlite").status == 0)
        return sdw
    }

    static func run(_ sdw: Workspace, _ writer: (name: String, arguments: [String]), to file: String) throws -> CLI.Output {
        try sdw.sdw(arguments: writer.arguments.map { $0.replacingOccurrences(of: "FILE", with: file) })
    }

    static func lstatus(_ path: String) -> stat {
        var status = stat()
        _ = lstat(path, &status)
        return status
    }

    @Test func aFileKeepsItsModeAndALinkStaysALink() throws {
        let sdw = try Self.workspace()
        defer { sdw.cleanUp() }
        let folder = sdw.directory.path
        for writer in Self.writers {
            try sdw.write("old", to: "private.out")
            #expect(chmod(folder + "/private.out", 0o600) == 0)
            try sdw.write("old", to: "real/target.out")
            try? FileManager.default.removeItem(atPath: folder + "/link.out")
            try FileManager.default.createSymbolicLink(atPath: folder + "/link.out", withDestinationPath: "real/target.out")
            for file in ["private.out", "link.out"] {
                let output = try Self.run(sdw, writer, to: file)
                #expect(output.status <= 1, "\(writer.name): \(output.stderr)")
            }
            #expect(Self.lstatus(folder + "/private.out").st_mode & 0o7777 == 0o600, "\(writer.name)")
            #expect(try sdw.read("private.out") != "old", "\(writer.name)")
            #expect(Self.lstatus(folder + "/link.out").st_mode & S_IFMT == S_IFLNK, "\(writer.name)")
            #expect(try sdw.read("real/target.out") != "old", "\(writer.name)")
        }
    }

    /// The test holds the FIFO open for reading (without blocking) while sdw writes, then reads
    /// what arrived: every output here fits in a pipe's buffer, so nothing waits on anything.
    @Test func aFIFOIsWrittenInPlace() throws {
        let sdw = try Self.workspace()
        defer { sdw.cleanUp() }
        let fifo = sdw.directory.path + "/pipe.out"
        for writer in Self.writers {
            #expect(mkfifo(fifo, 0o600) == 0)
            let reader = open(fifo, O_RDONLY | O_NONBLOCK)
            #expect(reader >= 0)
            let output = try Self.run(sdw, writer, to: "pipe.out")
            #expect(output.status <= 1, "\(writer.name): \(output.stderr)")
            #expect(Self.lstatus(fifo).st_mode & S_IFMT == S_IFIFO, "\(writer.name)")
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            let count = read(reader, &buffer, buffer.count)
            #expect(count > 0, "\(writer.name)")
            close(reader)
            try FileManager.default.removeItem(atPath: fifo)
        }
    }

    /// A write that fails half-way (the file-size limit of `ulimit -f`) leaves the old file whole.
    @Test func aFailedWriteLeavesTheOldFile() throws {
        let sdw = try Self.workspace()
        defer { sdw.cleanUp() }
        for writer in Self.writers where writer.name == "report" || writer.name == "schema" {
            try sdw.write("old", to: "kept.out")
            let arguments = writer.arguments.map { $0.replacingOccurrences(of: "FILE", with: "kept.out") }
            let script = "ulimit -f 1; trap '' XFSZ; exec \"$0\" \"$@\""
            let output = try CLI.capture(URL(fileURLWithPath: "/bin/bash"), ["-c", script, CLI.binary.path] + arguments,
                                         in: sdw.directory)
            #expect(output.status == 2, "\(writer.name): \(output.stderr)")
            #expect(output.stderr.contains("kept.out"), "\(writer.name): \(output.stderr)")
            #expect(try sdw.read("kept.out") == "old", "\(writer.name)")
            let left = try FileManager.default.contentsOfDirectory(atPath: sdw.directory.path).filter { $0.contains(".sdw-") }
            #expect(left.isEmpty, "\(writer.name): \(left)")
        }
    }
}
