/// Turns libyaml's mark indices, which count characters, into byte offsets into the UTF-8 input.
///
/// libyaml moves a mark's `index` by one for every character it reads (two for a CRLF line
/// break); the composer gives it no byte-order mark. The conversion keeps one cursor that walks
/// forward or back from the last answer, so marks that arrive in order (as parser events do)
/// cost time in proportion to the text between them.
struct CharacterOffsets {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The last conversion: a character index and its byte offset.
    private var character = 0, byte = 0

    /// Creates the conversion for `bytes` (UTF-8).
    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Whether `byte` continues a multi-byte UTF-8 sequence (`10xxxxxx`).
    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The byte offset where character `index` starts, or `bytes.count` when the text ends before it.
    mutating func byteOffset(ofCharacter index: Int) -> Int {
        while character < index && byte < bytes.count {
            byte += 1
            while byte < bytes.count && Self.isContinuation(bytes[byte]) { byte += 1 }
            character += 1
        }
        while character > index && byte > 0 {
            byte -= 1
            while byte > 0 && Self.isContinuation(bytes[byte]) { byte -= 1 }
            character -= 1
        }
        return byte
    }
}
