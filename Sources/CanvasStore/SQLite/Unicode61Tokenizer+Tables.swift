import Foundation
import GRDBSQLite

extension Unicode61Tokenizer {
    /// What SQLite's `unicode61 remove_diacritics 2` does with each code point below ``limit``,
    /// learnt by asking it, and tokenizing with those answers.
    final class Tables: @unchecked Sendable {
        /// The tokenizer arguments the tables are made with (the `search` table's).
        static let arguments = ["remove_diacritics", "2"]

        /// A code point that is no part of a token.
        static let separator: UInt8 = 0
        /// A code point that starts or continues a token (a letter, a digit).
        static let tokenCharacter: UInt8 = 1
        /// A code point that only continues a token (a combining diacritic).
        static let continuation: UInt8 = 2
        /// A code point the tables do not answer for: its documents go to SQLite's tokenizer.
        static let unknown: UInt8 = 3

        /// Per code point below ``limit``: its kind (one of the above) in bits 28 and up, how many
        /// bytes the code point it folds to takes in UTF-8 (0 when dropped) in bits 24–27, and those
        /// bytes in the low three bytes, first byte lowest. Made once, never changed.
        private let entries: UnsafeMutablePointer<UInt32>

        private init(kinds: [UInt8], folds: [UInt32]) {
            entries = .allocate(capacity: limit)
            for code in 0..<limit {
                var bytes: [UInt8] = []
                if folds[code] != 0 { Self.appendUTF8(folds[code], to: &bytes) }
                let packed = bytes.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (8 * $1.offset) }
                entries[code] = UInt32(kinds[code]) << 28 | UInt32(bytes.count) << 24 | packed
            }
        }

        nonisolated(unsafe) private static var made: Tables?
        private static let lock = NSLock()

        /// The tables, made on first use by asking `instance` of SQLite's tokenizer `real`.
        static func shared(probing real: fts5_tokenizer, _ instance: OpaquePointer) -> Tables? {
            lock.lock()
            defer { lock.unlock() }
            if let made { return made }
            guard let tokenize = real.xTokenize else { return nil }
            var kinds = Array(repeating: Self.unknown, count: limit)
            var folds = Array(repeating: UInt32(0), count: limit)
            let sink = TokenSink()
            func tokens(_ bytes: [UInt8]) -> [TokenSink.Token] {
                sink.tokens.removeAll(keepingCapacity: true)
                bytes.withUnsafeBufferPointer { buffer in
                    buffer.withMemoryRebound(to: CChar.self) { text in
                        _ = tokenize(instance, Unmanaged.passUnretained(sink).toOpaque(), FTS5_TOKENIZE_DOCUMENT,
                                     text.baseAddress, Int32(text.count), collectToken)
                    }
                }
                return sink.tokens
            }
            for code in 0..<limit where !(0xD800...0xDFFF).contains(code) {
                let character = Self.utf8(UInt32(code))
                let alone = tokens(character)
                if alone.count == 1, alone[0].start == 0, alone[0].end == character.count,
                   let fold = Self.codePoint(alone[0].bytes), fold < 0x10000 {
                    kinds[code] = Self.tokenCharacter
                    folds[code] = fold
                    continue
                }
                guard alone.isEmpty else { continue }
                let afterA = tokens([0x61] + character)
                guard afterA.count == 1, afterA[0].start == 0, afterA[0].bytes.first == 0x61 else { continue }
                if afterA[0].end == 1 {
                    if afterA[0].bytes == [0x61] { kinds[code] = Self.separator }
                } else if afterA[0].end == 1 + character.count, let fold = Self.codePoint(afterA[0].bytes.dropFirst()),
                          fold < 0x10000 {
                    kinds[code] = Self.continuation
                    folds[code] = fold
                }
            }
            let tables = Tables(kinds: kinds, folds: folds)
            made = tables
            return tables
        }

        /// Tokenizes `text` as SQLite's tokenizer would, calling `token` for each token; `nil`
        /// (before any call) when the text has a code point the tables do not answer for.
        ///
        /// One pass reads each character once, writing the tokens' folded bytes one after another
        /// and their places aside; the calls follow once the whole text is known to be answered for.
        func tokenize(_ text: UnsafeBufferPointer<UInt8>, context: UnsafeMutableRawPointer?,
                      token: TokenCallback) -> Int32? {
            let count = text.count
            guard let bytes = text.baseAddress, count > 0 else { return SQLITE_OK }
            let entries = self.entries
            // A folded character takes at most 3 bytes, and at most 3 per byte it came from; a
            // 4-byte store may write one byte past the last.
            let folded = UnsafeMutableRawPointer.allocate(byteCount: 3 * count + 4, alignment: 4)
            defer { folded.deallocate() }
            // Per token: its first byte, the byte after it, and where its folded bytes end. A token
            // and the separator after it take at least two bytes.
            let spans = UnsafeMutablePointer<Int32>.allocate(capacity: 3 * (count / 2 + 1))
            defer { spans.deallocate() }
            var tokens = 0, written = 0, index = 0
            var start = -1
            while index < count {
                let byte = bytes[index]
                let code: Int, length: Int
                if byte < 0x80 {
                    (code, length) = (Int(byte), 1)
                } else {
                    guard let decoded = Self.decode(text, at: index) else { return nil }
                    (code, length) = decoded
                }
                let entry = entries[code]
                let kind = UInt8(truncatingIfNeeded: entry >> 28)
                if byte >= 0x80 && kind == Self.unknown { return nil }
                if kind == Self.tokenCharacter || (start >= 0 && byte >= 0x80 && kind == Self.continuation) {
                    if start < 0 { start = index }
                    (folded + written).storeBytes(of: entry & 0xFF_FFFF, as: UInt32.self)
                    written += Int(entry >> 24 & 0x0F)
                } else if start >= 0 {
                    spans[3 * tokens] = Int32(start)
                    spans[3 * tokens + 1] = Int32(index)
                    spans[3 * tokens + 2] = Int32(written)
                    tokens += 1
                    start = -1
                }
                index += length
            }
            if start >= 0 {
                spans[3 * tokens] = Int32(start)
                spans[3 * tokens + 1] = Int32(count)
                spans[3 * tokens + 2] = Int32(written)
                tokens += 1
            }
            let characters = folded.assumingMemoryBound(to: CChar.self)
            var from: Int32 = 0
            for number in 0..<tokens {
                let end = spans[3 * number + 2]
                let code = token(context, 0, characters + Int(from), end - from, spans[3 * number], spans[3 * number + 1])
                if code != SQLITE_OK { return code }
                from = end
            }
            return SQLITE_OK
        }

        /// The code point at `index` (a lead byte of 2 or 3 bytes) and its length; `nil` unless it
        /// is well-formed UTF-8 below ``limit``.
        private static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, Int)? {
            let lead = text[index]
            if lead >= 0xC2 && lead <= 0xDF {
                guard index + 1 < text.count, text[index + 1] & 0xC0 == 0x80 else { return nil }
                return (Int(lead & 0x1F) << 6 | Int(text[index + 1] & 0x3F), 2)
            }
            if lead >= 0xE0 && lead <= 0xEF {
                guard index + 2 < text.count, text[index + 1] & 0xC0 == 0x80, text[index + 2] & 0xC0 == 0x80 else {
                    return nil
                }
                let code = Int(lead & 0x0F) << 12 | Int(text[index + 1] & 0x3F) << 6 | Int(text[index + 2] & 0x3F)
                guard code >= 0x800, code < limit else { return nil }
                return (code, 3)
            }
            return nil
        }

        /// The one code point that `bytes` (UTF-8) hold: 0 for none, `nil` for more than one.
        private static func codePoint(_ bytes: some Collection<UInt8>) -> UInt32? {
            if bytes.isEmpty { return 0 }
            let scalars = Array(String(decoding: Array(bytes), as: UTF8.self).unicodeScalars)
            guard scalars.count == 1, Array(utf8(scalars[0].value)) == Array(bytes) else { return nil }
            return scalars[0].value
        }

        private static func utf8(_ code: UInt32) -> [UInt8] {
            var bytes: [UInt8] = []
            appendUTF8(code, to: &bytes)
            return bytes
        }

        private static func appendUTF8(_ code: UInt32, to bytes: inout [UInt8]) {
            switch code {
            case 0..<0x80:
                bytes.append(UInt8(code))
            case 0x80..<0x800:
                bytes.append(UInt8(0xC0 | code >> 6))
                bytes.append(UInt8(0x80 | code & 0x3F))
            case 0x800..<0x10000:
                bytes.append(UInt8(0xE0 | code >> 12))
                bytes.append(UInt8(0x80 | code >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | code & 0x3F))
            default:
                bytes.append(UInt8(0xF0 | code >> 18))
                bytes.append(UInt8(0x80 | code >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | code >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | code & 0x3F))
            }
        }
    }

    /// The tokens SQLite's tokenizer gives while the tables are made.
    final class TokenSink {
        struct Token {
            var bytes: [UInt8]
            var start: Int
            var end: Int
        }
        var tokens: [Token] = []
    }
}

private let collectToken: TokenCallback = { context, _, token, length, start, end in
    guard let context else { return SQLITE_MISUSE }
    let sink = Unmanaged<Unicode61Tokenizer.TokenSink>.fromOpaque(context).takeUnretainedValue()
    let bytes = token.map { pointer in
        Array(UnsafeRawBufferPointer(start: pointer, count: Int(length)).bindMemory(to: UInt8.self))
    } ?? []
    sink.tokens.append(.init(bytes: bytes, start: Int(start), end: Int(end)))
    return SQLITE_OK
}
