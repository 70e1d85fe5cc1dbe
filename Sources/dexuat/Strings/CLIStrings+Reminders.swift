import Procedure

/// Reminders and their mail.
extension CLIText {
    // MARK: RemindCommand.swift

    static let dryRunGoesMail = Localized(
        vi: "--dry-run chỉ dùng với --mail.",
        en: "--dry-run goes with --mail.")

    static let invalidEMailAddress = Localized(
        vi: "--from: địa chỉ thư không hợp lệ.",
        en: "--from: invalid e-mail address.")

    static func notWorkingDayNoReminders(_ today: some CustomStringConvertible) -> Localized {
        Localized(vi: "Ngày \(today) không phải ngày làm việc: không nhắc việc.",
                  en: "\(today) is not a working day: no reminders.")
    }

    static func nothingWaitsAnyone(_ today: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không cán bộ nào có việc đang chờ ngày \(today).",
                  en: "Nothing waits on anyone on \(today).")
    }

    static func dexuatCouldNotSendMessage(_ login: some CustomStringConvertible, _ problem: some CustomStringConvertible) -> Localized {
        Localized(vi: "dexuat: không gửi được thư cho \(login): \(problem)\n",
                  en: "dexuat: could not send the message for \(login): \(problem)\n")
    }

    static func sent(_ login: some CustomStringConvertible, _ address: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đã gửi thư cho \(login) <\(address)>.",
                  en: "Sent to \(login) <\(address)>.")
    }

    static func sendmailFailedMessageS(_ failedCount: some CustomStringConvertible) -> Localized {
        Localized(vi: "sendmail không gửi được \(failedCount) thư.",
                  en: "sendmail failed for \(failedCount) message(s).")
    }

    // MARK: ReminderDigest.swift

    static func workWaitingProposalS(_ who: some CustomStringConvertible, _ today: some CustomStringConvertible, _ rCount: some CustomStringConvertible) -> Localized {
        Localized(vi: "Việc cần xử lý của \(who) ngày \(today): \(rCount) đề xuất.",
                  en: "Work waiting on \(who) on \(today): \(rCount) proposal(s).")
    }

    static func overdueCountPhrase(_ overdueCount: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(overdueCount) quá hạn",
                  en: "\(overdueCount) overdue")
    }

    static func dueSoonCountPhrase(_ dueSoonCount: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(dueSoonCount) sắp đến hạn",
                  en: "\(dueSoonCount) due soon")
    }

    static func proposalS(_ rCount: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(rCount) đề xuất",
                  en: "\(rCount) proposal(s)")
    }

    static func dexuatWorkWaiting(_ today: some CustomStringConvertible) -> Localized {
        Localized(vi: "[dexuat] Việc cần xử lý ngày \(today): ",
                  en: "[dexuat] Work waiting on \(today): ")
    }

    static let nothingWaiting = Localized(
        vi: "Không có việc nào đang chờ.",
        en: "Nothing is waiting.")

    static let overdueHeading = Localized(
        vi: "Quá hạn",
        en: "Overdue")

    static let dueSoonHeading = Localized(
        vi: "Sắp đến hạn",
        en: "Due soon")

    static let waiting = Localized(
        vi: "Đang chờ xử lý",
        en: "Waiting")

    static func dueDateSuffix(_ value: some CustomStringConvertible) -> Localized {
        Localized(vi: ", hạn \(value)",
                  en: ", due \(value)")
    }

    static func overdueCountLine(_ overdueCount: some CustomStringConvertible) -> Localized {
        Localized(vi: "  Quá hạn: \(overdueCount)",
                  en: "  Overdue: \(overdueCount)")
    }

    static func dueSoonCountLine(_ dueSoonCount: some CustomStringConvertible) -> Localized {
        Localized(vi: "  Sắp đến hạn: \(dueSoonCount)",
                  en: "  Due soon: \(dueSoonCount)")
    }
}
