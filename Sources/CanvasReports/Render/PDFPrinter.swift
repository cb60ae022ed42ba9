import Foundation

/// Prints an HTML report to PDF with headless Chromium (`chromium` or `chromium-browser` on PATH).
public struct PDFPrinter: Sendable {
    /// The Chromium executable.
    public let executable: String

    /// Finds Chromium on `PATH`; throws ``ReportError/chromiumMissing`` when it is not installed.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws(ReportError) {
        guard let found = Self.find(["chromium", "chromium-browser"], path: environment["PATH"] ?? "") else {
            throw .chromiumMissing
        }
        executable = found
    }

    /// The first of `names` that is an executable file in one of the `path` folders.
    static func find(_ names: [String], path: String) -> String? {
        for name in names {
            for folder in path.split(separator: ":") where !folder.isEmpty {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// The PDF of `html`, printed by Chromium from a temporary file.
    public func pdf(html: String) throws(ReportError) -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdw-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html"), output = folder.appendingPathComponent("report.pdf")
        let process = Process()
        let errors = Pipe()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(html.utf8).write(to: page)
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                 "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                                 "--print-to-pdf=\(output.path)", page.absoluteString]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            try process.run()
        } catch {
            throw .pdfFailed(reason: error.localizedDescription)
        }
        let log = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let data = FileManager.default.contents(atPath: output.path), data.starts(with: Data("%PDF".utf8)) else {
            let detail = String(decoding: log, as: UTF8.self).split(separator: "\n").suffix(3).joined(separator: " ")
            throw .pdfFailed(reason: "exit status \(process.terminationStatus)\(detail.isEmpty ? "" : ": " + detail)")
        }
        return data
    }
}
