import Procedure

/// The short forms of the registration and closing-early steps: one or two texts each.
extension FormFactory {
    static func receive(_ p: Proposal) -> FormState {
        FormState(
            title: heading(.receive, p),
            fields: [.line("number", DeskText.receiptNumber,
                           help: DeskText.receiptNumberHelp)],
            refusalFields: [.receiptNumberRequired: ["number"]],
            build: { values in [.receive(receiptNumber: values.text("number"))] })
    }

    static func returnForCompletion(_ p: Proposal) -> FormState {
        FormState(
            title: heading(.returnForCompletion, p),
            fields: [.area("reasons", DeskText.returnReasons, required: true)],
            refusalFields: [.reasonRequired: ["reasons"]],
            build: { values in [.returnForCompletion(reasons: values.text("reasons"))] })
    }

    static func outOfScope(_ p: Proposal) -> FormState {
        FormState(
            title: heading(.outOfScope, p),
            fields: [
                .choice("ground", DeskText.outOfScopeGround, ChoiceOption.all(OutOfScopeGround.allCases, label: \.label)),
                .area("reasons", DeskText.reasons, required: true),
                .area("channel", DeskText.outOfScopeChannel, required: true),
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
            fields: [.area("reason", DeskText.withdrawReason, required: true)],
            refusalFields: [.reasonRequired: ["reason"]],
            build: { values in [.withdraw(reason: values.text("reason"))] })
    }
}
