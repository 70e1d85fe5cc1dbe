import Procedure

extension OfflineFormKind {
    /// The form for `proposal`, as `login` would fill it now, or why that officer cannot
    /// take this step (the same check as the TUI and the CLI make). With `today`, an officer
    /// in charge of a vacant post (§7.5) gets the head's evaluation form.
    public func export(_ p: Proposal, for login: String, organization org: Organization,
                       settings: ProcedureSettings, today: Day? = nil) -> Result<String, OfflineFormError> {
        if let refusal = Permissions.check(action, on: p, by: Actor(login: login), in: org, today: today) {
            return .failure(OfflineFormError(line: nil, PapersText.cannotExportForm(refusal.rule.rawValue, refusal.message(.vi), refusal.message(.en))))
        }
        if let bad = settings.checklist.items.first(where: { !FormText.isKey($0.id) }) {
            return .failure(OfflineFormError(line: nil, PapersText.cannotExportFormChecklistItem(FormText.line(bad.id))))
        }
        // Every piece of stored text goes through FormText: on a comment line, after the key
        // of an item line, or after the marker of a continuation line; never at a line's start.
        var lines: [String] = []
        func comment(_ text: String) { lines.append(text.isEmpty ? "#" : "# " + FormText.line(text)) }
        func wrapped(_ text: String) {
            for line in FormText.lines(text) where !line.allSatisfy(\.isWhitespace) { lines.append("#   " + line) }
        }
        let officer = org.officer(login)?.name ?? login
        switch self {
        case .ballot: comment("PHIẾU RÀ SOÁT ĐIỀU KIỆN VÀ BIỂU QUYẾT — bản điền ngoại tuyến (dexuat)")
        case .evaluation: comment("PHIẾU ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN ĐỀ XUẤT — bản điền ngoại tuyến (dexuat)")
        case .memberEvaluation: comment("PHIẾU ĐÁNH GIÁ CỦA THÀNH VIÊN — bản điền ngoại tuyến (dexuat)")
        }
        comment("")
        comment("Hướng dẫn:")
        comment("- Dòng bắt đầu bằng # là chú thích, được bỏ qua.")
        comment("- Điền câu trả lời sau dấu \"=\". Văn bản nhiều dòng: viết tiếp ở các dòng sau,")
        comment("  mỗi dòng bắt đầu bằng dấu cách rồi dấu \(FormText.marker), ví dụ: \"\(FormText.continuation("dòng tiếp theo"))\".")
        comment("- Không sửa hai dòng dexuat_form và phien_ban: chúng cho biết phiếu này lập cho")
        comment("  phiên bản nào của đề xuất; nếu đề xuất đã thay đổi, phiếu sẽ bị từ chối.")
        comment("- Ghi nhận phiếu: dexuat form import TỆP (người chạy lệnh là người điền phiếu).")
        comment("")
        lines.append("\(FormKeys.kind) = \(rawValue)")
        lines.append("\(FormKeys.version) = \(FormText.line(p.id)) @ \(p.version)")
        comment("")
        comment("Người điền: \(officer) (\(login))")
        comment("Đề xuất \(p.id): \(p.title)")
        comment("Người đề xuất: \(org.officer(p.proposer)?.name ?? p.proposer); lĩnh vực: \(p.dossier.field.label.vi)")
        comment("Điểm nghẽn:")
        wrapped(p.dossier.bottleneck)
        comment("Nội dung, giải pháp:")
        wrapped(p.dossier.content)
        comment("Chỉ tiêu:")
        for (index, target) in p.dossier.targets.enumerated() {
            comment("  \(index + 1). \(target.description) — \(target.measure)")
        }
        comment("")
        switch self {
        case .ballot:
            comment("I. RÀ SOÁT ĐIỀU KIỆN (khoản 1 Điều 5, khoản 2 Điều 4 Nghị định số 73/2023/NĐ-CP)")
            comment("Trả lời mỗi mục: dap_ung | khong_dap_ung | chua_ro  (hoặc met | not_met | unclear)")
            let previous = p.checklists[login] ?? []
            for item in settings.checklist.items {
                comment("")
                comment("\(item.text.vi) (\(item.sourceLabel.vi))")
                let answer = previous.last { $0.itemID == item.id }
                lines.append("\(item.id) = \(answer.map { Self.verdictWord($0.verdict) } ?? "")")
                lines.append("\(item.id)\(FormKeys.commentSuffix) = \(Self.firstLine(answer?.comment ?? ""))")
                Self.continuation(answer?.comment ?? "", into: &lines)
            }
            comment("")
            comment("II. BIỂU QUYẾT: dong_y | khong_dong_y  (hoặc yes | no)")
            lines.append("\(FormKeys.vote) = ")
            comment("Ý kiến kèm theo (có thể để trống; không công khai trừ khi cài đặt cho phép)")
            lines.append("\(FormKeys.voteComment) = ")
        case .evaluation, .memberEvaluation:
            comment("Kết quả: hoan_thanh | hoan_thanh_mot_phan | khong_hoan_thanh")
            comment("  (hoặc completed | partly_completed | not_completed)")
            lines.append("\(FormKeys.outcome) = ")
            comment("")
            comment("Có gây thiệt hại không: co | khong. Nếu có: mô tả và ước tính (đồng).")
            lines.append("\(FormKeys.damage) = khong")
            lines.append("\(FormKeys.damageDescription) = ")
            lines.append("\(FormKeys.damageEstimate) = ")
            comment("")
            comment("Nhận định (khoản 2 Điều 5, Điều 11): co | khong, kèm lý do (bắt buộc)")
            let majority = self == .evaluation ? p.memberMajority(in: org) : nil
            for kind in FindingKind.allCases {
                comment(kind.label.vi)
                lines.append("\(FormKeys.findingPrefix)\(kind.rawValue) = ")
                lines.append("\(FormKeys.findingPrefix)\(kind.rawValue)\(FormKeys.reasonSuffix) = ")
                if let majority {
                    // §7.3: the members' majority, and where to say why the collective departs from it.
                    let said = majority.finding(kind).map { $0 ? "co" : "khong" } ?? "ngang nhau"
                    comment("  Đa số thành viên (\(majority.members.count) phiếu): \(said); nếu khác đa số, nêu lý do:")
                    lines.append("\(FormKeys.findingPrefix)\(kind.rawValue)\(FormKeys.departureSuffix) = ")
                }
            }
            comment("")
            comment("Phát hiện dấu hiệu tham nhũng, tiêu cực, trục lợi (Điều 6 NĐ 73/2023): co | khong")
            lines.append("\(FormKeys.abuse) = khong")
            comment("")
            comment("Nguyên nhân khách quan và chủ quan: bắt buộc cả hai (có thể ghi \"Không có\")")
            lines.append("\(FormKeys.objective) = ")
            lines.append("\(FormKeys.subjective) = ")
            comment("")
            comment("Kết quả từng chỉ tiêu: dat | khong_dat, kèm nội dung (điền sẵn theo báo cáo của người đề xuất)")
            for (index, target) in p.dossier.targets.enumerated() {
                let reported = p.report?.results.last { $0.target == index }
                comment("\(index + 1). \(target.description) — \(target.measure)")
                lines.append("\(FormKeys.targetPrefix)\(index + 1) = \(reported.map { $0.achieved ? "dat" : "khong_dat" } ?? "")")
                lines.append("\(FormKeys.targetPrefix)\(index + 1)\(FormKeys.resultSuffix) = \(Self.firstLine(reported?.result ?? ""))")
                Self.continuation(reported?.result ?? "", into: &lines)
            }
        }
        return .success(lines.joined(separator: "\n") + "\n")
    }

    static func verdictWord(_ verdict: ChecklistVerdict) -> String {
        switch verdict {
        case .met: "dap_ung"
        case .notMet: "khong_dap_ung"
        case .unclear: "chua_ro"
        }
    }

    /// The first line of a stored text, for after the key of its item line.
    static func firstLine(_ text: String) -> String {
        FormText.lines(text).first ?? ""
    }

    /// The other lines of a stored text, each behind the continuation marker.
    static func continuation(_ text: String, into lines: inout [String]) {
        for line in FormText.lines(text).dropFirst() { lines.append(FormText.continuation(line)) }
    }
}
