import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 10, item 2: a local `--output` never replaces the database, its -wal, -shm, a
/// backup (any SQLite file), a symbolic link or an existing file without --force; the
/// database and SQLite files not even with it; new files are 0600 and written whole.
/// Run for every command that has --output (enumerated from the binary's description).
@Suite("Local --output files", .serialized, .tags(.slow), .skippedInFastLoop)
struct OutputFileTests {
    final class Ward: @unchecked Sendable {
        let scratch: Scratch
        let db: String
        init() throws {
            scratch = try Scratch("output")
            db = scratch.path("ward.sqlite")
            guard try Spawn.run([Binaries.torture, "setup", db]).status == 0 else { throw NSError(domain: "setup", code: 1) }
        }
        func path(_ name: String) -> String { scratch.path(name) }
        func run(_ arguments: [String]) throws -> Spawn.Result {
            try Spawn.run([Binaries.dexuat] + arguments + ["--db", db], environment: Spawn.cleanEnvironment())
        }
        func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
    }

    /// The commands with --output, from the binary: each must also have --force.
    @Test func everyCommandWithOutputHasForce() throws {
        let withOutput = try SSHPolicyTests.dumpedTree().filter { $0.arguments.contains("--output") }
        #expect(Set(withOutput.map(\.path)) == ["report", "register", "document", "form export"])
        for command in withOutput {
            #expect(command.arguments.contains("--force"), "\(command.path) has --output but no --force")
        }
    }

    /// A command whose --output the tests can reach without a proposal in a late state.
    static let writers: [[String]] = [["register"], ["register", "--format", "csv"], ["report", "--period", "2026"]]

    static func mode(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    /// No temporary file left beside the target.
    static func leftovers(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".dexuat-") }
    }

    @Test(arguments: writers)
    func aNewFileIsWholeAndPrivate(command: [String]) throws {
        let ward = try Ward()
        let target = ward.path("out.txt")
        let out = try ward.run(command + ["--output", target])
        #expect(out.status == 0, "\(out.stderr)")
        let printed = try ward.run(command)
        #expect(ward.bytes(target) == Data(printed.stdoutBytes), "the file differs from standard output")
        #expect(Self.mode(target) == 0o600)
        #expect(try Self.leftovers(in: ward.scratch.folder.path).isEmpty)
    }

    @Test(arguments: writers)
    func anExistingFileNeedsForce(command: [String]) throws {
        let ward = try Ward()
        let target = ward.path("kept.txt")
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: target))
        chmod(target, 0o644)
        let refused = try ward.run(command + ["--output", target])
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("--force"), "\(refused.stderr)")
        #expect(ward.bytes(target) == Data("mine\n".utf8))
        let forced = try ward.run(command + ["--output", target, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(ward.bytes(target) != Data("mine\n".utf8))
        #expect(Self.mode(target) == 0o600, "a replaced file is private too")
        #expect(try Self.leftovers(in: ward.scratch.folder.path).isEmpty)
    }

    /// The database, its companions, another name for it, and a backup: never, even with --force.
    @Test(arguments: writers)
    func theDatabaseAndSQLiteFilesAreNeverReplaced(command: [String]) throws {
        let ward = try Ward()
        #expect(try ward.run(["backup", "--to", ward.path("copy.sqlite")]).status == 0)
        try FileManager.default.createDirectory(atPath: ward.path("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: ward.path("alias"), withDestinationPath: ward.scratch.folder.path)
        #expect(link(ward.db, ward.path("hard.sqlite")) == 0)
        // A -wal and -shm beside the database, as a running writer leaves them.
        try Data([0x37, 0x7f, 0x06, 0x82] + [UInt8](repeating: 0, count: 28)).write(to: URL(fileURLWithPath: ward.db + "-wal"))
        try Data(repeating: 0, count: 64).write(to: URL(fileURLWithPath: ward.db + "-shm"))
        let targets = [ward.db, ward.db + "-wal", ward.db + "-shm", ward.db + "-journal", ward.path("copy.sqlite"),
                       ward.path("alias/ward.sqlite"), ward.path("sub/../ward.sqlite"), ward.path("hard.sqlite"),
                       ward.path("copy.sqlite-wal")]
        let dump = try Raw.dump(ward.db)
        let backup = ward.bytes(ward.path("copy.sqlite"))
        var info = stat()
        stat(ward.db, &info)
        let inode = info.st_ino
        let result = Data(try ward.run(command).stdoutBytes)
        for target in targets {
            for force in [false, true] {
                let out = try ward.run(command + ["--output", target] + (force ? ["--force"] : []))
                #expect(out.status == 2, "\(target) force=\(force): \(out.status) \(out.stderr)")
                #expect(out.stderr.contains("cơ sở dữ liệu") || out.stderr.contains("SQLite"), "\(target): \(out.stderr)")
            }
        }
        // SQLite itself may fold or reset the -wal and -shm when the command opens the
        // database; what matters is that none of them holds the command's output, and
        // that the database is the same file with the same content.
        for target in targets { #expect(ward.bytes(target) != result, "\(target) holds the output") }
        #expect(ward.bytes(ward.path("copy.sqlite")) == backup, "the backup changed")
        #expect(try Raw.dump(ward.db) == dump)
        stat(ward.db, &info)
        #expect(info.st_ino == inode, "the database file was replaced")
        #expect(ward.bytes(ward.db)?.prefix(16) == Data("SQLite format 3\0".utf8))
        #expect(!FileManager.default.fileExists(atPath: ward.db + "-journal"))
        #expect(try ward.run(["verify"]).status == 0)
        #expect(try Self.leftovers(in: ward.scratch.folder.path).isEmpty)
    }

    /// A symbolic link as the last name: not followed, not replaced, with or without --force;
    /// a dangling one does not create its target.
    @Test(arguments: writers)
    func aSymbolicLinkIsNeverWrittenThrough(command: [String]) throws {
        let ward = try Ward()
        let victim = ward.path("victim.txt")
        try Data("victim\n".utf8).write(to: URL(fileURLWithPath: victim))
        try FileManager.default.createSymbolicLink(atPath: ward.path("link.txt"), withDestinationPath: victim)
        try FileManager.default.createSymbolicLink(atPath: ward.path("dangling.txt"), withDestinationPath: ward.path("created.txt"))
        try FileManager.default.createSymbolicLink(atPath: ward.path("dblink"), withDestinationPath: ward.db)
        for target in ["link.txt", "dangling.txt", "dblink"].map(ward.path) {
            for force in [false, true] {
                let out = try ward.run(command + ["--output", target] + (force ? ["--force"] : []))
                #expect(out.status == 2, "\(target) force=\(force): \(out.stderr)")
                var info = stat()
                #expect(lstat(target, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK, "\(target) is no longer a link")
            }
        }
        #expect(ward.bytes(victim) == Data("victim\n".utf8))
        #expect(!FileManager.default.fileExists(atPath: ward.path("created.txt")))
        #expect(try ward.run(["verify"]).status == 0)
    }

    /// `document` without --output writes nowhere but standard output: a .docx there when
    /// redirected, a refusal naming the redirection on a terminal; no file in the folder.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func aDocumentGoesToStandardOutputAndNotToATerminal() throws {
        let scratch = try Scratch("docx")
        let db = scratch.path("demo.sqlite")
        #expect(try Spawn.run([Binaries.dexuat, "demo", "--proposals", "12", "--quiet", "--db", db]).status == 0)
        let (id, clerk) = try SSHDTests.documentable(db)
        let env = Spawn.cleanEnvironment(["DEXUAT_AS": clerk])
        let piped = try Spawn.run(["/usr/bin/env", "-C", scratch.folder.path, Binaries.dexuat, "document", id, "--kind", "decision", "--db", db],
                                  environment: env)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdoutBytes.prefix(2) == [0x50, 0x4B])
        // On a terminal (script gives the command a pseudo-terminal): refused, told to redirect.
        let command = [Binaries.dexuat, "document", id, "--kind", "decision", "--db", db].map { "'\($0)'" }.joined(separator: " ")
        let tty = try Spawn.run(["/usr/bin/script", "-qec", command, "/dev/null"], environment: env)
        #expect(tty.status == 2, "\(tty.stdout)")
        #expect(tty.stdout.contains("> van-ban.docx"), "\(tty.stdout)")
        #expect(!tty.stdout.contains("PK\u{03}\u{04}"))
        let files = try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path)
        #expect(files.allSatisfy { $0.hasPrefix("demo.sqlite") }, "document wrote a file: \(files)")
    }

    @Test func aMissingFolderOrAFolderNameIsRefusedCleanly() throws {
        let ward = try Ward()
        let missing = try ward.run(["register", "--output", ward.path("none/out.html")])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("không tồn tại"))
        for folder in [ward.scratch.folder.path, ward.scratch.folder.path + "/", ward.path("."), ward.path("..")] {
            let out = try ward.run(["register", "--output", folder, "--force"])
            #expect(out.status == 2, "\(folder): \(out.stderr)")
        }
        #expect(try Self.leftovers(in: ward.scratch.folder.path).isEmpty)
    }
}
