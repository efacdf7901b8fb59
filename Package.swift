// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Twinning",
    products: [
        .executable(name: "twinning", targets: ["TwinningCLI"]),
        .library(name: "Graph", targets: ["Graph"]),
        .library(name: "Analytics", targets: ["Analytics"]),
        .library(name: "GraphvizBridge", targets: ["GraphvizBridge"]),
        .library(name: "Render", targets: ["Render"]),
        .library(name: "Tables", targets: ["Tables"]),
        .library(name: "Reports", targets: ["Reports"]),
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
            "CZlib",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        .target(name: "Analytics", dependencies: ["Graph"]),
        // The one target that calls the Graphviz C library: the context, the lock, DOT reading
        // (registered into Graph by `Graphviz.register()`), layout and rendering.
        .target(name: "GraphvizBridge", dependencies: ["Graph", "CGraphviz"]),
        // Result tables and their text/CSV/JSON printing, the report model and its writers, charts.
        .target(name: "Tables", dependencies: ["Graph"]),
        .target(name: "Render", dependencies: ["Graph", "Tables", "GraphvizBridge"]),
        // Turns a dataset and options into the tables, diagrams and reports the commands print.
        .target(name: "Reports", dependencies: ["Graph", "Analytics", "GraphvizBridge", "Render", "Tables"]),
        .executableTarget(
            name: "TwinningCLI",
            dependencies: [
                "Graph", "Analytics", "GraphvizBridge", "Render", "Tables", "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Times analytics for Benchmarks/run.py; reads a plain edge list itself.
        .executableTarget(name: "TwinningBench", dependencies: ["Analytics", "Graph"], path: "Benchmarks/TwinningBench"),
        // What every test target shares: the Python runner, scratch folders, the repository root.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "GraphTests", dependencies: ["Graph", "GraphvizBridge", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AnalyticsTests", dependencies: ["Analytics", "Graph", "TestSupport"], resources: [.copy("Fixtures")]),
        // Times the three drawing sizes of Benchmarks/RENDER.md and drives the leak check.
        .executableTarget(name: "render-bench", dependencies: ["Graph", "Analytics", "GraphvizBridge", "Render", "Reports"],
                          path: "Sources/RenderBench"),
        .testTarget(name: "RenderTests", dependencies: ["Render", "Graph", "Tables", "GraphvizBridge", "TestSupport"],
                    exclude: ["leak-check.sh", "graphviz-2.42.supp"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TablesTests", dependencies: ["Tables", "Graph", "TestSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Tables", "Analytics", "Graph", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["TwinningCLI", "TestSupport"]),
    ],
    swiftLanguageModes: [.v5]
)
