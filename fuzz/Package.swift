// swift-tools-version:6.1
import PackageDescription

/// libFuzzer targets for Backbone's parsers, kept out of the main package so its build and
/// tests never need the fuzzer runtime. Build and run them with fuzz/run.sh (README, "Hostile input").
let fuzzerFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "BackboneFuzz",
    dependencies: [.package(name: "Backbone", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzCSV", dependencies: [.product(name: "BackboneFuzzing", package: "Backbone")], swiftSettings: fuzzerFlags),
        .executableTarget(
            name: "FuzzXML", dependencies: [.product(name: "BackboneFuzzing", package: "Backbone")], swiftSettings: fuzzerFlags),
        .executableTarget(
            name: "FuzzPipeline", dependencies: [.product(name: "BackboneFuzzing", package: "Backbone")], swiftSettings: fuzzerFlags),
        .executableTarget(
            name: "FuzzExtract", dependencies: [.product(name: "BackboneFuzzing", package: "Backbone")], swiftSettings: fuzzerFlags),
        .executableTarget(
            name: "FuzzExpression", dependencies: [.product(name: "BackboneFuzzing", package: "Backbone")],
            swiftSettings: fuzzerFlags),
    ]
)
