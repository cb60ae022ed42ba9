import ArgumentParser
import CanvasKit
import Foundation

/// `sdw schema [-o FILE]`: print the JSON Schema of format 1 for editors.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of canvas and workshop files, for editors.",
        discussion: """
            Save it and point your editor's YAML language server at it with a first line such as
              # yaml-language-server: $schema=./sdw-schema.json
            """)

    @Option(name: .shortAndLong, help: "Write the schema to FILE instead of standard output.")
    var output: String?

    mutating func run() throws {
        let text = CanvasSchema.text
        guard let output else {
            Terminal.write(text)
            return
        }
        if let failure = OutputWriter.write(text, to: output) {
            Terminal.warn("error: \(failure.message)")
            throw SDWExit.usage
        }
    }
}
