import Foundation
import Testing
@testable import CanvasRules

/// The plugins embedded in the binary are exactly the files under Plugins/.
struct EmbeddedPluginsTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func generatedFileIsInSyncWithPluginsFolder() throws {
        let plugins = Self.repository.appendingPathComponent("Plugins")
        var onDisk: [String: String] = [:]
        for folder in try FileManager.default.contentsOfDirectory(atPath: plugins.path) where !folder.hasPrefix(".") {
            let files = PluginDirectory.files(in: plugins.appendingPathComponent(folder).path)
            for (name, text) in files { onDisk["\(folder)/\(name)"] = text }
        }
        #expect(Set(onDisk.keys) == Set(EmbeddedPlugins.files.keys),
                "run python3 scripts/embed-plugins.py: the embedded plugin files differ from Plugins/")
        for (path, text) in onDisk {
            #expect(EmbeddedPlugins.files[path] == text, "\(path) changed; run python3 scripts/embed-plugins.py")
        }
    }
}
