// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "loss-plot",
    products: [
        .executable(name: "loss-plot", targets: ["loss-plot"]),
        .library(name: "LossFunctions", targets: ["LossFunctions"]),
        .library(name: "Plotting", targets: ["Plotting"]),
        .library(name: "LossPlotKit", targets: ["LossPlotKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // `make docs`: DocC for LossFunctions, Plotting and LossPlotKit (a command plugin, never part of a build).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]
        ),
        .systemLibrary(
            name: "CPango",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev"])]
        ),
        .systemLibrary(
            name: "CFontconfig",
            pkgConfig: "pangoft2",
            providers: [.apt(["libpango1.0-dev", "libfontconfig-dev"])]
        ),
        .systemLibrary(
            name: "CDeflate",
            pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"])]
        ),
        .systemLibrary(
            name: "CGif",
            pkgConfig: "libgif",
            providers: [.apt(["libgif-dev"])]
        ),
        .systemLibrary(
            name: "CWebP",
            pkgConfig: "libwebpmux",
            providers: [.apt(["libwebp-dev"])]
        ),
        // FoundationEssentials, the C library and Dispatch, re-exported: no target of the binary
        // imports the whole of Foundation.
        .target(name: "Platform"),
        .target(name: "LossFunctions", dependencies: ["Platform"]),
        .target(name: "Plotting", dependencies: ["Platform"]),
        .target(name: "ArrayText"),
        // Formulas of x, t, r, m and parameters, with exact first and second derivatives (`--expr`).
        .target(name: "Formula", dependencies: ["Platform"]),
        .target(name: "CairoCanvas", dependencies: ["Platform", "Plotting", "CCairo", "CPango", "CFontconfig", "CDeflate", "CGif", "CWebP"]),
        // The application: requests, figure building, figure sets, output, animation, frameworks.
        // It knows nothing of argument parsing.
        .target(name: "LossPlotKit", dependencies: ["Platform", "LossFunctions", "Plotting", "CairoCanvas", "ArrayText", "Formula"]),
        // The commands and their option groups: each turns its options into a LossPlotKit request.
        .target(
            name: "LossPlotCLI",
            dependencies: [
                "Platform", "LossPlotKit", "LossFunctions", "Plotting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "loss-plot", dependencies: ["LossPlotCLI"]),
        .target(name: "MallocCounter", path: "Tests/MallocCounter"),
        .target(name: "TestUtilities", path: "Tests/TestUtilities"),
        .target(name: "ImageTestSupport", dependencies: ["CCairo"], path: "Tests/ImageTestSupport"),
        .target(name: "PlottingTestSupport", dependencies: ["Plotting"], path: "Tests/PlottingTestSupport"),
        .testTarget(name: "LossFunctionsTests", dependencies: ["LossFunctions", "MallocCounter"]),
        .testTarget(name: "FormulaTests", dependencies: ["Formula"], exclude: ["Fixtures"]),
        .testTarget(name: "ArrayTextTests", dependencies: ["ArrayText", "TestUtilities"], exclude: ["Fixtures"]),
        .testTarget(name: "PlottingTests", dependencies: ["Plotting", "TestUtilities", "PlottingTestSupport"], exclude: ["reference"]),
        .testTarget(
            name: "LossPlotKitTests",
            dependencies: ["LossPlotKit", "LossFunctions", "Plotting", "CairoCanvas", "CGif", "TestUtilities", "ImageTestSupport"]),
        .testTarget(
            name: "LossPlotCLITests",
            dependencies: ["LossPlotCLI", "LossPlotKit", "LossFunctions", "Plotting", "CairoCanvas", "CCairo", "CGif", "ArrayText", "TestUtilities", "ImageTestSupport", "PlottingTestSupport"],
            exclude: ["Goldens", "Browser"]),
    ]
)

// Renders figures in one process and prints the heap still in use (RetainedMemoryTests). Left out
// when `make manual` runs argument-parser's generate-manual plugin (LOSS_PLOT_MANUAL=1), which asks
// every executable of the package for its help and would fail on this one.
if Context.environment["LOSS_PLOT_MANUAL"] == nil {
    package.targets.append(.executableTarget(name: "memory-probe", dependencies: ["LossPlotCLI", "MallocCounter"], path: "Tests/MemoryProbe"))
}

// libFuzzer harnesses (`make fuzz`), one per parser of untrusted text. Their entry point is
// LLVMFuzzerTestOneInput and they link only with `-sanitize=fuzzer`, so they exist only in the
// build `make fuzz` runs (LOSS_PLOT_FUZZ=1, scratch path .build-fuzz).
if Context.environment["LOSS_PLOT_FUZZ"] != nil {
    for name in ["fuzz-values", "fuzz-manifest", "fuzz-markup", "fuzz-maths", "fuzz-command-line"] {
        package.targets.append(.executableTarget(
            name: name, dependencies: ["LossPlotCLI", "LossPlotKit", "LossFunctions", "Plotting", "CairoCanvas"], path: "Fuzz/\(name)"))
    }
    package.targets.append(.executableTarget(name: "fuzz-arrays", dependencies: ["ArrayText"], path: "Fuzz/fuzz-arrays"))
    package.targets.append(.executableTarget(name: "fuzz-formula", dependencies: ["Formula"], path: "Fuzz/fuzz-formula"))
}
