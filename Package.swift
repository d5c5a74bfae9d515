// swift-tools-version:6.0
import PackageDescription

// Dependencies point one way: CLI → Query / Store / Ingest → Model.
let package = Package(
    name: "ClaimKB",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "claimkb", targets: ["ClaimKBCLI"]),
        .executable(name: "claimkb-bench", targets: ["ClaimKBBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
    ],
    targets: [
        // Plain value types; no I/O.
        .target(name: "ClaimKBModel"),
        // Text in, model out; never touches SQLite.
        .target(
            name: "ClaimKBIngest",
            dependencies: ["ClaimKBModel", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Lexicon")]
        ),
        // Model ↔ SQLite: migrations, transactions.
        .target(
            name: "ClaimKBStore",
            dependencies: ["ClaimKBModel", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("../../Migrations")]
        ),
        // The canned questions as typed rows, and their output formats.
        .target(
            name: "ClaimKBQuery",
            dependencies: ["ClaimKBModel", "ClaimKBStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The `claimkb` command: argument parsing and printing only.
        .executableTarget(
            name: "ClaimKBCLI",
            dependencies: [
                "ClaimKBModel", "ClaimKBIngest", "ClaimKBStore", "ClaimKBQuery",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`: synthetic corpus, ingest and query timings.
        .executableTarget(
            name: "ClaimKBBench",
            dependencies: ["ClaimKBModel", "ClaimKBIngest", "ClaimKBStore", "ClaimKBQuery",
                           .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "ClaimKBIngestTests", dependencies: ["ClaimKBIngest", "ClaimKBModel"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "ClaimKBStoreTests", dependencies: ["ClaimKBStore", "ClaimKBIngest", "ClaimKBModel"]),
        .testTarget(name: "ClaimKBQueryTests", dependencies: ["ClaimKBQuery", "ClaimKBStore", "ClaimKBIngest", "ClaimKBModel"]),
        .testTarget(name: "ClaimKBCLITests", dependencies: ["ClaimKBCLI"]),
    ]
)
