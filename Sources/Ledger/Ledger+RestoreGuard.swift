import Foundation
import Procedure

extension Ledger {
    /// `restore` puts back a backup of this same ledger only: its first event (which
    /// carries the demo flag and the first administrator) must be the current file's
    /// first event, hash for hash. Another ward's file or a demo file is refused before
    /// anything is touched. A current file with no event yet (opened, never initialised)
    /// accepts any sound backup, as a missing file does; one whose first event was deleted
    /// accepts none (it is moved away first).
    static func requireSameLedger(backup file: String, current: Ledger) throws {
        let backup = try Ledger.open(path: file, readOnly: true)
        let backupOrigin = try backup.origin(), currentOrigin = try current.origin()
        // Never initialised: no ledger to keep apart from another.
        if currentOrigin == .empty { return }
        let currentFirst = try current.firstEventHash()
        if backupOrigin == .demo && currentOrigin != .demo {
            throw LedgerError.badInput(Localized(
                vi: "Tệp \(file) là cơ sở dữ liệu demo (tạo bởi `dexuat demo`), còn \(current.path) là hồ sơ thật: không khôi phục bản demo đè lên hồ sơ thật. Không thay đổi gì.",
                en: "The file \(file) is a demo database (made by `dexuat demo`) and \(current.path) is a real record: a demo is never restored over a real record. Nothing changed."))
        }
        let backupFirst = try backup.firstEventHash()
        guard backupFirst == currentFirst else {
            let theirs = String((backupFirst ?? "—").prefix(16)), ours = String((currentFirst ?? "—").prefix(16))
            throw LedgerError.badInput(Localized(
                vi: "Tệp \(file) không phải bản sao lưu của cơ sở dữ liệu \(current.path): sự kiện đầu tiên khác nhau (\(theirs)… so với \(ours)…), tức là của một phường hoặc một lần khởi tạo khác. Chỉ khôi phục được bản sao lưu của chính cơ sở dữ liệu này; không thay đổi gì. Muốn thay bằng một cơ sở dữ liệu khác thì chuyển tệp hiện tại sang chỗ khác trước, rồi khôi phục.",
                en: "The file \(file) is not a backup of the database \(current.path): their first events differ (\(theirs)… against \(ours)…), so it comes from another ward or another initialisation. Only a backup of this same database is restored; nothing changed. To replace it with another database, move the current file away first, then restore."))
        }
    }
}
