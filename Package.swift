// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Twinning",
    products: [
        .executable(name: "twinning", targets: ["TwinningCLI"]),
        .library(name: "Graph", targets: ["Graph"]),
        .library(name: "Analytics", targets: ["Analytics"]),
        .library(name: "Render", targets: ["Render"]),
        .executable(name: "twinning-bench", targets: ["TwinningBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // SQLite databases (.sqlite, .db) over the system SQLite (libsqlite3-dev).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Documentation generation only: `swift package generate-documentation --target Graph`
        // (and Analytics) builds the DocC catalogs; no target links it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // The system zlib, for gzip-compressed inputs and outputs (Sources/Graph/IO/Gzip.swift).
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "Graph", dependencies: [
            "CGraphviz", "CZlib",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        .target(name: "Analytics", dependencies: ["Graph"]),
        .target(name: "Render", dependencies: ["Graph", "Analytics", "CGraphviz"]),
        .executableTarget(
            name: "TwinningCLI",
            dependencies: [
                "Graph", "Analytics", "Render",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Times analytics for Benchmarks/run.py; reads a plain edge list itself.
        .executableTarget(name: "TwinningBench", dependencies: ["Analytics"], path: "Benchmarks/TwinningBench"),
        .testTarget(name: "GraphTests", dependencies: ["Graph"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AnalyticsTests", dependencies: ["Analytics", "Graph"], resources: [.copy("Fixtures")]),
        // Times the three drawing sizes of Benchmarks/RENDER.md and drives the leak check.
        .executableTarget(name: "render-bench", dependencies: ["Graph", "Analytics", "Render"],
                          path: "Sources/RenderBench"),
        .testTarget(name: "RenderTests", dependencies: ["Render", "Graph", "CGraphviz"],
                    exclude: ["leak-check.sh", "graphviz-2.42.supp"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CLITests", dependencies: ["TwinningCLI"]),
    ],
    swiftLanguageModes: [.v5]
)
