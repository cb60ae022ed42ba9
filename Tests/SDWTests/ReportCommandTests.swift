import Foundation
import Testing

/// `sdw report` from files, run as the built binary: exit statuses, where the report goes, the
/// linter it checks with, and PDF through Chromium.
struct ReportCommandTests {
    static let seniors = "Examples/velingrad-2012/seniors.yaml"

    /// Whether `chromium` or `chromium-browser` is on PATH.
    static let hasChromium: Bool = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return folders.contains { folder in
            ["chromium", "chromium-browser"].contains { FileManager.default.isExecutableFile(atPath: "\(folder)/\($0)") }
        }
    }()

    @Test func markdownGoesToStandardOutput() throws {
        let output = try CLI.run(["report", Self.seniors, "--format", "md"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
        #expect(output.stdout.hasPrefix("<a id=\"canvas-1\"></a>\n\n## Група 9: Пенсионери ONLINE\n"))
        #expect(output.stdout.contains("- **Файл:** \(Self.seniors)\n"))
    }

    @Test func outputOptionWritesTheFile() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let source = CLI.root.appendingPathComponent(Self.seniors).path
        let output = try workspace.sdw("report", source, "-o", "seniors.html")
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.isEmpty)
        let html = try workspace.read("seniors.html")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("Пенсионери ONLINE"))
    }

    @Test func usageAndInputErrorsExitWithStatusTwo() throws {
        let none = try CLI.run(["report"])
        #expect(none.status == 2)
        #expect(none.stderr == "sdw report: error: nothing to report on: give canvas files, folders or ids of stored "
                + "canvases, or --workshop ID or --portfolio to report from the canvas store\n")
        let missing = try CLI.run(["report", "Examples/velingrad-2012/missing.yaml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("sdw report: error: Examples/velingrad-2012/missing.yaml: cannot read"))
        let both = try CLI.run(["report", "Examples/velingrad-2012", "--workshop", "velingrad-2012", "--portfolio"])
        #expect(both.status == 2)
        #expect(both.stderr == "sdw report: error: --workshop and --portfolio cannot go together: choose one\n")
        #expect(both.stdout.isEmpty)
    }

    @Test func findingsSummaryHasThePluginFindingsOfSdwLint() throws {
        let report = try CLI.run(["report", Self.seniors, "--format", "md"])
        #expect(report.stdout.contains("`seniors/home-delivery`"))
        let lint = try CLI.run(["lint", Self.seniors])
        #expect(lint.stdout.contains("[seniors/home-delivery]"))
    }

    @Test func reportFollowsTheConfigurationFile() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try workspace.write(try String(contentsOf: CLI.root.appendingPathComponent(Self.seniors), encoding: .utf8),
                            to: "seniors.yaml")
        try workspace.write("rules:\n  seniors/home-delivery: off\n", to: ".sdw.yml")
        let report = try workspace.sdw("report", "seniors.yaml", "--format", "md")
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("Пенсионери ONLINE"))
        #expect(!report.stdout.contains("seniors/home-delivery"))
        let lint = try workspace.sdw("lint", "seniors.yaml")
        #expect(!lint.stdout.contains("seniors/home-delivery"))
    }

    @Test func pdfWithoutChromiumIsAClearError() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let source = CLI.root.appendingPathComponent(Self.seniors).path
        // A PATH with no Chromium on it, whatever this machine has installed.
        let output = try CLI.run(["report", source, "--format", "pdf", "-o", "seniors.pdf"], in: workspace.directory,
                                 environment: ["PATH": workspace.directory.path])
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("sdw report: error: PDF output needs headless Chromium: install it"))
        #expect(!FileManager.default.fileExists(atPath: workspace.directory.appendingPathComponent("seniors.pdf").path))
    }

    @Test(.enabled(if: ReportCommandTests.hasChromium, "needs chromium or chromium-browser on PATH"))
    func pdfWithChromium() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let source = CLI.root.appendingPathComponent(Self.seniors).path
        let output = try workspace.sdw("report", source, "--format", "pdf", "-o", "seniors.pdf")
        #expect(output.status == 0, "\(output.stderr)")
        let pdf = try Data(contentsOf: workspace.directory.appendingPathComponent("seniors.pdf"))
        #expect(pdf.starts(with: Data("%PDF".utf8)))
    }
}
