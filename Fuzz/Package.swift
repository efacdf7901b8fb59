// swift-tools-version: 6.0
// Coverage-guided fuzzing of Twinning's readers and writers with libFuzzer (see README.md).
// Depends on the root package by path; build it with scripts/fuzz.sh, which passes
// `-sanitize=fuzzer,address` and the scratch path `.build-fuzz`.
import PackageDescription

let package = Package(
    name: "TwinningFuzz",
    dependencies: [
        .package(name: "Twinning", path: ".."),
    ],
    targets: [
        // One executable, every harness: FUZZ_HARNESS names the one a run drives.
        .target(name: "CFuzzerDriver", path: "Sources/CFuzzerDriver"),
        .executableTarget(name: "twinning-fuzz", dependencies: [
            "CFuzzerDriver",
            .product(name: "Graph", package: "Twinning"),
            .product(name: "GraphvizBridge", package: "Twinning"),
        ], path: "Sources/TwinningFuzz"),
    ],
    swiftLanguageModes: [.v5]
)
