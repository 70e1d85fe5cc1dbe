import Procedure

/// Delegation and appointment (PROCEDURE.md §7.5).
extension CLIText {
    // MARK: DelegateCommand.swift

    static let delegateUsage = Localized(
        vi: "delegate: cần --to, --from, --until, --steps, --number và --date (hoặc delegate revoke SỐ, delegate list).",
        en: "delegate: --to, --from, --until, --steps, --number and --date are required (or delegate revoke NUMBER, delegate list).")

    static let appointUsage = Localized(
        vi: "appoint: cần --unit, --officer, --number và --date (hoặc appoint revoke SỐ).",
        en: "appoint: --unit, --officer, --number and --date are required (or appoint revoke NUMBER).")

    static func invalidDelegableStep(_ name: String) -> Localized {
        Localized(vi: "--steps: không có bước “\(name)”; các bước: \(DelegableStep.allCases.map(\.rawValue).joined(separator: ", ")).",
                  en: "--steps: no step “\(name)”; the steps are: \(DelegableStep.allCases.map(\.rawValue).joined(separator: ", ")).")
    }

    static func delegated(_ number: String, _ deputy: String, _ from: String, _ until: String) -> Localized {
        Localized(vi: "\(number) — đã ủy quyền cho \(deputy) ký thay từ \(from) đến \(until)",
                  en: "\(number) — \(deputy) signs for the head from \(from) to \(until)")
    }

    static func delegationRevoked(_ number: String) -> Localized {
        Localized(vi: "\(number) — đã thu hồi văn bản ủy quyền ký thay", en: "\(number) — delegation revoked")
    }

    static func appointed(_ number: String, _ officer: String, _ unit: String) -> Localized {
        Localized(vi: "\(number) — đã giao \(officer) phụ trách \(unit)", en: "\(number) — \(officer) put in charge of \(unit)")
    }

    static func appointmentRevoked(_ number: String) -> Localized {
        Localized(vi: "\(number) — đã thu hồi văn bản giao phụ trách", en: "\(number) — appointment revoked")
    }

    static let noDelegations = Localized(
        vi: "Chưa có văn bản ủy quyền ký thay hoặc giao phụ trách nào.",
        en: "No delegation or appointment is on record.")

    static let inCharge = Localized(vi: "phụ trách", en: "in charge")

    static func delegationStatus(_ status: String) -> Localized {
        switch status {
        case "in_force": Localized(vi: "đang có hiệu lực", en: "in force")
        case "not_yet": Localized(vi: "chưa có hiệu lực", en: "not yet in force")
        case "expired": Localized(vi: "hết thời hạn", en: "expired")
        case "revoked": Localized(vi: "đã thu hồi", en: "revoked")
        default: Localized(vi: "không còn áp dụng (đã thay đổi người đảm nhiệm chức vụ)", en: "lapsed (the post changed hands)")
        }
    }
}
