import ArgumentParser

/// The `sdw` command: Smart Diagram Workbench.
@main
struct SDW: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sdw",
        abstract: "Smart Diagram Workbench: check, store and report library service canvases (smart diagrams).",
        version: SDWVersion.current,
        subcommands: [Lint.self, Rules.self,
                      Add.self, List.self, Show.self, History.self, Diff.self, Export.self, Rm.self, Search.self, Stats.self]
    )
}

/// The version printed by `sdw --version` and written into machine-readable outputs.
enum SDWVersion {
    static let current = "0.1.0"
}
