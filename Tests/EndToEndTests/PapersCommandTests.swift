import Foundation
import GRDB
import Testing
import Ledger

/// The register, documents, imports and offline forms, by commands alone, on demo databases.
@Suite(.serialized, .tags(.slow), .skippedInFastLoop) struct PapersCommandTests {
    let lines = CommandLineTests()

    /// A fresh demo database with the cast of the Culture-Society office.
    func demo() throws -> (CLI, CommandLineTests.Cast) {
        let cli = try CLI()
        try cli.ok(["demo", "--proposals", "12", "--quiet"])
        return (cli, try lines.cast(cli))
    }

    /// A proposal of the office, submitted and registered.
    func received(_ cli: CLI, _ who: CommandLineTests.Cast) throws -> String {
        let file = cli.folder.appendingPathComponent("hoso-\(UUID().uuidString).toml")
        try CommandLineTests.dossier.write(to: file, atomically: true, encoding: .utf8)
        let created = try #require(try cli.json(["new", "--from", file.path], as: who.proposer) as? [String: Any])
        let id = try #require(created["id"] as? String)
        try cli.ok(["submit", id], as: who.proposer)
        try cli.ok(["receive", id], as: who.clerk)
        return id
    }

    func write(_ text: String, _ name: String, in cli: CLI) throws -> String {
        let url = cli.folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func aPrintedRegisterIsCheckedLineByLine() throws {
        let (cli, who) = try demo()
        defer { cli.cleanUp() }
        let id = try received(cli, who)
        let csv = cli.folder.appendingPathComponent("so.csv").path
        #expect(try cli.ok(["register", "--format", "csv", "--output", csv]).contains("Đã ghi sổ công khai"))
        let bytes = try #require(FileManager.default.contents(atPath: csv))
        #expect(bytes.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("\u{FEFF}Mã đề xuất,"))
        let untouched = try cli.ok(["verify", "--register", csv])
        #expect(untouched.contains("0 KHÔNG khớp, 0 mã không tồn tại"))
        #expect(!untouched.contains("đã có diễn biến mới sau bản in ("))

        let html = cli.folder.appendingPathComponent("so.html").path
        try cli.ok(["register", "--output", html])
        #expect(try String(contentsOfFile: html, encoding: .utf8).contains("Times New Roman"))
        #expect(try cli.ok(["verify", "--register", html, "--lang", "en"]).contains("0 do NOT match"))

        // A later step: that line is still valid, but the proposal moved on.
        try cli.ok(["party-opinion", id, "--stance", "agree", "--text", "Đồng ý", "--committee", "Đảng ủy phường Uông Bí"], as: who.liaison)
        let moved = try cli.ok(["verify", "--register", csv])
        #expect(moved.contains("\(id): đã có diễn biến mới sau bản in (1 sự kiện sau)"))

        // An edited title: that line, and that field, are named; the exit code says tampering.
        let title = "Thí điểm tiếp nhận phản ánh của người dân qua Zalo OA của phường"
        let edited = try write(text.replacingOccurrences(of: title, with: title + " (bản sửa)"), "sua.csv", in: cli)
        let result = try cli.run(["verify", "--register", edited])
        #expect(result.status == 3)
        #expect(result.stdout.contains("\(id): KHÔNG khớp: \"Tên đề xuất\""))
        #expect(result.stderr.contains("1 KHÔNG khớp"))
    }

    @Test func officialDocumentsAreNumberedOnceAndRefusedBeforeTheRecordSupportsThem() throws {
        let (cli, who) = try demo()
        defer { cli.cleanUp() }
        let id = try received(cli, who)
        // Minutes before any ballot: refused, nothing written, no number used.
        let before = try cli.contentDump()
        let early = try cli.run(["document", id, "--kind", "minutes", "--output", cli.folder.appendingPathComponent("bb.docx").path], as: who.clerk)
        #expect(early.status == 1)
        #expect(early.stderr.contains("chưa có phiếu biểu quyết"))
        #expect(try cli.contentDump() == before)

        try cli.ok(["party-opinion", id, "--stance", "agree", "--text", "Đồng ý", "--committee", "Đảng ủy phường Uông Bí"], as: who.liaison)
        for member in [who.head] + who.deputies {
            try cli.ok(["ballot", id, "--yes", "--comment", "Đồng ý"] + CommandLineTests.checks, as: member)
        }
        // Issue 15: no number typed: the decision gets the next of the unit's register when it
        // is recorded, and its document prints that number (given already, not at printing).
        try cli.ok(["decide", id, "--kind", "approve", "--reasons", "Tập thể thống nhất"], as: who.head)
        let docx = cli.folder.appendingPathComponent("qd.docx").path
        let first = try cli.ok(["document", id, "--kind", "decision", "--output", docx], as: who.clerk)
        #expect(first.contains("/QĐ-VHXH (dùng lại số đã cấp)"))
        let bytes = try #require(FileManager.default.contents(atPath: docx))
        #expect(bytes.prefix(2) == Data("PK".utf8))
        let html = try cli.ok(["document", id, "--kind", "decision", "--format", "html"], as: who.head)
        #expect(html.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(html.contains("Độc lập - Tự do - Hạnh phúc"))
        let number = try #require(first.split(separator: " ").first { $0.contains("/QĐ-VHXH") })
        #expect(html.contains("Số: \(number)"))
        #expect(try cli.ok(["register", "--format", "csv"], as: who.clerk).contains(String(number)))
        let minutes = try cli.ok(["document", id, "--kind", "minutes", "--format", "html", "--output",
                                  cli.folder.appendingPathComponent("bb.html").path], as: who.clerk)
        #expect(minutes.contains("/BB-VHXH (cấp số mới)"))
        let again = try cli.ok(["document", id, "--kind", "decision", "--output", docx, "--force", "--lang", "en"], as: who.clerk)
        #expect(again.contains("\(number) (number reused)"))
        // Someone outside the unit's leadership and clerk cannot number documents.
        let refused = try cli.run(["document", id, "--kind", "conclusion"], as: who.proposer)
        #expect(refused.status == 1)
        #expect(try cli.ok(["verify"]).contains("Toàn vẹn"))
    }

    @Test func paperProposalsAreImportedAllOrNothing() throws {
        let (cli, who) = try demo()
        defer { cli.cleanUp() }
        let header = "proposer,title,field,legal_basis,necessity,bottleneck,content,scope,implementers,start_date,end_date,people,funding_vnd,equipment,feasibility,positive_impact,negative_impact,expected_effect,targets,self_check"
        let checks = "c1_bottleneck=met; c2_common_good=met; c3_urgent_safe=met; c4_decentralise=met; c5_authority=met"
        func row(_ title: String, bottleneck: String = "Chưa có quy định") -> String {
            "\(who.proposer),\(title),digital_transformation,decree_73,Cần thiết,\(bottleneck),Nội dung,Phường,Văn thư,2027-01-04,2027-03-31,2 người,0,Không cần,Khả thi,Tốt,Không có,Nhanh hơn,Thời gian | ≤ 2 ngày,\(checks)"
        }
        let bad = try write([header, row("Sổ giấy số hóa"), row("Thiếu điểm nghẽn", bottleneck: "")].joined(separator: "\n"), "bad.csv", in: cli)
        let before = try cli.contentDump()
        let refused = try cli.run(["import", bad], as: who.clerk)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("dòng 3:"))
        #expect(refused.stderr.contains("Không nhập gì"))
        #expect(try cli.contentDump() == before)

        let good = try write([header, row("Sổ giấy số hóa")].joined(separator: "\n"), "good.csv", in: cli)
        let notClerk = try cli.run(["import", good], as: who.proposer)
        #expect(notClerk.status == 2)
        #expect(try cli.ok(["import", good, "--check"], as: who.clerk).contains("chưa ghi gì"))
        #expect(try cli.contentDump() == before)
        let importRun = try cli.run(["import", good], as: who.clerk)
        #expect(importRun.status == 0)
        // No progress line when standard error is not a terminal (issue 14).
        #expect(importRun.stderr.isEmpty, "\(importRun.stderr.debugDescription)")
        let imported = importRun.stdout
        #expect(imported.contains("dòng 2 → "))
        #expect(imported.contains("Đã nhập 1 đề xuất"))

        let toml = """
            [[proposal]]
            proposer = "\(who.proposer)"
            title = "Tủ hồ sơ thông minh"
            field = "digital_transformation"
            necessity = "Cần thiết"
            bottleneck = "Chưa có quy định"
            content = "Nội dung"
            scope = "Phường"
            implementers = "Văn thư"
            start_date = 2027-01-04
            end_date = 2027-03-31
            feasibility = "Khả thi"
            positive_impact = "Tốt"
            negative_impact = "Không có"
            expected_effect = "Nhanh hơn"
            [proposal.resources]
            people = "2 người"
            funding_vnd = 0
            equipment = "Không cần"
            [[proposal.targets]]
            description = "Thời gian"
            measure = "≤ 2 ngày"
            [proposal.self_check]
            c1_bottleneck = "met"
            c2_common_good = "met"
            c3_urgent_safe = "met"
            c4_decentralise = "met"
            c5_authority = "met"

            [[proposal]]
            proposer = "\(who.proposer)"
            title = "Thiếu gần hết"
            """
        let tomlFile = try write(toml, "giay.toml", in: cli)
        let tomlRefused = try cli.run(["import", tomlFile], as: who.clerk)
        #expect(tomlRefused.status == 2)
        #expect(tomlRefused.stderr.contains("dòng 30:"))
        let cut = try #require(toml.range(of: "\n\n[[proposal]]\nproposer"))
        let fixed = try write(String(toml[..<cut.lowerBound]), "giay1.toml", in: cli)
        #expect(try cli.ok(["import", fixed], as: who.clerk).contains("Đã nhập 1 đề xuất"))
        #expect(try cli.ok(["verify"]).contains("Toàn vẹn"))
    }

    @Test func anOfflineBallotFormRoundTripsAndAStaleOneIsRefused() throws {
        let (cli, who) = try demo()
        defer { cli.cleanUp() }
        let id = try received(cli, who)
        try cli.ok(["party-opinion", id, "--stance", "agree", "--text", "Đồng ý", "--committee", "Đảng ủy phường Uông Bí"], as: who.liaison)
        let deputy = try #require(who.deputies.first)
        let formPath = cli.folder.appendingPathComponent("phieu.txt").path
        #expect(try cli.ok(["form", "export", id, "--kind", "ballot", "--output", formPath], as: who.head).contains("Đã ghi phiếu"))
        let form = try String(contentsOfFile: formPath, encoding: .utf8)
        func filled(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                if line.hasPrefix("c") && line.hasSuffix(" = ") && !line.contains(".") { return line + "dap_ung" }
                if line.hasPrefix("bieu_quyet = ") { return "bieu_quyet = đồng ý" }
                if line.hasPrefix("y_kien = ") { return "y_kien = Nhất trí" }
                return String(line)
            }.joined(separator: "\n")
        }
        let answered = try write(filled(form), "phieu-dien.txt", in: cli)
        try cli.ok(["form", "import", answered], as: who.head)
        let shown = try #require(try cli.json(["show", id]) as? [String: Any])
        let ballots = try #require(shown["ballots"] as? [[String: Any]])
        #expect(ballots.count == 1)

        // The deputy's form goes stale when the head returns the dossier meanwhile.
        let deputyForm = try write(filled(try cli.ok(["form", "export", id, "--kind", "ballot"], as: deputy)), "phieu-pho.txt", in: cli)
        try cli.ok(["return", id, "--reasons", "Bổ sung dự toán"], as: who.head)
        let before = try cli.contentDump()
        let stale = try cli.run(["form", "import", deputyForm], as: deputy)
        #expect(stale.status == 1)
        #expect(stale.stderr.contains("đã thay đổi sau khi xuất phiếu"))
        #expect(stale.stderr.contains("Trả lại bổ sung"))
        #expect(try cli.contentDump() == before)

        // A form with a broken line is refused with its line number.
        let broken = try write(filled(form).replacingOccurrences(of: "bieu_quyet = đồng ý", with: "bieu_quyet đồng ý"), "hong.txt", in: cli)
        let parse = try cli.run(["form", "import", broken], as: who.head)
        #expect(parse.status == 2)
        #expect(parse.stderr.contains("dòng "))
        #expect(parse.stderr.contains("thiếu dấu \"=\""))
    }

    @Test func aDatabaseFromBeforeTheRegisterOfDocumentsOpensAndUpgrades() throws {
        let (cli, who) = try demo()
        defer { cli.cleanUp() }
        // Take the database back to the v1 schema, as an older dexuat left it.
        // (v7-event-packing undone first: the register references the events.)
        var config = Configuration()
        config.prepareDatabase { db in Ledger.prepareConnection(db) }
        let queue = try DatabaseQueue(path: cli.db, configuration: config)
        try queue.undoingEventPacking(then: """
            DROP TABLE document_number;
            DELETE FROM grdb_migrations WHERE identifier = 'v2-documents';
            """)
        #expect(try queue.read { db in try Bool.fetchOne(db, sql: "SELECT COUNT(*) > 0 FROM sqlite_master WHERE name = 'document_number'") } == false)
        try queue.close()
        #expect(try cli.ok(["verify"]).contains("Toàn vẹn"))
        let upgraded = try DatabaseQueue(path: cli.db)
        #expect(try upgraded.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }.contains("v2-documents"))
        try upgraded.close()
        let id = try received(cli, who)
        try cli.ok(["party-opinion", id, "--stance", "agree", "--text", "Đồng ý", "--committee", "Đảng ủy phường Uông Bí"], as: who.liaison)
        try cli.ok(["ballot", id, "--yes"] + CommandLineTests.checks, as: who.head)
        #expect(try cli.ok(["document", id, "--kind", "minutes", "--format", "html", "--output",
                            cli.folder.appendingPathComponent("bb.html").path], as: who.clerk).contains("01/BB-VHXH (cấp số mới)"))
        #expect(try cli.ok(["verify"]).contains("Toàn vẹn"))
        // The register of documents edited behind dexuat's back: verify notices.
        let raw = try DatabaseQueue(path: cli.db)
        try raw.write { db in try db.execute(sql: "UPDATE document_number SET number = 5, reference = '05/BB-VHXH'") }
        try raw.close()
        let tampered = try cli.run(["verify"])
        #expect(tampered.status == 3)
        #expect(tampered.stdout.contains("Sổ đăng ký văn bản: 05/BB-VHXH"))
    }
}
