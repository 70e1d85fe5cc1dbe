import Foundation
import Ledger
import Procedure

/// The child process of the reliability batteries (Tests/ReliabilityTests,
/// docs/RELIABILITY.md). It is a separate executable rather than a hidden subcommand of
/// `dexuat`, so that the shipped binary holds no code that acts as officers without going
/// through `Identity`, and so that a battery kills exactly the loop it means to kill.
///
///     dexuat-torture setup DB [demo]     a small ward (two reviewing members, two clerks);
///                                        `demo` makes it a demo file (DEXUAT_AS allowed)
///     dexuat-torture crash DB SEED [S]   commits in a loop (forever, or S seconds);
///                                        prints `ACK id from to kind` after each commit
///     dexuat-torture race DB SEED S      transitions, ballots and progress notes on every
///                                        proposal of the file with the version it saw;
///                                        prints ACK, STALE, REFUSED or ERROR per attempt
///
/// Every line is written with one write(2) right after the commit returned, so a line the
/// parent reads is a commit the ledger acknowledged.
@main
struct Torture {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard arguments.count >= 2 else {
            emit("usage: dexuat-torture setup|crash|race DB [SEED] [SECONDS]")
            exit(2)
        }
        let path = arguments[1]
        let seed = arguments.count > 2 ? UInt64(arguments[2]) ?? 1 : 1
        let seconds = arguments.count > 3 ? Double(arguments[3]) : nil
        do {
            switch arguments[0] {
            case "setup": try setup(path, demo: arguments.count > 2 && arguments[2] == "demo")
            case "crash": try crash(path, seed: seed, seconds: seconds)
            case "race": try race(path, seed: seed, seconds: seconds ?? 30)
            default:
                emit("unknown mode \(arguments[0])")
                exit(2)
            }
        } catch {
            emit("FATAL \(oneLine("\(error)"))")
            exit(3)
        }
    }

    // MARK: - The ward

    static let admin = "qtvien", chair = "tqhung", liaison = "pvbinh", head = "dmtuan", deputy = "vtlan"
    static let clerk = "htmai", clerk2 = "ntthu", staff = "nvan", staff2 = "btcuong"

    static func setup(_ path: String, demo: Bool = false) throws {
        let ledger = try Ledger.open(path: path, create: true)
        let root = Procedure.Unit(id: "UBND", name: "Ủy ban nhân dân phường", kind: .peoplesCommittee, parentID: nil)
        let office = Procedure.Unit(id: "VHXH", name: "Phòng Văn hóa – Xã hội", kind: .office, parentID: "UBND")
        try ledger.initialize(root: root, administrator: Officer(login: admin, name: "Quản Trị Viên", unitID: "UBND",
                                                                 position: "Chuyên viên CNTT", isManaging: false),
                              demo: demo)
        let actor = Actor(login: admin)
        try ledger.save(office, by: actor)
        let officers = [
            Officer(login: chair, name: "Trần Quốc Hùng", unitID: "UBND", position: "Chủ tịch", isManaging: true),
            Officer(login: liaison, name: "Phạm Văn Bình", unitID: "UBND", position: "Phó Bí thư Đảng ủy", isManaging: true),
            Officer(login: head, name: "Đỗ Minh Tuấn", unitID: "VHXH", position: "Trưởng phòng", isManaging: true),
            Officer(login: deputy, name: "Vũ Thị Lan", unitID: "VHXH", position: "Phó Trưởng phòng", isManaging: true),
            Officer(login: clerk, name: "Hoàng Thị Mai", unitID: "VHXH", position: "Văn thư", isManaging: false),
            Officer(login: clerk2, name: "Nguyễn Thị Thu", unitID: "VHXH", position: "Văn thư", isManaging: false),
            Officer(login: staff, name: "Nguyễn Văn An", unitID: "VHXH", position: "Chuyên viên", isManaging: false),
            Officer(login: staff2, name: "Bùi Thế Cường", unitID: "VHXH", position: "Chuyên viên", isManaging: false),
        ]
        for officer in officers { try ledger.save(officer, by: actor) }
        for grant in [RoleGrant(login: chair, role: .head, unitID: "UBND"), RoleGrant(login: liaison, role: .partyLiaison, unitID: "UBND"),
                      RoleGrant(login: head, role: .head, unitID: "VHXH"), RoleGrant(login: deputy, role: .deputy, unitID: "VHXH"),
                      RoleGrant(login: clerk, role: .clerk, unitID: "VHXH"), RoleGrant(login: clerk2, role: .clerk, unitID: "VHXH")] {
            try ledger.grant(grant, by: actor)
        }
        emit("READY")
    }

    static func dossier(_ title: String) -> Dossier {
        let today = Day.inVietnam(Date())
        return Dossier(
            title: title, field: .digitalTransformation, legalBasis: .decree73,
            necessity: "Hồ sơ giấy chậm, dễ thất lạc.", bottleneck: "Quy chế lưu trữ chưa quy định bản điện tử.",
            content: "Quét và lập chỉ mục toàn bộ sổ sách.", scope: "Bộ phận một cửa của phường.",
            implementers: "Chuyên viên phòng và văn thư.", startDate: today.adding(days: 30), endDate: today.adding(days: 200),
            resources: ResourceNeeds(people: "2 chuyên viên", fundingVND: 15_000_000, equipment: "1 máy quét"),
            feasibility: "Cao: thiết bị sẵn có.", positiveImpact: "Rút ngắn thời gian tra cứu.", negativeImpact: "Không có.",
            expectedEffect: "Tra cứu trong 5 phút.", targets: [Target(description: "Thời gian tra cứu", measure: "≤ 5 phút")],
            selfCheck: ChecklistTemplate.standardItems.map { ChecklistAnswer(itemID: $0.id, verdict: .met, comment: "") })
    }

    static let answers = ChecklistTemplate.standardItems.map { ChecklistAnswer(itemID: $0.id, verdict: .met, comment: "Đạt") }
    static let words = ["số hóa", "sổ tiếp nhận", "chợ Uông Bí", "trạm y tế", "đèn đường", "thư viện", "môi trường", "học sinh",
                        "một cửa", "văn hóa", "khu phố", "người cao tuổi"]

    // MARK: - The crash loop

    /// A proposal at a time, from draft to in progress, then progress notes: every commit
    /// (transitions, ballots) is acknowledged on standard output.
    static func crash(_ path: String, seed: UInt64, seconds: Double?) throws {
        var random = SplitMix(seed: seed)
        let ledger = try Ledger.open(path: path)
        let deadline = seconds.map { Date().addingTimeInterval($0) }
        var round = 0
        while deadline.map({ Date() < $0 }) ?? true {
            round += 1
            let title = "Thử độ bền \(seed)-\(round): \(words[random.below(words.count)]) \(words[random.below(words.count)])"
            let draft = try ledger.create(dossier(title), by: Actor(login: staff))
            ack(draft.id, from: 0, to: draft.version, kind: "create")
            var version = draft.version
            func step(_ actions: [Action], _ login: String, _ kind: String) throws {
                let p = try ledger.perform(actions, on: draft.id, seenVersion: version, by: Actor(login: login))
                ack(p.id, from: version, to: p.version, kind: kind)
                version = p.version
            }
            try step([.submit], staff, "submit")
            try step([.receive(receiptNumber: "")], random.below(2) == 0 ? clerk : clerk2, "receive")
            try step([.partyOpinion(stance: .agree, text: "Chi bộ đồng ý", committee: "Đảng ủy phường")], liaison, "party")
            for member in random.below(2) == 0 ? [head, deputy] : [deputy, head] {
                try step([.checklist(answers: answers), .ballot(inFavour: true, comment: "Tán thành")], member, "ballot")
            }
            try step([.decide(kind: .approve, number: "", reasons: "Khả thi", responsibilityStatement: "")], head, "decide")
            try step([.resource(fundingVND: 15_000_000, staff: "2 chuyên viên", equipment: "1 máy quét", reassignment: "",
                                noneNeededReason: "")], head, "resource")
            for note in 1...3 {
                try step([.progress(percent: note * 20, note: "Đã quét \(note * 100) hồ sơ")], staff, "progress")
            }
        }
        emit("DONE")
    }

    static func ack(_ id: String, from: Int, to: Int, kind: String) {
        emit("ACK \(id) \(from) \(to) \(kind)")
    }

    // MARK: - The race

    /// Until the deadline: pick any proposal of the file, read it, and take a step that
    /// fits the state it was seen in, with the version seen. Other processes do the same,
    /// so most refusals are stale versions or the rules (a decision before the vote passed).
    static func race(_ path: String, seed: UInt64, seconds: Double) throws {
        var random = SplitMix(seed: seed)
        let ledger = try Ledger.open(path: path)
        let deadline = Date().addingTimeInterval(seconds)
        var ids: [String] = []
        var attempts = 0
        while Date() < deadline {
            if ids.isEmpty || attempts % 25 == 0 {
                var query = ProposalQuery()
                query.limit = 10_000
                ids = try ledger.list(query).map(\.id)
            }
            attempts += 1
            if ids.isEmpty || random.below(40) == 0 {
                // Now and then a new proposal joins the shared set.
                let title = "Đua \(seed)-\(attempts): \(words[random.below(words.count)])"
                record(id: "new", from: 0) { try ledger.create(dossier(title), by: Actor(login: random.below(2) == 0 ? staff : staff2)) }
                continue
            }
            let id = ids[random.below(ids.count)]
            guard let seen = try ledger.proposal(id) else { continue }
            let (actions, login): ([Action], String) = {
                switch seen.state {
                case .draft: return ([.submit], seen.proposer)
                case .received where seen.awaitingReceipt:
                    return ([.receive(receiptNumber: "")], random.below(2) == 0 ? clerk : clerk2)
                case .approved:
                    return ([.resource(fundingVND: 1_000_000, staff: "1 chuyên viên", equipment: "", reassignment: "",
                                       noneNeededReason: "")], head)
                case .inProgress:
                    return ([.progress(percent: random.below(101), note: "Ghi tiến độ \(seed)-\(attempts)")], seen.proposer)
                default:
                    switch random.below(4) {
                    case 0: return ([.partyOpinion(stance: .agree, text: "Chi bộ đồng ý", committee: "Đảng ủy phường")], liaison)
                    case 1: return ([.decide(kind: .approve, number: "", reasons: "Khả thi", responsibilityStatement: "")], head)
                    case 2: return ([.resource(fundingVND: 1_000_000, staff: "1 chuyên viên", equipment: "", reassignment: "",
                                               noneNeededReason: "")], head)
                    default:
                        let member = random.below(2) == 0 ? head : deputy
                        return ([.checklist(answers: answers), .ballot(inFavour: random.below(5) != 0, comment: "Ý kiến")], member)
                    }
                }
            }()
            record(id: id, from: seen.version) {
                try ledger.perform(actions, on: id, seenVersion: seen.version, by: Actor(login: login))
            }
        }
        emit("DONE \(attempts)")
    }

    /// Runs one attempt and says how it ended.
    static func record(id: String, from: Int, _ body: () throws -> Proposal) {
        do {
            let p = try body()
            emit("ACK \(p.id) \(from) \(p.version) step")
        } catch let error as LedgerError {
            let text = oneLine(error.message(.vi))
            switch error {
            case .stale: emit("STALE \(id) \(text)")
            case .refused(let refusal): emit("REFUSED \(id) \(refusal.rule.rawValue) \(text)")
            case .badInput, .database: emit("ERROR \(id) \(text)")
            }
        } catch {
            emit("ERROR \(id) \(oneLine("\(error)"))")
        }
    }

    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    /// One line, one write(2): never buffered in the process when it is killed.
    static func emit(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
            if written <= 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}

/// A small seeded generator, so a failing run can be replayed with its seed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
}
