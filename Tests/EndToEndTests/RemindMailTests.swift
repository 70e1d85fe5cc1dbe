import Foundation
import Testing

/// Issue 14, "Resolved when": reminders sent through a real MTA. Debian's exim4 (from
/// `exim4-daemon-light`, installed by .ci/run) runs with a private configuration in a
/// temporary folder: only the domain `localhost` is routed, to one mbox file in that
/// folder, delivered in the foreground (`-odi`); any other address is unroutable, so
/// nothing can leave this machine. `remind --mail` pipes to it through DEXUAT_SENDMAIL
/// (a two-line wrapper adding `-C` and `-odi`); the test reads the mailbox back and checks
/// each message against `remind --json`.
@Suite("Reminders through exim", .serialized, .tags(.slow, .daemon), .skippedInFastLoop)
struct RemindMailTests {
    static let exim = ["/usr/sbin/exim4", "/usr/sbin/exim"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: exim != nil, "exim4 is not installed (apt-get install exim4-daemon-light): skipped"))
    func remindersReachALocalMailboxThroughExim() throws {
        let exim = try #require(Self.exim)
        let ward = try RemindTests.Ward()
        defer { ward.cli.cleanUp() }
        let folder = ward.cli.folder.appendingPathComponent("exim")
        for sub in ["spool", "log", "mail"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        // Exim never delivers as root: as root, deliver as nobody into a folder it can write.
        let root = getuid() == 0
        let user = root ? "nobody" : (ProcessInfo.processInfo.environment["USER"] ?? NSUserName())
        chmod(folder.appendingPathComponent("mail").path, 0o777)
        chmod(folder.path, 0o755)
        chmod(ward.cli.folder.path, 0o755)
        let mbox = folder.appendingPathComponent("mail/mbox").path
        let config = folder.appendingPathComponent("exim.conf").path
        try """
            primary_hostname = dexuat-test.localhost
            domainlist local_domains = localhost
            qualify_domain = localhost
            spool_directory = \(folder.path)/spool
            log_file_path = \(folder.path)/log/%slog
            keep_environment =
            \(root ? "exim_user = root\nexim_group = root\ntrusted_users = root" : "")
            begin routers
            local_file:
              driver = accept
              domains = +local_domains
              transport = local_file
            begin transports
            local_file:
              driver = appendfile
              file = \(mbox)
              user = \(user)
              mode = 0644
              envelope_to_add
              return_path_add
            begin retry
            * * F,1m,1m
            """.write(toFile: config, atomically: true, encoding: .utf8)
        let wrapper = folder.appendingPathComponent("sendmail").path
        try "#!/bin/sh\nexec \(exim) -C \(config) -odi \"$@\"\n".write(toFile: wrapper, atomically: true, encoding: .utf8)
        chmod(wrapper, 0o755)

        let given = try ward.giveAddresses()
        let out = try ward.cli.run(["remind", "--date", ward.day, "--mail"], environment: ["DEXUAT_SENDMAIL": wrapper])
        let eximLog = (try? String(contentsOfFile: folder.path + "/log/mainlog", encoding: .utf8)) ?? ""
        #expect(out.status == 0, "\(out.stderr)\n\(eximLog)")
        // -odi delivers before sendmail returns; poll briefly all the same.
        var text = ""
        for _ in 0..<50 {
            text = (try? String(contentsOfFile: mbox, encoding: .utf8)) ?? ""
            if text.components(separatedBy: "\nEnvelope-to: ").count - 1 >= out.stdout.components(separatedBy: "\n").filter({ !$0.isEmpty }).count { break }
            usleep(100_000)
        }
        let messages = ReadMessage.mbox(text)
        #expect(!messages.isEmpty, "nothing delivered:\n\(eximLog)")
        try RemindTests.check(messages, ward: ward, given: given)
        // Each message went to its own recipient only (the envelope exim recorded).
        for message in messages {
            let to = message.header("To") ?? ""
            #expect(to.hasSuffix("<\(message.header("Envelope-to") ?? "?")>"), "\(to) ≠ \(message.header("Envelope-to") ?? "")")
        }
        #expect(eximLog.contains("Completed"), "\(eximLog)")
    }
}
