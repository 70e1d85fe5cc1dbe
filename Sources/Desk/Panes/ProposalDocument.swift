import Foundation
import Ledger
import Procedure
import Terminal

/// A proposal as a document of styled lines: the dossier, each step with its due date and
/// an on-time or late mark, the Party opinions, the ballot tally with recusals, the
/// decisions with their reasons, the notices and the timeline. The detail pane draws it;
/// `dexuat show` prints it as plain text.
public enum ProposalDocument {
    public struct Inputs: Sendable {
        public var proposal: Proposal
        public var history: [StoredEvent]
        public var organization: Organization
        public var settings: ProcedureSettings
        public var calendar: WorkingCalendar
        public var today: Day
        public var language: Language

        public init(proposal: Proposal, history: [StoredEvent], organization: Organization, settings: ProcedureSettings,
                    calendar: WorkingCalendar, today: Day, language: Language) {
            self.proposal = proposal
            self.history = history
            self.organization = organization
            self.settings = settings
            self.calendar = calendar
            self.today = today
            self.language = language
        }
    }

    /// Plain text, one line per element (for the command line).
    public static func text(_ inputs: Inputs) -> String {
        lines(inputs).map { $0.map(\.text).joined() }.joined(separator: "\n") + "\n"
    }

    public static func lines(_ inputs: Inputs) -> [StyledLine] {
        let p = inputs.proposal, org = inputs.organization, settings = inputs.settings, calendar = inputs.calendar
        let lang = inputs.language, vi = lang == .vi, today = inputs.today
        var out: [StyledLine] = []
        func name(_ login: String) -> String { org.officer(login).map { "\($0.name) (\(login))" } ?? login }
        func row(_ spans: Span...) { out.append(spans) }
        func field(_ label: String, _ value: String) {
            out.append([Span(label + ": ", .formLabel), Span(value.isEmpty ? "—" : value, .normal)])
        }
        func section(_ title: String) {
            out.append([])
            out.append([Span("── " + title, .paneTitle)])
        }

        row(Span(p.id + "  ", .textEmphasis), Span(p.title, .textEmphasis))
        field(vi ? "Trạng thái" : "State", p.stateLabel[lang] + " [\(p.state.rawValue)], " + (vi ? "phiên bản " : "version ") + "\(p.version)")
        field(vi ? "Người đề xuất" : "Proposer", name(p.proposer) + (p.proposerIsManaging ? (vi ? " — lãnh đạo, quản lý" : " — leading/managing") : ""))
        field(vi ? "Đơn vị" : "Unit", org.unit(p.unitID)?.name ?? p.unitID)
        field(vi ? "Đơn vị xem xét" : "Reviewed by", org.unit(p.reviewingUnitID)?.name ?? p.reviewingUnitID)
        field(vi ? "Lĩnh vực" : "Field", p.dossier.field.label[lang] + " · " + p.dossier.legalBasis.label[lang])
        if let r = p.receipt { field(vi ? "Số tiếp nhận" : "Receipt", "\(r.number), \(r.day.vietnamese)") }
        for notice in p.notices { row(Span("⚠ " + notice.text[lang], .noticeWarning)) }

        section(vi ? "Thời hạn các bước" : "Step deadlines")
        let clocks = p.clocks(calendar: calendar, settings: settings)
        if clocks.isEmpty { row(Span(vi ? "Chưa bắt đầu tính hạn (chưa vào sổ tiếp nhận)." : "No clock yet (not registered).", .textMuted)) }
        for c in clocks {
            let mark: String, role: StyleRole
            if let onTime = c.onTime {
                mark = (onTime ? (vi ? "✓ đúng hạn" : "✓ on time") : (vi ? "✗ TRỄ HẠN" : "✗ LATE")) + ", " + (vi ? "xong " : "done ") + (c.done?.vietnamese ?? "")
                role = onTime ? .dueDone : .dueOverdue
            } else if p.state.isFinal || p.state == .suspended {
                mark = vi ? "dừng tính hạn" : "clock stopped"
                role = .textMuted
            } else {
                switch c.status(today: today, calendar: calendar, soonWithin: settings.dueSoonDays) {
                case .overdue: mark = vi ? "! QUÁ HẠN" : "! OVERDUE"; role = .dueOverdue
                case .dueSoon: mark = vi ? "~ sắp đến hạn" : "~ due soon"; role = .dueSoon
                default: mark = vi ? "đang trong hạn" : "on track"; role = .dueOnTime
                }
            }
            row(Span("• " + c.step.label[lang] + ": ", .normal),
                Span((vi ? "hạn " : "due ") + c.due.vietnamese + " (\(c.limitDays) " + (vi ? "ngày làm việc từ " : "working days from ") + c.start.vietnamese + ") ", .normal),
                Span(mark, role))
        }

        let d = p.dossier
        section(vi ? "Hồ sơ đề xuất" : "Dossier")
        let items: [(DossierItem, String)] = [
            (.necessity, d.necessity), (.bottleneck, d.bottleneck), (.content, d.content), (.scope, d.scope),
            (.implementers, d.implementers), (.feasibility, d.feasibility), (.positiveImpact, d.positiveImpact),
            (.negativeImpact, d.negativeImpact), (.expectedEffect, d.expectedEffect),
        ]
        for (item, text) in items {
            let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            field(item.label[lang], paragraphs.first ?? "")
            for more in paragraphs.dropFirst() { row(Span("  " + more)) }
        }
        field(vi ? "Thời gian thực hiện" : "Implementation", (d.startDate?.vietnamese ?? "?") + " – " + (d.endDate?.vietnamese ?? "?"))
        field(vi ? "Nguồn lực" : "Resources", d.resources.people + "; " + money(d.resources.fundingVND) + "; " + d.resources.equipment)
        for (i, t) in d.targets.enumerated() { field((vi ? "Chỉ tiêu " : "Target ") + "\(i + 1)", t.description + " — " + t.measure) }
        let missing = d.missingItems(checklist: settings.checklist)
        if !missing.isEmpty && (p.state == .draft || p.state == .returned) {
            row(Span((vi ? "Còn thiếu: " : "Missing: ") + missing.map { $0.label[lang] }.joined(separator: "; "), .formError))
        }

        if !p.partyOpinions.isEmpty {
            section(vi ? "Ý kiến cấp ủy" : "Party opinions")
            for o in p.partyOpinions {
                row(Span("• " + o.stage.label[lang] + ": ", .normal), Span(o.stance.label[lang], .textEmphasis),
                    Span(" — " + o.text + " (" + o.committee + ", " + o.day.vietnamese + ")", .normal))
            }
        }

        if (p.state == .received && !p.awaitingReceipt) || !p.ballots.isEmpty || p.decision != nil {
            section(vi ? "Biểu quyết của tập thể lãnh đạo" : "Leadership collective vote")
            out += tallyLines(p, org: org, settings: settings, language: lang)
        }

        if let dec = p.decision {
            section(vi ? "Quyết định" : "Decision")
            row(Span(dec.kind.label[lang], .textEmphasis),
                Span(": " + (dec.number.isEmpty ? "" : dec.number + ", ") + dec.day.vietnamese + ", " + name(dec.signedBy)))
            if !dec.reasons.isEmpty { field(vi ? "Lý do" : "Reasons", dec.reasons) }
            if !dec.responsibilityStatement.isEmpty { field(vi ? "Cam kết tự chịu trách nhiệm" : "Statement of responsibility", dec.responsibilityStatement) }
        }
        for r in p.returns { field((vi ? "Trả lại bổ sung " : "Returned ") + r.day.vietnamese, r.reasons) }
        if let o = p.outOfScope {
            section(vi ? "Không thuộc phạm vi" : "Out of scope")
            field(o.ground.label[lang], o.reasons + " → " + o.channel)
        }
        if let w = p.withdrawal { field(vi ? "Đã rút" : "Withdrawn", w) }
        if let g = p.resources {
            section(vi ? "Bảo đảm điều kiện" : "Resources")
            field(vi ? "Kinh phí" : "Funding", money(g.fundingVND))
            if !g.staff.isEmpty { field(vi ? "Nhân lực" : "Staff", g.staff) }
            if !g.equipment.isEmpty { field(vi ? "Trang thiết bị" : "Equipment", g.equipment) }
            if !g.reassignment.isEmpty { field(vi ? "Bố trí lại công việc" : "Reassignment", g.reassignment) }
            if !g.noneNeededReason.isEmpty { field(vi ? "Không cần nguồn lực" : "None needed", g.noneNeededReason) }
        }
        if !p.progress.isEmpty || !p.directives.isEmpty {
            section(vi ? "Triển khai" : "Implementation")
            for n in p.progress { row(Span("• \(n.day.vietnamese) \(n.percent)% — " + n.text)) }
            for dir in p.directives { row(Span("• \(dir.day.vietnamese) "), Span(dir.kind.label[lang], .textEmphasis), Span(": " + dir.reason)) }
        }
        if let r = p.report {
            section(vi ? "Báo cáo kết quả" : "Completion report")
            field(r.day.vietnamese, r.summary)
            for t in r.results { row(Span("• " + (vi ? "Chỉ tiêu " : "Target ") + "\(t.target + 1): " + (t.achieved ? "✓ " : "✗ ") + t.result)) }
        }
        if let e = p.evaluation {
            section(vi ? "Đánh giá kết quả" : "Evaluation")
            field(vi ? "Kết quả" : "Outcome", e.outcome.label[lang])
            if let participants = e.participants {
                field(vi ? "Tập thể lãnh đạo đánh giá" : "Evaluated by the collective", participants.map(name).joined(separator: ", "))
            }
            for login in e.excluded ?? [] {
                row(Span("• " + name(login) + (vi ? ": không tham gia đánh giá (là người đề xuất)" : ": excluded from the evaluation (the proposer)"), .textMuted))
            }
            if e.damage { field(vi ? "Thiệt hại" : "Damage", e.damageDescription + " (" + money(e.damageEstimateVND) + ")") }
            for f in e.findings { row(Span("• " + f.kind.label[lang] + ": " + (f.holds ? (vi ? "có" : "yes") : (vi ? "không" : "no")) + " — " + f.reason)) }
            if e.abuseFound { row(Span(vi ? "• Phát hiện tham nhũng, vụ lợi, lạm quyền" : "• Corruption, profiteering or abuse found", .formError)) }
            field(vi ? "Nguyên nhân khách quan" : "Objective causes", e.objectiveCauses)
            field(vi ? "Nguyên nhân chủ quan" : "Subjective causes", e.subjectiveCauses)
            row(Span((vi ? "Hệ quả đề xuất: " : "Proposed consequence: "), .formLabel), Span(e.consequence.label[lang], .textEmphasis))
        }
        if let c = p.conclusion {
            section(vi ? "Kết luận" : "Conclusion")
            field(c.number + ", " + c.day.vietnamese, c.text)
        }
        if !p.measures.isEmpty {
            section(vi ? "Khen thưởng và trách nhiệm" : "Measures")
            for m in p.measures {
                row(Span("• "), Span(m.kind.label[lang], .textEmphasis), Span(": " + m.decisionNumber + ", " + m.day.vietnamese + ", " + m.decidedBy + " — " + m.reason))
            }
        }

        section(vi ? "Lịch sử" : "Timeline")
        for stored in inputs.history {
            let e = stored.event
            let who = name(e.actor.login) + (e.actor.onBehalfOf.map { vi ? " thay " + (org.officer($0)?.name ?? $0) : " for " + (org.officer($0)?.name ?? $0) } ?? "")
                + (e.actor.played ? (vi ? " [đóng vai]" : " [played]") : "")
            let when = String(stored.atLocal.prefix(16)).replacingOccurrences(of: "T", with: " ")
            row(Span("#\(stored.seq) " + when + " ", .textMuted), Span(e.change.label[lang], .normal),
                Span(" — " + who + (e.reason.isEmpty ? "" : ": " + String(e.reason.prefix(160)).replacingOccurrences(of: "\n", with: " ")), .textMuted))
        }
        return out
    }

    /// The ballots, the recused and those still to vote, and the tally.
    public static func tallyLines(_ p: Proposal, org: Organization, settings: ProcedureSettings, language lang: Language) -> [StyledLine] {
        let vi = lang == .vi
        func name(_ login: String) -> String { org.officer(login).map { "\($0.name) (\(login))" } ?? login }
        var out: [StyledLine] = []
        let tally = p.decision?.tally ?? p.tally(in: org, settings: settings)
        for b in p.ballots {
            let by = b.recordedBy != b.member ? (vi ? " (văn thư \(b.recordedBy) ghi theo biên bản)" : " (recorded by clerk \(b.recordedBy))") : ""
            out.append([Span("• " + name(b.member) + ": "),
                        Span(b.inFavour ? (vi ? "ĐỒNG Ý" : "YES") : (vi ? "KHÔNG ĐỒNG Ý" : "NO"), .textEmphasis),
                        Span((b.comment.isEmpty ? "" : " — " + b.comment) + by)])
        }
        for r in tally.recused {
            out.append([Span("• " + name(r) + (vi ? ": không tham gia biểu quyết (là người đề xuất)" : ": recused (the proposer)"), .textMuted)])
        }
        for n in tally.notVoted where p.decision == nil {
            out.append([Span("• " + name(n) + (vi ? ": chưa biểu quyết" : ": not voted yet"), .textMuted)])
        }
        out.append([Span(tally.summary[lang] + " — "), Span(tally.passed ? (vi ? "ĐẠT" : "PASSED") : (vi ? "chưa đạt" : "not passed"), .textEmphasis)])
        return out
    }

    public static func money(_ amount: Int64?) -> String {
        guard let amount else { return "—" }
        var digits = String(amount)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits = String(digits.dropLast(3))
        }
        groups.insert(digits, at: 0)
        return groups.joined(separator: ".") + " đ"
    }
}
