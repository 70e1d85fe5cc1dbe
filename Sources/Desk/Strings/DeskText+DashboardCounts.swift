import Procedure

/// The dashboard's first frame of a period (issue 16): the counts, the rest on its way.
extension DeskText {
    static let dashboardRestLoading = Localized(vi: " · thời gian, người giữ, kết quả: đang tải…",
                                                en: " · times, holders, outcomes: loading…")
}
