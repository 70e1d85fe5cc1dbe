// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "dexuat",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dexuat", targets: ["dexuat"]),
        .library(name: "Procedure", targets: ["Procedure"]),
        .library(name: "Ledger", targets: ["Ledger"]),
        .library(name: "Terminal", targets: ["Terminal"]),
        .library(name: "Desk", targets: ["Desk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // ncursesw through a system-library module map (no pkgConfig: SwiftPM refuses
        // ncurses' -D_XOPEN_SOURCE flags). Only the Terminal backend will import it.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // The system zlib (ZIPFoundation links it already, under its own module CZlib): Ledger's packing of stored text.
        .systemLibrary(name: "CDexuatZlib", path: "Sources/CDexuatZlib"),
        // The rules of PROCEDURE.md: no I/O at all.
        .target(name: "Procedure"),
        // The one TOML reader for every TOML input (themes, settings, dossier and import
        // files): pure Swift, throws with a line number, never traps on any bytes.
        .target(name: "SafeTOML"),
        // SQLite through GRDB: schema, transactions, the event chain, search.
        .target(
            name: "Ledger",
            dependencies: [
                "Procedure", "CDexuatZlib",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The believable demo ward: its officers, topics and scenarios, a generator of a year
        // of proposals through Procedure's rules, and its points 1 and 4. Ledger writes it
        // (`importDemo`) but knows none of it; `dexuat demo`, `--demo` and tests use it.
        .target(name: "DemoWard", dependencies: ["Procedure", "Ledger"]),
        // Cell grid, display widths, key decoding, themes; the ncursesw backend and a
        // virtual one for tests. Only its curses backend file imports CNcursesw.
        .target(
            name: "Terminal",
            dependencies: [
                "CNcursesw", "SafeTOML",
            ]
        ),
        // What is printed, filed or published from the record: the consolidated report,
        // the public register, the official documents (.docx and HTML, Nghị định 30/2020),
        // imports and offline forms. No terminal, no SQL of its own.
        .target(
            name: "Papers",
            dependencies: [
                "Procedure", "Ledger",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The application: panes, forms, keymap, help. No SQL, no curses calls.
        .target(name: "Desk", dependencies: ["Procedure", "Ledger", "Terminal"]),
        .executableTarget(
            name: "dexuat",
            dependencies: [
                "Procedure", "Ledger", "Terminal", "Desk", "Papers",
                "SafeTOML", "DemoWard", "CrashGuard",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A child process for the reliability batteries: commits in a loop, reports each
        // acknowledged commit, gets killed. Not part of the product.
        .executableTarget(name: "dexuat-torture", dependencies: ["Procedure", "Ledger"]),
        // A crash ends with one line in the user's language and exit 70, the terminal put
        // back (the handler in C: write(2) and _exit only). dexuat installs it first in main.
        .target(name: "CCrashGuard"),
        .target(name: "CrashGuard", dependencies: ["CCrashGuard"]),
        // Crashes on purpose, with the same handler, for the crash tests. Not part of the product.
        .executableTarget(name: "dexuat-crash", dependencies: ["CrashGuard", "Terminal"]),
        // §7.8 in figures: `swift run -c release dexuat-attach-bench [MB]`. Not a test.
        .executableTarget(name: "dexuat-attach-bench", dependencies: ["Procedure", "Ledger"]),
        // The TOML fuzzer at scale: `swift run -c release dexuat-toml-fuzz 100000`.
        .target(name: "SafeTOMLFuzz", dependencies: ["SafeTOML"]),
        .executableTarget(name: "dexuat-toml-fuzz", dependencies: ["SafeTOMLFuzz"]),
        .testTarget(name: "ProcedureTests", dependencies: ["Procedure"]),
        .testTarget(name: "LedgerTests", dependencies: ["Ledger", "Procedure", "DemoWard", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "DemoWardTests", dependencies: ["DemoWard", "Ledger", "Procedure", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal"]),
        .testTarget(name: "SafeTOMLTests", dependencies: ["SafeTOML", "SafeTOMLFuzz"],
                    // Our own corpus in toml-test's layout, read through #filePath.
                    exclude: ["Corpus"]),
        .testTarget(name: "PapersTests", dependencies: ["Papers", "Ledger", "Procedure", "DemoWard",
                                                        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                                                        // Raw SQL to put hostile bytes into every column (HostileTextTests).
                                                        .product(name: "GRDB", package: "GRDB.swift")],
                    // Golden reports, read through #filePath (not resources).
                    exclude: ["Golden"]),
        .testTarget(name: "DeskTests", dependencies: ["Desk", "Terminal", "Procedure", "Ledger", "DemoWard", .product(name: "GRDB", package: "GRDB.swift")],
                    // Golden text snapshots, read through #filePath (not resources).
                    exclude: ["Snapshots"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["dexuat", "Procedure", "Ledger", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Crash, concurrency, fault, backup, tamper, escape, bad-input, identity and migration
        // batteries (docs/RELIABILITY.md). DEXUAT_FULL_BATTERIES=1 for the full counts.
        .testTarget(
            name: "ReliabilityTests",
            dependencies: ["dexuat", "dexuat-torture", "dexuat-crash", "CrashGuard", "Procedure", "Ledger", "Terminal", "Desk",
                           .product(name: "GRDB", package: "GRDB.swift")],
            // The released schemas as `sqlite3 .dump` text, read through #filePath.
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
