import Foundation
import ZIPFoundation

/// The ZIP container of a DOCX or ODT document, made in memory with ZIPFoundation.
enum DocumentPackage {
    /// One file of the package.
    struct Entry {
        /// Its path inside the package.
        var path: String
        /// Its bytes.
        var data: Data
        /// Whether it is stored as it is (ODF's `mimetype`, which must come first and uncompressed).
        var stored = false
    }

    /// The time written on every entry: fixed, so a report never depends on the clock.
    static let timestamp = Date(timeIntervalSince1970: 1_262_304_000)  // 2010-01-01 00:00 UTC

    /// The ZIP file of `entries`, in order; text parts are deflated.
    static func zip(_ entries: [Entry]) throws(ReportError) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for entry in entries {
                let data = entry.data
                try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: timestamp, compressionMethod: entry.stored ? .none : .deflate,
                                     provider: { position, size in
                                         data.subdata(in: Int(position)..<Int(position) + size)
                                     })
            }
            guard let bytes = archive.data else { throw ReportError.packageFailed(reason: "the archive has no data") }
            return bytes
        } catch let error as ReportError {
            throw error
        } catch {
            throw .packageFailed(reason: "\(error)")
        }
    }
}
