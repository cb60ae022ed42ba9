import Foundation

/// Why a file could not be read or written.
public struct FileError: Error, Sendable, CustomStringConvertible {
    /// The path involved.
    public var path: String
    /// What went wrong.
    public var reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// Reading files and standard input with a size bound.
public enum FileIO {
    /// Reads at most `limit + 1` bytes of `path` (`-` is standard input), so a huge file is
    /// recognised as too large without being read whole.
    public static func read(_ path: String, limit: Int) throws(FileError) -> [UInt8] {
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw FileError(path: path, reason: "no such file")
            }
            guard !isDirectory.boolValue else { throw FileError(path: path, reason: "is a directory") }
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw FileError(path: path, reason: "cannot be read (permission denied?)")
            }
            handle = opened
        }
        defer { if path != "-" { try? handle.close() } }
        do {
            var bytes: [UInt8] = []
            while bytes.count <= limit {
                guard let chunk = try handle.read(upToCount: min(1 << 20, limit + 1 - bytes.count)), !chunk.isEmpty
                else { break }
                bytes.append(contentsOf: chunk)
            }
            return bytes
        } catch {
            throw FileError(path: path, reason: "read failed: \(error.localizedDescription)")
        }
    }

    /// Every `*.yaml` and `*.yml` file under `directory`, recursively, sorted; hidden folders are skipped.
    public static func yamlFiles(under directory: String) throws(FileError) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw FileError(path: directory, reason: "cannot be listed")
        }
        var result: [String] = []
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                let full = base + "/" + relative
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                    result.append(full)
                }
            }
        }
        return result.sorted()
    }
}
