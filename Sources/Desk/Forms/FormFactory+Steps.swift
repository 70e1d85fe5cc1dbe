import Procedure

/// The short forms of the registration and closing-early steps: one or two texts each.
extension FormFactory {
    static func receive(_ p: Proposal) -> FormState {
        FormState(
            title: heading(.receive, p),
            fields: [.line("number", Localized(vi: "Số tiếp nhận", en: "Receipt number"),
                           help: Localized(vi: "để trống: cấp số tự động", en: "leave empty for an automatic number"))],
            refusalFields: [.receiptNumberRequired: ["number"]],
            build: { values in [.receive(receiptNumber: values.text("number"))] })
    }

    static func returnForCompletion(_ p: Proposal) -> FormState {
        FormState(
            title: heading(.returnForCompletion, p),
            fields: [.area("reasons", Localized(vi: "Lý do, nội dung cần bổ sung", en: "Reasons and what to complete"), required: true)],
            refusalFields: [.reasonRequired: ["reasons"]],
            build: { values in [.returnForCompletion(reasons: values.text("reasons"))] })
    }

    static func outOfScope(_ p: Proposal) -> FormState {
        FormState(
            title: heading(.outOfScope, p),
            fields: [
                .choice("ground", Localized(vi: "Căn cứ", en: "Ground"), ChoiceOption.all(OutOfScopeGround.allCases, label: \.label)),
                .area("reasons", Localized(vi: "Lý do", en: "Reasons"), required: true),
                .area("channel", Localized(vi: "Kênh phù hợp để đề xuất", en: "The right channel"), required: true),
            ],
            refusalFields: [.outOfScopeGround: ["reasons", "channel"], .reasonRequired: ["reasons"]],
            build: { values in
                [.outOfScope(ground: values.choice("ground").flatMap(OutOfScopeGround.init(rawValue:)) ?? .exceedsAuthority,
                             reasons: values.text("reasons"), channel: values.text("channel"))]
            })
    }

    static func withdraw(_ p: Proposal) -> FormState {
        FormState(
            title: heading(.withdraw, p),
            fields: [.area("reason", Localized(vi: "Lý do rút đề xuất", en: "Why it is withdrawn"), required: true)],
            refusalFields: [.reasonRequired: ["reason"]],
            build: { values in [.withdraw(reason: values.text("reason"))] })
    }
}
