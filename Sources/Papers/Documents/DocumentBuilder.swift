import Ledger
import Procedure

/// Builds the official documents from what the record says, and refuses a document the
/// record cannot support yet. Documents are written in Vietnamese, as official documents
/// are; refusals speak both languages.
public enum DocumentBuilder {
    /// The place printed before the date.
    public static let defaultPlace = "Uông Bí"

    /// The day the document bears, or why the record cannot support it yet.
    public static func day(of kind: OfficialDocumentKind, for p: Proposal, settings: ProcedureSettings) -> Result<Day, DocumentRefusal> {
        switch kind {
        case .minutes:
            guard let last = p.ballots.map(\.day).max() ?? p.decision?.day else {
                return .failure(DocumentRefusal(PapersText.proposalNoBallotYetNo(p.id)))
            }
            return .success(last)
        case .decision:
            guard let decision = p.decision else {
                return .failure(DocumentRefusal(PapersText.proposalNoDecisionHeadYet(p.id)))
            }
            if decision.kind == .reject {
                return .failure(DocumentRefusal(PapersText.proposalNotApprovedDocumentOnly(p.id)))
            }
            return .success(decision.day)
        case .conclusion:
            guard let evaluation = p.evaluation else {
                return .failure(DocumentRefusal(PapersText.proposalNotEvaluatedYetNo(p.id)))
            }
            if let conclusion = p.conclusion { return .success(conclusion.day) }
            if settings.requireConclusion {
                return .failure(DocumentRefusal(PapersText.proposalNoConclusionYetStep(p.id)))
            }
            return .success(evaluation.day)
        }
    }

    /// The document, numbered `number`, as the record of `p` supports it.
    /// `checkpoint` is the chain's head once the document's number is registered, printed
    /// at the document's foot. `events`, the proposal's history, tells who signed the
    /// decision or conclusion and on what authority (§7.5: "KT." for a deputy).
    /// `minutesNumber`, the minutes' entry in the register of documents, is what a decision cites.
    public static func build(_ kind: OfficialDocumentKind, for p: Proposal, number: DocumentNumber, organization org: Organization,
                             settings: ProcedureSettings, place: String = defaultPlace,
                             checkpoint: ChainCheckpoint, events: [Event] = [],
                             attachments: [AttachmentRecord] = [], minutesNumber: DocumentNumber? = nil) -> Result<OfficialDocument, DocumentRefusal> {
        let day: Day
        switch self.day(of: kind, for: p, settings: settings) {
        case .success(let d): day = d
        case .failure(let refusal): return .failure(refusal)
        }
        let unit = org.unit(p.reviewingUnitID)
        let superior = unit?.parentID.flatMap { org.unit($0) }
        let head = org.head(of: p.reviewingUnitID)
        var doc = OfficialDocument(
            kind: kind, superiorBody: superior.map { upper($0.name) } ?? "", issuingBody: upper(unit?.name ?? p.reviewingUnitID),
            number: "Số: " + number.reference, place: place, day: day, title: "", summary: "", paragraphs: [], table: [],
            recipients: [], signatureAuthority: "", signaturePosition: "", signerName: "", checkpoint: checkpoint)
        let people = People(org: org)
        let proposerText = people.describe(p.proposer) + ", " + s(org.unit(p.unitID)?.name ?? p.unitID)
        switch kind {
        case .minutes: minutes(&doc, p, org: org, settings: settings, people: people, proposerText: proposerText, head: head)
        case .decision: decision(&doc, p, org: org, people: people, proposerText: proposerText, superior: superior,
                                 minutes: minutesCitation(p, settings: settings, registered: minutesNumber))
        case .conclusion: conclusion(&doc, p, org: org, people: people, proposerText: proposerText, head: head, superior: superior)
        }
        listAttachments(&doc, kind, attachments)
        signForTheHead(&doc, kind, events: events, org: org)
        return .success(doc)
    }

    /// §7.8: the steps whose files a document rests on (nil: the dossier's own).
    static func stepsResting(on kind: OfficialDocumentKind) -> [StepKind?] {
        switch kind {
        case .minutes, .decision: [nil, .partyOpinion, .decision]
        case .conclusion: [nil, .report, .evaluation, .conclusion]
        }
    }

    /// "Tài liệu kèm theo": the attached files the document rests on, by number, with
    /// their size and SHA-256, so that a paper copy names exactly which bytes it means.
    static func listAttachments(_ doc: inout OfficialDocument, _ kind: OfficialDocumentKind, _ attachments: [AttachmentRecord]) {
        let steps = stepsResting(on: kind)
        let files = attachments.filter { steps.contains($0.step) }.sorted { $0.number < $1.number }
        guard !files.isEmpty else { return }
        let list = files.map { f in "\(f.number). \(s(f.name)) (\(AttachmentRules.sizeText(f.size)), SHA-256 \(f.sha256))" }
        doc.paragraphs.append(.init("Tài liệu kèm theo: " + list.joined(separator: "; ") + "."))
    }

    // MARK: - Biên bản

    private static func minutes(_ doc: inout OfficialDocument, _ p: Proposal, org: Organization, settings: ProcedureSettings,
                                people: People, proposerText: String, head: Officer?) {
        let tally = p.decision?.tally ?? p.tally(in: org, settings: settings)
        doc.title = "BIÊN BẢN"
        doc.summary = "Họp tập thể lãnh đạo xem xét đề xuất đổi mới, sáng tạo “\(s(p.title))”"
        var body: [OfficialDocument.Paragraph] = []
        // §7.1: the review meeting, when one was opened, gives the day, the chair and the attendance.
        let meeting = p.meeting(.review)
        body.append(.init("Thời gian: ngày \((meeting?.day ?? doc.day).vietnamese)."))
        body.append(.init("Địa điểm: trụ sở \(s(org.unit(p.reviewingUnitID)?.name ?? p.reviewingUnitID))."))
        body.append(.init("I. THÀNH PHẦN", style: .heading))
        let chair = meeting.map(\.chair) ?? head?.login
        if let chair { body.append(.init("Chủ trì: \(people.describe(chair)).")) }
        let members = tally.eligible.map(people.describe)
        body.append(.init("Thành viên tập thể lãnh đạo có quyền biểu quyết (\(members.count)): \(members.joined(separator: "; "))."))
        if tally.recused.isEmpty {
            body.append(.init("Không có thành viên phải không tham gia biểu quyết."))
        } else {
            // §7.4: the proposer, and any member who declared a conflict of interest.
            let recused = tally.recused.map { login in
                people.describe(login) + (login == p.proposer ? " (người đề xuất)" : " (đã khai báo xung đột lợi ích)")
            }
            body.append(.init("Không tham gia biểu quyết: \(recused.joined(separator: "; ")) (khoản 1 Điều 8 Nghị định số 73/2023/NĐ-CP)."))
        }
        if let meeting {
            body += attendanceParagraphs(meeting, people: people)
            let notVoted = tally.notVoted.filter { !meeting.isAbsent($0) }
            if meeting.attendanceRecorded && !notVoted.isEmpty {
                body.append(.init("Có mặt nhưng chưa biểu quyết: \(notVoted.map(people.describe).joined(separator: "; "))."))
            }
        } else if !tally.notVoted.isEmpty {
            body.append(.init("Vắng mặt hoặc chưa biểu quyết: \(tally.notVoted.map(people.describe).joined(separator: "; "))."))
        }
        let clerk = org.grants.first { $0.role == .clerk && $0.unitID == p.reviewingUnitID }.flatMap { org.officer($0.login) }
        if let clerk { body.append(.init("Thư ký: \(people.describe(clerk.login)).")) }
        body.append(.init("II. NỘI DUNG", style: .heading))
        let receipt = p.receipts.last.map { ", tiếp nhận số \(s($0.number)) ngày \($0.day.vietnamese)" } ?? ""
        body.append(.init("Tập thể lãnh đạo xem xét đề xuất \(s(p.id)) “\(s(p.title))” của \(proposerText)\(receipt), căn cứ các điều kiện tại khoản 1 Điều 5 và khoản 2 Điều 4 Nghị định số 73/2023/NĐ-CP."))
        if let opinion = p.partyOpinion(.beforeApproval) {
            body.append(.init("Ý kiến của cấp ủy cùng cấp (\(committee(opinion, p, org)), ngày \(opinion.day.vietnamese)): \(opinion.stance.label.vi). \(sentence(opinion.text))"))
        } else {
            body.append(.init("Chưa có ý kiến của cấp ủy cùng cấp (\(s(org.partyCommittee(of: p.reviewingUnitID)))) tại thời điểm họp."))
        }
        body.append(.init("III. KẾT QUẢ BIỂU QUYẾT", style: .heading))
        var table = [["TT", "Thành viên", "Biểu quyết", "Ý kiến"]]
        for (index, ballot) in p.ballots.enumerated() {
            table.append(["\(index + 1)", people.describe(ballot.member), ballot.inFavour ? "Tán thành" : "Không tán thành",
                          flat(ballot.comment)])
        }
        doc.table = table
        // Ballots the clerk entered for members who voted at the meeting: said once, in a
        // sentence of the minutes, not as a note in the members' opinion cells.
        let byClerk = p.ballots.filter { $0.recordedBy != $0.member }.map { people.describe($0.member) }
        if !byClerk.isEmpty {
            body.append(.init("Biểu quyết tại cuộc họp do thư ký ghi nhận: \(byClerk.joined(separator: "; "))."))
        }
        body.append(.init("Tổng hợp: \(tally.summary.vi)."))
        let basis = tally.basis == .allEligible ? "trên tổng số thành viên có quyền biểu quyết" : "trên số thành viên có mặt biểu quyết"
        let result: String
        if tally.passed {
            result = "Đề xuất được thông qua (quá 50% \(basis)" + (tally.passedOnTie ? "; ngang phiếu, theo ý kiến người đứng đầu đã biểu quyết" : "") + ")."
        } else if tally.failedForGood {
            result = "Đề xuất không được thông qua (không quá 50% \(basis))."
        } else {
            result = "Biểu quyết chưa kết thúc: chưa đủ phiếu để kết luận."
        }
        body.append(.init("Kết quả: \(result)"))
        body.append(.init("Biên bản kết thúc ngày \(doc.day.vietnamese), đã thông qua các thành viên dự họp."))
        doc.paragraphs = body
        doc.recipients = ["Các thành viên tập thể lãnh đạo;", "Người đề xuất;", "Lưu: VT, hồ sơ đề xuất \(s(p.id))."]
        // Minutes are signed by who chaired and who kept them, by that role alone (the body
        // names their titles): "CHỦ TRÌ" and "THƯ KÝ".
        doc.signatureAuthority = ""
        let signer = chair.flatMap { org.officer($0) } ?? head
        doc.signaturePosition = "CHỦ TRÌ"
        doc.signerName = s(signer?.name ?? "")
        if let clerk {
            doc.secondSignatureTitle = "THƯ KÝ"
            doc.secondSignatureName = s(clerk.name)
        }
    }

    // MARK: - Quyết định

    private static func decision(_ doc: inout OfficialDocument, _ p: Proposal, org: Organization, people: People,
                                 proposerText: String, superior: Procedure.Unit?, minutes: String) {
        guard let d = p.decision else { return }
        let signer = org.officer(d.signedBy)
        let unit = org.unit(p.reviewingUnitID)
        let position = SignatureBlock.title(of: signer?.position ?? "Người đứng đầu", in: unit)
        // The collective body's act ("TM. ỦY BAN NHÂN DÂN") unless the head overrode the
        // collective's vote on their own responsibility: then the act is the head's own.
        let collective = SignatureBlock.isCollectiveBody(unit) && d.kind != .override
        doc.title = "QUYẾT ĐỊNH"
        doc.summary = "Về việc cho phép triển khai đề xuất đổi mới, sáng tạo “\(s(p.title))”"
        var body: [OfficialDocument.Paragraph] = []
        body.append(.init(s(upper(issuingAuthority(p.reviewingUnitID, org: org, signer: signer, collective: collective))), style: .centeredBold))
        body.append(.init(competence(org.unit(p.reviewingUnitID))))
        body.append(.init("Căn cứ Nghị định số 73/2023/NĐ-CP ngày 29 tháng 9 năm 2023 của Chính phủ quy định về khuyến khích, bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung;"))
        body.append(.init("Thực hiện Công văn số 432/UBND-VHXH ngày 22 tháng 8 năm 2025 của Ủy ban nhân dân phường Uông Bí về việc phát huy tinh thần sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung theo tinh thần Nghị quyết số 57-NQ/TW;"))
        if let opinion = p.partyOpinion(.beforeApproval) {
            body.append(.init("Căn cứ ý kiến của \(committee(opinion, p, org)) ngày \(opinion.day.vietnamese) (\(opinion.stance.label.vi.lowercased()));"))
        }
        body.append(.init("Căn cứ \(minutes);"))
        let receipt = p.receipts.last.map { " (tiếp nhận số \(s($0.number)) ngày \($0.day.vietnamese))" } ?? ""
        body.append(.init("Xét đề xuất của \(proposerText)\(receipt)."))
        body.append(.init("QUYẾT ĐỊNH:", style: .centeredBold))
        let period: String
        if let start = p.dossier.startDate, let end = p.dossier.endDate {
            period = " Thời gian thực hiện: từ ngày \(start.vietnamese) đến ngày \(end.vietnamese)."
        } else {
            period = ""
        }
        body.append(.init("Điều 1. Cho phép triển khai đề xuất đổi mới, sáng tạo “\(s(p.title))” (mã \(s(p.id))) của \(proposerText).\(period) Phạm vi: \(flat(p.dossier.scope))"))
        if d.kind == .override {
            body.append(.init("Điều 2. Tập thể lãnh đạo không thông qua đề xuất (\(minutes)). Xét thấy đề xuất là cần thiết và khả thi, \(s(lowerFirst(position))) quyết định cho triển khai và chịu trách nhiệm về quyết định này trước cơ quan sử dụng cán bộ cấp trên và trước pháp luật (khoản 1 Điều 8 Nghị định số 73/2023/NĐ-CP): \(sentence(d.responsibilityStatement))" + (TextInput.isBlank(d.reasons) ? "" : " Lý do: \(sentence(d.reasons))")))
        } else {
            body.append(.init("Điều 2. Đề xuất được tập thể lãnh đạo thông qua (\(minutes))." + (TextInput.isBlank(d.reasons) ? "" : " Lý do: \(sentence(d.reasons))") + " Người đề xuất tổ chức thực hiện theo kế hoạch được duyệt và báo cáo kết quả trong thời hạn quy định."))
        }
        body.append(.init("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Người đề xuất và các cá nhân, bộ phận có liên quan chịu trách nhiệm thi hành Quyết định này."))
        if !d.number.isEmpty && d.number != doc.number.replacingOccurrences(of: "Số: ", with: "") {
            body.append(.init("(Số quyết định ghi trong hồ sơ đề xuất \(s(p.id)): \(s(d.number)).)"))
        }
        doc.paragraphs = body
        doc.recipients = ["Như Điều 3;"] + (superior.map { ["\(s($0.name)) (để báo cáo);"] } ?? [])
            + ["\(s(org.partyCommittee(of: p.reviewingUnitID))) (để biết);", "Lưu: VT, hồ sơ đề xuất \(s(p.id))."]
        sign(&doc, SignatureBlock.make(signer: signer?.position ?? "Người đứng đầu", name: signer?.name ?? d.signedBy, unit: unit,
                                       collective: collective))
    }

    // MARK: - Kết luận

    private static func conclusion(_ doc: inout OfficialDocument, _ p: Proposal, org: Organization, people: People,
                                   proposerText: String, head: Officer?, superior: Procedure.Unit?) {
        guard let e = p.evaluation else { return }
        doc.title = "THÔNG BÁO KẾT LUẬN"
        doc.summary = "Về đánh giá kết quả thực hiện đề xuất đổi mới, sáng tạo “\(s(p.title))”"
        let category = org.category(of: p.proposer)
        var body: [OfficialDocument.Paragraph] = []
        let participants = (e.participants ?? []).map(people.describe)
        body.append(.init("Ngày \(e.day.vietnamese), tập thể lãnh đạo \(s(org.unit(p.reviewingUnitID)?.name ?? p.reviewingUnitID)) họp đánh giá kết quả thực hiện đề xuất \(s(p.id)) “\(s(p.title))” của \(proposerText)."
                          + (participants.isEmpty ? "" : " Thành phần: \(participants.joined(separator: "; ")).")
                          + ((e.excluded ?? []).isEmpty ? "" : " Không tham gia đánh giá (là người đề xuất): \((e.excluded ?? []).map(people.describe).joined(separator: "; ")).")))
        body += evaluationMeetingParagraphs(p, people: people)
        body += memberFormParagraphs(p, e, people: people)
        if let opinion = p.partyOpinion(.beforeEvaluation) {
            body.append(.init("Ý kiến của \(committee(opinion, p, org)) ngày \(opinion.day.vietnamese): \(opinion.stance.label.vi). \(flat(opinion.text))"))
        }
        body.append(.init("1. Kết quả thực hiện", style: .heading))
        body.append(.init("Kết quả: \(e.outcome.label.vi)."))
        for result in e.results.sorted(by: { $0.target < $1.target }) {
            let target = result.target < p.dossier.targets.count ? p.dossier.targets[result.target] : nil
            let name = target.map { "\(flat($0.description)) (\(flat($0.measure)))" } ?? "Chỉ tiêu \(result.target + 1)"
            body.append(.init("Chỉ tiêu \(result.target + 1) — \(name): \(result.achieved ? "đạt" : "không đạt"); \(flat(result.result))"))
        }
        body.append(.init("2. Thiệt hại", style: .heading))
        if e.damage {
            body.append(.init("Có thiệt hại: \(flat(e.damageDescription))" + (e.damageEstimateVND.map { "; ước tính \(vnd($0)) đồng." } ?? ".")))
        } else {
            body.append(.init("Không gây thiệt hại."))
        }
        body.append(.init("3. Nhận định", style: .heading))
        for finding in e.findings {
            body.append(.init("\(finding.kind.label.vi): \(finding.holds ? "có" : "không") — \(flat(finding.reason))"
                              + findingTally(finding, p, e)))
        }
        if e.abuseFound { body.append(.init("Phát hiện có dấu hiệu tham nhũng, tiêu cực, trục lợi (Điều 6 Nghị định số 73/2023/NĐ-CP).")) }
        body.append(.init("4. Nguyên nhân", style: .heading))
        body.append(.init("Nguyên nhân khách quan: \(sentence(e.objectiveCauses))"))
        body.append(.init("Nguyên nhân chủ quan: \(sentence(e.subjectiveCauses))"))
        body.append(.init("5. Hướng xử lý trách nhiệm", style: .heading))
        let consequence = p.conclusion?.consequence ?? e.consequence
        body.append(.init(consequence == .noProtection ? "\(consequence.label(for: category).vi)."
                          : "\(consequence.label.vi) (Điều 10, 11 Nghị định số 73/2023/NĐ-CP)."))
        if let c = p.conclusion {
            body.append(.init("6. Nội dung kết luận", style: .heading))
            body.append(.init(sentence(c.text)))
            if !c.number.isEmpty && c.number != doc.number.replacingOccurrences(of: "Số: ", with: "") {
                body.append(.init("(Số thông báo kết luận ghi trong hồ sơ đề xuất \(s(p.id)): \(s(c.number)).)"))
            }
        }
        body.append(.init("\(p.conclusion == nil ? "6" : "7"). Biện pháp khuyến khích, bảo vệ", style: .heading))
        if p.measures.isEmpty {
            body.append(.init("Chưa ghi nhận biện pháp nào; sẽ xem xét theo hướng xử lý trách nhiệm nêu trên."))
        }
        for m in p.measures {
            body.append(.init("\(m.kind.label(for: category).vi): quyết định số \(s(m.decisionNumber)) ngày \(m.day.vietnamese) của \(s(m.decidedBy)). \(sentence(m.reason))"))
        }
        doc.paragraphs = body
        doc.recipients = ["Người đề xuất;"] + (superior.map { ["\(s($0.name)) (để báo cáo);"] } ?? [])
            + ["\(s(org.partyCommittee(of: p.reviewingUnitID))) (để biết);", "Lưu: VT, hồ sơ đề xuất \(s(p.id))."]
        // The collective evaluated (§3 step 9): a collective body's conclusion is signed "TM.".
        sign(&doc, SignatureBlock.make(signer: head?.position ?? "Người đứng đầu", name: head?.name ?? "", unit: org.unit(p.reviewingUnitID),
                                       collective: true))
    }

    // MARK: - Helpers

    /// The committee an opinion names, else the reviewing unit's own (`Unit.partyCommittee`).
    static func committee(_ opinion: PartyOpinion, _ p: Proposal, _ org: Organization) -> String {
        let named = opinion.committee.trimmingCharacters(in: .whitespaces)
        return s(named.isEmpty ? org.partyCommittee(of: p.reviewingUnitID) : named)
    }

    /// The issuer's competence, first of a decision's grounds: the Law on the Organisation
    /// of Local Government 2025 (two-level local government) for the People's Committee's
    /// chair; an office or a public service unit decides within its own functions.
    static func competence(_ unit: Procedure.Unit?) -> String {
        guard let unit else { return "Căn cứ chức năng, nhiệm vụ, quyền hạn của cơ quan, đơn vị;" }
        switch unit.kind {
        case .peoplesCommittee:
            return "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;"
        case .office, .publicServiceUnit:
            return "Căn cứ chức năng, nhiệm vụ, quyền hạn của \(s(unit.name));"
        }
    }

    /// "Biên bản họp tập thể lãnh đạo số 03/BB-VHXH ngày 14/09/2026": the minutes a decision
    /// rests on, by its registered number and day; by its day alone before it is numbered.
    static func minutesCitation(_ p: Proposal, settings: ProcedureSettings, registered: DocumentNumber?) -> String {
        if let registered, registered.proposalID == p.id, registered.kind == .minutes {
            return "Biên bản họp tập thể lãnh đạo số \(s(registered.reference)) ngày \(registered.day.vietnamese)"
        }
        let day = (try? DocumentBuilder.day(of: .minutes, for: p, settings: settings).get()) ?? p.decision?.day
        return "Biên bản họp tập thể lãnh đạo" + (day.map { " ngày \($0.vietnamese)" } ?? "")
    }

    /// The issuing authority line: "Trưởng phòng" and "Phòng Văn hóa – Xã hội" give
    /// "Trưởng phòng Văn hóa – Xã hội"; a position that already names the unit gives the same
    /// (`SignatureBlock.title`, `SignatureBlock.authorityLine`).
    static func authority(position: String, unit: String) -> String {
        SignatureBlock.authorityLine(title: SignatureBlock.title(of: position, in: nil), unit: unit)
    }

    static func upper(_ text: String) -> String { text.uppercased(with: nil) }

    /// Stored text inside a sentence of ours, marked for isolation (`Markup.mark`): the
    /// HTML writer isolates it with `<bdi>`, the .docx writer drops the marks.
    static func s(_ text: String) -> String { Markup.mark(text) }

    /// Stored text on one line, marked (`s`).
    static func flat(_ text: String) -> String {
        s(text.split(whereSeparator: { $0.isNewline }).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " "))
    }

    /// Stored text on one line, marked, ending with a full stop (ours, outside the mark).
    static func sentence(_ text: String) -> String {
        let t = text.split(whereSeparator: { $0.isNewline }).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
        guard let last = t.last else { return t }
        return ".!?;:…".contains(last) ? s(t) : s(t) + "."
    }

    /// "75.000.000": the digits of MoneyAmount.format, for "… đồng" in a sentence.
    static func vnd(_ amount: Int64) -> String {
        MoneyAmount.grouped(String(amount))
    }

    struct People {
        var org: Organization
        /// "Bà Vũ Thị Lan, Phó Trưởng phòng" (without a title of address: the record has no gender).
        func describe(_ login: String) -> String {
            guard let o = org.officer(login) else { return s(login) }
            return o.position.isEmpty ? s(o.name) : "\(s(o.name)), \(s(o.position))"
        }
    }
}

/// Why a document cannot be made from the record yet.
public struct DocumentRefusal: Error, Sendable, Hashable {
    public var message: Localized
    public init(_ message: Localized) { self.message = message }
}
