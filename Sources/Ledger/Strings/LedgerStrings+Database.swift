import Procedure

/// Opening, writing, backing up, restoring and verifying the database file.
extension LedgerText {
    // MARK: Ledger+Backup.swift

    static func backupFileCannotDatabaseItself(_ path: some CustomStringConvertible) -> Localized {
        Localized(vi: "Tệp sao lưu không được trùng với cơ sở dữ liệu \(path).",
                  en: "The backup file cannot be the database \(path) itself.")
    }

    static func fileExistsNotOverwrittenChoose(_ target: some CustomStringConvertible) -> Localized {
        Localized(vi: "Tệp \(target) đã có: không ghi đè. Cần chọn tên khác (ví dụ kèm ngày giờ).",
                  en: "The file \(target) exists: it is not overwritten. Choose another name (with the date and time, say).")
    }

    static func noFolderWriteBackup(_ folder: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không có thư mục \(folder) để ghi bản sao lưu.",
                  en: "There is no folder \(folder) to write the backup in.")
    }

    static func cannotRenameBackup(_ target: some CustomStringConvertible, _ systemError: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không đổi tên được bản sao lưu thành \(target): \(systemError)",
                  en: "Cannot rename the backup to \(target): \(systemError)")
    }

    static func noFile(_ file: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không có tệp \(file).",
                  en: "There is no file \(file).")
    }

    static func fileNotDexuatDatabaseDamaged(_ file: some CustomStringConvertible) -> Localized {
        Localized(vi: "Tệp \(file) không phải cơ sở dữ liệu dexuat (hoặc đã hỏng): không dùng được để khôi phục.",
                  en: "The file \(file) is not a dexuat database (or it is damaged): it cannot be restored from.")
    }

    static func fileDamaged(_ file: some CustomStringConvertible, _ problems: some CustomStringConvertible) -> Localized {
        Localized(vi: "Tệp \(file) bị hỏng (\(problems)).",
                  en: "The file \(file) is damaged (\(problems)).")
    }

    static func fileEventChainNotIntact(_ file: some CustomStringConvertible, _ problemCount: some CustomStringConvertible, _ firstProblemVi: some CustomStringConvertible, _ firstProblemEn: some CustomStringConvertible) -> Localized {
        Localized(vi: "Tệp \(file): chuỗi sự kiện không toàn vẹn (\(problemCount) vấn đề, đầu tiên: \(firstProblemVi)).",
                  en: "The file \(file): the event chain is not intact (\(problemCount) problems, first: \(firstProblemEn)).")
    }

    static func backupDatabaseItself(_ path: some CustomStringConvertible) -> Localized {
        Localized(vi: "Tệp sao lưu trùng với cơ sở dữ liệu \(path).",
                  en: "The backup is the database \(path) itself.")
    }

    static func restoreDidNotComplete(_ reason: Localized, _ aside: some CustomStringConvertible) -> Localized {
        Localized(vi: "Khôi phục không hoàn tất: \(reason.vi) Bản trước khi khôi phục vẫn còn ở \(aside).",
                  en: "The restore did not complete: \(reason.en) The database as it was is kept at \(aside).")
    }

    static func afterRestoreVerifyFailsDatabase(_ aside: some CustomStringConvertible) -> Localized {
        Localized(vi: "Sau khi khôi phục, kiểm tra không đạt. Bản trước khi khôi phục ở \(aside).",
                  en: "After the restore, verify fails. The database as it was is at \(aside).")
    }

    static func cannotCreateFile(_ path: some CustomStringConvertible, _ systemError: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không tạo được tệp \(path) (\(systemError))",
                  en: "Cannot create the file \(path) (\(systemError))")
    }

    static func cannotOpenSyncDisk(_ path: some CustomStringConvertible, _ systemError: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không mở được \(path) để đồng bộ xuống đĩa (\(systemError))",
                  en: "Cannot open \(path) to sync it to disk (\(systemError))")
    }

    static func cannotSyncDisk(_ path: some CustomStringConvertible, _ systemError: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không đồng bộ được \(path) xuống đĩa (\(systemError))",
                  en: "Cannot sync \(path) to disk (\(systemError))")
    }

    // MARK: Ledger+Checkpoint.swift

    static func matchesCheckpointHistoryUpEvent(_ code: some CustomStringConvertible, _ seq: some CustomStringConvertible) -> Localized {
        Localized(vi: "Khớp mã kiểm tra \(code): lịch sử đến sự kiện #\(seq) đúng như khi ghi mã.",
                  en: "Matches the checkpoint \(code): the history up to event #\(seq) is as it was when the code was written.")
    }

    static func checkpointNamesEventButFile(_ code: some CustomStringConvertible, _ seq: some CustomStringConvertible, _ last: some CustomStringConvertible) -> Localized {
        Localized(vi: "Mã kiểm tra \(code) nêu sự kiện #\(seq) nhưng tệp chỉ còn đến #\(last): phần cuối lịch sử đã bị cắt bỏ.",
                  en: "The checkpoint \(code) names event #\(seq) but the file ends at #\(last): the tail of the history was cut off.")
    }

    static func eventNoLongerHashHad(_ seq: some CustomStringConvertible, _ code: some CustomStringConvertible) -> Localized {
        Localized(vi: "Sự kiện #\(seq) không còn mã băm như khi ghi mã \(code): lịch sử đến đó đã bị viết lại (kể cả khi cả chuỗi được tính lại).",
                  en: "Event #\(seq) no longer has the hash it had when \(code) was written: the history up to it was rewritten (even if the whole chain was recomputed).")
    }

    static let noEventsMakeCheckpointYet = Localized(
        vi: "Chưa có sự kiện nào để lập mã kiểm tra.",
        en: "There are no events to make a checkpoint of yet.")

    // MARK: Ledger+Demo.swift

    static let demoOrganisationNoAdministrator = Localized(
        vi: "Tổ chức demo thiếu quản trị viên",
        en: "The demo organisation has no administrator")

    static func databaseAlreadyInitialisedNothingChanged(_ path: some CustomStringConvertible) -> Localized {
        Localized(vi: "Cơ sở dữ liệu \(path) đã được khởi tạo; không thay đổi gì.",
                  en: "The database \(path) is already initialised; nothing changed.")
    }

    // MARK: Ledger+Origin.swift

    static let playingWorksOnlyOnDemo = Localized(
        vi: "DEXUAT_AS chỉ dùng được trên cơ sở dữ liệu tạo bởi `dexuat demo` (sự kiện đầu tiên của chuỗi ghi là hồ sơ thật); không ghi gì.",
        en: "DEXUAT_AS works only on a database made by `dexuat demo` (the chain's first event says a real record); nothing was written.")

    // MARK: Ledger+RestoreGuard.swift

    static func fileDemoDatabaseMadeDexuat(_ file: some CustomStringConvertible, _ currentPath: some CustomStringConvertible) -> Localized {
        Localized(vi: "Tệp \(file) là cơ sở dữ liệu demo (tạo bởi `dexuat demo`), còn \(currentPath) là hồ sơ thật: không khôi phục bản demo đè lên hồ sơ thật. Không thay đổi gì.",
                  en: "The file \(file) is a demo database (made by `dexuat demo`) and \(currentPath) is a real record: a demo is never restored over a real record. Nothing changed.")
    }

    static func fileNotBackupDatabaseTheir(_ file: some CustomStringConvertible, _ currentPath: some CustomStringConvertible, _ theirs: some CustomStringConvertible, _ ours: some CustomStringConvertible) -> Localized {
        Localized(vi: "Tệp \(file) không phải bản sao lưu của cơ sở dữ liệu \(currentPath): sự kiện đầu tiên khác nhau (\(theirs)… so với \(ours)…), tức là của một phường hoặc một lần khởi tạo khác. Chỉ khôi phục được bản sao lưu của chính cơ sở dữ liệu này; không thay đổi gì. Muốn thay bằng một cơ sở dữ liệu khác thì chuyển tệp hiện tại sang chỗ khác trước, rồi khôi phục.",
                  en: "The file \(file) is not a backup of the database \(currentPath): their first events differ (\(theirs)… against \(ours)…), so it comes from another ward or another initialisation. Only a backup of this same database is restored; nothing changed. To replace it with another database, move the current file away first, then restore.")
    }

    // MARK: Ledger+Verify.swift

    static func eventContentEditedHashMismatch(_ seq: some CustomStringConvertible) -> Localized {
        Localized(vi: "Sự kiện #\(seq): nội dung đã bị sửa (mã băm không khớp)",
                  en: "Event #\(seq): its content was edited (hash mismatch)")
    }

    static func eventDoesNotLinkEvent(_ seq: some CustomStringConvertible) -> Localized {
        Localized(vi: "Sự kiện #\(seq): không nối với sự kiện liền trước (có sự kiện bị xóa, chèn hoặc đổi chỗ)",
                  en: "Event #\(seq): does not link to the event before it (an event was deleted, inserted or moved)")
    }

    static func eventsMissingBetween(_ after: some CustomStringConvertible, _ next: some CustomStringConvertible) -> Localized {
        Localized(vi: "Thiếu sự kiện giữa #\(after) và #\(next)",
                  en: "Events missing between #\(after) and #\(next)")
    }

    static func proposalStoredStateDisagreesEvents(_ id: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đề xuất \(id): trạng thái lưu không khớp với lịch sử sự kiện",
                  en: "Proposal \(id): the stored state disagrees with its events")
    }

    static func eventUnreadablePayload(_ seq: some CustomStringConvertible) -> Localized {
        Localized(vi: "Sự kiện #\(seq): không đọc được nội dung",
                  en: "Event #\(seq): unreadable payload")
    }

    static func eventPackingDictionaryDisagrees(_ seq: some CustomStringConvertible) -> Localized {
        Localized(vi: "Sự kiện #\(seq): phần lưu trữ nén không khớp với sự kiện tạo đề xuất; tệp có thể đã bị sửa",
                  en: "Event #\(seq): its packed storage does not match its proposal's created event; the file may have been edited")
    }

    static func tableStoredRecordDisagreesEvents(_ table: some CustomStringConvertible, _ key: some CustomStringConvertible) -> Localized {
        Localized(vi: "Bảng \(table), \(key): dữ liệu lưu không khớp với lịch sử sự kiện (điểm 1, 4 Công văn 432)",
                  en: "Table \(table), \(key): the stored record disagrees with its events (points 1 and 4 of Letter 432)")
    }

    static func keptCountDisagreesRecords(_ key: some CustomStringConvertible) -> Localized {
        Localized(vi: "Số đếm lưu sẵn \(key) không khớp với dữ liệu",
                  en: "The kept count \(key) disagrees with the records")
    }

    static func tableStoredRowDisagreesEvents(_ table: some CustomStringConvertible, _ key: some CustomStringConvertible) -> Localized {
        Localized(vi: "Bảng \(table), \(key): dữ liệu lưu không khớp với lịch sử sự kiện (bị sửa, thêm hoặc xóa ngoài dexuat)",
                  en: "Table \(table), \(key): the stored row disagrees with the events (edited, added or deleted outside dexuat)")
    }

    static let eventNotReadableDatabaseCreation = Localized(
        vi: "Sự kiện #1 không phải sự kiện tạo cơ sở dữ liệu đọc được: không xác định được tệp là demo hay hồ sơ thật",
        en: "Event #1 is not a readable database creation: whether the file is a demo or a real record cannot be told")

    static func eventRecordedDexuatPlayingAnother(_ seq: some CustomStringConvertible) -> Localized {
        Localized(vi: "Sự kiện #\(seq): ghi bằng DEXUAT_AS (đóng vai cán bộ khác) trên hồ sơ thật, không phải demo",
                  en: "Event #\(seq): recorded with DEXUAT_AS (playing another officer) in a real record, not a demo")
    }

    // MARK: Ledger.swift

    static func noDatabaseRunDexuatInit(_ path: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không tìm thấy cơ sở dữ liệu \(path). Cần chạy `dexuat init` (hoặc `dexuat demo`) trước, hoặc chỉ đúng đường dẫn bằng --db.",
                  en: "No database at \(path). Run `dexuat init` (or `dexuat demo`) first, or give the right path with --db.")
    }

    static func cannotCreateFolder(_ folder: some CustomStringConvertible, _ localizedDescription: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không tạo được thư mục \(folder): \(localizedDescription)",
                  en: "Cannot create the folder \(folder): \(localizedDescription)")
    }

    static func fileCorruptNotDexuatDatabase(_ path: some CustomStringConvertible) -> Localized {
        Localized(vi: "Tệp \(path) bị hỏng hoặc không phải cơ sở dữ liệu dexuat. Cần khôi phục từ bản sao lưu gần nhất.",
                  en: "The file \(path) is corrupt or not a dexuat database. Restore it from the latest backup.")
    }

    static func noPermissionReadDatabaseAccount(_ path: some CustomStringConvertible, _ accountName: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không có quyền đọc cơ sở dữ liệu \(path) (tài khoản \(accountName)). Không ghi gì. Cần chạy bằng tài khoản sở hữu tệp, hoặc nhờ quản trị kiểm tra quyền.",
                  en: "No permission to read the database \(path) (account \(accountName)). Nothing was written. Run as the account that owns the file, or ask the administrator to check the permissions.")
    }

    static func databaseReadOnlyAccountFile(_ path: some CustomStringConvertible, _ accountName: some CustomStringConvertible) -> Localized {
        Localized(vi: "Cơ sở dữ liệu \(path) chỉ đọc được với tài khoản \(accountName) (tệp hoặc thư mục không cho ghi). Không ghi gì. Cần chạy bằng tài khoản sở hữu tệp, hoặc nhờ quản trị kiểm tra quyền.",
                  en: "The database \(path) is read-only for the account \(accountName) (the file or its folder cannot be written). Nothing was written. Run as the account that owns the file, or ask the administrator to check the permissions.")
    }

    static func cannotOpenDatabase(_ path: some CustomStringConvertible, _ text: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không mở được cơ sở dữ liệu \(path): \(text)",
                  en: "Cannot open the database \(path): \(text)")
    }

    static func databaseMadeNewerDexuatSchema(_ unknown: some CustomStringConvertible) -> Localized {
        Localized(vi: "Cơ sở dữ liệu được tạo bởi phiên bản dexuat mới hơn (lược đồ \(unknown)). Cần cập nhật dexuat; không ghi gì vào tệp.",
                  en: "The database was made by a newer dexuat (schema \(unknown)). Update dexuat; nothing was written.")
    }

    static let transactionDidNotComplete = Localized(
        vi: "Giao dịch không hoàn tất",
        en: "Transaction did not complete")

    static let diskFullNothingWrittenNothing = Localized(
        vi: "Đĩa đầy: không ghi được. Không có gì bị mất; cần giải phóng dung lượng rồi thử lại.",
        en: "The disk is full: nothing was written and nothing is lost. Free some space and try again.")

    static let databaseBusySomeoneElseWriting = Localized(
        vi: "Cơ sở dữ liệu đang bận (người khác đang ghi). Cần thử lại sau giây lát.",
        en: "The database is busy (someone else is writing). Try again in a moment.")

    static func noPermissionWriteDatabase(_ db: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không có quyền ghi vào cơ sở dữ liệu: \(db)",
                  en: "No permission to write the database: \(db)")
    }

    static let databaseCorruptRestoreLatestBackup = Localized(
        vi: "Cơ sở dữ liệu bị hỏng. Cần khôi phục từ bản sao lưu gần nhất.",
        en: "The database is corrupt. Restore it from the latest backup.")

    static func databaseError(_ db: some CustomStringConvertible) -> Localized {
        Localized(vi: "Lỗi cơ sở dữ liệu: \(db)",
                  en: "Database error: \(db)")
    }

    static func unexpectedError(_ error: Any) -> Localized {
        Localized(vi: "Lỗi: \(error)",
                  en: "Error: \(error)")
    }

    // MARK: LedgerError.swift

    static func proposalChangedSomeoneElseYou(_ id: some CustomStringConvertible, _ by: some CustomStringConvertible, _ seen: some CustomStringConvertible, _ current: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đề xuất \(id) đã được người khác thay đổi (\(by)); phiên bản đã xem \(seen), hiện là \(current). Cần tải lại rồi thao tác lại.",
                  en: "Proposal \(id) has been changed by someone else (\(by)); you saw version \(seen), it is now \(current). Reload and try again.")
    }

    static func proposalRecordUnreadable(_ id: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không đọc được bản ghi của đề xuất \(id) trong tệp cơ sở dữ liệu: bản ghi bị hỏng hoặc bị sửa ngoài dexuat. Chạy `dexuat verify` để kiểm tra; nếu cần, khôi phục từ bản sao lưu (`dexuat restore`).",
                  en: "The record of proposal \(id) in the database file cannot be read: it is damaged or was edited outside dexuat. Run `dexuat verify` to check; if need be, restore from a backup (`dexuat restore`).")
    }

    static func noProposal(_ id: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không tìm thấy đề xuất \(id)",
                  en: "No proposal \(id)")
    }
}
