import Foundation
import GRDB
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 10, end to end: a real OpenSSH sshd on 127.0.0.1 (Debian's openssh-server,
/// installed by .ci/run), its own host key and config, the officer's line made by
/// `dexuat officer add --ssh-key`, and a login with the officer's key as the account
/// running the tests. The session works (`list --mine`, a document on the client's
/// standard output), and can neither write authorized_keys nor the database nor read a
/// server file.
@Suite("SSH end to end through sshd", .serialized, .tags(.slow, .daemon), .skippedInFastLoop)
struct SSHDTests {
    static let sshd = "/usr/sbin/sshd"

    /// A port nobody listens on now.
    static func freePort() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw NSError(domain: "port", code: 1) }
        return UInt16(bigEndian: address.sin_port)
    }

    static func accepts(_ port: UInt16) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = port.bigEndian
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

    static func has(_ officer: [String: Any], _ role: String) -> Bool {
        ((officer["grants"] as? [[String: Any]]) ?? []).contains { $0["role"] as? String == role }
    }

    static func officers(_ db: String) throws -> [[String: Any]] {
        let out = try Spawn.run([Binaries.dexuat, "officer", "list", "--json", "--db", db], environment: Spawn.cleanEnvironment(["DEXUAT_AS": "nvhung"]))
        return try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
    }

    /// In a demo ward: a proposal with a decision, and a clerk who may number its documents.
    static func documentable(_ db: String) throws -> (id: String, clerk: String) {
        let run = { (login: String, args: [String]) throws -> Spawn.Result in
            try Spawn.run([Binaries.dexuat] + args + ["--db", db], environment: Spawn.cleanEnvironment(["DEXUAT_AS": login]))
        }
        let officers = try officers(db)
        let admin = try #require(officers.first { has($0, "admin") }?["login"] as? String)
        let clerks = officers.filter { has($0, "clerk") }.compactMap { $0["login"] as? String }
        let proposals = try #require(try JSONSerialization.jsonObject(with: Data(try run(admin, ["list", "--limit", "100", "--json"]).stdout.utf8)) as? [[String: Any]])
        for proposal in proposals {
            guard let id = proposal["id"] as? String else { continue }
            for clerk in clerks where try run(clerk, ["document", id, "--kind", "decision", "--format", "html"]).status == 0 {
                return (id, clerk)
            }
        }
        throw NSError(domain: "the demo has no proposal with a decision", code: 1)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: SSHDTests.sshd),
                   "skipped: /usr/sbin/sshd is absent (apt-get install openssh-server; .ci/run installs it)"))
    func anOfficerLoggedInThroughSSHDReachesNoServerFile() throws {
        let scratch = try Scratch("sshd")
        let s = { (name: String) in scratch.path(name) }
        let me = String(cString: getpwuid(geteuid()).pointee.pw_name)
        // sshd's privilege separation folder (Debian creates it at boot, not at install).
        if !FileManager.default.fileExists(atPath: "/run/sshd") {
            try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        }
        for key in ["host_key", "officer_key"] {
            let made = try Spawn.run(["/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", key, "-f", s(key)])
            #expect(made.status == 0, "\(made.stderr)")
        }
        // A demo ward (an administrator and proposals in every state), a canary secret.
        let db = s("ward.sqlite")
        #expect(try Spawn.run([Binaries.dexuat, "demo", "--proposals", "12", "--quiet", "--db", db]).status == 0)
        let marker = "CANARY-" + UUID().uuidString
        _ = FileManager.default.createFile(atPath: s("secret.conf"), contents: Data("token = \(marker)\n".utf8), attributes: [.posixPermissions: 0o600])
        let cli = { (login: String, args: [String]) throws -> Spawn.Result in
            try Spawn.run([Binaries.dexuat] + args + ["--db", db], environment: Spawn.cleanEnvironment(["DEXUAT_AS": login]))
        }
        let officers = try Self.officers(db)
        let admin = try #require(officers.first { Self.has($0, "admin") }?["login"] as? String)
        let (id, clerk) = try Self.documentable(db)
        let officer = try #require(officers.first { $0["login"] as? String == clerk })

        // The officer's line, as the administrator installs it.
        let publicKey = String.contents(of: s("officer_key.pub")).trimmingCharacters(in: .whitespacesAndNewlines)
        var add = ["officer", "add", "--login", clerk, "--name", officer["name"] as? String ?? "", "--unit", officer["unit"] as? String ?? "",
                   "--position", officer["position"] as? String ?? "", "--ssh-key", publicKey, "--authorized-keys", s("authorized_keys")]
        if officer["managing"] as? Bool == true { add.append("--managing") }
        let installed = try cli(admin, add)
        #expect(installed.status == 0, "\(installed.stderr)")
        let keyLine = String.contents(of: s("authorized_keys"))
        #expect(keyLine.hasPrefix("command=\"\(URL(fileURLWithPath: Binaries.dexuat).resolvingSymlinksInPath().path) ssh-session \(clerk) --db \(db)\""), "\(keyLine)")

        try """
            ListenAddress 127.0.0.1
            HostKey \(s("host_key"))
            AuthorizedKeysFile \(s("authorized_keys"))
            PidFile \(s("sshd.pid"))
            StrictModes no
            UsePAM no
            PubkeyAuthentication yes
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PermitRootLogin prohibit-password
            AllowUsers \(me)
            PermitUserEnvironment no
            LogLevel VERBOSE

            """.write(toFile: s("sshd_config"), atomically: true, encoding: .utf8)

        var port: UInt16 = 0
        var pid: pid_t = 0
        for _ in 0..<3 {
            port = try Self.freePort()
            pid = try Spawn.start([Self.sshd, "-D", "-e", "-f", s("sshd_config"), "-p", String(port)], stderrPath: s("sshd.log"))
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline && !Self.accepts(port) && waitpid(pid, nil, WNOHANG) == 0 { usleep(50_000) }
            if Self.accepts(port) { break }
            kill(pid, SIGTERM)
            Spawn.wait(pid)
            pid = 0
        }
        try #require(pid > 0, "sshd did not start: \(String.contents(of: s("sshd.log")))")
        defer {
            kill(pid, SIGTERM)
            Spawn.wait(pid)
        }

        /// `ssh … 'command'` as the officer would type it; stdout to a file on "the client".
        func ssh(_ command: String, stdout: String? = nil, tty: Bool = false) throws -> (status: Int32, stdout: String, stderr: String) {
            let out = stdout ?? s("client.out"), err = s("client.err")
            try? FileManager.default.removeItem(atPath: out)
            try? FileManager.default.removeItem(atPath: err)
            let child = try Spawn.start(["/usr/bin/timeout", "60", "/usr/bin/ssh", "-F", "/dev/null", "-i", s("officer_key"), "-p", String(port),
                                         "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes",
                                         "-o", "IdentitiesOnly=yes", "-o", "ConnectTimeout=10", "-o", "LogLevel=ERROR"]
                                        + (tty ? ["-tt"] : []) + ["\(me)@127.0.0.1", command],
                                        environment: Spawn.cleanEnvironment(), stdoutPath: out, stderrPath: err)
            let status = Spawn.wait(child)
            return (status, String.contents(of: out), String.contents(of: err))
        }

        let keysBefore = FileManager.default.contents(atPath: s("authorized_keys"))
        let dumpBefore = try Raw.dump(db)
        var info = stat()
        stat(db, &info)
        let inodeBefore = info.st_ino

        // It works: the officer's own list, as the key fixes them.
        let mine = try ssh("list --mine --lang en")
        #expect(mine.status == 0, "\(mine.stderr) — sshd: \(String.contents(of: s("sshd.log")).suffix(800))")
        #expect(String.contents(of: s("sshd.log")).contains("Accepted publickey for \(me)"), "the login did not go through sshd")
        // The document comes to the client's standard output.
        let docx = s("client-qd.docx")
        let document = try ssh("document \(id) --kind decision", stdout: docx)
        #expect(document.status == 0, "\(document.stderr)")
        #expect(FileManager.default.contents(atPath: docx)?.prefix(2) == Data("PK".utf8), "no .docx on the client's stdout")

        // With a terminal (ssh -t), the .docx is refused and the redirection explained.
        let onTerminal = try ssh("document \(id) --kind decision", tty: true)
        #expect(onTerminal.status == 2, "\(onTerminal.stdout)")
        #expect(onTerminal.stdout.contains("ssh … document \(id) --kind decision > van-ban.docx"), "\(onTerminal.stdout)")

        // It cannot write authorized_keys or the database, nor read a server file.
        let attempts: [(String, String)] = [
            ("form export \(id) --kind ballot --output \(s("authorized_keys"))", "--output"),
            ("form export \(id) --kind ballot --output .ssh/authorized_keys", "--output"),
            ("register --output \(db)", "--output"),
            ("document \(id) --kind decision --output \(db)", "--output"),
            ("form import \(s("secret.conf"))", "<file>"),
            ("form import /etc/passwd", "<file>"),
            ("new --from \(s("secret.conf"))", "--from"),
            ("verify --register /etc/passwd", "--register"),
            ("return \(id) --reasons @\(s("secret.conf"))", "secret.conf"),
            ("backup --to \(s("copy.sqlite"))", "backup"),
        ]
        for (command, named) in attempts {
            let out = try ssh(command)
            #expect(out.status == 2, "\(command): \(out.status) \(out.stderr)")
            #expect(out.stderr.contains(named), "\(command): \(out.stderr)")
            #expect(!(out.stdout + out.stderr).contains(marker) && !(out.stdout + out.stderr).contains("root:x:0:0"), "\(command) leaked a server file")
        }
        #expect(FileManager.default.contents(atPath: s("authorized_keys")) == keysBefore, "authorized_keys changed")
        stat(db, &info)
        #expect(info.st_ino == inodeBefore, "the database file was replaced")
        #expect(!FileManager.default.fileExists(atPath: s("copy.sqlite")))
        // The document's number was reused: nothing but the log of the session changed the record.
        #expect(try Raw.dump(db) == dumpBefore)
    }
}
