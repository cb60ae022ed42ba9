import Foundation

/// Reads the files under Tests/CanvasKitTests/Fixtures, which the package copies into the test bundle.
enum FixtureFiles {
    /// The bundle's copy of the Fixtures folder.
    static var root: URL {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("the test bundle has no Fixtures folder; check resources in Package.swift")
        }
        return url
    }

    /// The names (without extension) of the files in `folder` that end in `.ext`, sorted.
    static func names(in folder: String, withExtension ext: String) -> [String] {
        let directory = root.appendingPathComponent(folder)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix("." + ext) }.map { String($0.dropLast(ext.count + 1)) }.sorted()
    }

    /// Whether `folder/name` exists.
    static func exists(_ folder: String, _ name: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(folder).appendingPathComponent(name).path)
    }

    /// The bytes of `folder/name`.
    static func bytes(_ folder: String, _ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(name)))
    }

    /// The text of `folder/name`.
    static func text(_ folder: String, _ name: String) throws -> String {
        String(decoding: try bytes(folder, name), as: UTF8.self)
    }
}
