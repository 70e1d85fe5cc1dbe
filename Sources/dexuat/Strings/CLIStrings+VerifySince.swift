import Procedure

/// `dexuat verify --since CODE` (issue 16).
extension CLIText {
    static let sinceNotWithRegister = Localized(
        vi: "--since không dùng cùng --register: đối chiếu sổ công khai luôn đọc toàn bộ chuỗi sự kiện.",
        en: "--since does not go with --register: checking a public register always reads the whole chain.")

    static func sinceCheckpointDoesNotHold(_ code: some CustomStringConvertible) -> Localized {
        Localized(vi: "Mã kiểm tra \(code) không còn khớp với lịch sử: không kiểm tra từ mã này. Chạy `dexuat verify` để kiểm tra toàn bộ.",
                  en: "Checkpoint \(code) no longer matches the history: nothing checked from it. Run `dexuat verify` to check everything.")
    }

    static func intactSinceCheckpoint(_ code: some CustomStringConvertible, _ events: some CustomStringConvertible,
                                      _ first: some CustomStringConvertible, _ last: some CustomStringConvertible,
                                      _ proposals: some CustomStringConvertible, _ tipHash: some CustomStringConvertible) -> Localized {
        Localized(vi: "Toàn vẹn từ sau mã kiểm tra \(code): \(events) sự kiện (#\(first) đến #\(last)) đã tính lại băm và nối đúng vào mã; \(proposals) đề xuất có sự kiện trong phần này đã đối chiếu lại từ đầu; mã băm cuối \(tipHash)",
                  en: "Intact after checkpoint \(code): \(events) events (#\(first) to #\(last)) rehashed and chained to the code; \(proposals) proposals with events in that part replayed from their start; last hash \(tipHash)")
    }

    static func notRehashedBeforeCheckpoint(_ seq: some CustomStringConvertible) -> Localized {
        Localized(vi: "Các sự kiện đến #\(seq) (trước và tại mã kiểm tra) không được tính lại băm; các đề xuất không có sự kiện sau mã (cùng số văn bản và kê khai xung đột lợi ích của chúng), các từ trong chỉ mục tìm kiếm, số đếm hộp việc, tệp đính kèm và sổ biên bản không được đối chiếu, các trang của tệp cơ sở dữ liệu không được SQLite kiểm tra trong lần kiểm tra này; `dexuat verify` không kèm --since kiểm tra toàn bộ.",
                  en: "Events up to #\(seq) (before and at the checkpoint) were not rehashed, and the proposals without events after the code (with their act numbers and conflict-of-interest declarations), the words of the search index, the inbox counts, the attachments and the register of minutes were not compared, and SQLite did not check the pages of the database file in this check; `dexuat verify` without --since checks everything.")
    }

    static func historyAfterCheckpointTampered(_ code: some CustomStringConvertible, _ first: some CustomStringConvertible,
                                               _ problemCount: some CustomStringConvertible) -> Localized {
        Localized(vi: "Lịch sử sau mã kiểm tra \(code) đã bị can thiệp (kiểm tra từ sự kiện #\(first)): \(problemCount) vấn đề",
                  en: "The history after checkpoint \(code) was tampered with (checked from event #\(first)): \(problemCount) problems")
    }
}
