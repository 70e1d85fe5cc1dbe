// swift-tools-version: 6.1
// The benchmarks of docs/PERFORMANCE.md, in their own package so that the application's
// `swift build` and `swift test` (and CI) never fetch or compile package-benchmark.
//
//     scripts/make-bench-dbs.sh                  # once: the 10k, 100k and 1M demo files
//     cd Benchmarks && swift package benchmark   # DEXUAT_BENCH_DB picks the file
import PackageDescription

let package = Package(
    name: "dexuat-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "dexuat", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .executableTarget(
            name: "DexuatBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Procedure", package: "dexuat"),
                .product(name: "Ledger", package: "dexuat"),
                .product(name: "Terminal", package: "dexuat"),
                .product(name: "Desk", package: "dexuat"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/DexuatBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Our time against the same SQL in the `sqlite3` shell (scripts/sqlite-floor.sh).
        .executableTarget(
            name: "FloorCompare",
            dependencies: [
                .product(name: "Procedure", package: "dexuat"),
                .product(name: "Ledger", package: "dexuat"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Sources/FloorCompare"
        ),
    ],
    swiftLanguageModes: [.v6]
)
