import Foundation
import SystemZlib

/// Writes pixels as a PNG file: 8-bit RGB, every row with the "Up" filter, deflated by zlib at a fast
/// level. A diagram is mostly flat colour and text, so this is about as small as cairo's own PNG
/// writer makes it (which tries every filter on every row at zlib's default level) in a fraction of the time.
enum PNGEncoder {
    /// zlib's level: fast; higher levels make the diagram's PNG little smaller and several times slower.
    static let level: Int32 = 3

    /// The PNG of a `width` × `height` picture whose row `y` is `row(y)`: `width` pixels of 32 bits
    /// each, `0x00RRGGBB` in the machine's byte order (cairo's RGB24).
    static func encode(width: Int, height: Int, row: (Int) -> UnsafeRawPointer) throws(ReportError) -> Data {
        let rowBytes = 3 * width + 1
        var filtered = [UInt8](repeating: 0, count: rowBytes * height)
        var previous = [UInt8](repeating: 0, count: 3 * width)
        var current = [UInt8](repeating: 0, count: 3 * width)
        filtered.withUnsafeMutableBufferPointer { out in
            for y in 0..<height {
                let pixels = row(y)
                let start = y * rowBytes
                out[start] = 2  // Up: each byte less the byte above it
                for x in 0..<width {
                    let pixel = pixels.loadUnaligned(fromByteOffset: 4 * x, as: UInt32.self)
                    current[3 * x] = UInt8(truncatingIfNeeded: pixel >> 16)
                    current[3 * x + 1] = UInt8(truncatingIfNeeded: pixel >> 8)
                    current[3 * x + 2] = UInt8(truncatingIfNeeded: pixel)
                }
                for i in 0..<(3 * width) { out[start + 1 + i] = current[i] &- previous[i] }
                swap(&previous, &current)
            }
        }
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var header = Data()
        for value in [UInt32(width), UInt32(height)] { header.append(contentsOf: bigEndian(value)) }
        header.append(contentsOf: [8, 2, 0, 0, 0])  // 8 bits, RGB, deflate, adaptive filters, no interlace
        chunk("IHDR", header, into: &png)
        chunk("IDAT", try deflate(filtered), into: &png)
        chunk("IEND", Data(), into: &png)
        return png
    }

    /// `bytes` as a zlib stream.
    static func deflate(_ bytes: [UInt8]) throws(ReportError) -> Data {
        var size = compressBound(uLong(bytes.count))
        var out = [UInt8](repeating: 0, count: Int(size))
        let status = out.withUnsafeMutableBufferPointer { destination in
            bytes.withUnsafeBufferPointer { source in
                compress2(destination.baseAddress, &size, source.baseAddress, uLong(source.count), level)
            }
        }
        guard status == Z_OK else { throw .rasterizeFailed(reason: "zlib status \(status)") }
        return Data(out.prefix(Int(size)))
    }

    /// Appends the chunk `type` with `data`: its length, type, data and CRC-32 of type and data.
    static func chunk(_ type: String, _ data: Data, into png: inout Data) {
        var body = Data(type.utf8)
        body.append(data)
        png.append(contentsOf: bigEndian(UInt32(data.count)))
        png.append(body)
        let crc = body.withUnsafeBytes { crc32(0, $0.bindMemory(to: Bytef.self).baseAddress, uInt($0.count)) }
        png.append(contentsOf: bigEndian(UInt32(truncatingIfNeeded: crc)))
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)]
    }
}
