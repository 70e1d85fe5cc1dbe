import Foundation
import Testing

/// Issue 15, "imports that never guess", through the real command on a demo database: each
/// fault of the issue, as a clerk would meet it with files from Excel and Notepad.
@Suite(.serialized, .tags(.slow), .skippedInFastLoop) struct ImportCommandTests {
    let lines = CommandLineTests()
    static let columns = ["proposer", "title", "field", "legal_basis", "necessity", "bottleneck", "content", "scope",
                          "implementers", "start_date", "end_date", "people", "funding_vnd", "equipment", "feasibility",
                          "positive_impact", "negative_impact", "expected_effect", "targets", "self_check"]
    static let checks = "c1_bottleneck=met; c2_common_good=met; c3_urgent_safe=met; c4_decentralise=not_met: còn vướng; c5_authority=met"

    func demo() throws -> (CLI, CommandLineTests.Cast) {
        let cli = try CLI()
        try cli.ok(["demo", "--proposals", "4", "--quiet"])
        return (cli, try lines.cast(cli))
    }

    /// The cells of one row, complete unless overridden.
    static func cells(_ proposer: String, _ overrides: [String: String] = [:]) -> [String] {
        var values = ["proposer": proposer, "title": "Sổ giấy số hóa", "field": "digital_transformation", "legal_basis": "decree_73",
                      "necessity": "Cần thiết", "bottleneck": "Chưa có quy định", "content": "Nội dung", "scope": "Phường",
                      "implementers": "Văn thư", "start_date": "04/01/2027", "end_date": "2027-03-31", "people": "2 người",
                      "funding_vnd": "1.500.000", "equipment": "Không cần", "feasibility": "Khả thi", "positive_impact": "Tốt",
                      "negative_impact": "Không có", "expected_effect": "Nhanh hơn", "targets": "Thời gian | ≤ 2 ngày",
                      "self_check": checks]
        for (key, value) in overrides { values[key] = value }
        return columns.map { values[$0] ?? "" }
    }

    /// A file as a spreadsheet writes it with `separator`: cells quoted when they hold it.
    static func file(_ rows: [[String]], separator: String = ",", end: String = "\n", bom: Bool = false) -> String {
        func cell(_ text: String) -> String {
            text.contains(separator) || text.contains("\"") || text.contains(";") || text.contains(",") || text.contains("\n")
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        let body = ([columns] + rows).map { $0.map(cell).joined(separator: separator) }.joined(separator: end) + end
        return (bom ? "\u{FEFF}" : "") + body
    }

    func write(_ text: String, _ name: String, in cli: CLI) throws -> String {
        let url = cli.folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The three conventions of the issue, each from its own file, each recorded as
    /// 1.500.000 đồng: once, not 100×.
    @Test func amountsWithDecimalsAreRecordedOnceNotAHundredTimes() throws {
        let (cli, who) = try demo()
        defer { cli.cleanUp() }
        for (index, amount) in ["1500000.00", "1,500,000.00", "1.500.000,00"].enumerated() {
            let separator = amount.hasSuffix(",00") ? ";" : ","
            let path = try write(Self.file([Self.cells(who.proposer, ["funding_vnd": amount, "title": "Kinh phí \(index)"])],
                                           separator: separator), "tien\(index).csv", in: cli)
            let checked = try cli.ok(["import", path, "--check"], as: who.clerk)
            #expect(checked.contains("Kinh phí: 1.500.000 đồng"), "\(checked)")
            let imported = try cli.ok(["import", path], as: who.clerk)
            let id = try #require(imported.split(separator: "\n").first { $0.contains("dòng 2 → ") }?.split(separator: " ").dropFirst(3).first)
            let shown = try cli.ok(["show", String(id), "--json"])
            #expect(shown.contains("1500000") && !shown.contains("150000000"), "\(amount)")
        }
        let bad = try write(Self.file([Self.cells(who.proposer), Self.cells(who.proposer, ["funding_vnd": "1500000.50"])]), "le.csv", in: cli)
        let before = try cli.contentDump()
        let refused = try cli.run(["import", bad], as: who.clerk)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("dòng 3: funding_vnd: Số tiền không hợp lệ: \"1500000.50\". Số tiền tính bằng đồng, không có phần lẻ"), "\(refused.stderr)")
        let english = try cli.run(["import", bad, "--lang", "en"], as: who.clerk)
        #expect(english.stderr.contains("line 3: funding_vnd: Not an amount: \"1500000.50\". Amounts are in whole đồng"))
        #expect(try cli.contentDump() == before)
        #expect(try cli.ok(["verify"]).contains("Toàn vẹn"))
    }

    @Test func aTwoDigitYearIsRefusedWithTheLineAndTheFormExpected() throws {
        let (cli, who) = try demo()
        defer { cli.cleanUp() }
        let path = try write(Self.file([Self.cells(who.proposer), Self.cells(who.proposer, ["start_date": "04/01/27"])]), "nam.csv", in: cli)
        let before = try cli.contentDump()
        let refused = try cli.run(["import", path, "--check"], as: who.clerk)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("dòng 3: start_date: ngày không hợp lệ \"04/01/27\": năm phải đủ bốn chữ số, dạng dd/mm/yyyy"), "\(refused.stderr)")
        // The same in a TOML import and a dossier file, and on the command line.
        let toml = try write(Self.toml(who.proposer, extra: "", startDate: "\"04/01/27\""), "nam.toml", in: cli)
        let tomlRefused = try cli.run(["import", toml], as: who.clerk)
        #expect(tomlRefused.status == 2)
        #expect(tomlRefused.stderr.contains("dòng 11: [[proposal]] #1: start_date: ngày không hợp lệ \"04/01/27\""), "\(tomlRefused.stderr)")
        let year27 = try write(Self.toml(who.proposer, extra: "", startDate: "0027-01-04"), "nam27.toml", in: cli)
        #expect(try cli.run(["import", year27], as: who.clerk).stderr.contains("năm phải từ 1900 đến 2100"))
        let option = try cli.run(["remind", "--date", "04/01/27"], as: who.clerk)
        #expect(option.status == 2)
        #expect(option.stderr.contains("--date: ngày không hợp lệ \"04/01/27\""), "\(option.stderr)")
        #expect(try cli.contentDump() == before)
    }

    @Test func anUnknownSelfCheckItemIsRefusedNamingTheLineAndTheItems() throws {
        let (cli, who) = try demo()
        defer { cli.cleanUp() }
        let before = try cli.contentDump()
        let csv = try write(Self.file([Self.cells(who.proposer, ["self_check": Self.checks + "; c9_magic=met"])]), "muc.csv", in: cli)
        let refused = try cli.run(["import", csv], as: who.clerk)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("dòng 2: self_check: mục không rõ \"c9_magic\"; các mục của phiếu rà soát: c1_bottleneck, c2_common_good"), "\(refused.stderr)")
        let toml = try write(Self.toml(who.proposer, extra: "c9_magic = \"met\"\n"), "muc.toml", in: cli)
        let tomlRefused = try cli.run(["import", toml], as: who.clerk)
        #expect(tomlRefused.status == 2)
        #expect(tomlRefused.stderr.contains("dòng 27: [[proposal]] #1: khóa không rõ \"self_check.c9_magic\"; các khóa: self_check.c1_bottleneck"), "\(tomlRefused.stderr)")
        // `new --from` with the same table, and a reviewer's checklist on the command line.
        let dossier = try write(Self.toml(who.proposer, extra: "c9_magic = \"met\"\n").replacingOccurrences(of: "[proposal.", with: "[")
            .replacingOccurrences(of: "[[proposal.", with: "[[").replacingOccurrences(of: "[[proposal]]\nproposer = \"\(who.proposer)\"\n", with: ""),
                                 "hoso.toml", in: cli)
        let new = try cli.run(["new", "--from", dossier], as: who.proposer)
        #expect(new.status == 2)
        #expect(new.stderr.contains("hoso.toml:25: khóa không rõ \"self_check.c9_magic\""), "\(new.stderr)")
        #expect(try cli.contentDump() == before)
    }

    @Test func unknownKeysAndColumnsAreRefusedWithTheirLineAndTheAcceptedOnes() throws {
        let (cli, who) = try demo()
        defer { cli.cleanUp() }
        let toml = try write(Self.toml(who.proposer, extra: "").replacingOccurrences(of: "equipment = \"Không cần\"", with: "equipment = \"Không cần\"\nfundng_vnd = 5"),
                             "khoa.toml", in: cli)
        let refused = try cli.run(["import", toml], as: who.clerk)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("dòng 20: [[proposal]] #1: khóa không rõ \"resources.fundng_vnd\"; các khóa: resources.people, resources.funding_vnd, resources.equipment"),
                "\(refused.stderr)")
        // A target's key and a self-check answer's key, each named with its table.
        for (from, to, expected) in [("measure = \"≤ 2 ngày\"", "measure = \"≤ 2 ngày\"\nunit = \"ngày\"",
                                      "dòng 24: [[proposal]] #1: khóa không rõ \"targets.unit\"; các khóa: targets.description, targets.measure"),
                                     ("c1_bottleneck = \"met\"", "c1_bottleneck = { verdict = \"met\", note = \"x\" }",
                                      "dòng 25: [[proposal]] #1: khóa không rõ \"self_check.c1_bottleneck.note\"; các khóa: self_check.c1_bottleneck.verdict, self_check.c1_bottleneck.comment")] {
            let path = try write(Self.toml(who.proposer, extra: "").replacingOccurrences(of: from, with: to), "khoa2.toml", in: cli)
            let nested = try cli.run(["import", path], as: who.clerk)
            #expect(nested.status == 2)
            #expect(nested.stderr.contains(expected), "\(nested.stderr)")
        }
        let csv = try write("proposer;title;kinh_phi\n\(who.proposer);X;5\n", "cot.csv", in: cli)
        let column = try cli.run(["import", csv], as: who.clerk)
        #expect(column.status == 2)
        #expect(column.stdout.contains("Dấu phân cách: dấu chấm phẩy (;)"))
        #expect(column.stderr.contains("dòng 1: cột không rõ \"kinh_phi\"; các cột: proposer, title"), "\(column.stderr)")
    }

    /// `--check` prints every field it would record, in Vietnamese and in English; a
    /// semicolon file from Excel with a BOM and CRLF, and a tab file, are read and named.
    @Test func checkShowsEveryFieldAndTheSeparator() throws {
        let (cli, who) = try demo()
        defer { cli.cleanUp() }
        let before = try cli.contentDump()
        let row = Self.cells(who.proposer, ["title": "Tủ hồ sơ; thông minh", "funding_vnd": "1.500.000,00", "content": "Dòng một\nDòng hai"])
        let semicolon = try write(Self.file([row], separator: ";", end: "\r\n", bom: true), "excel.csv", in: cli)
        let vi = try cli.ok(["import", semicolon, "--check"], as: who.clerk)
        for expected in ["Dấu phân cách: dấu chấm phẩy (;)", "dòng 2 → ", "Tủ hồ sơ; thông minh", "  Người đề xuất: ", "(\(who.proposer))",
                         "  Đơn vị tiếp nhận: ", "  Người ghi thay: ", "(\(who.clerk))", "  Lĩnh vực: ", "[digital_transformation]",
                         "  Căn cứ: ", "[decree_73]", "  Sự cần thiết, mục đích, yêu cầu: Cần thiết", "  Điểm nghẽn về cơ chế, chính sách: Chưa có quy định",
                         "  Nội dung, nhiệm vụ, giải pháp: Dòng một\n      Dòng hai", "  Phạm vi: Phường", "  Đối tượng thực hiện: Văn thư",
                         "  Ngày bắt đầu thực hiện: 04/01/2027", "  Ngày kết thúc thực hiện: 31/03/2027", "  Nguồn nhân lực: 2 người",
                         "  Kinh phí: 1.500.000 đồng", "  Trang thiết bị: Không cần", "  Tính khả thi: Khả thi", "  Tác động tích cực: Tốt",
                         "  Tác động tiêu cực: Không có", "  Dự kiến hiệu quả: Nhanh hơn", "  Chỉ tiêu 1: Thời gian — ≤ 2 ngày",
                         "  Tự rà soát c1_bottleneck: Đáp ứng", "  Tự rà soát c4_decentralise: Không đáp ứng — còn vướng",
                         "Hợp lệ: 1 đề xuất; chưa ghi gì (--check)."] {
            #expect(vi.contains(expected), "\(expected)")
        }
        let en = try cli.ok(["import", semicolon, "--check", "--lang", "en"], as: who.clerk)
        for expected in ["Separator: semicolon (;)", "  Proposer: ", "  Receiving unit: ", "  Recorded by: ", "  Funding: 1.500.000 đồng",
                         "  Start date: 04/01/2027", "  Self-check c4_decentralise: Not met — còn vướng", "  Target 1: Thời gian — ≤ 2 ngày"] {
            #expect(en.contains(expected), "\(expected)")
        }
        let tab = try write(Self.file([row], separator: "\t"), "tab.txt.csv", in: cli)
        let tabbed = try cli.ok(["import", tab, "--check"], as: who.clerk)
        #expect(tabbed.contains("Dấu phân cách: dấu tab"))
        #expect(tabbed.contains("  Kinh phí: 1.500.000 đồng"))
        #expect(try cli.contentDump() == before)
        let imported = try cli.ok(["import", semicolon], as: who.clerk)
        #expect(imported.contains("Đã nhập 1 đề xuất"))
        #expect(!imported.contains("  Kinh phí:"))
    }

    @Test func aFileThatIsNotUTF8IsRefusedWithItsLine() throws {
        let (cli, who) = try demo()
        defer { cli.cleanUp() }
        var bytes = Data(Self.file([Self.cells(who.proposer)]).utf8)
        bytes.append(contentsOf: Array("\(who.proposer),".utf8) + [0xD0, 0xEA, 0x20, 0x78, 0x75, 0xE2, 0xF2, 0x74, 0x0A])
        let url = cli.folder.appendingPathComponent("cp1258.csv")
        try bytes.write(to: url)
        let refused = try cli.run(["import", url.path], as: who.clerk)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("không phải UTF-8: dòng 3 có byte không hợp lệ"), "\(refused.stderr)")
        #expect(refused.stderr.contains("CSV UTF-8"))
        // Every file a command reads goes through the same check: a dossier file too.
        let dossier = cli.folder.appendingPathComponent("hoso.toml")
        try (Data("title = \"Sổ\"\n".utf8) + Data([0x6E, 0x65, 0x63, 0x65, 0x73, 0x73, 0x69, 0x74, 0x79, 0x20, 0x3D, 0x20, 0x22, 0xC7, 0x22, 0x0A])).write(to: dossier)
        let new = try cli.run(["new", "--from", dossier.path], as: who.proposer)
        #expect(new.status == 2)
        #expect(new.stderr.contains("không phải UTF-8: dòng 2 có byte không hợp lệ"), "\(new.stderr)")
    }

    /// A day typed as dd/mm/yyyy on the command line is the same day as its ISO form, and
    /// the calendar then shows that day's year, not this year; a two-digit year is refused.
    @Test func aDayOnTheCommandLineIsReadByTheSameGrammar() throws {
        let (cli, _) = try demo()
        defer { cli.cleanUp() }
        let officers = try #require(try cli.json(["officer", "list"]) as? [[String: Any]])
        let admin = try #require(officers.first { (($0["roles"] as? [String]) ?? []).contains("admin") }?["login"] as? String)
        let shown = try #require(try cli.json(["calendar", "--add-holiday", "16/02/2024", "--reason", "Nghỉ thêm"], as: admin) as? [String: Any])
        #expect(shown["year"] as? Int == 2024)
        let days = (shown["days_off"] as? [[String: Any]]) ?? []
        #expect(days.contains { $0["day"] as? String == "2024-02-16" })
        let refused = try cli.run(["calendar", "--add-holiday", "16/02/24", "--reason", "Nghỉ thêm"], as: admin)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--add-holiday: ngày không hợp lệ \"16/02/24\": năm phải đủ bốn chữ số"), "\(refused.stderr)")
    }

    /// A reviewer's checklist on the command line: the domain refuses an item the ward's
    /// checklist does not have.
    @Test func aReviewersChecklistWithAnUnknownItemIsRefused() throws {
        let (cli, who) = try demo()
        defer { cli.cleanUp() }
        let file = cli.folder.appendingPathComponent("hoso-\(UUID().uuidString).toml")
        try CommandLineTests.dossier.write(to: file, atomically: true, encoding: .utf8)
        let created = try #require(try cli.json(["new", "--from", file.path], as: who.proposer) as? [String: Any])
        let id = try #require(created["id"] as? String)
        try cli.ok(["submit", id], as: who.proposer)
        try cli.ok(["receive", id], as: who.clerk)
        try cli.ok(["party-opinion", id, "--stance", "agree", "--text", "Đồng ý", "--committee", "Đảng ủy phường Uông Bí"], as: who.liaison)
        let before = try cli.contentDump()
        let items = ["c1_bottleneck", "c2_common_good", "c3_urgent_safe", "c4_decentralise", "c5_authority"]
        let refused = try cli.run(["checklist", id] + (items + ["c9_magic"]).flatMap { ["--check", "\($0)=met"] }, as: who.head)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\"c9_magic\" (các mục: c1_bottleneck"), "\(refused.stderr)")
        #expect(try cli.contentDump() == before)
        try cli.ok(["checklist", id] + items.flatMap { ["--check", "\($0)=met"] }, as: who.head)
    }

    /// A TOML import: `[[proposal]]` tables with `funding_vnd` as an integer or as text.
    static func toml(_ proposer: String, extra: String, startDate: String = "2027-01-04", funding: String = "\"1.500.000\"") -> String {
        """
        [[proposal]]
        proposer = "\(proposer)"
        title = "Tủ hồ sơ thông minh"
        field = "digital_transformation"
        necessity = "Cần thiết"
        bottleneck = "Chưa có quy định"
        content = "Nội dung"
        scope = "Phường"
        implementers = "Văn thư"
        # line 10
        start_date = \(startDate)
        end_date = 2027-03-31
        feasibility = "Khả thi"
        positive_impact = "Tốt"
        negative_impact = "Không có"
        expected_effect = "Nhanh hơn"
        [proposal.resources]
        people = "2 người"
        equipment = "Không cần"
        funding_vnd = \(funding)
        [[proposal.targets]]
        description = "Thời gian"
        measure = "≤ 2 ngày"
        [proposal.self_check]
        c1_bottleneck = "met"
        c2_common_good = "met"
        \(extra)c3_urgent_safe = "met"
        c4_decentralise = "met"
        c5_authority = "met"

        """
    }

    @Test func aTOMLAmountAsTextIsReadByTheSameGrammar() throws {
        let (cli, who) = try demo()
        defer { cli.cleanUp() }
        for funding in ["\"1.500.000\"", "\"1,500,000.00\"", "1500000", "1_500_000", "1500000.0"] {
            let path = try write(Self.toml(who.proposer, extra: "", funding: funding), "tien.toml", in: cli)
            #expect(try cli.ok(["import", path, "--check"], as: who.clerk).contains("  Kinh phí: 1.500.000 đồng"), "\(funding)")
        }
        for (funding, reason) in [("\"1500000.50\"", "không có phần lẻ"), ("1500000.5", "không có phần lẻ"), ("-5", "không được âm"),
                                  ("9223372036854775807", "không được quá")] {
            let path = try write(Self.toml(who.proposer, extra: "", funding: funding), "tien.toml", in: cli)
            let refused = try cli.run(["import", path], as: who.clerk)
            #expect(refused.status == 2)
            #expect(refused.stderr.contains("dòng 20: [[proposal]] #1: resources.funding_vnd: Số tiền không hợp lệ") && refused.stderr.contains(reason),
                    "\(funding): \(refused.stderr)")
        }
    }
}
