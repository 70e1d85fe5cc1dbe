import Foundation
import Procedure

/// The two offline forms, like HotCRP's offline review forms: exported as plain text,
/// filled in any editor, imported back as the officer's own step.
public enum OfflineFormKind: String, Sendable, Hashable, CaseIterable {
    /// Phiếu rà soát điều kiện và biểu quyết (steps 3, 3v).
    case ballot
    /// Phiếu đánh giá kết quả (§3.4).
    case evaluation
    /// Phiếu đánh giá của thành viên (§7.3): the same form, the member's own.
    case memberEvaluation = "member_evaluation"

    var action: ActionKind {
        switch self {
        case .ballot: .ballot
        case .evaluation: .evaluate
        case .memberEvaluation: .memberEvaluation
        }
    }
}

/// A form read back from its text: which proposal and version it was made for, and the
/// steps it asks to record.
public struct FilledForm: Sendable, Hashable {
    public var kind: OfflineFormKind
    public var proposalID: String
    public var version: Int
    public var actions: [Action]
}

/// A form that cannot be read or recorded, with the line at fault when there is one.
public struct OfflineFormError: Error, Sendable, Hashable {
    public var line: Int?
    public var message: Localized

    public init(line: Int?, _ message: Localized) {
        self.line = line
        self.message = message
    }

    public func text(_ language: Language) -> String {
        guard let line else { return message[language] }
        return (PapersText.linePrefix(line)[language]) + message[language]
    }
}

/// Keys of the forms (ASCII, Vietnamese without marks) and the words accepted as answers.
enum FormKeys {
    static let kind = "dexuat_form"
    static let version = "phien_ban"
    static let vote = "bieu_quyet"
    static let voteComment = "y_kien"
    static let commentSuffix = ".nhan_xet"
    static let outcome = "ket_qua"
    static let damage = "thiet_hai"
    static let damageDescription = "thiet_hai.mo_ta"
    static let damageEstimate = "thiet_hai.uoc_tinh_vnd"
    static let findingPrefix = "nhan_dinh."
    static let reasonSuffix = ".ly_do"
    /// §7.3: the chair's reason where the collective evaluation departs from the members' majority.
    static let departureSuffix = ".ly_do_khac_da_so"
    static let abuse = "tham_nhung_vu_loi_lam_quyen"
    static let objective = "nguyen_nhan_khach_quan"
    static let subjective = "nguyen_nhan_chu_quan"
    static let targetPrefix = "chi_tieu."
    static let resultSuffix = ".ket_qua"

    /// Lower case, marks removed, đ → d, spaces and hyphens → underscores: "Đồng ý" → "dong_y".
    static func fold(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces)
            .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
    }

    static func yesNo(_ text: String) -> Bool? {
        switch fold(text) {
        case "co", "yes", "true", "dong_y", "dat", "x": true
        case "khong", "no", "false", "khong_dong_y", "khong_dat": false
        default: nil
        }
    }

    static func verdict(_ text: String) -> ChecklistVerdict? {
        switch fold(text) {
        case "met", "dap_ung": .met
        case "not_met", "khong_dap_ung": .notMet
        case "unclear", "chua_ro": .unclear
        default: nil
        }
    }

    static func outcome(_ text: String) -> Outcome? {
        switch fold(text) {
        case "completed", "hoan_thanh": .completed
        case "partly_completed", "hoan_thanh_mot_phan": .partlyCompleted
        case "not_completed", "khong_hoan_thanh": .notCompleted
        default: nil
        }
    }
}

