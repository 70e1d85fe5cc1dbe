import Procedure

/// The register of acts (issue 15): one number per act.
extension LedgerText {
    // MARK: Ledger+ActNumbers.swift

    static func actNumberSymbolRequired(_ typed: some CustomStringConvertible, _ symbol: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(typed): ký hiệu của loại văn bản này là \(symbol)",
                  en: "\(typed): the symbol of this kind of act is \(symbol)")
    }

    static func actNumberHeldBy(_ reference: some CustomStringConvertible, _ kind: ActKind, _ proposalID: some CustomStringConvertible,
                                _ day: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(reference) là số của \(actKindVI(kind)) của đề xuất \(proposalID), ngày \(day)",
                  en: "\(reference) is the number of the \(actKindEN(kind)) of proposal \(proposalID), dated \(day)")
    }

    static func actNumberOrder(_ day: some CustomStringConvertible, _ last: some CustomStringConvertible,
                               _ lastDay: some CustomStringConvertible) -> Localized {
        Localized(vi: "văn bản ngày \(day), trong khi số \(last) đã cấp cho văn bản ngày \(lastDay)",
                  en: "the act is dated \(day), while \(last) was given to an act dated \(lastDay)")
    }

    static func actNumberOtherUnit(_ typed: some CustomStringConvertible, _ code: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(typed): văn bản này do đơn vị xem xét ban hành, số phải mang mã \(code)",
                  en: "\(typed): this act is the reviewing unit's own; its number must carry the code \(code)")
    }

    static func actNumberNoAutomatic(_ reference: some CustomStringConvertible) -> Localized {
        Localized(vi: "không tự cấp được số \(reference) (mã đơn vị không dùng được làm ký hiệu, hoặc sổ đã hết số của năm); ghi số văn bản giấy (--number)",
                  en: "no number can be given automatically (\(reference): the unit's id is no code, or the register has run out of numbers for the year); type the paper act's number (--number)")
    }

    static func measureDayAhead(_ day: some CustomStringConvertible, _ today: some CustomStringConvertible) -> Localized {
        Localized(vi: "ngày quyết định \(day) sau ngày hôm nay \(today)",
                  en: "the decision's day \(day) is after today, \(today)")
    }

    static func actKindVI(_ kind: ActKind) -> String {
        switch kind {
        case .decision: "quyết định"
        case .conclusion: "thông báo kết luận"
        case .measure: "quyết định khen thưởng / xử lý trách nhiệm"
        }
    }

    static func actKindEN(_ kind: ActKind) -> String {
        switch kind {
        case .decision: "decision"
        case .conclusion: "conclusion notice"
        case .measure: "measure"
        }
    }
}

extension LedgerText {
    static func unitSymbolInvalid(_ symbol: some CustomStringConvertible) -> Localized {
        Localized(vi: "Ký hiệu đơn vị \"\(symbol)\" không hợp lệ: chỉ chữ in hoa A–Z, Đ và chữ số, các phần nối bằng dấu gạch ngang, ví dụ KTHTĐT",
                  en: "Unit symbol \"\(symbol)\" is not valid: capital letters A–Z, Đ and digits only, parts joined by hyphens, e.g. KTHTĐT")
    }
}
