import ArgumentParser
import Desk
import Foundation
import Ledger
import Procedure
import Terminal

/// `dexuat ssh-session LOGIN --db PATH`: the forced command of one officer's SSH key in
/// the service account's authorized_keys (the gitolite pattern, docs/DEPLOY.md). The
/// officer is LOGIN whatever the account is; `--db` is fixed by the key line.
///
/// Without a command (`ssh -t dexuat@server`) it opens the Desk; with one
/// (`ssh dexuat@server list --mine`, which sshd passes as SSH_ORIGINAL_COMMAND) it runs
/// those dexuat arguments. What would let a key holder step outside their identity or
/// their database, or reach a file of the service account, is refused: every option and
/// argument is checked against SSHPolicy's reviewed table (a file name is never taken:
/// inputs are `-`, results go to standard output), `--db`, `--demo`, `--theme` and
/// `@FILE` are refused before parsing, and the commands backup, restore, init, demo and
/// ssh-session are not available. The Desk runs without the external editor (C-e), since
/// an editor can start a shell.
struct SSHSession: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ssh-session",
        abstract: "Lệnh bắt buộc của khóa SSH một cán bộ trên tài khoản dịch vụ (xem docs/DEPLOY.md).",
        shouldDisplay: false)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "Tên đăng nhập của cán bộ giữ khóa.") var login: String

    func run() throws {
        // Only what the key line says counts: not the environment sshd may pass on.
        unsetenv("DEXUAT_AS")
        unsetenv("DEXUAT_DB")
        unsetenv("DEXUAT_SENDMAIL")
        // No file is read or written by name from here on (UserFiles): inputs come on
        // standard input, results go to standard output.
        UserFiles.serverSession = true
        try dexuat.run(options) {
            guard let db = options.db, !db.isEmpty else {
                throw InputError(CLIText.sshSessionNeedsDbAbsolute)
            }
            guard Identity.isValidLogin(login) else {
                throw InputError(CLIText.sshSessionInvalidLoginLower(Text.visible(login)))
            }
            guard db.hasPrefix("/") else {
                throw InputError(CLIText.sshSessionDbMustAbsolute)
            }
            let ledger = try options.openLedger()
            guard try ledger.organization().officer(login) != nil else {
                throw InputError(CLIText.sshKeyBelongsButNo(login))
            }
            Identity.sessionLogin = login
            let requested = ProcessInfo.processInfo.environment["SSH_ORIGINAL_COMMAND"] ?? ""
            if requested.trimmingCharacters(in: .whitespaces).isEmpty {
                try openDesk(ledger: ledger, language: options.lang)
                return
            }
            let command: ParsableCommand
            do {
                command = try Self.command(for: requested, database: db, language: options.lang)
            } catch let error as InputError {
                throw error
            } catch {
                Dexuat.exitMapped(withError: error)
            }
            guard !(command is Dexuat) else {
                try openDesk(ledger: ledger, language: options.lang)
                return
            }
            var runnable = command
            try runnable.run()
        }
    }

    /// The command an officer asked for, parsed, with every option and argument checked
    /// against the reviewed table (SSHPolicy); what may not run over SSH throws.
    static func command(for requested: String, database: String, language: Language) throws -> ParsableCommand {
        let arguments = try Self.arguments(from: requested, language: language)
        let command = try Dexuat.parseAsRoot(arguments + ["--db", database])
        try SSHPolicy.check(command, database: database)
        return command
    }

    /// The words of SSH_ORIGINAL_COMMAND, split as a shell would split plain words and
    /// quotes (no expansion of any kind), with what a key holder may not ask for refused.
    static func arguments(from text: String, language: Language) throws -> [String] {
        var words = try split(text)
        if let first = words.first, first == "dexuat" || first.hasSuffix("/dexuat") { words.removeFirst() }
        for word in words {
            if word == "--db" || word.hasPrefix("--db=") {
                throw InputError(CLIText.sshSessionDatabaseFixedDb)
            }
            if word == "--demo" || word == "--theme" || word.hasPrefix("--theme=") {
                throw InputError(CLIText.notAllowedSshSession(Text.visible(word)))
            }
            if word.hasPrefix("@") {
                throw InputError(CLIText.sshSessionDoesNotRead(Text.visible(word)))
            }
        }
        return words
    }

    /// Shell-like splitting: spaces separate words, '…' and "…" quote, \ escapes.
    static func split(_ text: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for c in text {
            if escaped {
                current.append(c)
                escaped = false
                continue
            }
            if let q = quote {
                if c == q {
                    quote = nil
                } else if c == "\\" && q == "\"" {
                    escaped = true
                } else {
                    current.append(c)
                }
                continue
            }
            switch c {
            case "'", "\"":
                quote = c
                inWord = true
            case "\\":
                escaped = true
                inWord = true
            case " ", "\t", "\n":
                if inWord { words.append(current) }
                current = ""
                inWord = false
            default:
                current.append(c)
                inWord = true
            }
        }
        guard quote == nil, !escaped else {
            throw InputError(CLIText.sshCommandUnclosedQuote)
        }
        if inWord { words.append(current) }
        return words
    }

    /// The officer's reminder (issue 14), a few lines on the terminal before the Desk
    /// takes the screen, left 1.5 s to be read; nothing when nothing waits. Counts only,
    /// no key is read: keys typed meanwhile go to the Desk as they would have.
    private func greet(ledger: Ledger, language: Language) {
        let today = Day.inVietnam(Date())
        guard let reminder = try? ledger.reminders(on: today, only: login).first,
              let text = ReminderDigest.greeting(reminder, today: today, lang: language) else { return }
        FileHandle.standardOutput.write(Data((SafeOutput.lines(text) + "\n").replacingOccurrences(of: "\n", with: "\r\n").utf8))
        usleep(1_500_000)
    }

    /// The Desk for the key's officer, on the pseudo-terminal `ssh -t` gives.
    private func openDesk(ledger: Ledger, language: Language) throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw InputError(CLIText.deskNeedsTerminalConnectSsh)
        }
        greet(ledger: ledger, language: language)
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal()
        } catch {
            throw InputError(CLIText.unexpectedError(error))
        }
        // Themes from the service account's own folders only: not from variables a client
        // might have passed (DEXUAT_THEMES, XDG_CONFIG_HOME).
        var environment = ProcessInfo.processInfo.environment
        environment["DEXUAT_THEMES"] = nil
        environment["XDG_CONFIG_HOME"] = nil
        environment["HOME"] = URL(fileURLWithPath: SSHKeyLine.defaultFile()).deletingLastPathComponent().deletingLastPathComponent().path
        let loaded = ThemeLoader.load(name: "default", searchPaths: ThemeLoader.standardSearchPaths(environment: environment),
                                      environment: environment, colorDepth: terminal.colorDepth)
        terminal.theme = loaded.theme
        // No external editor: `vi` and its kind can start a shell as the service account.
        let app = try DeskApp(ledger: ledger, backend: terminal, officer: login, played: false, language: language, forms: .standard)
        app.run()
    }
}

/// One line of the service account's authorized_keys: the officer's public key, bound by
/// a forced command to `dexuat ssh-session LOGIN --db PATH`.
enum SSHKeyLine {
    /// The key types OpenSSH accepts for users.
    static let types: Set<String> = [
        "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
        "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
    ]

    /// The line for `login`, or a message naming what is wrong with the key or the paths.
    static func make(key text: String, login: String, database: String, binary: String) throws -> String {
        guard Identity.isValidLogin(login) else {
            throw InputError(CLIText.loginCannotUsedSshKey(Text.visible(login)))
        }
        let key = try parse(text)
        for (name, path) in [("dexuat", binary), ("--db", database)] {
            guard path.hasPrefix("/"), path.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "/._+-".unicodeScalars.contains($0)) }) else {
                throw InputError(CLIText.pathMustAbsoluteOnlyLetters(name, Text.visible(path)))
            }
        }
        let options = "command=\"\(binary) ssh-session \(login) --db \(database)\",no-port-forwarding,no-X11-forwarding,no-agent-forwarding,no-user-rc"
        return "\(options) \(key.type) \(key.base64) dexuat:\(login)"
    }

    /// Reads `TYPE BASE64 [COMMENT]`: the type known, the base64 valid, and the blob
    /// inside naming the same type (so that a pasted private key, a fingerprint or a line
    /// with options of its own is refused).
    static func parse(_ text: String) throws -> (type: String, base64: String) {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(String.init)
        let bad = { (why: Localized) in
            InputError(CLIText.invalidSshKeyPasteLine(why))
        }
        if text.contains("PRIVATE KEY") {
            throw bad(CLIText.sshKeyIsPrivate)
        }
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).filter { !$0.allSatisfy(\.isWhitespace) }
        guard words.count >= 2, lines.count == 1 else { throw bad(CLIText.sshKeyNotOneLine) }
        guard types.contains(words[0]) else {
            throw bad(CLIText.sshKeyTypeNotSupported(Text.visible(words[0])))
        }
        guard let blob = Data(base64Encoded: words[1]), blob.count >= 4 else { throw bad(CLIText.sshKeyBase64Unreadable) }
        let bytes = [UInt8](blob)
        let length = Int(bytes[0]) << 24 | Int(bytes[1]) << 16 | Int(bytes[2]) << 8 | Int(bytes[3])
        guard length > 0, 4 + length <= bytes.count, String(decoding: bytes[4..<(4 + length)], as: UTF8.self) == words[0] else {
            throw bad(CLIText.sshKeyContentNotOfType(words[0]))
        }
        if words[0] == "ssh-ed25519" && bytes.count != 51 {
            throw bad(CLIText.sshKeyEd25519Length)
        }
        return (words[0], words[1])
    }

    /// Adds (or replaces, for the same key) the line in `file`, atomically: written to a
    /// temporary file 0600, fsynced, renamed; the folder made 0700 if it is new.
    static func install(_ line: String, into file: String) throws {
        if UserFiles.serverSession { throw UserFiles.refusedOverSSH(file) }
        let fm = FileManager.default
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().path
        if !fm.fileExists(atPath: folder) {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        let blob = line.split(separator: " ").dropLast().last.map(String.init) ?? ""
        var lines: [String] = []
        if let data = fm.contents(atPath: file) {
            guard let text = String(data: data, encoding: .utf8) else {
                throw InputError(CLIText.fileNotUtfNotChanged(file))
            }
            lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            while lines.last == "" { lines.removeLast() }
        }
        lines.removeAll { existing in !blob.isEmpty && existing.split(separator: " ").contains { $0 == blob } }
        lines.append(line)
        let temporary = file + ".dexuat-\(getpid())"
        let fd = open(temporary, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else {
            throw InputError(CLIText.cannotWrite(temporary, String(cString: strerror(errno))))
        }
        let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd)
        close(fd)
        guard written == bytes.count, synced == 0, rename(temporary, file) == 0 else {
            unlink(temporary)
            throw InputError(CLIText.cannotInstallKeyInto(file, String(cString: strerror(errno))))
        }
        chmod(file, 0o600)
    }

    /// The service account's own authorized_keys (from the password database, not $HOME).
    static func defaultFile() -> String {
        let home = getpwuid(geteuid()).flatMap { $0.pointee.pw_dir.map { String(cString: $0) } } ?? NSHomeDirectory()
        return home + "/.ssh/authorized_keys"
    }

    /// This binary's absolute path, for the forced command.
    static func binaryPath() -> String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }
}
