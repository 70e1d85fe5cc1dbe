import Foundation
import Ledger
import Procedure

/// §7.8 in the demo ward: the first few proposals past their registration carry small
/// files the generator makes from the dossier itself: a CSV table of the costs and a
/// short text note; the first also a one-page PDF written by `TinyPDF`, the stand-in for
/// the scan of the proposal signed by its author, which says it is one.
enum DemoAttachments {
    /// How many proposals get files.
    static let proposals = 3

    static func costTable(_ p: Proposal) -> Data {
        let r = p.dossier.resources
        var rows = ["Hạng mục,Nội dung,Số tiền (đồng)"]
        rows.append("Nhân lực,\(csvField(r.people)),")
        rows.append("Thiết bị,\(csvField(r.equipment)),")
        rows.append("Kinh phí,\(csvField(p.title)),\(r.fundingVND.map { MoneyAmount.format($0) } ?? "")")
        return Data((rows.joined(separator: "\n") + "\n").utf8)
    }

    static func note(_ p: Proposal) -> Data {
        Data("""
            Ghi chú kèm hồ sơ \(p.id)
            Tên đề xuất: \(p.title)
            Phạm vi: \(p.dossier.scope)
            Hiệu quả dự kiến: \(p.dossier.expectedEffect)

            """.utf8)
    }

    /// The stand-in for the signed proposal's scan (transliterated to ASCII: `TinyPDF`).
    static func signedProposal(_ p: Proposal, org: Organization) -> Data {
        let proposer = org.officer(p.proposer)?.name ?? p.proposer
        return TinyPDF.page(title: "Bản đề xuất \(p.id) (mô phỏng bản chụp có chữ ký)", lines: [
            "Tên đề xuất: \(p.title)",
            "Người đề xuất: \(proposer)",
            "Đơn vị: \(org.unit(p.unitID)?.name ?? p.unitID)",
            "Phạm vi: \(p.dossier.scope)",
            "Hiệu quả dự kiến: \(p.dossier.expectedEffect)",
            "",
            "Tệp này do chương trình dexuat tạo cho phường mẫu, thay cho bản chụp; không phải bản chụp thật.",
            "",
            "Người đề xuất (ký, ghi rõ họ tên)",
            proposer,
        ])
    }

    static func csvField(_ text: String) -> String {
        text.contains(",") || text.contains("\"") ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// Attaches the files, as each proposal's proposer, at `now`.
    static func attach(in ledger: Ledger, at now: Date) throws {
        let listed = try ledger.list(ProposalQuery()).filter { $0.state != .draft }.map(\.id).sorted().prefix(proposals)
        let org = try ledger.organization()
        for id in listed {
            guard let p = try ledger.proposal(id) else { continue }
            let actor = Actor(login: p.proposer)
            try ledger.attach(to: id, step: nil, name: "bang-du-toan.csv", mediaType: "text/csv", data: costTable(p), by: actor, at: now)
            try ledger.attach(to: id, step: nil, name: "ghi-chu.txt", mediaType: "text/plain", data: note(p), by: actor, at: now)
            if id == listed.first {
                try ledger.attach(to: id, step: nil, name: "de-xuat-da-ky.pdf", mediaType: "application/pdf",
                                  data: signedProposal(p, org: org), by: actor, at: now)
            }
        }
    }
}
