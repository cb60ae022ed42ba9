#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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

/// Reading files and standard input with a size bound, and listing canvas files.
///
/// Both work on the system calls directly (`open`/`read`, `opendir`/`readdir`): with thousands of
/// small files, Foundation's `FileHandle` and directory enumerator cost more than parsing them.
public enum FileIO {
    /// Reads at most `limit + 1` bytes of `path` (`-` is standard input), so a huge file is
    /// recognised as too large without being read whole.
    ///
    /// With `regularOnly`, anything but a regular file (a FIFO, a device, a socket) is refused
    /// before a byte is read: it is opened without blocking, so a FIFO with no writer cannot hang
    /// the run. Plugin files are read this way, as canvas folders list regular files only.
    public static func read(_ path: String, limit: Int, regularOnly: Bool = false) throws(FileError) -> [UInt8] {
        if path == "-" { return try readAll(descriptor: 0, sizeHint: 0, limit: limit, path: path) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | (regularOnly ? O_NONBLOCK : 0))
        guard descriptor >= 0 else { throw FileError(path: path, reason: reason(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileError(path: path, reason: reason(errno)) }
        let type = status.st_mode & S_IFMT
        if type == S_IFDIR { throw FileError(path: path, reason: "is a directory") }
        if regularOnly && type != S_IFREG {
            throw FileError(path: path, reason: "is not a regular file (a FIFO, device or socket); only regular files are read")
        }
        return try readAll(descriptor: descriptor, sizeHint: Int(status.st_size), limit: limit, path: path)
    }

    /// `limit` bytes for a message: `4 MiB` when it is a whole number of MiB.
    public static func sizeText(_ limit: Int) -> String {
        limit % (1 << 20) == 0 ? "\(limit >> 20) MiB" : "\(limit) bytes"
    }

    /// Reads `descriptor` to its end or to `limit + 1` bytes; `sizeHint` is the expected size (0: unknown).
    private static func readAll(descriptor: Int32, sizeHint: Int, limit: Int, path: String) throws(FileError) -> [UInt8] {
        let cap = limit + 1
        // One byte more than the expected size, so the read that sees the end needs no regrowth.
        var capacity = min(cap, sizeHint > 0 ? sizeHint + 1 : 1 << 16)
        var bytes: [UInt8] = []
        while true {
            var failure: Int32 = 0, atEnd = false
            let previous = bytes
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                count = previous.count
                previous.withUnsafeBufferPointer { old in
                    if let source = old.baseAddress { buffer.baseAddress!.update(from: source, count: old.count) }
                }
                while count < capacity {
                    let got = readBytes(descriptor, buffer.baseAddress! + count, capacity - count)
                    if got > 0 {
                        count += got
                    } else if got == 0 {
                        atEnd = true
                        return
                    } else if errno != EINTR {
                        failure = errno
                        return
                    }
                }
            }
            if failure != 0 { throw FileError(path: path, reason: "read failed: " + String(cString: strerror(failure))) }
            if atEnd || bytes.count >= cap { return bytes }
            capacity = min(cap, capacity * 2)
        }
    }

    /// The reason shown for a failed `open` or `stat`.
    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: "no such file"
        case EACCES, EPERM: "cannot be read (permission denied?)"
        case EISDIR: "is a directory"
        default: "cannot be read: " + String(cString: strerror(code))
        }
    }

    /// Every `*.yaml` and `*.yml` file under `directory`, recursively, sorted; hidden files and
    /// folders (names starting with `.`) are skipped, and symbolic links to folders are not followed.
    public static func yamlFiles(under directory: String) throws(FileError) -> [String] {
        let base = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var result: [String] = []
        var pending = [base]
        while let folder = pending.popLast() {
            guard let stream = opendir(folder) else {
                // The folder named must be listable; a sub-folder that vanished or is closed is passed over.
                if folder == base {
                    throw FileError(path: directory, reason: errno == ENOENT ? "no such folder" : "cannot be listed")
                }
                continue
            }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let (name, type) = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                    pointer.withMemoryRebound(to: CChar.self, capacity: 256) { (String(cString: $0), entry.pointee.d_type) }
                }
                if name.utf8.first == UInt8(ascii: ".") { continue }
                let full = folder == "/" ? "/" + name : folder + "/" + name
                let isYAML = name.hasSuffix(".yaml") || name.hasSuffix(".yml")
                switch Int(type) {
                case Int(DT_DIR):
                    pending.append(full)
                case Int(DT_REG):
                    if isYAML { result.append(full) }
                default:
                    // A symbolic link, or a file system that does not give the type: ask.
                    var status = stat()
                    guard lstat(full, &status) == 0 else { continue }
                    if (status.st_mode & S_IFMT) == S_IFDIR {
                        pending.append(full)
                    } else if isYAML, stat(full, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG {
                        result.append(full)
                    }
                }
            }
        }
        return result.sorted()
    }
}

/// `read(2)`, under a name that the static `FileIO.read` does not hide.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
