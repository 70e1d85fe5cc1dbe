import Procedure
import SafeTOML

/// Reading the command line, dossier files, user files and output files.
extension CLIText {
    // MARK: DossierFile.swift

    static func dossierFileTomlSyntaxError(_ file: some CustomStringConvertible, _ line: some CustomStringConvertible, _ error: TOMLError) -> Localized {
        Localized(vi: "\(file):\(line): lỗi cú pháp TOML: \(error.vi)",
                  en: "\(file):\(line): TOML syntax error: \(error.en)")
    }

    static func dossierFileEmptyNoEntries(_ file: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(file): tệp hồ sơ rỗng, không có mục nào (mẫu: dexuat new --template)",
                  en: "\(file): the dossier file is empty, it has no entries (a template: dexuat new --template)")
    }

    static func mustString(_ file: some CustomStringConvertible, _ prefix: some CustomStringConvertible, _ key: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(file): \(prefix)\(key) phải là chuỗi văn bản",
                  en: "\(file): \(prefix)\(key) must be a string")
    }

    static func mustDateYyyyMmDd(_ file: some CustomStringConvertible, _ key: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(file): \(key) phải là ngày (ngày/tháng/năm, ví dụ 25/08/2026)",
                  en: "\(file): \(key) must be a date (ngày/tháng/năm, ví dụ 25/08/2026)")
    }

    static func unknownKeyKeys(_ file: some CustomStringConvertible, _ unknown: some CustomStringConvertible, _ keys: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(file): khóa không rõ \"\(unknown)\"; các khóa: \(keys)",
                  en: "\(file): unknown key \"\(unknown)\"; the keys: \(keys)")
    }

    static func mustTable(_ file: some CustomStringConvertible, _ key: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(file): \(key) phải là bảng [\(key)]",
                  en: "\(file): \(key) must be a [\(key)] table")
    }

    static func fieldMustOne(_ file: some CustomStringConvertible, _ proposalField: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(file): lĩnh vực (khóa field) phải là một trong: \(proposalField)",
                  en: "\(file): field must be one of: \(proposalField)")
    }

    static func legalBasisMustDecreeSt(_ file: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(file): legal_basis phải là decree_73 hoặc st_task",
                  en: "\(file): legal_basis must be decree_73 or st_task")
    }

    static func resourcesFundingVndMustNon(_ file: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(file): kinh phí (khóa resources.funding_vnd) phải là số tiền bằng đồng: số nguyên hoặc chuỗi (\"1.500.000\")",
                  en: "\(file): resources.funding_vnd must be an amount in đồng: an integer (1500000) or a string (\"1.500.000\")")
    }

    static func targetsMustTargetsTable(_ file: some CustomStringConvertible, _ index: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(file): targets[\(index)] phải là bảng [[targets]]",
                  en: "\(file): targets[\(index)] must be a [[targets]] table")
    }

    static func selfCheckMustMetNot(_ file: some CustomStringConvertible, _ key: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(file): self_check.\(key) phải là met, not_met hoặc unclear (có thể kèm \": nhận xét\")",
                  en: "\(file): self_check.\(key) must be met, not_met or unclear (optionally \": comment\")")
    }

    // MARK: Options.swift

    // MARK: OutputFile.swift

    static func outputNotFileName(_ path: some CustomStringConvertible) -> Localized {
        Localized(vi: "--output: \"\(path)\" không phải tên tệp",
                  en: "--output: \"\(path)\" is not a file name")
    }

    static func cannotWriteFileFolderDoes(_ path: some CustomStringConvertible, _ folder: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không ghi được tệp \(path): thư mục \(folder) không tồn tại",
                  en: "Cannot write the file \(path): the folder \(folder) does not exist")
    }

    static func notWritingChooseAnotherFile(_ path: some CustomStringConvertible, _ why: Localized) -> Localized {
        Localized(vi: "Không ghi vào \(path): \(why.vi). Chọn tên tệp khác.",
                  en: "Not writing to \(path): \(why.en). Choose another file name.")
    }

    static func notWritingSymbolicLinkOutput(_ path: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không ghi vào \(path): đó là một liên kết tượng trưng; không ghi qua liên kết.",
                  en: "Not writing to \(path): it is a symbolic link; output never goes through a link.")
    }

    static func notWritingNotRegularFile(_ path: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không ghi vào \(path): đó không phải tệp thường.",
                  en: "Not writing to \(path): it is not a regular file.")
    }

    static func fileExistsNotReplacedAdd(_ path: some CustomStringConvertible) -> Localized {
        Localized(vi: "Tệp \(path) đã có: không ghi đè (thêm --force để thay nó).",
                  en: "The file \(path) exists: not replaced (add --force to replace it).")
    }

    static func fileJustCreatedSomeoneElse(_ path: some CustomStringConvertible) -> Localized {
        Localized(vi: "Tệp \(path) vừa được tạo bởi người khác: không ghi đè.",
                  en: "The file \(path) was just created by someone else: not replaced.")
    }

    static func cannotWriteFile(_ path: some CustomStringConvertible, _ why: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không ghi được tệp \(path): \(why)",
                  en: "Cannot write the file \(path): \(why)")
    }

    // MARK: UserFiles.swift

    static func sshSessionReadsWritesNo(_ visible: some CustomStringConvertible) -> Localized {
        Localized(vi: "Trong phiên SSH không đọc hay ghi tệp trên máy chủ (\(visible)): gửi nội dung qua đầu vào chuẩn bằng -, và chuyển kết quả về máy mình, ví dụ `ssh … report --period 2026-Q3 > bao-cao.md`.",
                  en: "An SSH session reads and writes no file on the server (\(visible)): send the text on standard input with -, and redirect the result on your own machine, e.g. `ssh … report --period 2026-Q3 > report.md`.")
    }

    static func standardInputNotUtfLine(_ what: some CustomStringConvertible, _ line: Int) -> Localized {
        Localized(vi: "Đầu vào chuẩn (\(what)) không phải UTF-8: dòng \(line) có byte không hợp lệ. Không đoán bảng mã: lưu lại dạng UTF-8 (Excel: \"CSV UTF-8\")",
                  en: "Standard input (\(what)) is not UTF-8: line \(line) holds an invalid byte. No encoding is guessed: save it as UTF-8 (Excel: \"CSV UTF-8\")")
    }

    static func cannotReadFile(_ path: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không đọc được tệp \(path)",
                  en: "Cannot read the file \(path)")
    }

    static func fileNotUtfLine(_ path: some CustomStringConvertible, _ line: Int) -> Localized {
        Localized(vi: "Tệp \(path) không phải UTF-8: dòng \(line) có byte không hợp lệ. Không đoán bảng mã: lưu lại dạng UTF-8 (Excel: \"CSV UTF-8\")",
                  en: "The file \(path) is not UTF-8: line \(line) holds an invalid byte. No encoding is guessed: save it as UTF-8 (Excel: \"CSV UTF-8\")")
    }

    static func docxFileBinaryNotPrinted(_ command: some CustomStringConvertible, _ hint: Localized) -> Localized {
        Localized(vi: "Tệp .docx là dữ liệu nhị phân, không in ra màn hình: chuyển vào một tệp, ví dụ `\(command) > van-ban.docx`\(hint.vi).",
                  en: "A .docx file is binary and is not printed on a terminal: redirect it to a file, e.g. `\(command) > document.docx`\(hint.en).")
    }

    static let docxHintOverSSH = Localized(
        vi: " (không dùng ssh -t)",
        en: " (without ssh -t)")

    static let docxHintLocal = Localized(
        vi: " (hoặc --output TỆP)",
        en: " (or --output FILE)")

    /// A problem prefixed by the option or place it is about: "--period: …".
    static func labelled(_ label: some CustomStringConvertible, _ problem: Localized) -> Localized {
        Localized(vi: "\(label): \(problem.vi)",
                  en: "\(label): \(problem.en)")
    }

    static func labelled(_ label: Localized, _ problem: Localized) -> Localized {
        Localized(vi: "\(label.vi): \(problem.vi)",
                  en: "\(label.en): \(problem.en)")
    }

    // Why an output file is refused (OutputFile.protected).

    static let itIsTheDatabase = Localized(
        vi: "đó là cơ sở dữ liệu",
        en: "it is the database")

    static func itIsTheDatabaseCompanion(_ suffix: some CustomStringConvertible) -> Localized {
        Localized(vi: "đó là cơ sở dữ liệu (tệp \(suffix) của nó)",
                  en: "it is the database (its \(suffix) file)")
    }

    static let itIsTheDatabaseByAnotherName = Localized(
        vi: "đó là cơ sở dữ liệu (một tên khác của nó)",
        en: "it is the database (another name for it)")

    static let itIsASQLiteFile = Localized(
        vi: "đó là một tệp SQLite (cơ sở dữ liệu hoặc bản sao lưu)",
        en: "it is a SQLite file (a database or a backup)")

    static func itIsACompanionOfASQLiteFile(_ suffix: some CustomStringConvertible) -> Localized {
        Localized(vi: "đó là tệp \(suffix) của một cơ sở dữ liệu SQLite",
                  en: "it is the \(suffix) file of a SQLite database")
    }
}
