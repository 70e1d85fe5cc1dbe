import ArgumentParser
import Foundation
import Ledger
import Procedure

/// The options every step command shares.
struct StepOptions: ParsableArguments {
    @Argument(help: "Mã đề xuất, ví dụ 2026-014.", completion: .custom(ProposalCompletion.ids)) var id: String
    @Option(name: .customLong("version"), help: "Phiên bản đã xem (từ chối nếu người khác đã thay đổi).") var seen: Int?
    @Flag(help: "In JSON của đề xuất sau bước này.") var json = false
}

struct Submit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "submit", abstract: "Gửi đề xuất (hồ sơ phải đủ nội dung theo khoản 2 Điều 7 NĐ 73/2023).")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    func run() throws { try dexuat.run(options) { try dexuat.step(options, step.id, step.seen, json: step.json) { _ in [.submit] } } }
}

struct Receive: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "receive", abstract: "Vào sổ tiếp nhận (văn thư hoặc người đứng đầu); bắt đầu tính 7 ngày làm việc.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "Số tiếp nhận (mặc định: số kế tiếp của đơn vị trong năm).") var number: String = ""
    func run() throws {
        try dexuat.run(options) { try dexuat.step(options, step.id, step.seen, json: step.json) { _ in [.receive(receiptNumber: number)] } }
    }
}

struct Return: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "return", abstract: "Trả lại để bổ sung, nêu lý do bằng văn bản.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "Lý do (văn bản, @TỆP hoặc - để đọc từ stdin).") var reasons: String
    func run() throws {
        try dexuat.run(options) {
            let text = try textArgument(reasons)
            try dexuat.step(options, step.id, step.seen, json: step.json) { _ in [.returnForCompletion(reasons: text)] }
        }
    }
}

struct OutOfScope: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "out-of-scope", abstract: "Kết thúc vì không thuộc phạm vi, nêu căn cứ và kênh phù hợp.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "Căn cứ: needs_pilot_document, exceeds_authority, contradicts_higher_rules.") var ground: String
    @Option(help: "Lý do.") var reasons: String
    @Option(help: "Kênh phù hợp để người đề xuất gửi.") var channel: String
    func run() throws {
        try dexuat.run(options) {
            guard let g = OutOfScopeGround(rawValue: ground) else {
                throw InputError(CLIText.invalidGround(ground))
            }
            let why = try textArgument(reasons)
            try dexuat.step(options, step.id, step.seen, json: step.json) { _ in [.outOfScope(ground: g, reasons: why, channel: channel)] }
        }
    }
}

struct Withdraw: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "withdraw", abstract: "Người đề xuất rút bản nháp (vẫn được lưu lại).")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "Lý do.") var reason: String
    func run() throws {
        try dexuat.run(options) { try dexuat.step(options, step.id, step.seen, json: step.json) { _ in [.withdraw(reason: reason)] } }
    }
}

struct PartyOpinionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "party-opinion", abstract: "Ghi ý kiến cấp ủy cùng cấp (trước phê duyệt hoặc trước đánh giá).")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "agree, agree_with_conditions, disagree.") var stance: String
    @Option(help: "Nội dung ý kiến.") var text: String
    @Option(help: "Tên cấp ủy, ví dụ \"Đảng ủy phường Uông Bí\"; không ghi thì lấy cấp ủy cùng cấp của đơn vị xem xét (dexuat unit add --party-committee).") var committee: String = ""
    @Option(name: .customLong("on-behalf-of"), help: "Văn thư ghi theo văn bản của cấp ủy: tên cấp ủy.") var onBehalfOf: String?
    func run() throws {
        try dexuat.run(options) {
            guard let s = PartyStance(rawValue: stance) else {
                throw InputError(CLIText.invalidStance(stance))
            }
            let body = try textArgument(text)
            try dexuat.step(options, step.id, step.seen, onBehalfOf: onBehalfOf, json: step.json) { _ in
                [.partyOpinion(stance: s, text: body, committee: committee.isEmpty ? (onBehalfOf ?? "") : committee)]
            }
        }
    }
}

struct Checklist: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "checklist", abstract: "Điền phiếu rà soát điều kiện (khoản 1 Điều 5 NĐ 73/2023); `dexuat settings` liệt kê các mục (MỤC của --check).")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(name: .customLong("check"), help: "MỤC=met|not_met|unclear[:nhận xét], lặp lại cho từng mục.") var checks: [String] = []
    @Option(name: .customLong("on-behalf-of"), help: "Văn thư ghi thay thành viên (theo biên bản): tên đăng nhập.") var onBehalfOf: String?
    func run() throws {
        try dexuat.run(options) {
            let answers = try parseChecks(checks)
            try dexuat.step(options, step.id, step.seen, onBehalfOf: onBehalfOf, json: step.json) { _ in [.checklist(answers: answers)] }
        }
    }
}

struct BallotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ballot", abstract: "Biểu quyết trong tập thể lãnh đạo (phải điền phiếu rà soát trước, có thể cùng lúc bằng --check).")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Flag(name: .customLong("yes"), help: "Đồng ý.") var yes = false
    @Flag(name: .customLong("no"), help: "Không đồng ý.") var no = false
    @Option(help: "Ý kiến kèm theo.") var comment: String = ""
    @Option(name: .customLong("check"), help: "Phiếu rà soát cùng lúc: MỤC=met|not_met|unclear[:nhận xét].") var checks: [String] = []
    @Option(name: .customLong("on-behalf-of"), help: "Văn thư ghi thay thành viên (theo biên bản): tên đăng nhập.") var onBehalfOf: String?
    func run() throws {
        try dexuat.run(options) {
            guard yes != no else { throw InputError(CLIText.chooseExactlyOneYesNo) }
            let answers = try parseChecks(checks)
            try dexuat.step(options, step.id, step.seen, onBehalfOf: onBehalfOf, json: step.json) { _ in
                (answers.isEmpty ? [] : [.checklist(answers: answers)]) + [.ballot(inFavour: yes, comment: comment)]
            }
        }
    }
}

struct Decide: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "decide", abstract: "Người đứng đầu ra quyết định: approve (theo biểu quyết), reject (nêu lý do), override (quyết định cho triển khai khi tập thể không thông qua).")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "approve, reject, override.") var kind: String
    @Option(help: "Số quyết định của văn bản giấy đã ban hành, ví dụ 45/QĐ-UBND (mặc định: số kế tiếp của sổ quyết định của đơn vị trong năm).") var number: String = ""
    @Option(help: "Lý do.") var reasons: String = ""
    @Option(help: "Nội dung chịu trách nhiệm của người đứng đầu (bắt buộc với override).") var responsibility: String = ""
    func run() throws {
        try dexuat.run(options) {
            guard let k = DecisionKind(rawValue: kind) else {
                throw InputError(CLIText.invalidDecisionKind(kind))
            }
            let why = try textArgument(reasons), statement = try textArgument(responsibility)
            try dexuat.step(options, step.id, step.seen, json: step.json) { _ in
                [.decide(kind: k, number: number, reasons: why, responsibilityStatement: statement)]
            }
        }
    }
}

struct ResourceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resource", abstract: "Bảo đảm điều kiện: kinh phí, nhân lực, trang thiết bị; hoặc không cần kèm lý do.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "Kinh phí: 15000000, 15.000.000, 15 triệu hoặc 1,2 tỷ (đồng).") var funding: String = "0"
    @Option(help: "Nhân lực bố trí.") var staff: String = ""
    @Option(help: "Trang thiết bị.") var equipment: String = ""
    @Option(help: "Điều chỉnh, bố trí lại công việc của người đề xuất.") var reassignment: String = ""
    @Option(name: .customLong("none-needed"), help: "Không cần nguồn lực: lý do.") var noneNeeded: String = ""
    func run() throws {
        try dexuat.run(options) {
            try dexuat.step(options, step.id, step.seen, json: step.json) { _ in
                [.resource(fundingVND: try amountArgument(funding, option: "--funding"), staff: staff, equipment: equipment, reassignment: reassignment, noneNeededReason: noneNeeded)]
            }
        }
    }
}

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "progress", abstract: "Cập nhật tiến độ triển khai (%).")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "Phần trăm hoàn thành, 0–100.") var percent: Int
    @Option(help: "Ghi chú tiến độ.") var note: String
    func run() throws {
        try dexuat.run(options) { try dexuat.step(options, step.id, step.seen, json: step.json) { _ in [.progress(percent: percent, note: note)] } }
    }
}

struct DirectiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "directive", abstract: "Chỉ đạo của người đứng đầu: continue, suspend, resume, terminate (kèm lý do).")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "continue, suspend, resume, terminate.") var kind: String
    @Option(help: "Lý do.") var reason: String
    func run() throws {
        try dexuat.run(options) {
            guard let k = DirectiveKind(rawValue: kind) else {
                throw InputError(CLIText.invalidDirective(kind))
            }
            try dexuat.step(options, step.id, step.seen, json: step.json) { _ in [.directive(kind: k, reason: reason)] }
        }
    }
}

/// `dexuat result ID`: báo cáo kết quả thực hiện (step 7). It was `dexuat report` before
/// the consolidated report took that name.
struct ResultReport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "result", abstract: "Báo cáo kết quả thực hiện theo từng chỉ tiêu (trong 5 ngày làm việc sau khi kết thúc).")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "Báo cáo tổng hợp (văn bản, @TỆP hoặc -).") var summary: String
    @Option(name: .customLong("result"), help: "Kết quả chỉ tiêu: SỐ=yes|no:nội dung (chỉ tiêu đánh số từ 1), lặp lại.") var results: [String] = []
    func run() throws {
        try dexuat.run(options) {
            let text = try textArgument(summary)
            let parsed = try parseResults(results)
            try dexuat.step(options, step.id, step.seen, json: step.json) { _ in [.report(summary: text, results: parsed)] }
        }
    }
}

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "evaluate", abstract: "Phiếu đánh giá kết quả (khoản 2 Điều 5, Điều 11 NĐ 73/2023): kết quả, thiệt hại, nhận định, nguyên nhân. Với --mine: phiếu đánh giá của thành viên; không có --mine: đánh giá của tập thể (người đứng đầu chủ trì).")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "completed, partly_completed, not_completed.") var outcome: String
    @Flag(help: "Có gây thiệt hại.") var damage = false
    @Option(name: .customLong("damage-description"), help: "Mô tả thiệt hại.") var damageDescription: String = ""
    @Option(name: .customLong("damage-estimate"), help: "Ước tính thiệt hại: 75000000, 75.000.000 hoặc 75 triệu (đồng).") var damageEstimate: String?
    @Option(name: .customLong("finding"), help: "Nhận định: right_policy|pure_motive|common_good|followed_plan=yes|no:lý do, đủ 4 mục.") var findings: [String] = []
    @Flag(help: "Phát hiện dấu hiệu tham nhũng, tiêu cực, trục lợi (Điều 6 NĐ 73/2023; không được bảo vệ).") var abuse = false
    @Option(help: "Nguyên nhân khách quan (có thể ghi \"Không có\").") var objective: String = ""
    @Option(help: "Nguyên nhân chủ quan (có thể ghi \"Không có\").") var subjective: String = ""
    @Option(name: .customLong("result"), help: "Đánh giá chỉ tiêu: SỐ=yes|no:nội dung, lặp lại.") var results: [String] = []
    @Flag(help: "Phiếu đánh giá của chính thành viên, sửa được đến khi có đánh giá của tập thể.") var mine = false
    @Option(name: .customLong("departure"), help: "Lý do khác ý kiến đa số thành viên: right_policy|…=lý do, lặp lại (đánh giá của tập thể).") var departures: [String] = []
    func run() throws {
        try dexuat.run(options) {
            if mine && !departures.isEmpty {
                throw InputError(CLIText.departureOnlyCollective)
            }
            var reasons: [FindingKind: String] = [:]
            for text in departures {
                let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let kind = FindingKind(rawValue: parts[0].trimmingCharacters(in: .whitespaces)) else {
                    throw InputError(CLIText.invalidDeparture(text))
                }
                reasons[kind] = try textArgument(parts[1])
            }
            guard let o = Outcome(rawValue: outcome) else {
                throw InputError(CLIText.invalidOutcome(outcome))
            }
            let parsedFindings = try findings.map { text -> Finding in
                guard let (key, holds, reason) = splitKeyed(text), let kind = FindingKind(rawValue: key) else {
                    throw InputError(CLIText.invalidFindingFormRightPolicy(text))
                }
                return Finding(kind: kind, holds: holds, reason: reason, departureReason: reasons[kind])
            }
            let form = EvaluationForm(outcome: o, damage: damage, damageDescription: damageDescription, damageEstimateVND: try damageEstimate.map { try amountArgument($0, option: "--damage-estimate") },
                                      findings: parsedFindings, abuseFound: abuse, objectiveCauses: try textArgument(objective),
                                      subjectiveCauses: try textArgument(subjective), results: try parseResults(results))
            try dexuat.step(options, step.id, step.seen, json: step.json) { _ in
                [mine ? .memberEvaluation(form: form) : .evaluate(form: form)]
            }
        }
    }
}

struct Conclude: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "conclude", abstract: "Ban hành thông báo kết luận đánh giá (trong 3 ngày làm việc sau cuộc họp).")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "Số thông báo kết luận của văn bản giấy đã ban hành, ví dụ 03/TB-VHXH (mặc định: số kế tiếp của sổ của đơn vị trong năm).") var number: String = ""
    @Option(help: "Nội dung kết luận.") var text: String
    func run() throws {
        try dexuat.run(options) {
            let body = try textArgument(text)
            try dexuat.step(options, step.id, step.seen, json: step.json) { _ in [.conclude(number: number, text: body)] }
        }
    }
}

struct MeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "measure", abstract: "Ghi biện pháp khuyến khích hoặc quyết định về trách nhiệm (Điều 10, 11 NĐ 73).")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "\(MeasureKind.allCases.map(\.rawValue).joined(separator: ", ")).") var kind: String
    @Option(help: "Số quyết định của văn bản giấy đã ban hành (mặc định: số kế tiếp của sổ quyết định của đơn vị trong năm).") var number: String = ""
    @Option(help: "Ngày quyết định (ngày/tháng/năm, ví dụ 25/08/2026).") var date: String
    @Option(name: .customLong("decided-by"), help: "Người hoặc cơ quan quyết định.") var decidedBy: String
    @Option(help: "Lý do.") var reason: String
    func run() throws {
        try dexuat.run(options) {
            guard let k = MeasureKind(rawValue: kind) else {
                throw InputError(CLIText.invalidMeasure(kind))
            }
            let day = try parseDay(date, field: "--date")
            try dexuat.step(options, step.id, step.seen, json: step.json) { _ in
                [.measure(kind: k, decisionNumber: number, day: day, decidedBy: decidedBy, reason: reason)]
            }
        }
    }
}

struct Close: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "close", abstract: "Kết thúc hồ sơ (đã có kết luận và quyết định về trách nhiệm).")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    func run() throws { try dexuat.run(options) { try dexuat.step(options, step.id, step.seen, json: step.json) { _ in [.close] } } }
}

// MARK: - Argument parsing

func parseChecks(_ checks: [String]) throws -> [ChecklistAnswer] {
    try checks.map { text in
        guard let answer = ChecklistAnswer(parsing: text) else {
            throw InputError(CLIText.invalidChecklistEntry(text))
        }
        return answer
    }
}

/// "KEY=yes|no:text" → (KEY, true|false, text).
func splitKeyed(_ text: String) -> (String, Bool, String)? {
    guard let eq = text.firstIndex(of: "=") else { return nil }
    let key = String(text[..<eq]).trimmingCharacters(in: .whitespaces)
    let rest = text[text.index(after: eq)...]
    let flag: Substring, body: String
    if let colon = rest.firstIndex(of: ":") {
        flag = rest[..<colon]
        body = String(rest[rest.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
    } else {
        flag = rest
        body = ""
    }
    switch flag.trimmingCharacters(in: .whitespaces).lowercased() {
    case "yes", "co", "có", "true": return (key, true, body)
    case "no", "khong", "không", "false": return (key, false, body)
    default: return nil
    }
}

func parseResults(_ results: [String]) throws -> [TargetResult] {
    try results.map { text in
        guard let (key, achieved, body) = splitKeyed(text), let number = Int(key), number >= 1 else {
            throw InputError(CLIText.invalidTargetResultFormYes(text))
        }
        return TargetResult(target: number - 1, achieved: achieved, result: body)
    }
}

/// An amount of money as an option gives it, read by the one parser (`MoneyAmount`):
/// anything that is not an amount is refused with the forms that are, never read as its digits.
func amountArgument(_ text: String, option: String) throws -> Int64 {
    guard let amount = MoneyAmount.parse(text) else {
        let problem = MoneyAmount.problem(text)
        throw InputError(CLIText.labelled(option, problem))
    }
    return amount
}
