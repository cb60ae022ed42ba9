import Foundation

/// The values of many rows, in column order, made on one thread and bound on another: the texts
/// are copied into one buffer of their own.
///
/// `sdw add` makes a canvas's rows on the thread that linted it and writes them on the writing
/// thread. Rows of structs would keep the canvas's strings alive, hundreds of them, for the
/// writing thread to release and free, each one costing that thread more than its insert. Here
/// the canvas is freed where it was made, the writing thread releases one object, and binds each
/// text where it lies (`SQLITE_STATIC`, see ``RowInserter/bind(_:of:)``).
///
/// The values are written by a ``Builder`` on one thread, then frozen into this immutable value
/// (``Builder/freeze()``), which is what crosses to the writing thread: nothing can be appended
/// once a text may be bound, so the buffer a binding points into never moves or goes while the
/// values live.
final class RowValues: Sendable {
    /// One value: `NULL`, an integer, a real number, or a text in the values' bytes.
    struct Value: Sendable {
        enum Kind: UInt8, Sendable { case null, integer, real, text }
        /// The integer, the real number's bits, or the text's offset in the bytes.
        var payload: UInt64
        /// The text's length in bytes.
        var count: Int32
        var kind: Kind
    }

    /// A text already copied, to be given again as a value (a canvas id on each of its rows).
    struct Text {
        fileprivate var offset: Int
        fileprivate var count: Int
    }

    /// The values, in the order given.
    let values: [Value]
    /// The texts' bytes, never written again and freed with these values.
    private let bytes: Bytes
    /// How many bytes there are.
    var byteCount: Int { bytes.count }

    fileprivate init(values: [Value], bytes: Bytes) {
        self.values = values
        self.bytes = bytes
    }

    /// Where the text `value` lies, for as long as these values live.
    func pointer(to value: Value) -> UnsafeRawPointer { UnsafeRawPointer(bytes.base + Int(value.payload)) }

    /// The text of `value`, decoded (for tests and messages).
    func string(_ value: Value) -> String? {
        guard value.kind == .text else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: pointer(to: value), count: Int(value.count)), as: UTF8.self)
    }

    /// Frozen bytes: an allocation that only ``Builder`` writes, before it hands it over, and that
    /// is read-only afterwards (hence safe to share between threads).
    fileprivate final class Bytes: @unchecked Sendable {
        let base: UnsafeMutableRawPointer
        let count: Int

        init(base: UnsafeMutableRawPointer, count: Int) {
            self.base = base
            self.count = count
        }

        deinit { base.deallocate() }
    }
}

extension RowValues {
    /// Writes the values of rows, on one thread; ``freeze()`` makes the ``RowValues`` that cross
    /// to another.
    final class Builder {
        // Written on every value, by the one thread that has the builder (it is not `Sendable`),
        // so Swift's run-time exclusivity checks are left out.

        /// The values, in the order given.
        @exclusivity(unchecked) private(set) var values: [Value] = []
        /// The texts' bytes, one after another; never `nil`, so that an empty text is no `NULL`.
        @exclusivity(unchecked) private var bytes: UnsafeMutableRawPointer
        @exclusivity(unchecked) private var capacity: Int
        /// How many bytes are used.
        @exclusivity(unchecked) private(set) var byteCount = 0

        /// Makes room for `values` values and `bytes` bytes of text (both grow as needed).
        init(values: Int = 64, bytes: Int = 8192) {
            self.values.reserveCapacity(values)
            capacity = max(16, bytes)
            self.bytes = .allocate(byteCount: capacity, alignment: 8)
        }

        deinit { bytes.deallocate() }

        /// The values given so far, as an immutable value that owns their bytes; the builder
        /// starts again empty.
        func freeze() -> RowValues {
            let frozen = RowValues(values: values, bytes: Bytes(base: bytes, count: byteCount))
            values = []
            capacity = 16
            bytes = .allocate(byteCount: capacity, alignment: 8)
            byteCount = 0
            return frozen
        }

        /// The text of `value`, decoded (for tests).
        func string(_ value: Value) -> String? {
            guard value.kind == .text else { return nil }
            let start = UnsafeRawPointer(bytes + Int(value.payload))
            return String(decoding: UnsafeRawBufferPointer(start: start, count: Int(value.count)), as: UTF8.self)
        }

        // MARK: Values

        /// Appends a text, or `NULL`.
        func append(_ text: String?) {
            guard let text else { return appendNull() }
            append(copy(text))
        }

        /// Appends a text copied before.
        func append(_ text: Text) {
            values.append(Value(payload: UInt64(text.offset), count: Int32(text.count), kind: .text))
        }

        /// Appends an integer, or `NULL`.
        func append(_ integer: Int?) {
            guard let integer else { return appendNull() }
            values.append(Value(payload: UInt64(bitPattern: Int64(integer)), count: 0, kind: .integer))
        }

        /// Appends a real number, or `NULL`.
        func append(_ real: Double?) {
            guard let real else { return appendNull() }
            values.append(Value(payload: real.bitPattern, count: 0, kind: .real))
        }

        /// Appends 1 or 0.
        func append(_ flag: Bool) { append(Optional(flag ? 1 : 0)) }

        func appendNull() { values.append(Value(payload: 0, count: 0, kind: .null)) }

        // MARK: Texts

        /// Copies `text`'s bytes, to be appended as a value once or more.
        func copy(_ text: String) -> Text {
            let start = byteCount
            write(text)
            return Text(offset: start, count: byteCount - start)
        }

        /// Writes `text`'s bytes after the last ones, as part of a text still being written (see
        /// ``text(from:)``).
        func write(_ text: String) {
            var text = text
            text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
        }

        /// Writes `bytes` after the last ones (see ``write(_:)-(String)``).
        func write(_ bytes: UnsafeRawBufferPointer) {
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            reserve(bytes.count)
            (self.bytes + byteCount).copyMemory(from: base, byteCount: bytes.count)
            byteCount += bytes.count
        }

        /// Writes one byte after the last ones.
        func write(_ byte: UInt8) {
            reserve(1)
            self.bytes.storeBytes(of: byte, toByteOffset: byteCount, as: UInt8.self)
            byteCount += 1
        }

        /// The text written from byte `start` on, to be appended as a value.
        func text(from start: Int) -> Text { Text(offset: start, count: byteCount - start) }

        /// Forgets the bytes written from `start` on (a text that came out empty).
        func discard(from start: Int) { byteCount = min(byteCount, max(0, start)) }

        private func reserve(_ count: Int) {
            guard byteCount + count > capacity else { return }
            var grown = capacity * 2
            while grown < byteCount + count { grown *= 2 }
            let larger = UnsafeMutableRawPointer.allocate(byteCount: grown, alignment: 8)
            larger.copyMemory(from: bytes, byteCount: byteCount)
            bytes.deallocate()
            bytes = larger
            capacity = grown
        }
    }
}
