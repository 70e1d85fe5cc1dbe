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
            throw LedgerError.badInput(LedgerText.fileDemoDatabaseMadeDexuat(file, current.path))
        }
        let backupFirst = try backup.firstEventHash()
        guard backupFirst == currentFirst else {
            let theirs = String((backupFirst ?? "—").prefix(16)), ours = String((currentFirst ?? "—").prefix(16))
            throw LedgerError.badInput(LedgerText.fileNotBackupDatabaseTheir(file, current.path, theirs, ours))
        }
    }
}
