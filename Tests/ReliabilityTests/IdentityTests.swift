import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure
#if canImport(Glibc)
import Glibc
#endif

/// §8: who acts on a shared server. The process's own login, never what the environment
/// claims; under the service account, the login the SSH key fixes.
@Suite("Identity and deployment", .serialized, .tags(.slow), .skippedInFastLoop)
struct IdentityTests {
    /// The ward of the torture child, with the account running the tests (root, in CI)
    /// added as an administrator, and one draft by nvan.
    final class Ward: @unchecked Sendable {
        let scratch: Scratch
        let path: String
        let me: String
        let draft: String
        init() throws {
            scratch = try Scratch("identity")
            path = scratch.path("ward.sqlite")
            guard try Spawn.run([Binaries.torture, "setup", path]).status == 0 else { throw NSError(domain: "setup", code: 1) }
            me = String(cString: getpwuid(geteuid()).pointee.pw_name)
            let ledger = try Ledger.open(path: path)
            let admin = Actor(login: "qtvien")
            try ledger.save(Officer(login: me, name: "Quản Trị Máy Chủ", unitID: "UBND", position: "Chuyên viên CNTT", isManaging: false), by: admin)
            try ledger.grant(RoleGrant(login: me, role: .admin, unitID: "UBND"), by: admin)
            draft = try ledger.create(ConcurrencyTests.dossier("Bản nháp của An"), by: Actor(login: "nvan")).id
        }
        var cli: CLI { CLI(db: path) }
        func lastActor() throws -> String {
            try Raw.queue(path, readonly: true).read { db in try String.fetchOne(db, sql: "SELECT actor FROM event ORDER BY seq DESC LIMIT 1") ?? "" }
        }
    }

    static let spoofs = ["USER": "nvan", "LOGNAME": "nvan", "SUDO_USER": "nvan", "SUDO_UID": "1000", "HOME": "/home/nvan"]

    @Test func theEnvironmentCannotChooseTheOfficerOnARealDatabase() throws {
        let ward = try Ward()
        let before = try Raw.dump(ward.path)
        // The draft is nvan's: only nvan may submit it, or even find it (PROCEDURE.md §5).
        // USER & co. claiming nvan change nothing.
        let spoofed = try ward.cli.run(["submit", ward.draft], environment: Self.spoofs)
        #expect(spoofed.status == 2, "\(spoofed.stderr)")
        #expect(spoofed.stderr.contains("Không tìm thấy đề xuất \(ward.draft)"), "\(spoofed.stderr)")
        // DEXUAT_AS is for demo files only.
        let played = try ward.cli.run(["submit", ward.draft], as: "nvan")
        #expect(played.status == 2)
        #expect(played.stderr.contains("DEXUAT_AS chỉ dùng được trên cơ sở dữ liệu tạo bởi `dexuat demo`"))
        #expect(try Raw.dump(ward.path) == before)
        // What the process's own login may do, it does under its own name.
        let mine = try ward.cli.run(["officer", "add", "--login", "tvmoi", "--name", "Trần Văn Mới", "--unit", "VHXH"], environment: Self.spoofs)
        #expect(mine.status == 0, "\(mine.stderr)")
        #expect(try ward.lastActor() == ward.me)
    }

    /// A login that is not an officer is told so, whatever USER says.
    @Test(.enabled(if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func anAccountThatIsNoOfficerIsRefusedWhateverItClaims() throws {
        let ward = try Ward()
        chmod(ward.scratch.folder.path, 0o777)
        chmod(ward.path, 0o666)
        let before = try Raw.dump(ward.path)
        let out = try Spawn.run(["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", Binaries.dexuat,
                                 "submit", ward.draft, "--db", ward.path], environment: Spawn.cleanEnvironment(Self.spoofs))
        #expect(out.status == 2, "\(out.stderr)")
        #expect(out.stderr.contains("\"nobody\" chưa được gắn với cán bộ nào"), "\(out.stderr)")
        #expect(try Raw.dump(ward.path) == before)
    }

    // MARK: - ssh-session

    func session(_ ward: Ward, login: String, command: String?, extra: [String: String] = [:]) throws -> Spawn.Result {
        var env = Spawn.cleanEnvironment(Self.spoofs.merging(extra) { $1 })
        if let command { env["SSH_ORIGINAL_COMMAND"] = command }
        env["DEXUAT_AS"] = "qtvien"
        return try Spawn.run([Binaries.dexuat, "ssh-session", login, "--db", ward.path], environment: env)
    }

    @Test func theSSHKeyFixesTheOfficerWhateverTheEnvironmentSays() throws {
        let ward = try Ward()
        let out = try session(ward, login: "nvan", command: "submit \(ward.draft)")
        #expect(out.status == 0, "\(out.stderr)")
        #expect(try ward.lastActor() == "nvan")
        let list = try session(ward, login: "htmai", command: "dexuat list --lang en")
        #expect(list.status == 0)
        #expect(list.stdout.contains(ward.draft))
        // Quoting as a shell would: the words arrive whole.
        let returned = try session(ward, login: "htmai", command: "return \(ward.draft) --reasons 'Thiếu dự toán chi tiết'")
        #expect(returned.status == 1, "returning a submitted, unregistered proposal is a rule refusal: \(returned.stderr)")
        #expect(returned.stderr.contains("NĐ 73/2023") || returned.stderr.contains("Công văn số 432/UBND-VHXH"), "\(returned.stderr)")
    }

    @Test(arguments: [
        ("list --db /tmp/other.sqlite", "--db"), ("list --db=/tmp/other.sqlite", "--db"),
        ("backup --to /tmp/copy.sqlite", "backup"), ("restore /tmp/copy.sqlite", "restore"),
        ("--lang en init --unit-id X", "init"), ("demo --fresh", "demo"), ("ssh-session qtvien", "ssh-session"),
        ("return ID --reasons @/etc/passwd", "@/etc/passwd"), ("--demo", "--demo"), ("--theme /etc/shadow", "--theme"),
        ("list 'unclosed", "nháy"),
    ])
    func whatWouldLeaveTheIdentityOrTheDatabaseIsRefused(command: String, named: String) throws {
        let ward = try Ward()
        let before = try Raw.dump(ward.path)
        let out = try session(ward, login: "nvan", command: command.replacingOccurrences(of: "ID", with: ward.draft))
        #expect(out.status == 2, "\(command): \(out.status) \(out.stderr)")
        #expect(out.stderr.contains(named), "\(command): \(out.stderr)")
        #expect(try Raw.dump(ward.path) == before)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/copy.sqlite"))
    }

    @Test(arguments: ["NVAN", "nv an", "nvan;id", "-x", "", "../qtvien", "nvan\nqtvien", String(repeating: "a", count: 33), "ngườidùng"])
    func aMalformedLoginIsRefused(login: String) throws {
        let ward = try Ward()
        let out = try session(ward, login: login, command: "list")
        // 64: the argument parser's refusal ("-x" reads as an option); never run.
        #expect(out.status == 2, "\(login): \(out.stderr)")
        #expect(out.stderr.contains("tên đăng nhập không hợp lệ") || out.stderr.contains("Error"), "\(out.stderr)")
    }

    @Test func aLoginThatIsNoOfficerOrNoTerminalIsTold() throws {
        let ward = try Ward()
        let stranger = try session(ward, login: "khach", command: "list")
        #expect(stranger.status == 2)
        #expect(stranger.stderr.contains("không có cán bộ nào như vậy"))
        let noTTY = try session(ward, login: "nvan", command: nil)
        #expect(noTTY.status == 2)
        #expect(noTTY.stderr.contains("ssh -t"))
    }

    // MARK: - officer add --ssh-key

    static func ed25519(_ seed: UInt8) -> String {
        var blob: [UInt8] = [0, 0, 0, 11] + Array("ssh-ed25519".utf8) + [0, 0, 0, 32]
        blob += (0..<32).map { UInt8(truncatingIfNeeded: Int($0) &* 31 &+ Int(seed)) }
        return "ssh-ed25519 " + Data(blob).base64EncodedString() + " an@may-tinh"
    }

    @Test func officerAddPrintsTheForcedCommandLineAndItWorks() throws {
        let ward = try Ward()
        let out = try ward.cli.run(["officer", "add", "--login", "ttest", "--name", "Trần Thử", "--unit", "VHXH", "--ssh-key", Self.ed25519(1)])
        #expect(out.status == 0, "\(out.stderr)")
        let line = try #require(out.stdout.split(separator: "\n").map(String.init).first { $0.hasPrefix("command=") })
        let db = URL(fileURLWithPath: ward.path).standardizedFileURL.path
        #expect(line.contains(" ssh-session ttest --db \(db)\""))
        #expect(line.contains(",no-port-forwarding,no-X11-forwarding,no-agent-forwarding"))
        #expect(!line.contains("no-pty"), "the Desk needs a pseudo-terminal")
        #expect(line.hasSuffix(Self.ed25519(1).split(separator: " ").dropLast().joined(separator: " ") + " dexuat:ttest"))
        // The forced command, run as sshd would run it, acts as ttest.
        let quoted = try #require(line.split(separator: "\"").dropFirst().first)
        let words = quoted.split(separator: " ").map(String.init)
        var env = Spawn.cleanEnvironment(Self.spoofs)
        env["SSH_ORIGINAL_COMMAND"] = "new --template"
        let run = try Spawn.run(words, environment: env)
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func installWritesAuthorizedKeysAtomicallyPrivatelyAndOnce() throws {
        let ward = try Ward()
        let file = ward.scratch.path("home/.ssh/authorized_keys")
        let first = try ward.cli.run(["officer", "add", "--login", "ttest", "--name", "Trần Thử", "--unit", "VHXH",
                                      "--ssh-key", Self.ed25519(1), "--authorized-keys", file])
        #expect(first.status == 0, "\(first.stderr)")
        var mode = stat()
        stat(file, &mode)
        #expect(mode.st_mode & 0o777 == 0o600)
        stat(ward.scratch.path("home/.ssh"), &mode)
        #expect(mode.st_mode & 0o777 == 0o700)
        // Someone else's line stays; the same key again replaces its line; another key is added.
        let existing = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExisting admin@laptop"
        try (existing + "\n" + String.contents(of: file)).write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try ward.cli.run(["officer", "add", "--login", "ttest", "--name", "Trần Thử", "--unit", "VHXH",
                                  "--ssh-key", Self.ed25519(1), "--authorized-keys", file]).status == 0)
        #expect(try ward.cli.run(["officer", "add", "--login", "tkhac", "--name", "Trần Khác", "--unit", "VHXH",
                                  "--ssh-key", Self.ed25519(2), "--authorized-keys", file]).status == 0)
        let lines = String.contents(of: file).split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(lines)")
        #expect(lines.first == existing)
        #expect(lines.filter { $0.contains("ssh-session ttest ") }.count == 1)
        #expect(lines.filter { $0.contains("ssh-session tkhac ") }.count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: ward.scratch.path("home/.ssh")) == ["authorized_keys"])
    }

    @Test(arguments: [
        ("ssh-ed25519 not*base64", "BASE64"), ("ssh-dss AAAAB3NzaC1kc3MAAACBAP", "không được hỗ trợ"),
        ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----", "khóa bí mật"),
        ("command=\"/bin/sh\" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", "không được hỗ trợ"),
        ("ssh-rsa " + Data([0, 0, 0, 11] + Array("ssh-ed25519".utf8)).base64EncodedString(), "không khớp loại"),
        ("ssh-ed25519", "LOẠI BASE64"), (" ", "LOẠI BASE64"),
    ])
    func aBadKeyIsRefusedAndTheOfficerIsNotSaved(key: String, named: String) throws {
        let ward = try Ward()
        let before = try Raw.dump(ward.path)
        let file = ward.scratch.path("ak")
        let out = try ward.cli.run(["officer", "add", "--login", "ttest", "--name", "Trần Thử", "--unit", "VHXH",
                                    "--ssh-key=" + key, "--authorized-keys", file])
        #expect(out.status == 2, "\(out.stderr)")
        #expect(out.stderr.contains("Khóa SSH không hợp lệ"), "\(out.stderr)")
        #expect(out.stderr.contains(named), "\(out.stderr)")
        #expect(try Raw.dump(ward.path) == before)
        #expect(!FileManager.default.fileExists(atPath: file))
        let badLogin = try ward.cli.run(["officer", "add", "--login", "Tran Thu", "--name", "Trần Thử", "--unit", "VHXH",
                                         "--ssh-key", Self.ed25519(3)])
        #expect(badLogin.status == 2)
        #expect(try Raw.dump(ward.path) == before)
    }
}
