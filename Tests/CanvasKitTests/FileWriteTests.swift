import Foundation
import Testing
@testable import CanvasKit

/// ``FileIO/write(_:to:)``: regular files replaced atomically with their mode kept, symbolic
/// links written through, FIFOs and devices written in place.
@Suite struct FileWriteTests {
    private func withFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdw-write-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }

    private func mode(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode : 0
    }

    private func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test func aRegularFileIsReplacedKeepingItsMode() throws {
        try withFolder { folder in
            let path = folder + "/out.json"
            try "old".write(toFile: path, atomically: false, encoding: .utf8)
            #expect(chmod(path, 0o600) == 0)
            try FileIO.write(Array("new".utf8), to: path)
            #expect(try text(path) == "new")
            #expect(mode(path) & S_IFMT == S_IFREG)
            #expect(mode(path) & 0o7777 == 0o600)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.json"])
        }
    }

    @Test func aNewFileGetsTheUsualMode() throws {
        try withFolder { folder in
            let path = folder + "/new.json"
            try FileIO.write(Array("new".utf8), to: path)
            let mask = umask(0o022)
            umask(mask)
            #expect(mode(path) & 0o777 == 0o666 & ~mask)
            #expect(try text(path) == "new")
        }
    }

    @Test func aSymbolicLinkIsWrittenThrough() throws {
        try withFolder { folder in
            try FileManager.default.createDirectory(atPath: folder + "/real", withIntermediateDirectories: true)
            try "old".write(toFile: folder + "/real/target.json", atomically: false, encoding: .utf8)
            try FileManager.default.createSymbolicLink(atPath: folder + "/link.json", withDestinationPath: "real/target.json")
            try FileManager.default.createSymbolicLink(atPath: folder + "/dangling.json", withDestinationPath: "real/later.json")
            try FileIO.write(Array("new".utf8), to: folder + "/link.json")
            try FileIO.write(Array("made".utf8), to: folder + "/dangling.json")
            #expect(mode(folder + "/link.json") & S_IFMT == S_IFLNK)
            #expect(mode(folder + "/dangling.json") & S_IFMT == S_IFLNK)
            #expect(try text(folder + "/real/target.json") == "new")
            #expect(try text(folder + "/real/later.json") == "made")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/real").sorted() == ["later.json", "target.json"])
        }
    }

    @Test func aFIFOIsWrittenInPlace() throws {
        try withFolder { folder in
            let path = folder + "/pipe"
            #expect(mkfifo(path, 0o600) == 0)
            let reader = Thread {
                let handle = FileHandle(forReadingAtPath: path)
                _ = handle?.readDataToEndOfFile()
                try? handle?.close()
            }
            reader.start()
            try FileIO.write(Array("through the pipe".utf8), to: path)
            #expect(mode(path) & S_IFMT == S_IFIFO)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["pipe"])
        }
    }

    /// `/dev/fd/N` is written to descriptor N itself: at its offset, with its append mode.
    @Test func aDescriptorPathIsWrittenThroughTheDescriptor() throws {
        try withFolder { folder in
            let path = folder + "/log"
            try "first\n".write(toFile: path, atomically: false, encoding: .utf8)
            let descriptor = open(path, O_WRONLY | O_APPEND)
            #expect(descriptor >= 0)
            defer { close(descriptor) }
            try FileIO.write(Array("second\n".utf8), to: "/dev/fd/\(descriptor)")
            try FileIO.write(Array("third\n".utf8), to: "/proc/self/fd/\(descriptor)")
            #expect(try text(path) == "first\nsecond\nthird\n")
            #expect(FileIO.ownDescriptor("/dev/fd/999999") == nil)
            #expect(FileIO.ownDescriptor("/dev/stdout") == 1)
        }
    }

    @Test func aDeviceIsWrittenInPlace() throws {
        try FileIO.write(Array("nothing".utf8), to: "/dev/null")
        #expect(mode("/dev/null") & S_IFMT == S_IFCHR)
    }

    @Test func failuresSayWhyAndLeaveNothingBehind() throws {
        try withFolder { (folder: String) throws(any Error) in
            #expect(throws: FileError(path: folder + "/none/out.json", reason: "no such directory \(folder)/none")) {
                try FileIO.write([1], to: folder + "/none/out.json")
            }
            #expect(throws: FileError(path: folder, reason: "it is a directory")) { try FileIO.write([1], to: folder) }
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])
        }
    }
}

extension FileError: Equatable {
    public static func == (left: FileError, right: FileError) -> Bool { left.path == right.path && left.reason == right.reason }
}
