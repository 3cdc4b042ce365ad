// swift-tools-version:6.0
import PackageDescription

// Hot numeric and interpreter code is compiled optimized even in debug builds, so tests and the
// quick start do not need a 5-minute release build of swift-syntax (see docs/performance.md).
let optimized: [SwiftSetting] = [.unsafeFlags(["-O"])]
let syntax: [Target.Dependency] = [
    .product(name: "SwiftSyntax", package: "swift-syntax"),
    .product(name: "SwiftParser", package: "swift-syntax"),
    .product(name: "SwiftOperators", package: "swift-syntax"),
    .product(name: "SwiftDiagnostics", package: "swift-syntax"),
    .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
]

let package = Package(
    name: "nbrun",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nbrun", targets: ["nbrun"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax", exact: "603.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // `nbrun serve`'s HTTP and WebSocket server (smaller clean build than Hummingbird's; docs/performance.md).
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        // C libraries, each behind one system-library target.
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark-gfm", providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // HDF5 for the `model.weights.h5` inside Keras's `.keras` archives.
        .systemLibrary(name: "CHDF5", pkgConfig: "hdf5", providers: [.apt(["libhdf5-dev"])]),

        // Notebook model: Markdown + front matter → cells; the plain-data cell outputs.
        .target(name: "NotebookModel", dependencies: ["CCmark", .product(name: "Yams", package: "Yams")],
                swiftSettings: optimized),
        // The cell language; knows nothing of the engine.
        .target(name: "Interpreter", dependencies: syntax + [.product(name: "SwiftIfConfig", package: "swift-syntax")], swiftSettings: optimized + [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        // Hand-written vectorized kernels and the run-time OpenBLAS loader (which picks the AVX-512
        // sgemm kernels OpenBLAS 0.3.21 misses on this CPU; see docs/performance.md, Engine).
        // Flags stay architecture-neutral: the AVX2 copy of the kernels gets its instruction set
        // from a per-function attribute and is chosen at run time (dispatch.c), so the binary starts
        // on any CPU. No FP contraction keeps that copy bit-identical to the portable one.
        .target(
            name: "CEngineKernels",
            cSettings: [.unsafeFlags(["-O3", "-fno-math-errno", "-ffp-contract=off"])],
            linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]
        ),
        // The neural-network engine; imports only its C shims.
        .target(name: "Engine", dependencies: ["CEngineKernels", "CZlib", "CHDF5"], swiftSettings: optimized),
        // Joins interpreter and engine: the names cells can call.
        .target(name: "EngineBindings", dependencies: ["Interpreter", "Engine", "NotebookModel"], swiftSettings: optimized),
        // HTML pages, SVG figures, the site; sees plain data only.
        .target(
            name: "Renderer",
            dependencies: [
                "NotebookModel", "CZlib",
                .product(name: "SwiftIDEUtils", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: optimized
        ),
        // Exercise stripping, scoring and reports.
        .target(name: "Grader", dependencies: ["NotebookModel", "Interpreter"]),
        // parse → execute → render/grade.
        .target(name: "Runner", dependencies: ["NotebookModel", "Interpreter", "EngineBindings", "Renderer", "Grader",
                                               .product(name: "FlyingFox", package: "FlyingFox")],
                swiftSettings: optimized),
        // The thin CLI: one file per subcommand.
        .executableTarget(
            name: "nbrun",
            dependencies: ["Runner", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The libFuzzer target (scripts/fuzz builds it with -sanitize=fuzzer,address -DFUZZING);
        // the plain build replays inputs given on the command line.
        .executableTarget(name: "nbrun-fuzz", dependencies: ["Runner"]),

        // Release-mode benchmarks (see docs/performance.md).
        .executableTarget(name: "EngineBenchmark", dependencies: ["Engine"], path: "Benchmarks/EngineBenchmark", swiftSettings: optimized),
        .executableTarget(name: "InterpreterBenchmark", dependencies: ["Interpreter"], path: "Benchmarks/InterpreterBenchmark", exclude: ["programs", "pending"], swiftSettings: optimized),

        // Tests mirror sources; TestHelpers holds snapshot/fixture plumbing shared by all.
        .target(name: "TestHelpers", path: "Tests/TestHelpers"),
        .testTarget(name: "NotebookModelTests", dependencies: ["NotebookModel", "TestHelpers"]),
        .testTarget(name: "InterpreterTests", dependencies: ["Interpreter", "TestHelpers"], exclude: ["known-gaps.txt"], resources: [.copy("Conformance")]),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "TestHelpers"], exclude: ["Fixtures"]),
        .testTarget(name: "EngineBindingsTests", dependencies: ["Engine", "EngineBindings", "Interpreter", "TestHelpers"], exclude: ["Scripts"]),
        .testTarget(name: "RendererTests", dependencies: ["Renderer", "CZlib", "TestHelpers"], exclude: ["Snapshots"]),
        .testTarget(name: "GraderTests", dependencies: ["Grader", "Interpreter", "TestHelpers"], exclude: ["Fixtures"]),
        .testTarget(name: "RunnerTests", dependencies: ["Runner", "TestHelpers"], exclude: ["Fixtures", "Snapshots"]),
    ],
    swiftLanguageModes: [.v5]
)

// Zero warnings in first-party Swift: CI fails on any (dependencies are not affected).
for target in package.targets where target.type != .system && !target.name.hasPrefix("C") {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-warnings-as-errors"])]
}
