/// A rule the procedure enforces, with a stable id for scripts and tests, the text a
/// person reads when an action is refused because of it, and where it comes from.
///
/// Rules are data so that a test can walk them all and a help screen can list them.
public enum Rule: String, Sendable, Hashable, Codable, CaseIterable {
    // Who and where
    case unknownOfficer = "actor.unknown"
    case unknownUnit = "unit.unknown"
    case noSuperiorUnit = "routing.no_superior"
    case forwardRequired = "routing.forward_required"
    case notBeyondWard = "routing.not_beyond_ward"
    case forwardLetter = "forward.letter"
    case forwardDate = "forward.date"
    case roleRequired = "actor.role"
    case notTheProposer = "actor.not_proposer"
    case onBehalfNotAllowed = "actor.on_behalf"
    // Order
    case wrongState = "state.order"
    case staleVersion = "ledger.stale_version"
    case localRuleOff = "settings.local_rule_off"
    // Dossier
    case dossierIncomplete = "dossier.incomplete"
    case dossierDates = "dossier.dates"
    case textTooLong = "input.too_long"
    case controlCharacters = "input.control_characters"
    // Reasons
    case reasonRequired = "reason.required"
    case receiptNumberRequired = "receipt.number"
    case outOfScopeGround = "out_of_scope.ground"
    // Party opinion and vote
    case partyOpinionBeforeApproval = "party.before_approval"
    case partyOpinionBeforeEvaluation = "party.before_evaluation"
    case partyOpinionAlreadyRecorded = "party.already_recorded"
    case partyDisagreed = "party.disagreed"
    case notAMember = "vote.not_member"
    /// No longer raised: since §7.4 the proposer is refused with `ownProposal` in every
    /// step; the id stays so that scripts reading older outputs still find it.
    case recused = "vote.recused"
    case checklistIncomplete = "vote.checklist_incomplete"
    /// An answer to an item the unit's checklist does not have, or two answers to one item.
    case checklistUnknownItem = "checklist.unknown_item"
    case voteNotPassed = "vote.not_passed"
    case voteNotFailed = "vote.not_failed"
    case voteOpen = "vote.open"
    case overrideStatement = "decision.override_statement"
    // Conflicts of interest (§7.4)
    case ownProposal = "conflict.own_proposal"
    case conflictAlreadyDeclared = "conflict.already_declared"
    // Delegation and appointment (§7.5, Delegation.swift)
    case delegationNotYetInForce = "delegation.not_yet_in_force"
    case delegationExpired = "delegation.expired"
    case delegationRevoked = "delegation.revoked"
    case stepNotDelegated = "delegation.step_not_delegated"
    case headConflicted = "delegation.head_conflicted"
    case delegateNotDeputy = "delegation.not_deputy"
    case delegationNumber = "delegation.number"
    case delegationNumberTaken = "delegation.number_taken"
    case delegationPeriod = "delegation.period"
    case delegationSteps = "delegation.steps"
    case alreadyRevoked = "delegation.already_revoked"
    case postNotVacant = "appointment.post_not_vacant"
    case appointmentInForce = "appointment.in_force"
    case appointeeNotInUnit = "appointment.not_in_unit"
    case decisionNumber = "decision.number"
    case actNumberShape = "act_number.shape"
    case actNumberTaken = "act_number.taken"
    case actNumberOrder = "act_number.order"
    case measureDayAhead = "measure.day_ahead"
    // Implementation
    case resourcesRequired = "resources.required"
    case percentRange = "progress.percent"
    case directiveState = "directive.state"
    case reportTargets = "report.targets"
    case reportBeforeStart = "report.before_start"
    // Evaluation
    case evaluationIncomplete = "evaluation.incomplete"
    case causesRequired = "evaluation.causes"
    case damageEstimate = "evaluation.damage_estimate"
    case targetResults = "evaluation.target_results"
    case memberFormsMissing = "evaluation.member_forms"
    case departureReason = "evaluation.departure_reason"
    case conclusionRequired = "conclusion.required"
    case measureNotAllowed = "measure.not_allowed"
    case liabilityMissing = "close.liability_missing"
    // §7.1: meetings of the collective.
    case meetingStage = "meeting.stage"
    case meetingAlreadyOpen = "meeting.already_open"
    case meetingNotOpen = "meeting.not_open"
    case meetingDate = "meeting.date"
    case meetingChair = "meeting.chair"
    case meetingChairOrClerk = "meeting.chair_or_clerk"
    case meetingUnknownMember = "meeting.unknown_member"
    case attendanceIncomplete = "meeting.attendance_incomplete"
    case absenceReason = "meeting.absence_reason"
    case memberAbsent = "meeting.member_absent"
    case quorumNotReached = "meeting.quorum"
    // §7.8: attachments (Attachments.swift).
    case attachmentNotAllowed = "attachment.not_allowed"
    case attachmentTooLarge = "attachment.too_large"

    /// What a person reads when this rule refuses an action.
    public var message: Localized {
        switch self {
        case .unknownOfficer: Localized(vi: "Không có cán bộ này trong cơ sở dữ liệu", en: "No such officer in the database")
        case .unknownUnit: Localized(vi: "Không có cơ quan, đơn vị này", en: "No such unit")
        case .noSuperiorUnit: Localized(vi: "Người đề xuất là người đứng đầu nhưng đơn vị không có cấp trên trong cơ sở dữ liệu để tiếp nhận", en: "The proposer heads the unit, and the unit has no superior unit in the database to receive the proposal")
        case .forwardRequired: Localized(vi: "Đề xuất của Chủ tịch UBND phường do cấp tỉnh xem xét: chỉ chuyển cấp tỉnh", en: "The chairperson's own proposal is reviewed by the province: it can only be forwarded")
        case .notBeyondWard: Localized(vi: "Chỉ chuyển cấp tỉnh đề xuất của Chủ tịch UBND phường", en: "Only the ward chairperson's own proposal is forwarded to the province")
        case .forwardLetter: Localized(vi: "Thiếu số, ký hiệu công văn chuyển cấp tỉnh", en: "The forwarding letter's number is missing")
        case .forwardDate: Localized(vi: "Ngày không nằm trong khoảng cho phép", en: "The date is outside the allowed range")
        case .roleRequired: Localized(vi: "Người thực hiện không giữ vai trò cần thiết tại đơn vị xem xét đề xuất này", en: "The actor does not hold the required role in the unit that reviews this proposal")
        case .notTheProposer: Localized(vi: "Chỉ người đề xuất mới được thực hiện bước này", en: "Only the proposer may take this step")
        case .onBehalfNotAllowed: Localized(vi: "Chỉ văn thư của đơn vị mới được ghi thay (theo biên bản họp)", en: "Only the unit's clerk may record on someone's behalf (from the minutes)")
        case .wrongState: Localized(vi: "Chưa thực hiện được ở trạng thái hiện tại của đề xuất", en: "Not possible in the proposal's present state")
        case .staleVersion: Localized(vi: "Đề xuất đã được người khác thay đổi", en: "The proposal has been changed by someone else")
        case .localRuleOff: Localized(vi: "Bước này đã bị tắt trong cài đặt của đơn vị", en: "This step is switched off in the settings")
        case .dossierIncomplete: Localized(vi: "Hồ sơ đề xuất chưa đủ nội dung bắt buộc", en: "The dossier lacks required contents")
        case .dossierDates: Localized(vi: "Thời gian thực hiện không hợp lệ: ngày kết thúc phải sau ngày bắt đầu", en: "Invalid implementation time: the end must come after the start")
        case .textTooLong: Localized(vi: "Nội dung quá dài", en: "The text is too long")
        case .controlCharacters: Localized(vi: "Trường một dòng không được chứa ký tự điều khiển hoặc xuống dòng", en: "A single-line field may not contain control characters or line breaks")
        case .reasonRequired: Localized(vi: "Phải ghi rõ lý do bằng văn bản", en: "Written reasons are required")
        case .receiptNumberRequired: Localized(vi: "Thiếu số tiếp nhận", en: "The receipt number is missing")
        case .outOfScopeGround: Localized(vi: "Phải nêu căn cứ không thuộc phạm vi và chỉ dẫn kênh phù hợp", en: "The ground for being out of scope and the right channel must be given")
        case .partyOpinionBeforeApproval: Localized(vi: "Chưa có ý kiến của cấp ủy cùng cấp trước khi cho phép triển khai", en: "The same-level Party committee's opinion before approval is not recorded")
        case .partyOpinionBeforeEvaluation: Localized(vi: "Chưa có ý kiến của cấp ủy cùng cấp trước khi đánh giá kết quả", en: "The same-level Party committee's opinion before evaluation is not recorded")
        case .partyOpinionAlreadyRecorded: Localized(vi: "Ý kiến cấp ủy cho bước này đã được ghi nhận", en: "The Party committee's opinion for this step is already recorded")
        case .partyDisagreed: Localized(vi: "Cấp ủy không đồng ý, và cài đặt không cho phép triển khai khi cấp ủy không đồng ý", en: "The Party committee disagreed, and the settings do not allow approval then")
        case .notAMember: Localized(vi: "Người này không là thành viên tập thể lãnh đạo của đơn vị xem xét", en: "This person is not a member of the reviewing unit's leadership collective")
        case .recused: Localized(vi: "Cấp phó là người đề xuất không tham gia biểu quyết", en: "A deputy who is the proposer does not vote")
        case .checklistIncomplete: Localized(vi: "Phải điền đủ phiếu rà soát điều kiện trước khi biểu quyết", en: "The review checklist must be complete before voting")
        case .checklistUnknownItem: Localized(vi: "Mục rà soát không có trong phiếu rà soát của đơn vị, hoặc ghi hai lần", en: "A checklist item the unit's checklist does not have, or given twice")
        case .voteNotPassed: Localized(vi: "Tập thể chưa thông qua (chưa quá 50% thành viên tán thành)", en: "The vote has not reached more than 50% in favour")
        case .voteNotFailed: Localized(vi: "Tập thể đã thông qua; không ra quyết định trái với kết quả biểu quyết", en: "The collective voted in favour; a decision against the vote is not possible")
        case .voteOpen: Localized(vi: "Biểu quyết chưa có kết quả: còn thành viên chưa biểu quyết", en: "The vote has no result yet: members have still to vote")
        case .overrideStatement: Localized(vi: "Người đứng đầu quyết định cho triển khai khi tập thể không thông qua phải có văn bản nêu rõ nội dung chịu trách nhiệm", en: "A head override needs a written statement of personal responsibility")
        case .ownProposal: Localized(vi: "Người đề xuất và người đã khai báo xung đột lợi ích không thực hiện bước nào của đề xuất này", en: "Neither the proposer nor an officer who declared a conflict of interest takes any step on this proposal")
        case .conflictAlreadyDeclared: Localized(vi: "Đã có xung đột lợi ích với đề xuất này", en: "A conflict of interest with this proposal is already on record")
        case .delegationNotYetInForce: Localized(vi: "Văn bản ủy quyền ký thay chưa có hiệu lực", en: "The delegation is not yet in force")
        case .delegationExpired: Localized(vi: "Văn bản ủy quyền ký thay đã hết thời hạn", en: "The delegation has expired")
        case .delegationRevoked: Localized(vi: "Văn bản ủy quyền ký thay đã bị thu hồi", en: "The delegation has been revoked")
        case .stepNotDelegated: Localized(vi: "Bước này không có trong nội dung ủy quyền ký thay", en: "This step is not among the delegated steps")
        case .headConflicted: Localized(vi: "Người đứng đầu có xung đột lợi ích với đề xuất này nên cấp phó không ký thay được", en: "The head is conflicted on this proposal, so the deputy cannot sign for the head")
        case .delegateNotDeputy: Localized(vi: "Chỉ ủy quyền ký thay cho cấp phó của cùng cơ quan, đơn vị", en: "A head delegates only to a deputy of the same unit")
        case .delegationNumber: Localized(vi: "Thiếu số, ký hiệu văn bản", en: "The document's number is missing")
        case .delegationNumberTaken: Localized(vi: "Số, ký hiệu này đã dùng cho một văn bản ủy quyền hoặc giao phụ trách khác", en: "This number is already used by another delegation or appointment")
        case .delegationPeriod: Localized(vi: "Thời hạn không hợp lệ: ngày kết thúc trước ngày bắt đầu", en: "Invalid period: the end comes before the start")
        case .delegationSteps: Localized(vi: "Phải nêu ít nhất một bước được ký thay", en: "At least one delegated step must be named")
        case .alreadyRevoked: Localized(vi: "Văn bản này đã bị thu hồi", en: "This document has already been revoked")
        case .postNotVacant: Localized(vi: "Cơ quan, đơn vị đang có người đứng đầu: không giao phụ trách", en: "The unit has a head: no officer is put in charge")
        case .appointmentInForce: Localized(vi: "Đã có người được giao phụ trách cơ quan, đơn vị này", en: "An officer is already in charge of this unit")
        case .appointeeNotInUnit: Localized(vi: "Người được giao phụ trách phải là cán bộ của cơ quan, đơn vị đó", en: "The officer put in charge must belong to that unit")
        case .decisionNumber: Localized(vi: "Thiếu số quyết định hoặc người ký", en: "The decision number or signatory is missing")
        case .actNumberShape: Localized(vi: "Số, ký hiệu văn bản không đúng dạng \"số/ký hiệu-mã đơn vị\", ví dụ 07/QĐ-VHXH, 03/TB-VHXH",
                                        en: "The number is not of the form \"number/symbol-unit code\", e.g. 07/QĐ-VHXH, 03/TB-VHXH")
        case .actNumberTaken: Localized(vi: "Số văn bản đã cấp cho văn bản khác cùng đơn vị, loại và năm", en: "The number is already held by another act of the same unit, kind and year")
        case .measureDayAhead: Localized(vi: "Ngày quyết định biện pháp không được sau ngày ghi nhận", en: "A measure's decision day cannot be after the day it is recorded")
        case .actNumberOrder: Localized(vi: "Ngày văn bản sớm hơn văn bản đã được cấp số sau cùng của sổ; không tự cấp số để khỏi đảo thứ tự, cần ghi số văn bản giấy (--number)",
                                        en: "The act is dated before the last numbered act of its register; no number is given automatically, out of order: type the paper act's number (--number)")
        case .resourcesRequired: Localized(vi: "Phải ghi nguồn lực bảo đảm, hoặc ghi 'không cần' kèm lý do", en: "Resources granted must be recorded, or 'none needed' with a reason")
        case .percentRange: Localized(vi: "Tiến độ phải từ 0 đến 100%", en: "Progress must be between 0 and 100%")
        case .directiveState: Localized(vi: "Chỉ đạo này không phù hợp với trạng thái triển khai hiện tại", en: "This directive does not fit the current state of implementation")
        case .reportTargets: Localized(vi: "Báo cáo phải nêu kết quả đối với từng chỉ tiêu của hồ sơ", en: "The report must give the result for each target of the dossier")
        case .reportBeforeStart: Localized(vi: "Chưa đến ngày bắt đầu thực hiện ghi trong hồ sơ: chưa báo cáo kết quả thực hiện được (trừ khi đã có chỉ đạo dừng thực hiện)",
                                           en: "The implementation's start date in the dossier has not come: no result report yet (unless implementation was terminated)")
        case .evaluationIncomplete: Localized(vi: "Phiếu đánh giá chưa đầy đủ", en: "The evaluation form is incomplete")
        case .causesRequired: Localized(vi: "Phải nêu cả nguyên nhân khách quan và nguyên nhân chủ quan (có thể ghi 'không có')", en: "Both objective and subjective causes must be stated (they may say 'none')")
        case .damageEstimate: Localized(vi: "Có thiệt hại thì phải mô tả và ước tính giá trị (đồng)", en: "Damage requires a description and an estimate in VND")
        case .targetResults: Localized(vi: "Phải đánh giá kết quả đối với từng chỉ tiêu của hồ sơ", en: "Each target of the dossier must be assessed")
        case .memberFormsMissing: Localized(vi: "Chưa đủ số thành viên tập thể lãnh đạo nộp phiếu đánh giá của mình", en: "Not enough members of the leadership collective have filed their own evaluation forms")
        case .departureReason: Localized(vi: "Nhận định khác ý kiến đa số thành viên thì phải nêu lý do", en: "A finding that differs from the members' majority needs a written reason")
        case .conclusionRequired: Localized(vi: "Chưa ban hành thông báo kết luận đánh giá", en: "The evaluation conclusion has not been issued")
        case .measureNotAllowed: Localized(vi: "Biện pháp này không phù hợp với kết quả đánh giá", en: "This measure does not fit the evaluation's consequence")
        case .liabilityMissing: Localized(vi: "Chưa ghi nhận quyết định về trách nhiệm (không xử lý, loại trừ, miễn, giảm nhẹ hoặc xử lý theo quy định chung)", en: "No decision on liability is recorded (not liable, excluded, exempted, reduced, or ordinary rules)")
        case .meetingStage: Localized(vi: "Cuộc họp này không phù hợp với bước hiện tại của đề xuất (họp xem xét sau khi tiếp nhận, họp đánh giá sau khi có báo cáo kết quả)", en: "This meeting does not fit the proposal's current step (the review meeting after receipt, the evaluation meeting after the report)")
        case .meetingAlreadyOpen: Localized(vi: "Cuộc họp của bước này đã được mở", en: "The meeting of this step is already open")
        case .meetingNotOpen: Localized(vi: "Chưa mở cuộc họp của bước này", en: "The meeting of this step has not been opened")
        case .meetingDate: Localized(vi: "Ngày họp không nằm trong khoảng cho phép", en: "The meeting date is outside the allowed range")
        case .meetingChair: Localized(vi: "Người chủ trì phải là thành viên được triệu tập dự họp", en: "The chair must be a convened member")
        case .meetingChairOrClerk: Localized(vi: "Chỉ người chủ trì hoặc văn thư của đơn vị mới ghi điểm danh", en: "Only the chair or the unit's clerk records the attendance")
        case .meetingUnknownMember: Localized(vi: "Người này không có trong danh sách thành viên được triệu tập", en: "This person is not among the members convened")
        case .attendanceIncomplete: Localized(vi: "Phải ghi có mặt hoặc vắng mặt cho mỗi thành viên được triệu tập, mỗi người một lần", en: "Each convened member must be marked present or absent, once")
        case .absenceReason: Localized(vi: "Thành viên vắng mặt phải có lý do", en: "An absent member needs a reason")
        case .memberAbsent: Localized(vi: "Thành viên vắng mặt tại cuộc họp không rà soát, không biểu quyết", en: "A member absent from the meeting neither reviews nor votes")
        case .quorumNotReached: Localized(vi: "Số thành viên có mặt chưa đủ tỷ lệ tối thiểu để họp", en: "The members present do not reach the quorum")
        case .attachmentNotAllowed: Localized(vi: "Chỉ người đề xuất hoặc người có vai trò tại đơn vị có đề xuất mới được đính kèm tệp", en: "Only the proposer or an officer holding a role in the proposal's units may attach files")
        case .attachmentTooLarge: Localized(vi: "Tệp đính kèm vượt quá giới hạn dung lượng", en: "The file exceeds the attachment size limit")
        }
    }

    /// The article or point of the sources that the rule enforces.
    public var basis: Localized {
        switch self {
        case .unknownOfficer, .unknownUnit, .roleRequired, .notTheProposer, .onBehalfNotAllowed, .wrongState:
            Localized(vi: "điểm 3 Công văn số 432/UBND-VHXH: đúng đối tượng, trình tự, thủ tục", en: "Letter 432, point 3: right subjects, order and procedure")
        case .forwardRequired, .notBeyondWard, .forwardLetter, .forwardDate:
            Localized(vi: "khoản 4 Điều 7 NĐ 73/2023", en: "Decree 73/2023, art. 7(4)")
        case .noSuperiorUnit:
            Localized(vi: "khoản 3, 4 Điều 7 NĐ 73/2023", en: "Decree 73/2023, art. 7(3)–(4)")
        case .staleVersion, .textTooLong, .controlCharacters:
            Localized(vi: "Toàn vẹn hồ sơ", en: "Integrity of the record")
        case .localRuleOff:
            Localized(vi: "Quy định riêng của đơn vị (cài đặt quy trình)", en: "The unit's own rule (procedure settings)")
        case .dossierIncomplete, .dossierDates:
            Localized(vi: "khoản 2 Điều 7 NĐ 73/2023", en: "Decree 73/2023, art. 7(2)")
        case .actNumberShape, .actNumberTaken, .actNumberOrder, .measureDayAhead:
            Localized(vi: "Điều 15 và Phụ lục III NĐ 30/2020 (số, ký hiệu văn bản)", en: "Decree 30/2020, art. 15 and Appendix III (number and symbol)")
        case .reasonRequired, .receiptNumberRequired, .decisionNumber, .resourcesRequired, .directiveState, .percentRange:
            Localized(vi: "điểm 2, 3 Công văn số 432/UBND-VHXH; các Điều 6, 7, 8 NĐ 73/2023", en: "Letter 432, points 2 and 3; Decree 73/2023, arts. 6, 7, 8")
        case .outOfScopeGround:
            Localized(vi: "Điều 1, khoản 2 Điều 4 NĐ 73/2023", en: "Decree 73/2023, art. 1 and art. 4(2)")
        case .partyOpinionBeforeApproval, .partyOpinionBeforeEvaluation, .partyOpinionAlreadyRecorded, .partyDisagreed:
            Localized(vi: "điểm 2 Công văn số 432/UBND-VHXH: xin ý kiến cấp ủy cùng cấp", en: "Letter 432, point 2: the same-level Party committee's opinion")
        case .notAMember, .recused, .checklistIncomplete, .checklistUnknownItem, .voteNotPassed, .voteNotFailed, .voteOpen, .overrideStatement:
            Localized(vi: "khoản 1 Điều 5, khoản 1 Điều 8 NĐ 73/2023", en: "Decree 73/2023, art. 5(1) and art. 8(1)")
        case .ownProposal, .conflictAlreadyDeclared:
            Localized(vi: "khoản 1 Điều 8 NĐ 73/2023; Điều 23 Luật Phòng, chống tham nhũng 2018",
                      en: "Decree 73/2023, art. 8(1); Anti-Corruption Law 2018, art. 23")
        case .delegationNotYetInForce, .delegationExpired, .delegationRevoked, .stepNotDelegated, .headConflicted,
             .delegateNotDeputy, .delegationNumber, .delegationNumberTaken, .delegationPeriod, .delegationSteps,
             .alreadyRevoked, .postNotVacant, .appointmentInForce, .appointeeNotInUnit:
            Localized(vi: "Điều 13 NĐ 30/2020", en: "Decree 30/2020, art. 13")
        case .reportTargets, .evaluationIncomplete, .causesRequired, .damageEstimate, .targetResults, .conclusionRequired,
             .memberFormsMissing, .departureReason:
            Localized(vi: "khoản 2 Điều 5, Điều 11 NĐ 73/2023; điểm 3 Công văn số 432/UBND-VHXH", en: "Decree 73/2023, art. 5(2) and art. 11; Letter 432, point 3")
        case .reportBeforeStart:
            Localized(vi: "khoản 2 Điều 7 NĐ 73/2023 (thời gian thực hiện); điểm 3 Công văn số 432/UBND-VHXH: đúng trình tự",
                      en: "Decree 73/2023, art. 7(2) (implementation time); Letter 432, point 3: right order")
        case .measureNotAllowed, .liabilityMissing:
            Localized(vi: "các Điều 6, 10, 11 NĐ 73/2023", en: "Decree 73/2023, arts. 6, 10, 11")
        case .meetingStage, .meetingAlreadyOpen, .meetingNotOpen, .meetingDate, .meetingChair, .meetingChairOrClerk,
             .meetingUnknownMember, .attendanceIncomplete, .absenceReason, .memberAbsent, .quorumNotReached:
            Localized(vi: "khoản 1 Điều 8 NĐ 73/2023 (họp tập thể lãnh đạo); điểm 3 Công văn số 432/UBND-VHXH: dân chủ", en: "Decree 73/2023, art. 8(1) (the collective's meeting); Letter 432, point 3: democratic")
        case .attachmentNotAllowed, .attachmentTooLarge:
            Localized(vi: "điểm 3 Công văn số 432/UBND-VHXH: hồ sơ đề xuất và tệp đính kèm", en: "PROCEDURE.md §7.8: attachments; Letter 432, point 3")
        }
    }
}

/// Why an action was not allowed. A refusal changes nothing; it is a value to show,
/// never a crash and never a silent no-op.
public struct Refusal: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public var rule: Rule
    /// Specifics: the missing items, the state, the other officer's name.
    public var detail: Localized?

    public init(_ rule: Rule, detail: Localized? = nil) {
        self.rule = rule
        self.detail = detail
    }

    public init(_ rule: Rule, detail: String) {
        self.init(rule, detail: Localized(vi: detail, en: detail))
    }

    public func message(_ language: Language) -> String {
        let head = rule.message[language]
        guard let detail, !detail[language].isEmpty else { return head }
        // GLOSSARY: "Chưa thực hiện được: đề xuất đang ở trạng thái “Bản nháp”".
        if rule == .wrongState {
            return Localized(vi: "Chưa thực hiện được: đề xuất đang ở trạng thái “\(detail.vi)”",
                             en: "Not possible now: the proposal is “\(detail.en)”")[language]
        }
        return head + ": " + detail[language]
    }

    public var basis: Localized { rule.basis }

    public var description: String { "[\(rule.rawValue)] \(message(.vi))" }
}
