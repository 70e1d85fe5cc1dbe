import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat settings`: shows the LOCAL rules and limits; an administrator changes them.
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "settings", abstract: "Xem và thay đổi cài đặt quy trình (quy định LOCAL, thời hạn, cơ sở biểu quyết).")

    @OptionGroup var options: GlobalOptions
    @Option(name: .customLong("set"), help: "KHÓA=GIÁ_TRỊ, lặp lại được (xem danh sách khóa khi chạy không tham số).") var assignments: [String] = []
    @Option(name: .customLong("add-checklist-item"), help: "Thêm mục rà soát của đơn vị (LOCAL): MÃ=NỘI DUNG. Năm mục của NĐ 73 luôn có.")
    var addItems: [String] = []
    @Option(name: .customLong("remove-checklist-item"), help: "Bỏ một mục rà soát đã thêm (không bỏ được năm mục của NĐ 73).")
    var removeItems: [String] = []
    @Flag(help: "In JSON.") var json = false

    func run() throws {
        try dexuat.run(options) {
            let ledger = try options.openLedger()
            var settings = try ledger.settings()
            if !assignments.isEmpty || !addItems.isEmpty || !removeItems.isEmpty {
                for assignment in assignments { try apply(assignment, to: &settings) }
                for item in addItems { try add(item, to: &settings) }
                for id in removeItems { try remove(id, from: &settings) }
                try ledger.save(settings, by: try Identity.actor(in: ledger))
            }
            if json {
                try printJSON(settings)
                return
            }
            let vi = options.lang == .vi
            let rows: [(String, String, String)] = [
                ("allow_return", "\(settings.allowReturnForCompletion)", vi ? "Cho phép trả lại bổ sung (LOCAL)" : "Return for completion (LOCAL)"),
                ("rejection_needs_reasons", "\(settings.rejectionNeedsReasons)", vi ? "Không phê duyệt phải nêu lý do (LOCAL)" : "Rejection needs reasons (LOCAL)"),
                ("require_conclusion", "\(settings.requireConclusion)", vi ? "Ban hành kết luận sau họp đánh giá (LOCAL)" : "Conclusion after the evaluation meeting (LOCAL)"),
                ("vote_basis", settings.voteBasis.rawValue, vi ? "Cơ sở tính biểu quyết: all_eligible | present" : "Vote base: all_eligible | present"),
                ("party_disagreement_blocks", "\(settings.partyDisagreementBlocksApproval)", vi ? "Cấp ủy không đồng ý thì không được phê duyệt" : "A Party disagreement blocks approval"),
                ("decision_days", "\(settings.decisionDays)", vi ? "Hạn quyết định kể từ tiếp nhận (ngày làm việc)" : "Decision limit from receipt (working days)"),
                ("report_days", "\(settings.reportDays)", vi ? "Hạn báo cáo sau khi kết thúc" : "Report limit after the end"),
                ("evaluation_days", "\(settings.evaluationDays)", vi ? "Hạn đánh giá kể từ nhận báo cáo" : "Evaluation limit from the report"),
                ("conclusion_days", "\(settings.conclusionDays)", vi ? "Hạn kết luận sau họp đánh giá" : "Conclusion limit after the meeting"),
                ("due_soon_days", "\(settings.dueSoonDays)", vi ? "Báo sắp đến hạn khi còn" : "Due soon within"),
                ("publish_ballot_comments", "\(settings.publishBallotComments)", vi ? "Công khai ý kiến kèm phiếu biểu quyết" : "Publish ballot comments"),
                ("publish_private_notes", "\(settings.publishPrivateNotes)", vi ? "Công khai ghi chú nội bộ" : "Publish private notes"),
                ("publish_liability_details", "\(settings.publishLiabilityDetails)", vi ? "Công khai chi tiết thiệt hại, trách nhiệm" : "Publish damage and liability details"),
            ]
            for (key, value, label) in rows { say("\(Text.fit(key, 28)) \(Text.fit(value, 14)) \(label)") }
            say(vi ? "Phiếu rà soát điều kiện:" : "Review checklist:")
            for item in settings.checklist.items { say("  \(Text.fit(item.id, 18)) \(item.text[options.lang]) (\(item.source))") }
        }
    }

    /// A unit's own checklist item (LOCAL), "ID=text".
    private func add(_ text: String, to settings: inout ProcedureSettings) throws {
        let parts = text.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
              parts[0].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw InputError(vi: "Dạng MÃ=NỘI DUNG, mã chỉ gồm chữ không dấu, số và _: \(text)",
                             en: "Form ID=TEXT, the id made of ASCII letters, digits and _: \(text)")
        }
        let wording = try TextInput.singleLine(parts[1], field: Localized(vi: "Mục rà soát", en: "Checklist item")).get()
        if ChecklistTemplate.standardItems.contains(where: { $0.id == parts[0] }) {
            throw InputError(vi: "\(parts[0]) là mục của NĐ 73, không thay được", en: "\(parts[0]) is a Decree 73 item and cannot be replaced")
        }
        settings.extraChecklistItems.removeAll { $0.id == parts[0] }
        settings.extraChecklistItems.append(ChecklistItem(id: parts[0], text: Localized(vi: wording, en: wording), source: "LOCAL"))
    }

    private func remove(_ id: String, from settings: inout ProcedureSettings) throws {
        if ChecklistTemplate.standardItems.contains(where: { $0.id == id }) {
            throw InputError(vi: "\(id) là mục của NĐ 73, luôn phải có", en: "\(id) is a Decree 73 item and always stays")
        }
        guard settings.extraChecklistItems.contains(where: { $0.id == id }) else {
            throw InputError(vi: "Không có mục rà soát \(id)", en: "No checklist item \(id)")
        }
        settings.extraChecklistItems.removeAll { $0.id == id }
    }

    private func apply(_ assignment: String, to settings: inout ProcedureSettings) throws {
        let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw InputError(vi: "Dạng KHÓA=GIÁ_TRỊ: \(assignment)", en: "Form KEY=VALUE: \(assignment)") }
        let (key, value) = (parts[0], parts[1])
        func bool() throws -> Bool {
            switch value { case "true", "on", "1", "có": return true
            case "false", "off", "0", "không": return false
            default: throw InputError(vi: "\(key): cần true hoặc false", en: "\(key): needs true or false") }
        }
        func days() throws -> Int {
            guard let n = Int(value), (1...60).contains(n) else {
                throw InputError(vi: "\(key): cần số ngày từ 1 đến 60", en: "\(key): needs a number of days from 1 to 60")
            }
            return n
        }
        switch key {
        case "allow_return": settings.allowReturnForCompletion = try bool()
        case "rejection_needs_reasons": settings.rejectionNeedsReasons = try bool()
        case "require_conclusion": settings.requireConclusion = try bool()
        case "party_disagreement_blocks": settings.partyDisagreementBlocksApproval = try bool()
        case "publish_ballot_comments": settings.publishBallotComments = try bool()
        case "publish_private_notes": settings.publishPrivateNotes = try bool()
        case "publish_liability_details": settings.publishLiabilityDetails = try bool()
        case "vote_basis":
            guard let basis = VoteBasis(rawValue: value) else {
                throw InputError(vi: "vote_basis: all_eligible hoặc present", en: "vote_basis: all_eligible or present")
            }
            settings.voteBasis = basis
        case "decision_days": settings.decisionDays = try days()
        case "report_days": settings.reportDays = try days()
        case "evaluation_days": settings.evaluationDays = try days()
        case "conclusion_days": settings.conclusionDays = try days()
        case "due_soon_days":
            guard let n = Int(value), (0...10).contains(n) else { throw InputError(vi: "due_soon_days: 0–10", en: "due_soon_days: 0–10") }
            settings.dueSoonDays = n
        default:
            throw InputError(vi: "Khóa cài đặt không rõ: \(key)", en: "Unknown setting: \(key)")
        }
    }
}
