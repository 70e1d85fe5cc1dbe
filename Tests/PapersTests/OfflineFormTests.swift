import Foundation
import Testing
import Ledger
import Procedure
@testable import Papers

@Suite struct OfflineFormTests {
    /// Replaces the value of `key` in a form's text (the officer editing it).
    static func fill(_ text: String, _ answers: [String: String]) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard let eq = line.firstIndex(of: "="), !line.hasPrefix("#") else { return String(line) }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces)
            guard let value = answers[key] else { return String(line) }
            return "\(key) = \(value)"
        }.joined(separator: "\n")
    }

    func export(_ kind: OfflineFormKind, _ id: String, for login: String, in fixture: RecordFixture) throws -> String {
        let p = try #require(try fixture.ledger.proposal(id))
        return try kind.export(p, for: login, organization: try fixture.ledger.organization(), settings: try fixture.ledger.settings()).get()
    }

    static var ballotAnswers: [String: String] {
        var answers: [String: String] = ["bieu_quyet": "Đồng ý", "y_kien": "Ủng hộ, cần làm ngay"]
        for item in ChecklistTemplate.standardItems { answers[item.id] = "dap_ung" }
        answers["c4_decentralise"] = "chua_ro"
        answers["c4_decentralise.nhan_xet"] = "Chưa rõ phần phân cấp"
        return answers
    }

    @Test func aBallotFormGoesOutAndComesBackAsTheMembersBallot() throws {
        let fixture = try RecordFixture()
        let id = try fixture.received()
        let form = try export(.ballot, id, for: RecordWard.deputy, in: fixture)
        #expect(form.contains("dexuat_form = ballot"))
        #expect(form.contains("phien_ban = \(id) @ 3"))
        #expect(form.contains("# Hướng dẫn:"))
        let filled = Self.fill(form, Self.ballotAnswers).replacingOccurrences(
            of: "c4_decentralise.nhan_xet = Chưa rõ phần phân cấp", with: "c4_decentralise.nhan_xet = Chưa rõ phần phân cấp\n\t| dòng thứ hai của nhận xét")
        let parsed = try FilledForm.parse(filled)
        #expect(parsed.proposalID == id && parsed.version == 3 && parsed.kind == .ballot)
        let after = try parsed.record(in: fixture.ledger, by: Actor(login: RecordWard.deputy), at: RecordFixture.day(4))
        let ballot = try #require(after.ballots.first)
        #expect(ballot.member == RecordWard.deputy && ballot.inFavour && ballot.comment == "Ủng hộ, cần làm ngay")
        let answers = try #require(after.checklists[RecordWard.deputy])
        #expect(answers.first { $0.itemID == "c4_decentralise" }?.verdict == .unclear)
        #expect(answers.first { $0.itemID == "c4_decentralise" }?.comment == "Chưa rõ phần phân cấp\ndòng thứ hai của nhận xét")
    }

    @Test func anEvaluationFormComesBackAsTheHeadsEvaluation() throws {
        let fixture = try RecordFixture()
        let id = try fixture.approved()
        try fixture.act(.resource(fundingVND: 0, staff: "", equipment: "", reassignment: "", noneNeededReason: "Sẵn có"), on: id,
                        by: RecordWard.head, at: RecordFixture.day(6))
        try fixture.act(.report(summary: "Xong", results: [TargetResult(target: 0, achieved: true, result: "4 phút")]), on: id,
                        by: RecordWard.staff, at: RecordFixture.day(30))
        try fixture.act(.partyOpinion(stance: .agree, text: "Đồng ý", committee: "Đảng ủy"), on: id, by: RecordWard.liaison,
                        at: RecordFixture.day(1, month: 12))
        var answers = ["ket_qua": "hoàn thành", "nguyen_nhan_khach_quan": "Không có", "nguyen_nhan_chu_quan": "Cán bộ tích cực"]
        for kind in FindingKind.allCases {
            answers["nhan_dinh.\(kind.rawValue)"] = "có"
            answers["nhan_dinh.\(kind.rawValue).ly_do"] = "Có căn cứ"
        }
        // §7.3: before the chair, each member exports their own form at the same version and
        // files it; one member's form is no conflict for the other's. Both say the plan was
        // not followed.
        var mine = answers
        mine["nhan_dinh.followed_plan"] = "không"
        for member in [RecordWard.head, RecordWard.deputy] {
            let own = try export(.memberEvaluation, id, for: member, in: fixture)
            #expect(own.contains("dexuat_form = member_evaluation"))
            #expect(own.contains("PHIẾU ĐÁNH GIÁ CỦA THÀNH VIÊN"))
            #expect(!own.contains("ly_do_khac_da_so"))
            let filed = try FilledForm.parse(Self.fill(own, mine))
            #expect(filed.kind == .memberEvaluation)
            _ = try filed.record(in: fixture.ledger, by: Actor(login: member), at: RecordFixture.day(1, month: 12))
        }
        // The proposer exports no member's form.
        let proposer = try #require(try fixture.ledger.proposal(id))
        #expect(throws: OfflineFormError.self) {
            try OfflineFormKind.memberEvaluation.export(proposer, for: RecordWard.staff, organization: try fixture.ledger.organization(),
                                                        settings: try fixture.ledger.settings()).get()
        }
        let form = try export(.evaluation, id, for: RecordWard.head, in: fixture)
        #expect(form.contains("chi_tieu.1 = dat"))
        #expect(form.contains("chi_tieu.1.ket_qua = 4 phút"))
        #expect(form.contains("#   Đa số thành viên (2 phiếu): khong; nếu khác đa số, nêu lý do:"))
        #expect(form.contains("nhan_dinh.followed_plan.ly_do_khac_da_so = "))
        // Departing from the majority without a reason is refused by the workflow, nothing recorded.
        let before = try fixture.eventCount()
        do {
            _ = try FilledForm.parse(Self.fill(form, answers)).record(in: fixture.ledger, by: Actor(login: RecordWard.head),
                                                                      at: RecordFixture.day(2, month: 12))
            Issue.record("a departure without a reason was recorded")
        } catch LedgerError.refused(let refusal) {
            #expect(refusal.rule == .departureReason)
        }
        #expect(try fixture.eventCount() == before)
        answers["nhan_dinh.followed_plan.ly_do_khac_da_so"] = "Điều chỉnh đã được thủ trưởng đồng ý"
        let parsed = try FilledForm.parse(Self.fill(form, answers))
        let after = try parsed.record(in: fixture.ledger, by: Actor(login: RecordWard.head), at: RecordFixture.day(2, month: 12))
        #expect(after.state == .evaluated)
        #expect(after.evaluation?.outcome == .completed)
        #expect(after.evaluation?.subjectiveCauses == "Cán bộ tích cực")
        #expect(after.evaluation?.results.first?.result == "4 phút")
        #expect(after.evaluation?.findings.first { $0.kind == .followedPlan }?.departureReason == "Điều chỉnh đã được thủ trưởng đồng ý")
        #expect(after.memberEvaluations.map(\.member) == [RecordWard.head, RecordWard.deputy])
        // The same rules as the CLI: a form without causes is refused by the workflow.
        #expect(try fixture.ledger.verify().ok)
    }

    @Test func aChangeSinceTheExportIsNamedAndNothingIsRecorded() throws {
        let fixture = try RecordFixture()
        let id = try fixture.received()
        let form = Self.fill(try export(.ballot, id, for: RecordWard.deputy, in: fixture), Self.ballotAnswers)
        try fixture.act(.partyOpinion(stance: .disagree, text: "Chưa đồng ý", committee: "Đảng ủy"), on: id,
                        by: RecordWard.liaison, at: RecordFixture.day(3))
        let before = try fixture.eventCount()
        do {
            _ = try FilledForm.parse(form).record(in: fixture.ledger, by: Actor(login: RecordWard.deputy))
            Issue.record("a stale form was recorded")
        } catch let error as OfflineFormError {
            #expect(error.message.vi.contains("đã thay đổi sau khi xuất phiếu"))
            #expect(error.message.vi.contains("phiên bản 3 → 4"))
            #expect(error.message.vi.contains("Ý kiến cấp ủy"))
            #expect(error.message.vi.contains("Phạm Văn Bình"))
            #expect(error.message.en.contains("Party opinion"))
        }
        #expect(try fixture.eventCount() == before)
    }

    @Test func anotherMembersBallotIsNotAConflictForABallot() throws {
        let fixture = try RecordFixture()
        let id = try fixture.received()
        try fixture.act(.partyOpinion(stance: .agree, text: "Đồng ý", committee: "Đảng ủy"), on: id, by: RecordWard.liaison, at: RecordFixture.day(3))
        let form = Self.fill(try export(.ballot, id, for: RecordWard.deputy, in: fixture), Self.ballotAnswers)
        try fixture.ledger.perform([.checklist(answers: RecordWard.checks), .ballot(inFavour: false, comment: "")], on: id,
                                   by: Actor(login: RecordWard.head), at: RecordFixture.day(4))
        let after = try FilledForm.parse(form).record(in: fixture.ledger, by: Actor(login: RecordWard.deputy), at: RecordFixture.day(4))
        #expect(after.ballots.count == 2)
    }

    @Test func parseErrorsNameTheirLine() throws {
        let fixture = try RecordFixture()
        let id = try fixture.received()
        let form = try export(.ballot, id, for: RecordWard.deputy, in: fixture)
        let lines = form.split(separator: "\n", omittingEmptySubsequences: false)
        let voteLine = try #require(lines.firstIndex { $0.hasPrefix("bieu_quyet") }) + 1
        var answers = Self.ballotAnswers
        answers["bieu_quyet"] = "có lẽ"
        #expect(throws: OfflineFormError(line: voteLine, Localized(
            vi: "bieu_quyet: cần dong_y hoặc khong_dong_y, không phải \"có lẽ\"",
            en: "bieu_quyet: needs dong_y (yes) or khong_dong_y (no), not \"có lẽ\""))) {
            try FilledForm.parse(Self.fill(form, answers))
        }
        let versionLine = try #require(lines.firstIndex { $0.hasPrefix("phien_ban") }) + 1
        let broken = Self.fill(form, Self.ballotAnswers.merging(["phien_ban": "\(id) bảy"]) { $1 })
        do {
            _ = try FilledForm.parse(broken)
            Issue.record("a broken version line was read")
        } catch {
            #expect(error.line == versionLine)
            #expect(error.text(.vi).hasPrefix("dòng \(versionLine): "))
        }
        do {
            _ = try FilledForm.parse(Self.fill(form, Self.ballotAnswers) + "\nmuc_la = 1\n")
            Issue.record("an unknown item was read")
        } catch {
            #expect(error.line == lines.count + 1)
        }
    }

    @Test func anOfficerWhoMayNotTakeTheStepGetsNoForm() throws {
        let fixture = try RecordFixture()
        let id = try fixture.received()
        let p = try #require(try fixture.ledger.proposal(id))
        guard case .failure(let error) = OfflineFormKind.ballot.export(p, for: RecordWard.staff2, organization: try fixture.ledger.organization(),
                                                                        settings: .standard) else {
            Issue.record("a form for someone outside the collective"); return
        }
        #expect(error.message.vi.contains("vote.not_member"))
        guard case .failure = OfflineFormKind.evaluation.export(p, for: RecordWard.head, organization: try fixture.ledger.organization(),
                                                                settings: .standard) else {
            Issue.record("an evaluation form before the report"); return
        }
    }

    // MARK: Continuation lines (issue 10: a form written as authorized_keys)

    /// Text a reader must get back exactly: indented lines, blank lines, lines that look
    /// like a comment, the marker, a key line, a public key.
    static let awkward = "dòng một\n  thụt lề hai dấu cách\n\n# không phải chú thích\n| bắt đầu bằng vạch\nc1 = dap_ung\nssh-ed25519 AAAAC3Nza khóa"

    @Test func aMultiLineCommentComesBackExactlyAndNoLineStartsWithIt() throws {
        let fixture = try RecordFixture()
        let id = try fixture.received()
        let item = ChecklistTemplate.standardItems[0].id
        let answers = RecordWard.checks.map { $0.itemID == item ? ChecklistAnswer(itemID: item, verdict: .unclear, comment: Self.awkward) : $0 }
        try fixture.act(.checklist(answers: answers), on: id, by: RecordWard.deputy, at: RecordFixture.day(4))
        let form = try export(.ballot, id, for: RecordWard.deputy, in: fixture)
        for line in form.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            #expect(!trimmed.hasPrefix("ssh-") && !trimmed.hasPrefix("c1 =") && !trimmed.hasPrefix("thụt"), "\(line)")
        }
        #expect(form.contains("\n  | ssh-ed25519 AAAAC3Nza khóa\n"))
        #expect(form.contains("\n  |\n"))
        let parsed = try FilledForm.parse(Self.fill(form, ["bieu_quyet": "dong_y"]))
        guard case .checklist(let read) = parsed.actions.first else { Issue.record("no checklist in the form"); return }
        #expect(read.first { $0.itemID == item }?.comment == Self.awkward)
        #expect(read.first { $0.itemID == item }?.verdict == .unclear)
    }

    @Test func aContinuationLineWithoutTheMarkerIsRefusedByItsLine() throws {
        let fixture = try RecordFixture()
        let id = try fixture.received()
        let form = Self.fill(try export(.ballot, id, for: RecordWard.deputy, in: fixture), Self.ballotAnswers)
        let lines = form.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let commentLine = try #require(lines.firstIndex { $0.hasPrefix("c4_decentralise.nhan_xet") })
        for bad in ["  ssh-ed25519 AAAA khóa", "\tdòng tiếp theo không có vạch"] {
            var edited = lines
            edited.insert(bad, at: commentLine + 1)
            do {
                _ = try FilledForm.parse(edited.joined(separator: "\n"))
                Issue.record("a continuation line without the marker was read: \(bad)")
            } catch {
                #expect(error.line == commentLine + 2)
                #expect(error.message.vi.contains("dấu cách rồi dấu |"))
            }
        }
        // With the marker, and with or without the space after it, it is read.
        var edited = lines
        edited.insert("\t|dòng hai", at: commentLine + 1)
        edited.insert("   | dòng ba", at: commentLine + 2)
        guard case .checklist(let read) = try FilledForm.parse(edited.joined(separator: "\n")).actions.first else {
            Issue.record("no checklist"); return
        }
        #expect(read.first { $0.itemID == "c4_decentralise" }?.comment == "Chưa rõ phần phân cấp\ndòng hai\ndòng ba")
    }

    @Test func aChecklistItemWhoseIdIsNotAKeyGetsNoForm() throws {
        let fixture = try RecordFixture()
        let id = try fixture.received()
        let p = try #require(try fixture.ledger.proposal(id))
        for bad in ["ssh-ed25519 AAAAC3Nza x", "* * * * * sh", "a\nb", "mục_1", ""] {
            var settings = ProcedureSettings()
            settings.extraChecklistItems = [ChecklistItem(id: bad, text: Localized(vi: "Mục thêm", en: "Extra"), source: "LOCAL")]
            guard case .failure(let error) = OfflineFormKind.ballot.export(p, for: RecordWard.deputy, organization: try fixture.ledger.organization(),
                                                                            settings: settings) else {
                Issue.record("a form with the item id \(bad)"); continue
            }
            #expect(error.message.vi.contains("mã không hợp lệ"))
        }
    }
}
