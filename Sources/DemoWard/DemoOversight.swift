import Foundation
import Procedure

/// The demo ward's points 1 and 4: four briefings, acknowledgements that leave some units
/// behind (so the coverage has something to show), three inspections with one overdue
/// recommendation, and difficulty reports in every status, one escalation overdue.
///
/// Every record goes through `Oversight` as of its own day, by an officer who holds the
/// role, so the demo history is one the rules allow (Ledger's `importDemo(…, oversight:)`
/// writes them). Deterministic: the same `now` gives the same records (acknowledgements are
/// drawn from a fixed seed). Officers missing from a non-demo organisation are skipped,
/// record by record.
enum DemoOversight {
    /// 09:00 in Vietnam on that day.
    static func morning(of day: Day) -> Date {
        Date(timeIntervalSince1970: Double(day.julianDayNumber - 2_440_588) * 86_400 + 2 * 3600)
    }

    /// How many in a hundred officers of each unit have acknowledged each text.
    static let reach: [String: Int] = ["VHXH": 100, "TTPVHCC": 85, "UBND": 70, "KTHTDT": 60, "VP": 50, "THCS": 40, "TYT": 25, "BQLC": 0]

    static func script(today: Day, org: Organization,
                       record: (String, Int, (Actor, Day, OversightRecords) throws -> OversightChange) throws -> Void) throws {
        let all = LegalLibrary.builtIn.map(\.id)
        let members = { (unit: String) in org.officers.values.filter { $0.unitID == unit }.map(\.login).sorted() }
        // Each unit has one inspection and one report in the script: found by unit, not by a
        // predicted id, so a script that spans New Year still finds them.
        let inspection = { (records: OversightRecords, unit: String) in records.inspections.values.first { $0.unitID == unit }?.id ?? "" }
        let difficulty = { (records: OversightRecords, unit: String) in records.difficulties.values.first { $0.unitID == unit }?.id ?? "" }

        // Point 1: briefings.
        let briefings: [(unit: String, by: String, presenter: String, daysAgo: Int, texts: [String])] = [
            ("VHXH", "dtttam", "Dương Thị Thanh Tâm, Trưởng phòng Văn hóa – Xã hội", 75, all),
            ("TTPVHCC", "dcthanh", "Trần Văn Dũng, chuyên viên Phòng Văn hóa – Xã hội", 60, all),
            ("UBND", "ntmai", "Nguyễn Văn Hùng, Chủ tịch UBND phường", 50, ["cv-432-ubnd-vhxh", "nq-57-nqtw", "nd-73-2023"]),
            ("KTHTDT", "tvcuong", "Trịnh Văn Cường, Trưởng phòng", 40, ["cv-432-ubnd-vhxh", "luat-cbcc-2025", "nd-73-2023", "nd-172-2025"]),
        ]
        for b in briefings {
            let attendees = members(b.unit)
            try record(b.by, b.daysAgo) { actor, day, records in
                try Oversight.recordBriefing(BriefingDraft(day: day, unitID: b.unit, presenter: b.presenter, textIDs: b.texts,
                                                           attendees: attendees.isEmpty ? [b.by] : attendees),
                                             by: actor, in: org, records: records, today: day)
            }
        }

        // Point 1: each officer acknowledges, himself, what his unit's share says.
        var random = DemoRandom(seed: 432)
        for officer in org.officers.values.sorted(by: { $0.login < $1.login }) {
            let share = reach[officer.unitID] ?? 50
            for (index, text) in all.enumerated() where random.below(100) < share {
                try record(officer.login, 30 - index * 3 - random.below(3)) { actor, day, records in
                    try Oversight.acknowledge(text, by: actor, in: org, records: records, today: day)
                }
            }
        }

        // Point 4: inspections by the Culture-Society office.
        try record("tvdung", 45) { actor, day, records in
            try Oversight.recordInspection(InspectionDraft(
                unitID: "TTPVHCC", day: day,
                scope: "Việc tiếp nhận, xem xét đề xuất đổi mới, sáng tạo năm 2026; hồ sơ, sổ tiếp nhận, biên bản họp tập thể lãnh đạo.",
                findings: "Đã tiếp nhận đúng hạn; hai hồ sơ thiếu ý kiến cấp ủy trước khi họp; sổ tiếp nhận ghi chưa đủ ngày trả lời.",
                recommendations: [
                    .init(text: "Bổ sung ý kiến cấp ủy cùng cấp vào hai hồ sơ còn thiếu.", due: day.adding(days: 30)),
                    .init(text: "Hoàn thiện sổ tiếp nhận, ghi đủ ngày trả lời từng đề xuất.", due: day.adding(days: 60)),
                ]), by: actor, in: org, records: records, today: day)
        }
        try record("dcthanh", 20) { actor, day, records in
            try Oversight.followUp(inspection: inspection(records, "TTPVHCC"), recommendation: 2, status: .inProgress,
                                   note: "Đã rà soát sổ, đang bổ sung ngày trả lời.", by: actor, in: org, records: records, today: day)
        }
        try record("hthanh", 30) { actor, day, records in
            try Oversight.recordInspection(InspectionDraft(
                unitID: "THCS", day: day,
                scope: "Việc phổ biến, quán triệt các văn bản về khuyến khích, bảo vệ cán bộ đổi mới, sáng tạo.",
                findings: "Chưa tổ chức hội nghị quán triệt; mới phổ biến qua nhóm tin nhắn.",
                recommendations: [.init(text: "Tổ chức hội nghị quán triệt cho toàn thể viên chức nhà trường.", due: day.adding(days: 20))]),
                by: actor, in: org, records: records, today: day)
        }
        try record("vthyen", 8) { actor, day, records in
            try Oversight.followUp(inspection: inspection(records, "THCS"), recommendation: 1, status: .done,
                                   note: "Đã tổ chức hội nghị ngày hôm qua, có biên bản kèm theo.", by: actor, in: org,
                                   records: records, today: day)
        }
        try record("tvdung", 12) { actor, day, records in
            try Oversight.recordInspection(InspectionDraft(
                unitID: "TYT", day: day,
                scope: "Việc bảo đảm nguồn lực cho đề xuất đã được cho phép triển khai.",
                findings: "Đề xuất đặt lịch khám qua Zalo chưa được bố trí kinh phí như quyết định.",
                recommendations: [.init(text: "Bố trí kinh phí hoặc nêu rõ lý do bằng văn bản.", due: day.adding(days: 30))]),
                by: actor, in: org, records: records, today: day)
        }

        // Point 4: difficulty reports, one in each status and one escalation overdue.
        try record("nvthinh", 40) { actor, day, records in
            try Oversight.fileDifficulty(unitID: "TYT", category: .legal,
                                         text: "Chưa rõ đề xuất ứng dụng phần mềm đặt lịch khám có thuộc nhiệm vụ khoa học, công nghệ theo Nghị quyết 193 hay không.",
                                         by: actor, in: org, records: records, today: day)
        }
        try record("dtttam", 36) { actor, day, records in
            try Oversight.answerDifficulty(difficulty(records, "TYT"),
                                           text: "Đây là đề xuất theo Nghị định 73/2023; không áp dụng cơ chế của Nghị quyết 193.",
                                           by: actor, in: org, records: records, today: day)
        }
        try record("pvhai", 35) { actor, day, records in
            try Oversight.fileDifficulty(unitID: "BQLC", category: .funding,
                                         text: "Không có nguồn kinh phí để lắp mã QR thanh toán phí chợ cho các hộ kinh doanh.",
                                         by: actor, in: org, records: records, today: day)
        }
        try record("ndtrong", 30) { actor, day, records in
            try Oversight.escalateDifficulty(difficulty(records, "BQLC"), due: day.adding(days: 20),
                                             note: "Đề nghị UBND phường xem xét bố trí từ nguồn chi thường xuyên.",
                                             by: actor, in: org, records: records, today: day)
        }
        try record("tvcuong", 28) { actor, day, records in
            try Oversight.fileDifficulty(unitID: "KTHTDT", category: .equipment,
                                         text: "Thiếu máy đo đạc để thí điểm số hóa hồ sơ địa chính.",
                                         by: actor, in: org, records: records, today: day)
        }
        try record("dtttam", 26) { actor, day, records in
            try Oversight.escalateDifficulty(difficulty(records, "KTHTDT"), due: day.adding(days: 15),
                                             note: "Vượt khả năng của phòng; cần quyết định của UBND phường.",
                                             by: actor, in: org, records: records, today: day)
        }
        try record("nvhung", 18) { actor, day, records in
            try Oversight.resolveDifficulty(difficulty(records, "KTHTDT"),
                                            text: "Giao Phòng Kinh tế, Hạ tầng và Đô thị mượn thiết bị của Trung tâm Phát triển quỹ đất.",
                                            by: actor, in: org, records: records, today: day)
        }
        try record("ltkoanh", 10) { actor, day, records in
            try Oversight.fileDifficulty(unitID: "TTPVHCC", category: .procedure,
                                         text: "Quy trình một cửa chưa có bước tiếp nhận đề xuất đổi mới qua cổng dịch vụ công.",
                                         by: actor, in: org, records: records, today: day)
        }
        try record("dtngan", 2) { actor, day, records in
            try Oversight.fileDifficulty(unitID: "THCS", category: .staffing,
                                         text: "Nhà trường chưa có người phụ trách chuyển đổi số để triển khai đề xuất sổ liên lạc điện tử.",
                                         by: actor, in: org, records: records, today: day)
        }
        try record("tvdung", 5) { actor, day, records in
            try Oversight.escalateDifficulty(difficulty(records, "TTPVHCC"), due: day.adding(days: 10),
                                             note: "Liên quan cổng dịch vụ công của tỉnh; đề nghị UBND phường kiến nghị Sở.",
                                             by: actor, in: org, records: records, today: day)
        }
    }
}
