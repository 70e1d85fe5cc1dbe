import Procedure

/// The terminal session and the SSH entry point.
extension CLIText {
    // MARK: SSHSession.swift

    static let sshSessionNeedsDbAbsolute = Localized(
        vi: "ssh-session cần --db (đường dẫn tuyệt đối của cơ sở dữ liệu).",
        en: "ssh-session needs --db (the absolute path of the database).")

    static func sshSessionInvalidLoginLower(_ visible: some CustomStringConvertible) -> Localized {
        Localized(vi: "ssh-session: tên đăng nhập không hợp lệ \"\(visible)\" (chữ thường, số, _ . -; tối đa 32 ký tự).",
                  en: "ssh-session: invalid login \"\(visible)\" (lower-case letters, digits, _ . -; at most 32).")
    }

    static let sshSessionDbMustAbsolute = Localized(
        vi: "ssh-session: --db phải là đường dẫn tuyệt đối.",
        en: "ssh-session: --db must be an absolute path.")

    static func sshKeyBelongsButNo(_ login: some CustomStringConvertible) -> Localized {
        Localized(vi: "Khóa SSH này gắn với \"\(login)\", nhưng không có cán bộ nào như vậy trong cơ sở dữ liệu.",
                  en: "This SSH key belongs to \"\(login)\", but there is no such officer in the database.")
    }

    static let sshSessionDatabaseFixedDb = Localized(
        vi: "Trong phiên SSH, cơ sở dữ liệu đã được cố định: không dùng --db.",
        en: "In an SSH session the database is fixed: --db is not allowed.")

    static func notAllowedSshSession(_ visible: some CustomStringConvertible) -> Localized {
        Localized(vi: "Trong phiên SSH không dùng \(visible).",
                  en: "\(visible) is not allowed in an SSH session.")
    }

    static func sshSessionDoesNotRead(_ visible: some CustomStringConvertible) -> Localized {
        Localized(vi: "Trong phiên SSH không đọc tệp trên máy chủ (\(visible)): dùng - để gửi nội dung qua đầu vào chuẩn.",
                  en: "An SSH session does not read files on the server (\(visible)): use - to send the text on standard input.")
    }

    static let sshCommandUnclosedQuote = Localized(
        vi: "Lệnh SSH có dấu nháy chưa đóng.",
        en: "The SSH command has an unclosed quote.")

    static let deskNeedsTerminalConnectSsh = Localized(
        vi: "Giao diện cần một terminal: kết nối bằng `ssh -t`, hoặc gửi một lệnh, ví dụ `ssh … list --mine`.",
        en: "The Desk needs a terminal: connect with `ssh -t`, or send a command, e.g. `ssh … list --mine`.")

    static func loginCannotUsedSshKey(_ visible: some CustomStringConvertible) -> Localized {
        Localized(vi: "Tên đăng nhập \"\(visible)\" không dùng được với khóa SSH (chữ thường, số, _ . -; tối đa 32 ký tự).",
                  en: "The login \"\(visible)\" cannot be used with an SSH key (lower-case letters, digits, _ . -; at most 32).")
    }

    static func pathMustAbsoluteOnlyLetters(_ name: some CustomStringConvertible, _ visible: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đường dẫn \(name) \"\(visible)\" phải là đường dẫn tuyệt đối chỉ gồm chữ, số và / . _ + -.",
                  en: "The \(name) path \"\(visible)\" must be absolute, with only letters, digits and / . _ + -.")
    }

    static func invalidSshKeyPasteLine(_ why: Localized) -> Localized {
        Localized(vi: "Khóa SSH không hợp lệ: \(why.vi). Dán dòng của tệp ~/.ssh/id_ed25519.pub (ssh-ed25519 AAAA… tên).",
                  en: "Invalid SSH key: \(why.en). Paste the line of ~/.ssh/id_ed25519.pub (ssh-ed25519 AAAA… name).")
    }

    // Why a pasted SSH key is refused (SSHKeys.parse).

    static let sshKeyIsPrivate = Localized(
        vi: "đây là khóa bí mật — không bao giờ gửi khóa bí mật",
        en: "this is a private key — never send a private key")

    static let sshKeyNotOneLine = Localized(
        vi: "cần đúng một dòng LOẠI BASE64 [ghi chú]",
        en: "expected one line TYPE BASE64 [comment]")

    static func sshKeyTypeNotSupported(_ type: some CustomStringConvertible) -> Localized {
        Localized(vi: "loại khóa \"\(type)\" không được hỗ trợ (ssh-ed25519, ssh-rsa, ecdsa-sha2-…)",
                  en: "key type \"\(type)\" is not supported (ssh-ed25519, ssh-rsa, ecdsa-sha2-…)")
    }

    static let sshKeyBase64Unreadable = Localized(
        vi: "phần BASE64 không đọc được",
        en: "the BASE64 part cannot be read")

    static func sshKeyContentNotOfType(_ type: some CustomStringConvertible) -> Localized {
        Localized(vi: "nội dung khóa không khớp loại \(type)",
                  en: "the key's content does not match its type \(type)")
    }

    static let sshKeyEd25519Length = Localized(
        vi: "khóa ssh-ed25519 phải dài 32 byte",
        en: "an ssh-ed25519 key must be 32 bytes long")

    static func fileNotUtfNotChanged(_ file: some CustomStringConvertible) -> Localized {
        Localized(vi: "Tệp \(file) không phải UTF-8: không sửa.",
                  en: "The file \(file) is not UTF-8: not changed.")
    }

    static func cannotWrite(_ temporary: some CustomStringConvertible, _ systemError: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không ghi được \(temporary): \(systemError)",
                  en: "Cannot write \(temporary): \(systemError)")
    }

    static func cannotInstallKeyInto(_ file: some CustomStringConvertible, _ systemError: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không cài được khóa vào \(file): \(systemError)",
                  en: "Cannot install the key into \(file): \(systemError)")
    }

    // MARK: TUI.swift

    static let demoDatabase = Localized(
        vi: "Cơ sở dữ liệu demo: ",
        en: "Demo database: ")

    static func demoDbFileHoldsData(_ path: some CustomStringConvertible) -> Localized {
        Localized(vi: "--demo --db \(path): tệp này đã có dữ liệu và không phải cơ sở dữ liệu demo; không ghi đè",
                  en: "--demo --db \(path): this file holds data and is not a demo database; not overwritten")
    }

    // MARK: Identity.swift

    static func identitySshKeyBelongsButNo(_ fixed: some CustomStringConvertible) -> Localized {
        Localized(vi: "Khóa SSH này gắn với \"\(fixed)\", nhưng không có cán bộ nào như vậy trong cơ sở dữ liệu.",
                  en: "This SSH key belongs to \"\(fixed)\", but there is no such officer in the database.")
    }

    static let dexuatWorksOnlyDatabaseMade = Localized(
        vi: "DEXUAT_AS chỉ dùng được trên cơ sở dữ liệu tạo bởi `dexuat demo`",
        en: "DEXUAT_AS works only on a database made by `dexuat demo`")

    static func dexuatNoOfficer(_ played: some CustomStringConvertible) -> Localized {
        Localized(vi: "DEXUAT_AS: không có cán bộ \(played)",
                  en: "DEXUAT_AS: no officer \(played)")
    }

    static func systemLoginNotMappedAny(_ login: some CustomStringConvertible) -> Localized {
        Localized(vi: "Tài khoản hệ điều hành \"\(login)\" chưa được gắn với cán bộ nào. Nhờ quản trị thêm bằng `dexuat officer add --login \(login) …`",
                  en: "The system login \"\(login)\" is not mapped to any officer. Ask an administrator to run `dexuat officer add --login \(login) …`")
    }

    // MARK: SSHPolicy.swift

    static func optionCommandNotReviewedSsh(_ label: some CustomStringConvertible, _ path: some CustomStringConvertible) -> Localized {
        Localized(vi: "Tùy chọn \"\(label)\" của lệnh \(path) chưa được xem xét để dùng qua SSH; nhờ quản trị chạy trên máy chủ.",
                  en: "The option \"\(label)\" of the command \(path) has not been reviewed for SSH; ask the administrator to run it on the server.")
    }

    static func sshSessionTakesOnlyText(_ entryName: some CustomStringConvertible, _ visible: some CustomStringConvertible, _ path: some CustomStringConvertible, _ entry: some CustomStringConvertible) -> Localized {
        Localized(vi: "Trong phiên SSH, \(entryName) chỉ nhận - (nội dung gửi qua đầu vào chuẩn), không nhận tên tệp \"\(visible)\": ví dụ `ssh … \(path) \(entry) < tep-tren-may-minh`.",
                  en: "In an SSH session \(entryName) takes only - (the text sent on standard input), not the file name \"\(visible)\": e.g. `ssh … \(path) \(entry) < file-on-your-machine`.")
    }

    static func notAvailableSshSessionNo(_ entryName: some CustomStringConvertible, _ path: some CustomStringConvertible) -> Localized {
        Localized(vi: "Trong phiên SSH không dùng \(entryName): không lệnh nào ghi tệp trên máy chủ; kết quả đi ra đầu ra chuẩn, chuyển nó vào tệp trên máy mình, ví dụ `ssh … \(path) … > tep`.",
                  en: "\(entryName) is not available in an SSH session: no command writes a file on the server; the result goes to standard output, redirect it on your own machine, e.g. `ssh … \(path) … > file`.")
    }

    static func commandNotAvailableOverSsh(_ name: some CustomStringConvertible) -> Localized {
        Localized(vi: "Lệnh \(name) không dùng được qua SSH; nhờ quản trị chạy trên máy chủ.",
                  en: "The command \(name) is not available over SSH; ask the administrator to run it on the server.")
    }
}
