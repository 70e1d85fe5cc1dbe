import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure
#if canImport(Glibc)
import Glibc
#endif

/// Issue 10, item 7: a write attempted on a 0444 database leaves a 0444 `-shm` (SQLite
/// gives it the database's mode); after `chmod 600` the file must be writable again.
///
/// Mode bits do not bind root, so as root the children run as `nobody` through
/// `setpriv` (util-linux), on a folder and files given to `nobody`; as any other account
/// they run as that account. Without `setpriv`, as root, the test is skipped.
@Suite("Read-only -shm", .serialized)
struct ReadOnlySidecarTests {
    static let setpriv = "/usr/bin/setpriv"
    static let asRoot = geteuid() == 0
    static let runnable = !asRoot || FileManager.default.isExecutableFile(atPath: setpriv)

    static func mode(_ path: String) -> mode_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o777 : nil
    }

    @Test(.enabled(if: runnable))
    func aRefusedWriteOnA0444DatabaseDoesNotKeepItReadOnlyAfterChmod600() throws {
        let scratch = try Scratch("readonly-shm")
        let path = scratch.path("ward.sqlite")
        #expect(try Spawn.run([Binaries.torture, "setup", path]).status == 0)
        let login = Self.asRoot ? "nobody" : String(cString: getpwuid(geteuid()).pointee.pw_name)
        do {
            let ledger = try Ledger.open(path: path)
            try ledger.save(Officer(login: login, name: "Quản Trị Máy Chủ", unitID: "UBND", position: "", isManaging: false),
                            by: Actor(login: "qtvien"))
            try ledger.grant(RoleGrant(login: login, role: .admin, unitID: "UBND"), by: Actor(login: "qtvien"))
        }
        // Every connection is closed: no -wal or -shm is left.
        #expect(Self.mode(path + "-shm") == nil)
        var prefix: [String] = []
        if Self.asRoot {
            for file in [scratch.folder.path, path] { #expect(chown(file, 65534, 65534) == 0) }
            prefix = [Self.setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        func add(_ newLogin: String) throws -> Spawn.Result {
            try Spawn.run(prefix + [Binaries.dexuat, "officer", "add", "--login", newLogin, "--name", "Cán Bộ Mới", "--unit", "VHXH",
                                    "--db", path], environment: Spawn.cleanEnvironment())
        }
        #expect(chmod(path, 0o444) == 0)
        let refused = try add("tvmot")
        #expect(refused.status == 3, "\(refused.stdout) \(refused.stderr)")
        #expect(refused.stderr.contains("chỉ đọc được với tài khoản"), "\(refused.stderr)")
        // The state the issue describes: the -shm the refused write left has mode 0444.
        #expect(Self.mode(path + "-shm") == 0o444, "precondition: SQLite left a 0444 -shm")
        #expect(chmod(path, 0o600) == 0)
        let written = try add("tvhai")
        #expect(written.status == 0, "\(written.stderr)")
        #expect(Self.mode(path + "-shm").map { $0 & 0o200 != 0 } ?? true, "the -shm is writable again (or gone)")
        let ledger = try Ledger.open(path: path, readOnly: true)
        #expect(try ledger.organization().officer("tvhai") != nil)
        #expect(try ledger.organization().officer("tvmot") == nil)
        #expect(try ledger.verify().ok)
    }
}
