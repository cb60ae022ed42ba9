import CanvasKit
import Foundation

/// Finds plugin folders on disk and reads their files.
public enum PluginDirectory {
    /// The plugin folders `path` holds: `path` itself when it has a `plugin.yaml`, else each
    /// sub-folder that has one, sorted.
    public static func pluginFolders(in path: String) throws(FileError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FileError(path: path, reason: "no such plugin folder")
        }
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        if FileManager.default.fileExists(atPath: base + "/" + PluginReader.manifestName) { return [base] }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: base) else {
            throw FileError(path: path, reason: "cannot be listed")
        }
        return names.sorted().filter { !$0.hasPrefix(".") }.map { base + "/" + $0 }.filter {
            FileManager.default.fileExists(atPath: $0 + "/" + PluginReader.manifestName)
        }
    }

    /// The `*.yaml` and `*.yml` files directly in `folder`, by file name.
    public static func files(in folder: String) -> [String: String] { read(folder).texts }

    /// The `*.yaml` and `*.yml` files directly in `folder`: the texts of those that could be
    /// read, and why each other one could not (not a regular file, over the size limit, not UTF-8).
    public static func read(_ folder: String) -> (texts: [String: String], unreadable: [String: String]) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let limit = YAMLLimits.standard.maxFileBytes
        var texts: [String: String] = [:], unreadable: [String: String] = [:]
        for name in names where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            do throws(FileError) {
                let bytes = try FileIO.read(folder + "/" + name, limit: limit, regularOnly: true)
                if bytes.count > limit {
                    unreadable[name] = "it is larger than \(FileIO.sizeText(limit)), the limit for a plugin file"
                } else if let text = String(validating: bytes, as: UTF8.self) {
                    texts[name] = text
                } else {
                    unreadable[name] = "it is not UTF-8 text"
                }
            } catch {
                unreadable[name] = "it " + error.reason
            }
        }
        return (texts, unreadable)
    }
}
