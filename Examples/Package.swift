// swift-tools-version: 6.0
// An example of using Twinning's library products from another Swift package: it depends
// on the repository's root package by path, as a package elsewhere would by URL.
import PackageDescription

let package = Package(
    name: "TwinningExamples",
    dependencies: [
        .package(name: "Twinning", path: ".."),
    ],
    targets: [
        .executableTarget(name: "top-actors", dependencies: [
            .product(name: "Graph", package: "Twinning"),
            .product(name: "Analytics", package: "Twinning"),
        ], path: "Sources/TopActors"),
    ]
)
