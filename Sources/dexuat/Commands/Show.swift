import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat show ID`: the dossier, each step with its due date and on-time mark, the ballots,
/// the decisions with their reasons, the notices and the timeline.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Xem chi tiết một đề xuất: hồ sơ, các bước và hạn, biểu quyết, quyết định, lịch sử.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "Mã đề xuất.") var id: String
    @Flag(help: "In JSON.") var json = false

    func run() throws {
        try dexuat.run(options) {
            let ledger = try options.openLedger()
            guard let proposal = try ledger.proposal(id) else {
                throw InputError(vi: "Không tìm thấy đề xuất \(id)", en: "No proposal \(id)")
            }
            if json {
                try printJSON(try ShowJSON(proposal, ledger: ledger, lang: options.lang))
            } else {
                print(try Detail.render(proposal, ledger: ledger, lang: options.lang), terminator: "")
            }
        }
    }
}

/// The detail of a proposal as plain text.
enum Detail {
    static func render(_ p: Proposal, ledger: Ledger, lang: Language) throws -> String {
        let org = try ledger.organization()
        let settings = try ledger.settings()
        let calendar = try ledger.calendar()
        let today = Day.inVietnam(Date())
        let vi = lang == .vi
        func name(_ login: String) -> String { org.officer(login).map { "\($0.name) (\(login))" } ?? login }
        func v(_ text: String) -> String { Text.visible(text) }
        var out = ""
        func line(_ text: String = "") { out += text + "\n" }
        func section(_ title: String) { line(); line("── " + title) }

        line("\(p.id)  \(v(p.title))")
        line((vi ? "Trạng thái: " : "State: ") + p.stateLabel[lang] + " [\(p.state.rawValue)], " + (vi ? "phiên bản " : "version ") + "\(p.version)")
        line((vi ? "Người đề xuất: " : "Proposer: ") + name(p.proposer) + (p.proposerIsManaging ? (vi ? " — lãnh đạo, quản lý" : " — leading/managing") : ""))
        line((vi ? "Đơn vị: " : "Unit: ") + (org.unit(p.unitID)?.name ?? p.unitID)
             + (vi ? " · Đơn vị xem xét: " : " · Reviewed by: ") + (org.unit(p.reviewingUnitID)?.name ?? p.reviewingUnitID))
        line((vi ? "Lĩnh vực: " : "Field: ") + p.dossier.field.label[lang] + " · " + p.dossier.legalBasis.label[lang])
        if let r = p.receipt { line((vi ? "Số tiếp nhận: " : "Receipt: ") + "\(r.number), \(r.day.vietnamese)") }
        for notice in p.notices { line("⚠ " + notice.text[lang]) }

        section(vi ? "Thời hạn các bước" : "Step deadlines")
        let clocks = p.clocks(calendar: calendar, settings: settings)
        if clocks.isEmpty { line(vi ? "Chưa bắt đầu tính hạn (chưa vào sổ tiếp nhận)." : "No clock yet (not registered).") }
        for c in clocks {
            var mark: String
            if let onTime = c.onTime {
                mark = (onTime ? (vi ? "đúng hạn" : "on time") : (vi ? "TRỄ HẠN" : "LATE")) + ", " + (vi ? "xong " : "done ") + (c.done?.vietnamese ?? "")
            } else {
                switch c.status(today: today, calendar: calendar, soonWithin: settings.dueSoonDays) {
                case .overdue: mark = vi ? "QUÁ HẠN" : "OVERDUE"
                case .dueSoon: mark = vi ? "sắp đến hạn" : "due soon"
                default: mark = vi ? "đang trong hạn" : "on track"
                }
                if p.state.isFinal || p.state == .suspended { mark = vi ? "dừng tính hạn" : "clock stopped" }
            }
            line("• " + c.step.label[lang] + ": " + (vi ? "từ " : "from ") + c.start.vietnamese + ", "
                 + (vi ? "hạn " : "due ") + c.due.vietnamese + " (\(c.limitDays) " + (vi ? "ngày làm việc" : "working days") + ") — " + mark)
        }

        let d = p.dossier
        section(vi ? "Hồ sơ đề xuất" : "Dossier")
        let fields: [(DossierItem, String)] = [
            (.necessity, d.necessity), (.bottleneck, d.bottleneck), (.content, d.content), (.scope, d.scope),
            (.implementers, d.implementers), (.feasibility, d.feasibility), (.positiveImpact, d.positiveImpact),
            (.negativeImpact, d.negativeImpact), (.expectedEffect, d.expectedEffect),
        ]
        for (item, text) in fields { line(item.label[lang] + ": " + (text.isEmpty ? "—" : v(text))) }
        line((vi ? "Thời gian thực hiện: " : "Implementation: ") + (d.startDate?.vietnamese ?? "?") + " – " + (d.endDate?.vietnamese ?? "?"))
        line((vi ? "Nguồn lực: " : "Resources: ") + v(d.resources.people) + "; " + money(d.resources.fundingVND) + "; " + v(d.resources.equipment))
        for (i, t) in d.targets.enumerated() { line((vi ? "Chỉ tiêu " : "Target ") + "\(i + 1): " + v(t.description) + " — " + v(t.measure)) }
        let missing = d.missingItems(checklist: settings.checklist)
        if !missing.isEmpty && (p.state == .draft || p.state == .returned) {
            line((vi ? "Còn thiếu: " : "Missing: ") + missing.map { $0.label[lang] }.joined(separator: "; "))
        }

        if !p.partyOpinions.isEmpty {
            section(vi ? "Ý kiến cấp ủy" : "Party opinions")
            for o in p.partyOpinions {
                line("• " + o.stage.label[lang] + ": " + o.stance.label[lang] + " — " + v(o.text) + " (\(v(o.committee)), \(o.day.vietnamese))")
            }
        }

        if p.state == .received || !p.ballots.isEmpty || p.decision != nil {
            section(vi ? "Biểu quyết của tập thể lãnh đạo" : "Leadership collective vote")
            let tally = p.decision?.tally ?? p.tally(in: org, settings: settings)
            for b in p.ballots {
                let by = b.recordedBy != b.member ? (vi ? " (văn thư \(b.recordedBy) ghi theo biên bản)" : " (recorded by clerk \(b.recordedBy))") : ""
                line("• " + name(b.member) + ": " + (b.inFavour ? (vi ? "ĐỒNG Ý" : "YES") : (vi ? "KHÔNG ĐỒNG Ý" : "NO"))
                     + (b.comment.isEmpty ? "" : " — " + v(b.comment)) + by)
            }
            for r in tally.recused { line("• " + name(r) + (vi ? ": không tham gia biểu quyết (là người đề xuất)" : ": recused (the proposer)")) }
            for n in tally.notVoted { line("• " + name(n) + (vi ? ": chưa biểu quyết" : ": not voted yet")) }
            line(tally.summary[lang] + " — " + (tally.passed ? (vi ? "ĐẠT" : "PASSED") : (vi ? "chưa đạt" : "not passed")))
        }

        if let dec = p.decision {
            section(vi ? "Quyết định" : "Decision")
            line(dec.kind.label[lang] + ": " + (dec.number.isEmpty ? "" : dec.number + ", ") + dec.day.vietnamese + ", " + name(dec.signedBy))
            if !dec.reasons.isEmpty { line((vi ? "Lý do: " : "Reasons: ") + v(dec.reasons)) }
            if !dec.responsibilityStatement.isEmpty { line((vi ? "Cam kết tự chịu trách nhiệm: " : "Statement of responsibility: ") + v(dec.responsibilityStatement)) }
        }
        for r in p.returns { line((vi ? "Trả lại bổ sung " : "Returned ") + r.day.vietnamese + ": " + v(r.reasons)) }
        if let o = p.outOfScope {
            section(vi ? "Không thuộc phạm vi" : "Out of scope")
            line(o.ground.label[lang] + ": " + v(o.reasons) + " → " + v(o.channel))
        }
        if let w = p.withdrawal { line((vi ? "Đã rút: " : "Withdrawn: ") + v(w)) }
        if let g = p.resources {
            section(vi ? "Bảo đảm điều kiện" : "Resources")
            line(money(g.fundingVND) + "; " + v(g.staff) + "; " + v(g.equipment)
                 + (g.reassignment.isEmpty ? "" : "; " + v(g.reassignment)) + (g.noneNeededReason.isEmpty ? "" : (vi ? "; không cần: " : "; none needed: ") + v(g.noneNeededReason)))
        }
        if !p.progress.isEmpty || !p.directives.isEmpty {
            section(vi ? "Triển khai" : "Implementation")
            for n in p.progress { line("• \(n.day.vietnamese) \(n.percent)% — " + v(n.text)) }
            for dir in p.directives { line("• \(dir.day.vietnamese) " + dir.kind.label[lang] + ": " + v(dir.reason)) }
        }
        if let r = p.report {
            section(vi ? "Báo cáo kết quả" : "Completion report")
            line(r.day.vietnamese + ": " + v(r.summary))
            for t in r.results { line("• " + (vi ? "Chỉ tiêu " : "Target ") + "\(t.target + 1): " + (t.achieved ? "✓ " : "✗ ") + v(t.result)) }
        }
        if let e = p.evaluation {
            section(vi ? "Đánh giá kết quả" : "Evaluation")
            line(e.outcome.label[lang] + (e.damage ? (vi ? "; có thiệt hại: " : "; damage: ") + v(e.damageDescription) + " (" + money(e.damageEstimateVND) + ")" : ""))
            for f in e.findings { line("• " + f.kind.label[lang] + ": " + (f.holds ? (vi ? "có" : "yes") : (vi ? "không" : "no")) + " — " + v(f.reason)) }
            if e.abuseFound { line(vi ? "• Phát hiện tham nhũng, vụ lợi, lạm quyền" : "• Corruption, profiteering or abuse found") }
            line((vi ? "Nguyên nhân khách quan: " : "Objective causes: ") + v(e.objectiveCauses))
            line((vi ? "Nguyên nhân chủ quan: " : "Subjective causes: ") + v(e.subjectiveCauses))
            line((vi ? "Hệ quả đề xuất: " : "Proposed consequence: ") + e.consequence.label[lang])
        }
        if let c = p.conclusion {
            section(vi ? "Kết luận" : "Conclusion")
            line(c.number + ", " + c.day.vietnamese + ": " + v(c.text))
        }
        if !p.measures.isEmpty {
            section(vi ? "Khen thưởng và trách nhiệm" : "Measures")
            for m in p.measures {
                line("• " + m.kind.label[lang] + ": " + m.decisionNumber + ", " + m.day.vietnamese + ", " + v(m.decidedBy) + " — " + v(m.reason))
            }
        }

        section(vi ? "Lịch sử" : "Timeline")
        for stored in try ledger.history(of: p.id) {
            let e = stored.event
            let who = name(e.actor.login) + (e.actor.onBehalfOf.map { vi ? " thay " + $0 : " for " + $0 } ?? "")
                + (e.actor.played ? (vi ? " [đóng vai]" : " [played]") : "")
            line("#\(stored.seq) " + String(stored.atLocal.prefix(16)).replacingOccurrences(of: "T", with: " ") + " "
                 + e.change.label[lang] + " — " + who + (e.reason.isEmpty ? "" : ": " + v(String(e.reason.prefix(120)))))
        }
        return out
    }

    static func money(_ amount: Int64?) -> String {
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
