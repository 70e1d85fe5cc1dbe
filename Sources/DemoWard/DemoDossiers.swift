import Procedure

/// The words of the demo: dossiers assembled from `DemoTopics`, and the reasons, opinions,
/// notes and conclusions that people type along the procedure, in the register of a
/// Vietnamese ward's documents.
enum DemoTexts {
    static let verbs = ["Thí điểm", "Triển khai", "Xây dựng và triển khai", "Tổ chức thực hiện"]

    static func title(topic: DemoTopic, year: Int, rng: inout DemoRandom) -> String {
        let period: String
        switch rng.below(6) {
        case 0: period = " năm \(year)"
        case 1: period = " giai đoạn \(year)–\(year + 1)"
        case 2: period = " (giai đoạn 1)"
        case 3: period = " (đợt \(rng.int(1...4)))"
        default: period = ""
        }
        return "\(rng.pick(verbs)) \(rng.pick(topic.subjects)) \(rng.pick(topic.places))\(period)"
    }

    static func amount(_ vnd: Int64) -> String {
        var digits = String(vnd)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits = String(digits.dropLast(3))
        }
        groups.insert(digits, at: 0)
        return groups.joined(separator: ".") + " đồng"
    }

    /// The full dossier of art. 7(2), with `targetCount` targets.
    static func dossier(topic: DemoTopic, unitName: String, basis: LegalBasis, targetCount: Int,
                        start: Day, end: Day, fundingVND: Int64, rng: inout DemoRandom) -> Dossier {
        let title = title(topic: topic, year: start.year, rng: &rng)
        let taskCount = min(topic.tasks.count, rng.int(3...4))
        let tasks = rng.pick(taskCount, of: topic.tasks) + [
            "Sơ kết, đánh giá kết quả, báo cáo thủ trưởng và đề xuất nhân rộng nếu hiệu quả"]
        let content = tasks.enumerated().map { "\($0.offset + 1). \($0.element)." }.joined(separator: "\n")
        let purpose = basis == .decree73
            ? "Thực hiện Công văn số 432/UBND-VHXH ngày 22/8/2025 của UBND phường Uông Bí và Nghị định số 73/2023/NĐ-CP của Chính phủ về khuyến khích, bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm, dám đột phá, dám chịu trách nhiệm vì lợi ích chung."
            : "Thực hiện Nghị quyết số 57-NQ/TW, Nghị quyết số 193/2025/QH15 và Luật Khoa học, Công nghệ và Đổi mới sáng tạo năm 2025 về thử nghiệm, chấp nhận rủi ro trong nhiệm vụ khoa học, công nghệ."
        let requirement = rng.pick([
            "Yêu cầu: bảo đảm đúng thẩm quyền, công khai, minh bạch, không làm phát sinh thủ tục mới đối với người dân.",
            "Yêu cầu: triển khai thận trọng, có lộ trình, đánh giá kết quả theo chỉ tiêu cụ thể trước khi nhân rộng.",
            "Yêu cầu: phân công rõ người, rõ việc, rõ thời gian, rõ kết quả; báo cáo định kỳ với thủ trưởng.",
        ])
        let chosenTargets = rng.pick(max(1, min(targetCount, topic.targets.count)), of: topic.targets)
        let targets = chosenTargets.map { target in
            Target(description: target.text,
                   measure: target.measure.replacingOccurrences(of: "{n}", with: String(rng.pick(target.values))))
        }
        let selfCheck = ChecklistTemplate.standardItems.map {
            ChecklistAnswer(itemID: $0.id, verdict: .met, comment: selfCheckComment(for: $0.id, topic: topic))
        }
        return Dossier(
            title: title, field: topic.field, legalBasis: basis,
            necessity: purpose + "\n" + topic.necessity + "\n" + requirement,
            bottleneck: topic.bottleneck,
            content: content,
            scope: topic.scope,
            implementers: "\(unitName) chủ trì; phối hợp: \(topic.partners).",
            startDate: start, endDate: end,
            resources: ResourceNeeds(people: topic.people, fundingVND: fundingVND,
                                     equipment: topic.equipment),
            feasibility: topic.feasibility + (fundingVND > 0
                ? " Kinh phí dự kiến \(amount(fundingVND)), từ nguồn chi thường xuyên và kinh phí chuyển đổi số được giao."
                : " Không đề nghị bổ sung kinh phí."),
            positiveImpact: topic.positive,
            negativeImpact: topic.negative,
            expectedEffect: topic.effect,
            targets: targets,
            selfCheck: selfCheck)
    }

    /// A first draft: the same plan with the parts people usually leave for later.
    static func incomplete(_ dossier: Dossier) -> Dossier {
        var draft = dossier
        draft.feasibility = ""
        draft.negativeImpact = ""
        draft.targets = []
        draft.selfCheck = []
        draft.resources.fundingVND = nil
        return draft
    }

    static func selfCheckComment(for item: String, topic: DemoTopic) -> String {
        switch item {
        case "c1_bottleneck": "Tháo gỡ điểm nghẽn đã nêu tại mục 1 của kế hoạch."
        case "c2_common_good": "Phục vụ người dân, doanh nghiệp và nâng cao hiệu quả công tác của cơ quan."
        case "c3_urgent_safe": "Xuất phát từ yêu cầu thực tiễn tại phường; không ảnh hưởng quốc phòng, an ninh, trật tự an toàn xã hội."
        case "c4_decentralise": topic.field == .digitalTransformation || topic.field == .administrativeReform
            ? "Ứng dụng công nghệ thông tin, cải cách thủ tục hành chính." : "Có ứng dụng công nghệ thông tin trong tổ chức thực hiện."
        default: "Thuộc thẩm quyền của đơn vị và UBND phường; không trái quy định."
        }
    }

    // MARK: Reception

    static let returnReasons = [
        "Đề nghị bổ sung thuyết minh chi tiết dự toán kinh phí và nguồn kinh phí.",
        "Chỉ tiêu hiệu quả chưa đo lường được; đề nghị nêu rõ số liệu hiện trạng để so sánh.",
        "Phần điểm nghẽn chưa chỉ rõ quy định nào còn thiếu hoặc chưa phù hợp; đề nghị làm rõ.",
        "Đề nghị bổ sung ý kiến phối hợp của các đơn vị liên quan và phương án bảo vệ dữ liệu cá nhân.",
        "Thời gian thực hiện chưa phù hợp với kế hoạch công tác năm; đề nghị điều chỉnh lộ trình.",
    ]

    static func outOfScope(_ ground: OutOfScopeGround, rng: inout DemoRandom) -> (reasons: String, channel: String) {
        switch ground {
        case .needsPilotDocument:
            return ("Nội dung đề xuất cần có văn bản quy phạm pháp luật cho phép thí điểm (giá trị pháp lý của tài liệu điện tử thay thế hồ sơ giấy), vượt quá phạm vi Nghị định 73/2023/NĐ-CP.",
                    "Đề nghị tổng hợp, báo cáo UBND tỉnh Quảng Ninh qua Sở Tư pháp để xem xét kiến nghị cơ chế thí điểm.")
        case .exceedsAuthority:
            return (rng.pick([
                "Đề xuất điều chỉnh mức thu, miễn giảm giá dịch vụ thuộc thẩm quyền của HĐND, UBND tỉnh, không thuộc thẩm quyền của phường.",
                "Đề xuất liên quan đến đầu tư công trình vượt thẩm quyền quyết định của UBND phường.",
            ]), "Đề nghị đơn vị hoàn thiện nội dung để UBND phường có văn bản kiến nghị Sở Tài chính, UBND tỉnh.")
        case .contradictsHigherRules:
            return ("Giải pháp thu thập, công khai thông tin cá nhân của người dân như đề xuất trái quy định về bảo vệ dữ liệu cá nhân.",
                    "Đề nghị nghiên cứu lại giải pháp phù hợp Luật Bảo vệ dữ liệu cá nhân; có thể trao đổi với Công an phường trước khi đề xuất lại.")
        }
    }

    static let withdrawReasons = [
        "Đơn vị cấp trên đã triển khai giải pháp tương tự trên toàn tỉnh, không cần thực hiện riêng.",
        "Người đề xuất được điều động sang nhiệm vụ khác, xin rút để hoàn thiện lại sau.",
        "Nội dung trùng với đề xuất của đơn vị khác đã được tiếp nhận; xin rút để phối hợp chung.",
        "Sau khi trao đổi, nhận thấy chưa đủ điều kiện về nguồn lực trong năm nay.",
    ]

    // MARK: Review

    static func partyOpinion(_ stance: PartyStance, stage: PartyOpinionStage, rng: inout DemoRandom) -> String {
        switch (stance, stage) {
        case (.agree, .beforeApproval):
            rng.pick([
                "Cấp ủy thống nhất chủ trương cho phép triển khai; giao đồng chí thủ trưởng chỉ đạo thực hiện theo đúng kế hoạch.",
                "Cấp ủy đồng ý chủ trương; đề nghị bảo đảm công khai, minh bạch và báo cáo kết quả theo quy định.",
                "Thống nhất chủ trương. Đề nghị đồng chí bí thư theo dõi, đôn đốc việc thực hiện.",
            ])
        case (.agreeWithConditions, .beforeApproval):
            rng.pick([
                "Đồng ý chủ trương với điều kiện: bảo đảm an toàn, bảo mật dữ liệu cá nhân của người dân; kinh phí thực hiện trong dự toán được giao, không phát sinh khoản đóng góp của người dân.",
                "Đồng ý có điều kiện: triển khai thí điểm trong phạm vi hẹp trước, sau 03 tháng báo cáo cấp ủy kết quả trước khi mở rộng.",
            ])
        case (.disagree, _):
            "Chưa thống nhất chủ trương: nội dung chưa thật sự cấp thiết, nguồn lực của phường đang ưu tiên cho các nhiệm vụ trọng tâm; đề nghị nghiên cứu thêm."
        case (.agree, .beforeEvaluation):
            rng.pick([
                "Cấp ủy thống nhất với báo cáo kết quả; đề nghị đánh giá khách quan, toàn diện, làm rõ nguyên nhân khách quan và chủ quan.",
                "Thống nhất đề nghị tổ chức đánh giá kết quả; lưu ý ghi nhận đóng góp của tập thể và cá nhân thực hiện.",
            ])
        case (.agreeWithConditions, .beforeEvaluation):
            "Đồng ý tổ chức đánh giá với điều kiện làm rõ trách nhiệm đối với phần việc chưa hoàn thành và thiệt hại (nếu có)."
        }
    }

    static func checklist(positive: Bool, rng: inout DemoRandom) -> [ChecklistAnswer] {
        ChecklistTemplate.standardItems.enumerated().map { index, item in
            if positive {
                let unsure = index == 0 && rng.chance(0.15)
                return ChecklistAnswer(itemID: item.id, verdict: unsure ? .unclear : .met,
                                       comment: unsure ? "Cần theo dõi thêm khi triển khai." : "")
            }
            let verdict: ChecklistVerdict = index == 0 || (index == 2 && rng.chance(0.5)) ? .notMet : rng.pick([.met, .unclear])
            let comment = verdict == .notMet ? rng.pick([
                "Chưa chứng minh được điểm nghẽn về cơ chế, chính sách.",
                "Hiệu quả chưa rõ so với chi phí bỏ ra.",
                "Chưa đánh giá đầy đủ tác động đến người dân.",
            ]) : ""
            return ChecklistAnswer(itemID: item.id, verdict: verdict, comment: comment)
        }
    }

    static func ballotComment(yes: Bool, rng: inout DemoRandom) -> String {
        yes ? rng.pick(["", "Đồng ý.", "Đồng ý, đề nghị bám sát chỉ tiêu đã nêu.", "Đồng ý; lưu ý bảo mật dữ liệu."])
            : rng.pick(["Chưa đồng ý: kinh phí lớn so với hiệu quả dự kiến.", "Không đồng ý: nên chờ hướng dẫn của cấp trên.",
                        "Chưa đồng ý: nguồn lực đang dành cho nhiệm vụ trọng tâm."])
    }

    static let approvalReasons = [
        "Tập thể lãnh đạo biểu quyết thông qua; đề xuất đáp ứng các điều kiện tại Điều 5 Nghị định 73/2023/NĐ-CP.",
        "Đề xuất cấp thiết, khả thi, thuộc thẩm quyền; cho phép triển khai theo kế hoạch.",
    ]

    static let rejectionReasons = [
        "Tập thể lãnh đạo không thông qua: đề xuất chưa chỉ ra được điểm nghẽn về cơ chế, chính sách; hiệu quả chưa tương xứng với kinh phí đề nghị.",
        "Không phê duyệt: nội dung trùng với nhiệm vụ đã được giao trong kế hoạch chuyển đổi số năm; đề nghị lồng ghép vào nhiệm vụ chung.",
        "Không phê duyệt do chưa bảo đảm nguồn lực trong năm; khuyến khích hoàn thiện, đề xuất lại vào kỳ kế hoạch sau.",
    ]

    static let overrideStatements = [
        "Mặc dù biểu quyết không đạt, tôi nhận thấy đề xuất là cần thiết, khả thi và cấp bách trước mùa mưa bão; tôi quyết định cho triển khai và chịu trách nhiệm trước cơ quan sử dụng cán bộ cấp trên và trước pháp luật về quyết định này theo khoản 1 Điều 8 Nghị định số 73/2023/NĐ-CP.",
        "Tôi cho phép triển khai đề xuất trên cơ sở đánh giá tính cần thiết và khả thi, chịu trách nhiệm cá nhân trước pháp luật và cấp trên về quyết định này.",
    ]

    // MARK: Implementation

    static func resource(topic: DemoTopic, fundingVND: Int64, rng: inout DemoRandom)
        -> (funding: Int64, staff: String, equipment: String, reassignment: String, none: String) {
        if fundingVND == 0 && rng.chance(0.5) {
            return (0, "", "", "", "Không cần bổ sung nguồn lực: thực hiện bằng nhân lực, thiết bị hiện có của đơn vị.")
        }
        let granted = fundingVND == 0 ? 0 : fundingVND * Int64(rng.pick([100, 100, 80, 70])) / 100
        return (granted, topic.people, topic.equipment,
                rng.pick(["", "Giao một phần việc thường xuyên của người đề xuất cho chuyên viên khác trong thời gian thực hiện.",
                          "Bố trí người đề xuất tập trung cho nhiệm vụ hai buổi mỗi tuần."]),
                "")
    }

    static func progress(topic: DemoTopic, step: Int, percent: Int) -> String {
        let notes = topic.progress
        let note = notes[min(step, notes.count - 1)]
        return "\(note). Ước đạt khoảng \(percent)% khối lượng công việc."
    }

    static func directive(_ kind: DirectiveKind, topic: DemoTopic, rng: inout DemoRandom) -> String {
        switch kind {
        case .continue:
            rng.pick(["Kết quả bước đầu tốt; yêu cầu tiếp tục thực hiện, bám sát chỉ tiêu.",
                      "Tiếp tục thực hiện; lưu ý tổng hợp ý kiến phản hồi của người dân."])
        case .suspend:
            "Tạm dừng thực hiện do \(topic.difficulty); yêu cầu rà soát, đề xuất phương án khắc phục trước khi tiếp tục."
        case .resume:
            "Các vướng mắc đã được khắc phục; cho phép tiếp tục thực hiện theo kế hoạch."
        case .terminate:
            "Dừng thực hiện do \(topic.difficulty), tiếp tục triển khai có nguy cơ gây lãng phí; yêu cầu báo cáo kết quả đã đạt được và thiệt hại (nếu có)."
        }
    }

    static func report(topic: DemoTopic, outcome: Outcome, terminated: Bool) -> String {
        let head = "Báo cáo kết quả thực hiện đề xuất đổi mới, sáng tạo theo kế hoạch đã được phê duyệt."
        switch outcome {
        case .completed:
            return head + " Đã hoàn thành toàn bộ nội dung, nhiệm vụ; các chỉ tiêu đều đạt hoặc vượt. " + topic.effect
        case .partlyCompleted:
            return head + " Hoàn thành một phần nội dung; một số chỉ tiêu chưa đạt do \(topic.difficulty)."
        case .notCompleted:
            return head + (terminated ? " Việc thực hiện đã dừng theo chỉ đạo của thủ trưởng" : " Chưa hoàn thành")
                + "; phần lớn chỉ tiêu chưa đạt do \(topic.difficulty)."
        }
    }

    static func targetResult(achieved: Bool, rng: inout DemoRandom) -> String {
        achieved ? rng.pick(["Đạt chỉ tiêu.", "Vượt chỉ tiêu đề ra.", "Đạt, số liệu có xác nhận của bộ phận theo dõi."])
            : rng.pick(["Chưa đạt; mới đạt khoảng hai phần ba chỉ tiêu.", "Chưa đạt do dừng thực hiện trước thời hạn.", "Chưa đạt."])
    }

    // MARK: Evaluation

    /// §7.3: a member who differs from the others on a finding, with their reason.
    static func dissent(on finding: Finding) -> Finding {
        Finding(kind: finding.kind, holds: !finding.holds, reason: finding.holds
            ? "Theo ý kiến của tôi, việc điều chỉnh tiến độ chưa được báo cáo thủ trưởng kịp thời."
            : "Theo ý kiến của tôi, phần điều chỉnh đã được thủ trưởng đồng ý bằng lời tại cuộc họp giao ban.")
    }

    static func findings(hold: Bool, failing: FindingKind) -> [Finding] {
        FindingKind.allCases.map { kind in
            if !hold && kind == failing {
                return Finding(kind: kind, holds: false, reason: kind == .followedPlan
                    ? "Tự ý thay đổi phạm vi và nhà cung cấp thiết bị so với kế hoạch được duyệt, không báo cáo thủ trưởng."
                    : "Không bảo đảm yêu cầu này theo kết quả xác minh.")
            }
            let reason = switch kind {
            case .rightPolicy: "Phù hợp chủ trương chuyển đổi số, cải cách hành chính của Đảng ủy, UBND phường."
            case .pureMotive: "Không vì động cơ cá nhân, không vụ lợi."
            case .commonGood: "Phục vụ người dân và hoạt động chung của cơ quan, đơn vị."
            case .followedPlan: "Thực hiện đúng kế hoạch được phê duyệt và các chỉ đạo của thủ trưởng."
            }
            return Finding(kind: kind, holds: true, reason: reason)
        }
    }

    static func objectiveCauses(topic: DemoTopic, outcome: Outcome) -> String {
        outcome == .completed
            ? "Được cấp ủy, chính quyền quan tâm chỉ đạo; người dân đồng tình ủng hộ."
            : "Nguyên nhân khách quan: \(topic.difficulty)."
    }

    static func subjectiveCauses(outcome: Outcome, rng: inout DemoRandom) -> String {
        outcome == .completed
            ? rng.pick(["Người đề xuất và tập thể thực hiện chủ động, trách nhiệm.", "Không có nguyên nhân chủ quan ảnh hưởng đến kết quả."])
            : rng.pick(["Dự báo rủi ro chưa đầy đủ; phối hợp giữa các bộ phận có lúc chưa chặt chẽ.",
                        "Khảo sát ban đầu chưa kỹ; chưa lường hết khó khăn khi triển khai thực tế."])
    }

    static func conclusion(_ consequence: Consequence, title: String, category: OfficerCategory = .cadreOrCivilServant) -> String {
        let opening = "Kết luận của thủ trưởng về kết quả thực hiện đề xuất \"\(title)\". "
        switch consequence {
        case .noLiability:
            return opening + "Đề xuất hoàn thành, mang lại hiệu quả thiết thực; người đề xuất không bị xử lý trách nhiệm và được xem xét khuyến khích theo Điều 10 Nghị định 73/2023/NĐ-CP."
        case .liabilityExcluded:
            return opening + "Đề xuất chưa hoàn thành toàn bộ nhưng không gây thiệt hại; người đề xuất thực hiện đúng chủ trương, động cơ trong sáng, vì lợi ích chung nên được loại trừ trách nhiệm."
        case .considerProtection:
            return opening + "Đề xuất gây thiệt hại nhưng người đề xuất thực hiện đúng chủ trương, động cơ trong sáng, vì lợi ích chung; xem xét loại trừ, miễn hoặc giảm nhẹ trách nhiệm theo Điều 11 Nghị định 73/2023/NĐ-CP."
        case .noProtection:
            return opening + "Người đề xuất không thực hiện đúng kế hoạch được phê duyệt; không thuộc trường hợp được bảo vệ, xem xét xử lý kỷ luật theo \(category.disciplineInstrument.vi)."
        }
    }

    static func measureReason(_ kind: MeasureKind, category: OfficerCategory = .cadreOrCivilServant) -> String {
        switch kind {
        case .praise: "Biểu dương trước cơ quan tại hội nghị giao ban vì có đề xuất đổi mới, sáng tạo mang lại hiệu quả."
        case .commendation: "Tặng Giấy khen của Chủ tịch UBND phường vì có thành tích trong thực hiện đề xuất đổi mới, sáng tạo."
        case .evaluationBasis: "Ghi nhận làm căn cứ đánh giá, xếp loại chất lượng, quy hoạch, bổ nhiệm."
        case .outstandingAchievement: "Ghi nhận là thành tích đặc biệt xuất sắc làm căn cứ xét nâng ngạch."
        case .earlySalaryStep: "Nâng bậc lương trước thời hạn 12 tháng do hoàn thành xuất sắc đề xuất đổi mới, sáng tạo."
        case .notLiable: "Đề xuất hoàn thành; không xử lý trách nhiệm."
        case .liabilityExcluded: "Đủ điều kiện loại trừ trách nhiệm theo Điều 11 Nghị định 73/2023/NĐ-CP."
        case .liabilityExempted: "Miễn trách nhiệm: thiệt hại do nguyên nhân khách quan, người đề xuất đã chủ động khắc phục."
        case .liabilityReduced: "Giảm nhẹ trách nhiệm: người đề xuất đã báo cáo kịp thời, chủ động khắc phục phần lớn thiệt hại."
        case .ordinaryRules: "Không đủ điều kiện bảo vệ; chuyển xem xét xử lý kỷ luật theo \(category.disciplineInstrument.vi)."
        }
    }
}
