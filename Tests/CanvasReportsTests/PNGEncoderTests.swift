@testable import CanvasReports
import Foundation
import SystemZlib
import Testing

/// The PNG writer of the DOCX diagrams: chunks with correct CRCs, and pixels that decode to what was given.
@Suite struct PNGEncoderTests {
    /// The chunks of `png` as (type, data), checking each CRC.
    static func chunks(_ png: Data) -> [(String, Data)] {
        var chunks: [(String, Data)] = []
        var index = png.startIndex + 8
        func int(_ at: Int) -> Int { png[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        while index + 12 <= png.endIndex {
            let length = int(index)
            let typeAndData = Data(png[index + 4..<index + 8 + length])
            let crc = typeAndData.withUnsafeBytes { crc32(0, $0.bindMemory(to: Bytef.self).baseAddress, uInt($0.count)) }
            #expect(Int(crc) == int(index + 8 + length), "CRC of \(String(decoding: typeAndData.prefix(4), as: UTF8.self))")
            chunks.append((String(decoding: typeAndData.prefix(4), as: UTF8.self), typeAndData.dropFirst(4)))
            index += 12 + length
        }
        return chunks
    }

    @Test func pixelsDecodeToWhatWasGiven() throws {
        // Three by two: red, green, blue; then white, black and a grey, as cairo's 0x00RRGGBB.
        let pixels: [UInt32] = [0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF, 0x000000, 0x807F7E]
        let png = try pixels.withUnsafeBytes { bytes in
            try PNGEncoder.encode(width: 3, height: 2) { y in bytes.baseAddress! + 12 * y }
        }
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let chunks = Self.chunks(png)
        #expect(chunks.map(\.0) == ["IHDR", "IDAT", "IEND"])
        #expect(Array(chunks[0].1) == [0, 0, 0, 3, 0, 0, 0, 2, 8, 2, 0, 0, 0])
        var size = uLong(2 * (1 + 9))
        var raw = [UInt8](repeating: 0, count: Int(size))
        let compressed = Array(chunks[1].1)
        #expect(uncompress(&raw, &size, compressed, uLong(compressed.count)) == Z_OK)
        #expect(size == 20)
        // Each row starts with filter 2 (Up); undoing it gives the pixels back as RGB.
        #expect(raw[0] == 2 && raw[10] == 2)
        let first = Array(raw[1..<10])
        let second = zip(raw[11..<20], first).map { $0 &+ $1 }
        #expect(first == [255, 0, 0, 0, 255, 0, 0, 0, 255])
        #expect(second == [255, 255, 255, 0, 0, 0, 0x80, 0x7F, 0x7E])
    }
}
