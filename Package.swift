// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Backbone",
    products: [
        .executable(name: "backbone", targets: ["backbone"]),
        /// The parsers, for the libFuzzer targets in fuzz/ (a separate package).
        .library(name: "BackboneFuzzing", targets: ["BackboneCore", "Extract", "Pipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        /// System libraries: only supply pkg-config flags and link lines.
        .systemLibrary(
            name: "CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        /// A small C API over libxml2's xmlTextReader whose header includes no libxml2
        /// header, so Swift never sees ICU (see DEVELOPERS notes in README).
        .target(name: "CXMLReader", dependencies: ["CLibXML2"]),
        /// Linux file-system calls Swift's Glibc module does not expose (renameat2).
        .target(name: "CFileSystem"),

        /// Values, columnar tables, canonical schema, locations and diagnostics, expressions.
        .target(name: "BackboneCore", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        /// Streaming CSV and XML readers, gzip, encodings, mapping onto canonical tables.
        .target(name: "Extract", dependencies: ["BackboneCore", "CZlib", "CXMLReader"]),
        /// Row-level findings and quarantine.
        .target(name: "Validate", dependencies: ["BackboneCore", "Extract"]),
        /// Linking CBO participants to district students.
        .target(name: "Linkage", dependencies: ["BackboneCore"], resources: [.copy("Resources")]),
        /// The student-year frame and indicators.
        .target(name: "Measure", dependencies: ["BackboneCore"]),
        /// HTML (Mustache templates from reports/) and CSV outputs.
        .target(
            name: "ReportCard",
            dependencies: ["BackboneCore", "Measure", "Linkage", .product(name: "Mustache", package: "swift-mustache")]),
        /// The deterministic Riverton demo community generator.
        .target(name: "DemoCommunity", dependencies: ["BackboneCore", "CZlib"]),
        /// Every publishing run and every value it published, in SQLite beside the card.
        .target(name: "RunHistory", dependencies: ["BackboneCore", .product(name: "GRDB", package: "GRDB.swift")]),
        /// The pipeline file, DAG planning and the runner.
        .target(
            name: "Pipeline",
            dependencies: [
                "BackboneCore", "Extract", "Validate", "Linkage", "Measure", "ReportCard", "CFileSystem", "RunHistory",
                .product(name: "Yams", package: "Yams"),
            ]),
        /// The thin command-line front end.
        .executableTarget(
            name: "backbone",
            dependencies: [
                "Pipeline", "RunHistory", "DemoCommunity", "Extract", "Validate", "BackboneCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .target(name: "BackboneTestSupport", dependencies: ["BackboneCore"], path: "Tests/BackboneTestSupport"),
        .testTarget(name: "BackboneCoreTests", dependencies: ["BackboneCore", "BackboneTestSupport"]),
        .testTarget(name: "ExtractTests", dependencies: ["BackboneCore", "Extract", "BackboneTestSupport"]),
        .testTarget(name: "ValidateTests", dependencies: ["BackboneCore", "Validate", "BackboneTestSupport"]),
        .testTarget(name: "LinkageTests", dependencies: ["BackboneCore", "Linkage", "BackboneTestSupport"]),
        .testTarget(name: "MeasureTests", dependencies: ["BackboneCore", "Measure", "BackboneTestSupport"]),
        .testTarget(name: "ReportCardTests", dependencies: ["BackboneCore", "Linkage", "ReportCard", "BackboneTestSupport"]),
        .testTarget(
            name: "PipelineTests", dependencies: ["BackboneCore", "Linkage", "Pipeline", "DemoCommunity", "BackboneTestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["BackboneCore", "Pipeline", "RunHistory", "BackboneTestSupport"]),
    ]
)
