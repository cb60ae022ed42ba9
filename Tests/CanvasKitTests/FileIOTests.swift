import Foundation
import Testing
@testable import CanvasKit

/// Reading files and listing canvas folders with the system calls.
@Suite struct FileIOTests {
    /// A fresh folder under the temporary directory, removed by `body`'s end.
    private func withFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdw-fileio-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }

    private func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func listsYAMLFilesRecursivelySortedSkippingHiddenOnesAndFollowingFileLinksOnly() throws {
        try withFolder { folder in
            for name in ["b.yaml", "a.yml", "notes.txt", "sub/c.yaml", "sub/deeper/d.yaml", ".hidden.yaml",
                         ".git/e.yaml", "sub/.cache/f.yaml"] {
                try write("id: x\n", to: folder + "/" + name)
            }
            try FileManager.default.createDirectory(atPath: folder + "/folder.yaml", withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: folder + "/link.yaml", withDestinationPath: folder + "/b.yaml")
            try FileManager.default.createSymbolicLink(atPath: folder + "/linked-folder", withDestinationPath: folder + "/sub")
            try FileManager.default.createSymbolicLink(atPath: folder + "/dangling.yaml", withDestinationPath: folder + "/none")

            let files = try FileIO.yamlFiles(under: folder + "/")
            #expect(files == ["a.yml", "b.yaml", "link.yaml", "sub/c.yaml", "sub/deeper/d.yaml"].map { folder + "/" + $0 })
        }
    }

    @Test func aFolderThatDoesNotExistIsAnError() {
        #expect(throws: FileError.self) { try FileIO.yamlFiles(under: "/nonexistent-sdw-folder") }
    }

    @Test func readsWholeFilesAndStopsOneByteAfterTheLimit() throws {
        try withFolder { folder in
            let text = String(repeating: "абв\n", count: 50_000)  // 350,000 bytes: several reads
            try write(text, to: folder + "/big.yaml")
            #expect(try FileIO.read(folder + "/big.yaml", limit: 1 << 20) == Array(text.utf8))
            #expect(try FileIO.read(folder + "/big.yaml", limit: 1000).count == 1001)
            try write("", to: folder + "/empty.yaml")
            #expect(try FileIO.read(folder + "/empty.yaml", limit: 10).isEmpty)
        }
    }

    /// The error of reading `path`, or `nil` when it reads.
    private func readError(_ path: String) -> FileError? {
        do throws(FileError) {
            _ = try FileIO.read(path, limit: 10)
            return nil
        } catch {
            return error
        }
    }

    @Test func missingFilesAndFoldersGetAReason() throws {
        try withFolder { folder in
            #expect(throws: FileError.self) { try FileIO.read(folder + "/missing.yaml", limit: 10) }
            #expect(readError(folder)?.reason == "is a directory")
            #expect(readError(folder + "/missing.yaml")?.reason == "no such file")
        }
    }
}
