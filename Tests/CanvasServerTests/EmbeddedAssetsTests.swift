@testable import CanvasServer
import Foundation
import Testing

/// The binary serves exactly the files of ServerAssets/ and Schemas/openapi.yaml (rerun
/// scripts/embed-server-assets.py after changing one).
@Suite struct EmbeddedAssetsTests {
    static let files: [URL] = {
        let folder = TestServer.root.appendingPathComponent("ServerAssets")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
            + [TestServer.root.appendingPathComponent("Schemas/openapi.yaml")]
    }()

    @Test func theEmbeddedFilesAreTheRepositorysFiles() throws {
        #expect(Set(EmbeddedAssets.all.keys) == Set(Self.files.map(\.lastPathComponent)))
        for file in Self.files {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(EmbeddedAssets.all[file.lastPathComponent] == text, "\(file.lastPathComponent) changed: run scripts/embed-server-assets.py")
        }
    }
}
