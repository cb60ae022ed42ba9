// swift-tools-version:6.0
import PackageDescription

/// The same settings on every target (architecture.md, convention 9).
let settings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "sdw",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sdw", targets: ["sdw"]),
        .library(name: "CanvasKit", targets: ["CanvasKit"]),
        .library(name: "CanvasRules", targets: ["CanvasRules"]),
        .library(name: "CanvasReports", targets: ["CanvasReports"]),
        .library(name: "CanvasStore", targets: ["CanvasStore"]),
        .library(name: "CanvasWorkbench", targets: ["CanvasWorkbench"]),
        .library(name: "CanvasServer", targets: ["CanvasServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    ],
    targets: [
        .target(
            name: "CanvasKit",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: settings
        ),
        .target(
            name: "CanvasRules",
            dependencies: ["CanvasKit"],
            swiftSettings: settings
        ),
        .target(
            name: "CanvasReports",
            dependencies: [
                "CanvasKit", "CanvasRules", .product(name: "Mustache", package: "swift-mustache"),
                // The DOCX and ODT containers.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                "SystemZlib",
            ],
            swiftSettings: settings
        ),
        // zlib (which ZIPFoundation links too), for the PNG a DOCX report needs beside each diagram's SVG.
        .systemLibrary(name: "SystemZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "CSQLiteTuning",
            // sqlite3_config, which is variadic and so out of Swift's reach.
            linkerSettings: [.linkedLibrary("sqlite3")]
        ),
        .target(
            name: "CanvasStore",
            dependencies: [
                "CanvasKit", "CanvasRules", "CSQLiteTuning", .product(name: "GRDB", package: "GRDB.swift"),
                // The SQLite C API itself: the search ranking function, and binding the rows of `sdw add`
                // without GRDB's per-value boxing.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: settings
        ),
        // What the CLI and a server do with a store: lint files and hand the prepared inputs to it.
        .target(
            name: "CanvasWorkbench",
            dependencies: ["CanvasKit", "CanvasRules", "CanvasStore"],
            swiftSettings: settings
        ),
        .target(
            name: "CanvasServer",
            dependencies: [
                "CanvasKit", "CanvasRules", "CanvasReports", "CanvasStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: settings
        ),
        .executableTarget(
            name: "sdw",
            dependencies: [
                "CanvasKit", "CanvasRules", "CanvasReports", "CanvasStore", "CanvasWorkbench", "CanvasServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: settings
        ),
        .testTarget(
            name: "CanvasKitTests",
            // Yams for libyaml itself (CYaml): the oracle of the differential YAML test.
            dependencies: ["CanvasKit", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Fixtures")],
            swiftSettings: settings
        ),
        .testTarget(
            name: "CanvasRulesTests",
            dependencies: ["CanvasRules"],
            swiftSettings: settings
        ),
        .testTarget(
            name: "CanvasReportsTests",
            dependencies: ["CanvasReports", "SystemZlib", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures", "__Snapshots__"],
            swiftSettings: settings
        ),
        .testTarget(
            name: "CanvasStoreTests",
            dependencies: ["CanvasStore", "CanvasWorkbench", "sdw", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["__Snapshots__"],
            swiftSettings: settings
        ),
        .testTarget(
            name: "CanvasServerTests",
            dependencies: [
                "CanvasServer", "CanvasStore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: settings
        ),
        .testTarget(
            name: "SDWTests",
            dependencies: ["sdw", "CanvasRules"],
            exclude: ["__Snapshots__"],
            swiftSettings: settings
        ),
    ]
)
