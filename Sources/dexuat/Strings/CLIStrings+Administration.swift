import Procedure

/// Setting up and keeping the database: init, demo, backup, restore, checkpoints, verify.
extension CLIText {
    // MARK: Backup.swift

    static let backingUp = Localized(
        vi: "Đang sao lưu",
        en: "Backing up")

    static func backedUpProposalsEventsMib(_ reportPath: some CustomStringConvertible, _ proposals: some CustomStringConvertible, _ events: some CustomStringConvertible, _ megabytes: some CustomStringConvertible, _ code: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đã sao lưu vào \(reportPath): \(proposals) đề xuất, \(events) sự kiện, \(megabytes) MiB; đã kiểm tra; mã kiểm tra \(code).",
                  en: "Backed up to \(reportPath): \(proposals) proposals, \(events) events, \(megabytes) MiB; verified; checkpoint \(code).")
    }

    // MARK: Checkpoint.swift

    static func historyNotIntactProblemsNo(_ problemCount: some CustomStringConvertible) -> Localized {
        Localized(vi: "Lịch sử không toàn vẹn (\(problemCount) vấn đề): không lập mã kiểm tra. Chạy `dexuat verify` để xem.",
                  en: "The history is not intact (\(problemCount) problems): no checkpoint made. Run `dexuat verify` to see them.")
    }

    static func checkpoint(_ checkpointCode: some CustomStringConvertible) -> Localized {
        Localized(vi: "Mã kiểm tra: \(checkpointCode)",
                  en: "Checkpoint: \(checkpointCode)")
    }

    static func lastEvent(_ today: some CustomStringConvertible, _ seq: some CustomStringConvertible, _ atLocal: some CustomStringConvertible, _ iso: some CustomStringConvertible) -> Localized {
        Localized(vi: "Ngày \(today); sự kiện cuối #\(seq) lúc \(atLocal).",
                  en: "On \(iso); last event #\(seq) at \(atLocal).")
    }

    static func writeCodeIntoMinutesPost(_ checkpointCode: some CustomStringConvertible) -> Localized {
        Localized(vi: "Ghi mã này vào biên bản họp hoặc niêm yết; sau này kiểm bằng: dexuat verify --against \(checkpointCode)",
                  en: "Write this code into the minutes or post it; check later with: dexuat verify --against \(checkpointCode)")
    }

    // MARK: Demo.swift

    static let proposalsMust = Localized(
        vi: "--proposals phải từ 0 đến 1.000.000",
        en: "--proposals must be from 0 to 1,000,000")

    static func realDatabaseNotDemoNot(_ path: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(path) là cơ sở dữ liệu thật, không phải demo: không ghi đè. Dùng --db để chọn tệp khác.",
                  en: "\(path) is a real database, not a demo: it is not overwritten. Use --db for another file.")
    }

    static func reusingDemoDatabaseFreshRebuild(_ path: some CustomStringConvertible) -> Localized {
        Localized(vi: "Dùng lại cơ sở dữ liệu demo \(path) (--fresh để tạo lại).",
                  en: "Reusing the demo database \(path) (--fresh to rebuild).")
    }

    static let makingDemo = Localized(
        vi: "Đang tạo dữ liệu demo",
        en: "Making the demo")

    static func createdDemoDatabaseProposalsS(_ path: some CustomStringConvertible, _ count: some CustomStringConvertible, _ format: some CustomStringConvertible, _ megabytes: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đã tạo cơ sở dữ liệu demo \(path): \(count) đề xuất, \(format) giây, \(megabytes) MiB.",
                  en: "Created the demo database \(path): \(count) proposals, \(format) s, \(megabytes) MiB.")
    }

    static let playOfficerDexuatLoginDemo = Localized(
        vi: "Đóng vai một cán bộ bằng DEXUAT_AS=tên_đăng_nhập (chỉ trên tệp demo), ví dụ:",
        en: "Play an officer with DEXUAT_AS=login (demo files only), for example:")

    static func proposalsMoreDexuatListAfter(_ total: some CustomStringConvertible, _ rows: some CustomStringConvertible) -> Localized {
        Localized(vi: "… \(total) đề xuất; xem tiếp: dexuat list --after \(rows)",
                  en: "… \(total) proposals; more: dexuat list --after \(rows)")
    }

    // MARK: Init.swift

    static func alreadyExistsNotOverwrittenUse(_ path: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đã có tệp \(path); không ghi đè. Dùng --db để chọn tệp khác.",
                  en: "\(path) already exists; it is not overwritten. Use --db for another file.")
    }

    static func createdModeAdministratorNextDexuat(_ path: some CustomStringConvertible, _ login: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đã tạo \(path) (quyền 0600). Quản trị viên: \(login).\nTiếp theo: dexuat unit add …, dexuat officer add …",
                  en: "Created \(path) (mode 0600). Administrator: \(login).\nNext: dexuat unit add …, dexuat officer add …")
    }

    // MARK: Restore.swift

    static let restoring = Localized(
        vi: "Đang khôi phục",
        en: "Restoring")

    static func restoredProposalsEventsVerified(_ restoredPath: some CustomStringConvertible, _ file: some CustomStringConvertible, _ proposals: some CustomStringConvertible, _ events: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đã khôi phục \(restoredPath) từ \(file): \(proposals) đề xuất, \(events) sự kiện; kiểm tra đạt.",
                  en: "Restored \(restoredPath) from \(file): \(proposals) proposals, \(events) events; verified.")
    }

    static func databaseKept(_ aside: some CustomStringConvertible) -> Localized {
        Localized(vi: "Bản trước khi khôi phục được giữ ở \(aside).",
                  en: "The database as it was is kept at \(aside).")
    }

    // MARK: Verify.swift

    static let databaseFileDamagedRestoreLatest = Localized(
        vi: "Tệp cơ sở dữ liệu bị hỏng. Cần khôi phục từ bản sao lưu gần nhất (dexuat restore TỆP).",
        en: "The database file is damaged. Restore it from the latest backup (dexuat restore FILE).")

    static let verifying = Localized(
        vi: "Đang kiểm tra",
        en: "Verifying")

    static func registerDocumentsDisagreesEventsProblems(_ documentProblemCount: some CustomStringConvertible) -> Localized {
        Localized(vi: "Sổ đăng ký văn bản không khớp với lịch sử sự kiện: \(documentProblemCount) vấn đề",
                  en: "The register of documents disagrees with the events: \(documentProblemCount) problems")
    }

    static func intactEventsProposalsLastHash(_ events: some CustomStringConvertible, _ proposals: some CustomStringConvertible, _ tipHash: some CustomStringConvertible) -> Localized {
        Localized(vi: "Toàn vẹn: \(events) sự kiện, \(proposals) đề xuất; mã băm cuối \(tipHash)",
                  en: "Intact: \(events) events, \(proposals) proposals; last hash \(tipHash)")
    }

    static func firstBadEvent(_ first: some CustomStringConvertible) -> Localized {
        Localized(vi: "Sự kiện hỏng đầu tiên: #\(first)",
                  en: "First bad event: #\(first)")
    }

    static func historyTamperedProblems(_ problemCount: some CustomStringConvertible) -> Localized {
        Localized(vi: "Lịch sử đã bị can thiệp: \(problemCount) vấn đề",
                  en: "The history was tampered with: \(problemCount) problems")
    }

    static func invalidCheckpointWrongFormatCharacter(_ source: some CustomStringConvertible, _ visible: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(source)Mã kiểm tra không hợp lệ \"\(visible)\": sai định dạng hoặc chép nhầm một ký tự (ví dụ 4711-7F3K-9QXA-M2CD-H8PW-6RT5).",
                  en: "\(source)Invalid checkpoint \"\(visible)\": wrong format or a character copied wrong (e.g. 4711-7F3K-9QXA-M2CD-H8PW-6RT5).")
    }

    static func againstFileNoCheckpoint(_ visible: some CustomStringConvertible) -> Localized {
        Localized(vi: "--against-file \(visible): không có mã kiểm tra nào",
                  en: "--against-file \(visible): no checkpoint in it")
    }

    static func verifyLine(_ visible: some CustomStringConvertible, _ line: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(visible) dòng \(line)",
                  en: "\(visible) line \(line)")
    }

    static let doesNotHold = Localized(
        vi: "KHÔNG khớp",
        en: "does NOT hold")

    static let holds = Localized(
        vi: "khớp",
        en: "holds")

    static func historyDoesNotMatchCheckpoints(_ failedCount: some CustomStringConvertible, _ checkpointCount: some CustomStringConvertible, _ failed: some CustomStringConvertible) -> Localized {
        Localized(vi: "Lịch sử không khớp \(failedCount)/\(checkpointCount) mã kiểm tra: \(failed).",
                  en: "The history does not match \(failedCount) of \(checkpointCount) checkpoints: \(failed).")
    }
}

// MARK: The upgrade of an existing file (Ledger.open, issue 16)

extension CLIText {
    static func upgradingDatabase(_ steps: Int) -> Localized {
        Localized(vi: "Đang nâng cấp tệp cơ sở dữ liệu lên cấu trúc mới (\(steps) bước); tệp lớn có thể mất vài phút, xin chờ, đừng ngắt chương trình…",
                  en: "Upgrading the database file to the new layout (\(steps) \(steps == 1 ? "step" : "steps")); a large file may take minutes, please wait and do not interrupt…")
    }

    static func upgradedDatabase(_ seconds: Double) -> Localized {
        let figure = String(format: "%.1f", seconds)
        return Localized(vi: "Đã nâng cấp xong tệp cơ sở dữ liệu (\(figure.replacingOccurrences(of: ".", with: ",")) giây).",
                         en: "The database file is upgraded (\(figure) s).")
    }
}
