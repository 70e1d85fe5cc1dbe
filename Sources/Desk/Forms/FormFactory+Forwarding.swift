import Procedure

/// §7.6: the clerk's two forms for a proposal beyond the ward.
extension FormFactory {
    static func forward(_ p: Proposal, context: FormContext) -> FormState {
        FormState(
            title: heading(.forward, p),
            fields: [
                .line("letter", DeskText.forwardLetterNumber, required: true),
                .date("day", DeskText.forwardLetterDay, context.today, required: true),
            ],
            notices: { _ in [FormNotice(text: DeskText.forwardNotice)] },
            refusalFields: [.forwardLetter: ["letter"], .forwardDate: ["day"]],
            build: { values in [.forward(letterNumber: values.text("letter"), letterDay: values.day("day") ?? context.today)] })
    }

    static func recordOutcome(_ p: Proposal, context: FormContext) -> FormState {
        let sent = p.forwarding.map { DeskText.outcomeForwarded($0.letterNumber, $0.letterDay.vietnamese) }
        return FormState(
            title: heading(.recordOutcome, p),
            fields: [
                .line("number", DeskText.outcomeDecisionNumber, required: true),
                .date("day", DeskText.outcomeDecisionDay, context.today, required: true),
                .choice("result", DeskText.outcomeResult, ChoiceOption.all(ProvincialResult.allCases, label: \.label)),
                .area("reasons", DeskText.outcomeReasons),
            ],
            notices: { _ in sent.map { [FormNotice(text: $0)] } ?? [] },
            refusalFields: [.decisionNumber: ["number"], .forwardDate: ["day"], .reasonRequired: ["reasons"]],
            build: { values in
                [.recordOutcome(decisionNumber: values.text("number"), decisionDay: values.day("day") ?? context.today,
                                result: values.choice("result").flatMap(ProvincialResult.init(rawValue:)) ?? .approved,
                                reasons: values.text("reasons"))]
            })
    }
}
