import Procedure

/// The words the form machinery itself shows, in both languages. `FormText` keeps its name
/// (Papers' offline forms read it too); the words of each form are in `DeskText+…Forms`.
public enum FormText {
    public static let yes = Localized(vi: "Có", en: "Yes")
    public static let no = Localized(vi: "Không", en: "No")
    public static let required = Localized(vi: "Bắt buộc nhập", en: "Required")
    public static let badDate = Localized(vi: "Ngày không hợp lệ: nhập ngày/tháng/năm, ví dụ 25/08/2026", en: "Not a date: write day/month/year, e.g. 25/08/2026")
    public static let dateHelp = Localized(vi: "ngày/tháng/năm, ví dụ 25/08/2026", en: "day/month/year, e.g. 25/08/2026")
    public static let comment = Localized(vi: "Nhận xét", en: "Comment")
    public static let save = Localized(vi: "Lưu", en: "Save")
    public static let send = Localized(vi: "Gửi", en: "Send")
    public static let leave = Localized(vi: "Thoát", en: "Leave")
    public static let nextField = Localized(vi: "Mục sau", en: "Next field")
    public static let editExternally = Localized(vi: "Trình soạn thảo", en: "External editor")
    public static let fixFields = Localized(vi: "Chưa gửi được: xem các trường đánh dấu ✗", en: "Not sent: see the fields marked ✗")

    /// What follows an amount field: its unit, or the mark of text that is no amount.
    static let dongSuffix = Localized(vi: "đồng", en: "VND")
    static let percentSuffix = Localized(vi: "%", en: "%")
    static let invalidAmount = Localized(vi: "✗ không hợp lệ", en: "✗ invalid")

    static let percentRange = Localized(vi: "Phải là số nguyên từ 0 đến 100", en: "Must be a whole number from 0 to 100")
    static func moreAbove(_ lines: Int) -> Localized {
        Localized(vi: "▲ còn \(lines) dòng phía trên", en: "▲ \(lines) more lines above")
    }
    static func moreBelow(_ lines: Int) -> Localized {
        Localized(vi: "▼ còn \(lines) dòng phía dưới", en: "▼ \(lines) more lines below")
    }
    static func tooLarge(_ maximum: Int64) -> Localized {
        Localized(vi: "Không được lớn hơn \(maximum)", en: "May not exceed \(maximum)")
    }
}
