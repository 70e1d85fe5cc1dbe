import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat settings`: shows the LOCAL rules and limits; an administrator changes them.
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "settings", abstract: "Xem và thay đổi cài đặt quy trình (quy định của đơn vị, thời hạn, cơ sở biểu quyết).")

    @OptionGroup var options: GlobalOptions
    @Option(name: .customLong("set"), help: "KHÓA=GIÁ_TRỊ, lặp lại được (xem danh sách khóa khi chạy không tham số).") var assignments: [String] = []
    @Option(name: .customLong("add-checklist-item"), help: "Thêm mục rà soát của đơn vị (quy định của đơn vị): MÃ=NỘI DUNG. Năm mục của NĐ 73 luôn có.")
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
            let rows: [(String, String, String)] = [
                ("allow_return", "\(settings.allowReturnForCompletion)", CLIText.returnCompletionLocal[options.lang]),
                ("rejection_needs_reasons", "\(settings.rejectionNeedsReasons)", CLIText.rejectionNeedsReasonsLocal[options.lang]),
                ("require_conclusion", "\(settings.requireConclusion)", CLIText.conclusionAfterEvaluationMeetingLocal[options.lang]),
                ("vote_basis", settings.voteBasis.rawValue, CLIText.voteBaseAllEligiblePresent[options.lang]),
                ("party_disagreement_blocks", "\(settings.partyDisagreementBlocksApproval)", CLIText.partyDisagreementBlocksApproval[options.lang]),
                ("decision_days", "\(settings.decisionDays)", CLIText.decisionLimitReceiptWorkingDays[options.lang]),
                ("report_days", "\(settings.reportDays)", CLIText.reportLimitAfterEnd[options.lang]),
                ("evaluation_days", "\(settings.evaluationDays)", CLIText.evaluationLimitReport[options.lang]),
                ("conclusion_days", "\(settings.conclusionDays)", CLIText.conclusionLimitAfterMeeting[options.lang]),
                ("resourcing_days", "\(settings.resourcingDays)", CLIText.resourcingLimitAfterApproval[options.lang]),
                ("measures_days", "\(settings.measuresDays)", CLIText.measuresLimitAfterConclusion[options.lang]),
                ("due_soon_days", "\(settings.dueSoonDays)", CLIText.dueSoonWithin[options.lang]),
                ("quorum", settings.quorumPercent.map { "\($0)%" } ?? "none", CLIText.quorumLocal[options.lang]),
                ("publish_ballot_comments", "\(settings.publishBallotComments)", CLIText.publishBallotComments[options.lang]),
                ("publish_private_notes", "\(settings.publishPrivateNotes)", CLIText.publishPrivateNotes[options.lang]),
                ("publish_liability_details", "\(settings.publishLiabilityDetails)", CLIText.publishDamageLiabilityDetails[options.lang]),
                ("member_evaluation_share", "\(settings.memberEvaluationShare)", CLIText.memberEvaluationShareLabel[options.lang]),
                ("departure_needs_reason", "\(settings.departureNeedsReason)", CLIText.departureNeedsReasonLabel[options.lang]),
                ("attachment_max_mb", "\(settings.attachmentMaxMB)", CLIText.attachmentMaxLabel[options.lang]),
            ]
            for (key, value, label) in rows { say("\(Text.fit(key, 28)) \(Text.fit(value, 14)) \(label)") }
            say(CLIText.reviewChecklist[options.lang])
            for item in settings.checklist.items { say("  \(Text.fit(item.id, 18)) \(item.text[options.lang]) (\(item.sourceLabel[options.lang]))") }
        }
    }

    /// A unit's own checklist item (LOCAL), "ID=text".
    private func add(_ text: String, to settings: inout ProcedureSettings) throws {
        let parts = text.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
              parts[0].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw InputError(CLIText.formIdTextIdMade(text))
        }
        let wording = try TextInput.singleLine(parts[1], field: CLIText.checklistItem).get()
        if ChecklistTemplate.standardItems.contains(where: { $0.id == parts[0] }) {
            throw InputError(CLIText.decreeItemCannotReplaced(parts[0]))
        }
        settings.extraChecklistItems.removeAll { $0.id == parts[0] }
        settings.extraChecklistItems.append(ChecklistItem(id: parts[0], text: Localized(vi: wording, en: wording), source: "LOCAL"))
    }

    private func remove(_ id: String, from settings: inout ProcedureSettings) throws {
        if ChecklistTemplate.standardItems.contains(where: { $0.id == id }) {
            throw InputError(CLIText.decreeItemAlwaysStays(id))
        }
        guard settings.extraChecklistItems.contains(where: { $0.id == id }) else {
            throw InputError(CLIText.noChecklistItem(id))
        }
        settings.extraChecklistItems.removeAll { $0.id == id }
    }

    private func apply(_ assignment: String, to settings: inout ProcedureSettings) throws {
        let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw InputError(CLIText.formKeyValue(assignment)) }
        let (key, value) = (parts[0], parts[1])
        func bool() throws -> Bool {
            switch value { case "true", "on", "1", "có": return true
            case "false", "off", "0", "không": return false
            default: throw InputError(CLIText.needsTrueFalse(key)) }
        }
        func days() throws -> Int {
            guard let n = Int(value), (1...60).contains(n) else {
                throw InputError(CLIText.needsNumberDays(key))
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
                throw InputError(CLIText.voteBasisAllEligiblePresent)
            }
            settings.voteBasis = basis
        case "decision_days": settings.decisionDays = try days()
        case "report_days": settings.reportDays = try days()
        case "evaluation_days": settings.evaluationDays = try days()
        case "conclusion_days": settings.conclusionDays = try days()
        case "resourcing_days": settings.resourcingDays = try days()
        case "measures_days": settings.measuresDays = try days()
        case "departure_needs_reason": settings.departureNeedsReason = try bool()
        case "member_evaluation_share":
            let range = ProcedureSettings.memberEvaluationShareRange
            guard let n = Int(value), range.contains(n) else { throw InputError(CLIText.needsShare(key, range)) }
            settings.memberEvaluationShare = n
        case "attachment_max_mb":
            let range = AttachmentRules.maxMBRange
            guard let n = Int(value), range.contains(n) else { throw InputError(CLIText.needsAttachmentMax(key, range)) }
            settings.attachmentMaxMB = n
        case "due_soon_days":
            guard let n = Int(value), (0...10).contains(n) else { throw InputError(CLIText.dueSoonDays) }
            settings.dueSoonDays = n
        case "quorum":
            guard let quorum = ProcedureSettings.parseQuorum(value) else { throw InputError(CLIText.quorumSetting) }
            settings.quorumPercent = quorum
        default:
            throw InputError(CLIText.unknownSetting(key))
        }
    }
}
