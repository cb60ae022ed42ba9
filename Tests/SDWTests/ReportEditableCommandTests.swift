import Foundation
import Testing

/// `sdw report` writing DOCX and ODT: the format from `--format` or from `-o FILE`'s extension, and a
/// contradiction between the two refused before anything is written.
struct ReportEditableCommandTests {
    static let farmers = CLI.root.appendingPathComponent("Examples/velingrad-2012/farmers.yaml").path

    /// The bytes of `name` in `workspace`.
    static func bytes(_ workspace: Workspace, _ name: String) -> Data {
        FileManager.default.contents(atPath: workspace.directory.appendingPathComponent(name).path) ?? Data()
    }

    @Test func fileExtensionChoosesTheFormat() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let docx = try workspace.sdw("report", Self.farmers, "-o", "farmers.docx")
        #expect(docx.status == 0, "\(docx.stderr)")
        let word = Self.bytes(workspace, "farmers.docx")
        #expect(word.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(word.range(of: Data("word/document.xml".utf8)) != nil)
        let odt = try workspace.sdw("report", Self.farmers, "-o", "farmers.ODT")
        #expect(odt.status == 0, "\(odt.stderr)")
        let open = Self.bytes(workspace, "farmers.ODT")
        #expect(String(decoding: open[30..<38], as: UTF8.self) == "mimetype")
        #expect(open.range(of: Data("application/vnd.oasis.opendocument.text".utf8)) != nil)
        let html = try workspace.sdw("report", Self.farmers, "-o", "farmers.htm")
        #expect(try workspace.read("farmers.htm").hasPrefix("<!DOCTYPE html>"), "\(html.stderr)")
    }

    @Test func formatOptionWinsOverAnUnknownExtension() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let output = try workspace.sdw("report", Self.farmers, "--format", "odt", "-o", "farmers.bin")
        #expect(output.status == 0, "\(output.stderr)")
        #expect(Self.bytes(workspace, "farmers.bin").starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let stdout = try CLI.run(["report", Self.farmers, "--format", "docx"])
        #expect(stdout.status == 0, "\(stdout.stderr)")
        #expect(stdout.stdout.hasPrefix("PK"))
    }

    @Test(arguments: [("docx", "farmers.odt", "odt"), ("html", "farmers.docx", "docx"), ("odt", "farmers.md", "md")])
    func contradictionIsRefused(format: String, file: String, named: String) throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let output = try workspace.sdw("report", Self.farmers, "--format", format, "-o", file)
        #expect(output.status == 2)
        #expect(output.stderr == "sdw report: error: --format \(format) contradicts -o \(file), whose extension means \(named): "
                + "change one, or leave --format out to follow the file name\n")
        #expect(!FileManager.default.fileExists(atPath: workspace.directory.appendingPathComponent(file).path))
    }
}
