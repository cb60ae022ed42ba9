#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension FileIO {
    /// Writes `bytes` to `path`, the one way every `-o FILE` of sdw writes (reports, exports,
    /// the schema, lint formats, baselines, starters).
    ///
    /// - A regular file (or a new one) is replaced atomically: the bytes go to a temporary file
    ///   in the same folder, which takes the old file's mode and owner (a new file gets
    ///   0666 less the umask) and is then renamed over it. A failed write leaves the old file
    ///   as it was and no temporary file behind.
    /// - A symbolic link is written through: its target is replaced as above and the link stays
    ///   a link (a dangling link creates its target).
    /// - Anything else that exists, such as `/dev/null`, a FIFO or a terminal, is opened and
    ///   written in place: it is never replaced by a regular file.
    /// - `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` and `/proc/self/fd/N` are written to the
    ///   process's own descriptor, whatever it is open on (`sdw … -o /dev/stdout >> log` appends).
    public static func write(_ bytes: [UInt8], to path: String) throws(FileError) {
        guard !path.isEmpty else { throw FileError(path: path, reason: "names no file") }
        if let descriptor = ownDescriptor(path) {
            if let failure = writeAll(descriptor, bytes) { throw FileError(path: path, reason: writeReason(failure, path)) }
            return
        }
        var status = stat()
        if stat(path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                try replace(resolvedPath(path), with: bytes, keeping: status, shownAs: path)
            case S_IFDIR:
                throw FileError(path: path, reason: "it is a directory")
            default:
                try writeInPlace(path, bytes)
            }
            return
        }
        guard errno == ENOENT else { throw FileError(path: path, reason: writeReason(errno, path)) }
        try replace(try danglingTarget(path), with: bytes, keeping: nil, shownAs: path)
    }

    /// The open descriptor `path` names, when it names one of the process's own and it is open.
    static func ownDescriptor(_ path: String) -> Int32? {
        let number: Int32?
        switch path {
        case "/dev/stdout": number = 1
        case "/dev/stderr": number = 2
        default:
            let prefix = ["/dev/fd/", "/proc/self/fd/"].first { path.hasPrefix($0) }
            number = prefix.flatMap { Int32(path.dropFirst($0.count)) }
        }
        guard let number, number >= 0, fcntl(number, F_GETFD) != -1 else { return nil }
        return number
    }

    /// Writes into an existing file that is not regular (a device, a FIFO, a socket's path).
    private static func writeInPlace(_ path: String, _ bytes: [UInt8]) throws(FileError) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError(path: path, reason: writeReason(errno, path)) }
        defer { close(descriptor) }
        if let failure = writeAll(descriptor, bytes) { throw FileError(path: path, reason: writeReason(failure, path)) }
    }

    /// Writes `bytes` to a temporary file beside `target`, gives it the mode and owner of
    /// `old` (the file replaced, if any), and renames it to `target`.
    private static func replace(_ target: String, with bytes: [UInt8], keeping old: stat?, shownAs path: String)
        throws(FileError) {
        let slash = target.lastIndex(of: "/")
        let folder = slash.map { target[..<$0].isEmpty ? "/" : String(target[..<$0]) } ?? "."
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        var template = Array(((folder == "/" ? "/" : folder + "/") + "." + name + ".sdw-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw FileError(path: path, reason: writeReason(errno, path)) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var failure = writeAll(descriptor, bytes)
        if failure == nil {
            if let old {
                // The owner first: changing it may clear set-id bits that the mode then restores.
                _ = fchown(descriptor, old.st_uid, old.st_gid)
                if fchmod(descriptor, old.st_mode & 0o7777) != 0 { failure = errno }
            } else if fchmod(descriptor, 0o666 & ~currentUmask()) != 0 {
                failure = errno
            }
        }
        if failure == nil && fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0 && failure == nil { failure = errno }
        if failure == nil && rename(temporary, target) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw FileError(path: path, reason: writeReason(failure, path))
        }
    }

    /// The file a path that exists resolves to, symbolic links followed.
    private static func resolvedPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Where a path that does not exist is written: the path itself, or the target of the
    /// symbolic link chain it starts (a dangling link).
    private static func danglingTarget(_ path: String) throws(FileError) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { return current }
            let link = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if link.hasPrefix("/") {
                current = link
            } else if let slash = current.lastIndex(of: "/") {
                current = String(current[...slash]) + link
            } else {
                current = link
            }
        }
        throw FileError(path: path, reason: "too many levels of symbolic links")
    }

    /// Writes every byte, through short writes and interruptions; the `errno` of a failure.
    private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let written = writeBytes(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno != EINTR && errno != EAGAIN {
                    return errno
                }
            }
            return nil
        }
    }

    /// The process's umask (read by setting it and setting it back).
    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    /// The reason shown for a failed write of `path`.
    static func writeReason(_ code: Int32, _ path: String) -> String {
        switch code {
        case ENOENT, ENOTDIR:
            let parent = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
            return "no such directory \(parent.isEmpty ? "/" : parent)"
        case EACCES, EPERM, EROFS: return "permission denied"
        case EISDIR: return "it is a directory"
        case ENOSPC, EDQUOT: return "no space left on the device"
        default: return String(cString: strerror(code))
        }
    }
}

/// `write(2)`, under a name that the static `FileIO.write` does not hide.
private func writeBytes(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
