import Procedure

/// The dashboard's first frame of a period (issue 16): the counts, the rest on its way.
extension DeskText {
    static let dashboardRestLoading = Localized(vi: " · các số liệu khác: đang tải…",
                                                en: " · the other figures: loading…")
}
