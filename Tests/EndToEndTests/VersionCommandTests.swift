import Foundation
import Testing
@testable import dexuat

/// `dexuat --version`, `dexuat version [--json]` and the proposal ids the shell
/// completions offer: all read the database, if there is one, and never create one.
@Suite(.serialized, .tags(.slow), .skippedInFastLoop) struct VersionCommandTests {
    @Test func theVersionIsTheOneOfVersionSwiftAndStepsKeepTheirOwnVersionOption() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let out = try Spawn.run([CLI.binary, "--version"], environment: ProcessInfo.processInfo.environment, input: nil)
        #expect(out.status == 0)
        #expect(out.stdout == "dexuat \(DexuatVersion.current)\n")
        // On a step, --version is still the version of the proposal one saw: a stale one is refused.
        try cli.ok(["demo", "--proposals", "1", "--quiet"])
        let id = try #require((try cli.json(["list"]) as? [[String: Any]])?.first?["id"] as? String)
        // Parsed as the step's option (the refusal is dexuat's own, not the parser's).
        let stale = try cli.run(["submit", id, "--version", "9999"])
        #expect(stale.status != 0)
        #expect(stale.stderr.hasPrefix("dexuat: "))
        #expect(!stale.stderr.contains("Unexpected argument"))
        #expect(!stale.stdout.contains("dexuat \(DexuatVersion.current)"))
    }

    @Test func versionWithoutADatabaseSaysSoAndCreatesNothing() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let json = try #require(try cli.json(["version"]) as? [String: Any])
        #expect(json["version"] as? String == DexuatVersion.current)
        #expect((json["schema_version"] as? String)?.hasPrefix("v") == true)
        #expect((json["sqlite_version"] as? String)?.hasPrefix("3.") == true)
        #expect(json["database"] as? String == cli.db)
        #expect(json["database_exists"] as? Bool == false)
        #expect(json["chain_length"] is NSNull)
        #expect(!FileManager.default.fileExists(atPath: cli.db))
        let text = try cli.ok(["version", "--lang", "en"])
        #expect(text.contains("dexuat \(DexuatVersion.current)") && text.contains("none yet"))
        #expect(!FileManager.default.fileExists(atPath: cli.db))
    }

    @Test func versionGivesTheChainLengthTheCheckpointNames() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "2", "--quiet"])
        let version = try #require(try cli.json(["version"]) as? [String: Any])
        let checkpoint = try #require(try cli.json(["checkpoint"]) as? [String: Any])
        let length = try #require(version["chain_length"] as? Int)
        #expect(length > 0)
        #expect(length == checkpoint["seq"] as? Int)
        #expect(version["database_problem"] is NSNull)
    }

    @Test func versionOnAFileThatIsNoDatabaseReportsItAndChangesNothing() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let junk = Data("not a database at all, not even close".utf8)
        try junk.write(to: URL(fileURLWithPath: cli.db))
        let json = try #require(try cli.json(["version"]) as? [String: Any])
        #expect(json["database_exists"] as? Bool == true)
        #expect(json["chain_length"] is NSNull)
        #expect((json["database_problem"] as? String)?.isEmpty == false)
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.db)) == junk)
    }

    @Test func completionOffersTheDatabasesProposalIdsAndNothingOnAnyError() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        // No database: nothing offered, nothing created.
        #expect(ProposalCompletion.ids(["dexuat", "show", "--db", cli.db, ""], 4, "").isEmpty)
        #expect(!FileManager.default.fileExists(atPath: cli.db))
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let ids = Set(try #require(try cli.json(["list", "--limit", "500"]) as? [[String: Any]]).compactMap { $0["id"] as? String })
        #expect(ids.count >= 3)
        for words in [["dexuat", "show", "--db", cli.db, ""], ["dexuat", "--db=\(cli.db)", "submit", ""]] {
            #expect(Set(ProposalCompletion.ids(words, words.count - 1, "")) == ids)
        }
        let first = try #require(ids.sorted().first)
        let prefix = String(first.prefix(first.count - 1))
        #expect(Set(ProposalCompletion.ids(["dexuat", "show", "--db", cli.db, prefix], 4, prefix))
                == ids.filter { $0.hasPrefix(prefix) })
        // A file that is no database: nothing offered, the file untouched.
        let junk = cli.folder.appendingPathComponent("junk.sqlite")
        try Data("junk".utf8).write(to: junk)
        #expect(ProposalCompletion.ids(["dexuat", "show", "--db", junk.path, ""], 4, "").isEmpty)
        #expect(try Data(contentsOf: junk) == Data("junk".utf8))
    }

    @Test func completionUsesTheSameDefaultDatabaseAsTheCommands() {
        #expect(ProposalCompletion.databasePath(words: ["dexuat", "show"], environment: ["DEXUAT_DB": "/x/y.sqlite"]) == "/x/y.sqlite")
        #expect(ProposalCompletion.databasePath(words: ["dexuat", "show"], environment: ["XDG_DATA_HOME": "/d"]) == "/d/dexuat/dexuat.sqlite")
        #expect(ProposalCompletion.databasePath(words: ["dexuat", "--db", "/a.sqlite", "show"], environment: ["DEXUAT_DB": "/x"]) == "/a.sqlite")
    }
}
