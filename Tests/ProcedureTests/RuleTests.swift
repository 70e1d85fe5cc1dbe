import Testing
@testable import Procedure

@Suite struct RuleTests {
    @Test(arguments: Rule.allCases)
    func everyRuleSpeaksBothLanguagesAndNamesItsBasis(_ rule: Rule) {
        #expect(!rule.message.vi.isEmpty)
        #expect(!rule.message.en.isEmpty)
        #expect(rule.message.vi != rule.message.en)
        #expect(!rule.basis.vi.isEmpty)
        #expect(!rule.basis.en.isEmpty)
        #expect(!rule.rawValue.isEmpty)
    }

    @Test func ruleIdsAreUnique() {
        #expect(Set(Rule.allCases.map(\.rawValue)).count == Rule.allCases.count)
    }

    @Test func refusalMessageAddsTheDetailInTheSameLanguage() {
        let refusal = Refusal(.reasonRequired, detail: Localized(vi: "chi tiết", en: "detail"))
        #expect(refusal.message(.vi) == Rule.reasonRequired.message.vi + ": chi tiết")
        #expect(refusal.message(.en) == Rule.reasonRequired.message.en + ": detail")
        #expect(Refusal(.wrongState).message(.en) == Rule.wrongState.message.en)
        #expect(refusal.description.hasPrefix("[reason.required]"))
        #expect(refusal.basis == Rule.reasonRequired.basis)
    }

    @Test func everyStateAndActionHasBothLabels() {
        for state in ProposalState.allCases {
            #expect(!state.label.vi.isEmpty && !state.label.en.isEmpty)
        }
        for action in ActionKind.allCases {
            #expect(!action.label.vi.isEmpty && !action.label.en.isEmpty)
        }
        for role in Role.allCases {
            #expect(!role.label.vi.isEmpty && !role.label.en.isEmpty)
        }
    }

    @Test func stableIdsOfSection6() {
        #expect(ProposalState.allCases.map(\.rawValue) == [
            "draft", "received", "forwarded", "returned", "out_of_scope", "withdrawn", "rejected", "approved",
            "in_progress", "suspended", "terminated", "reported", "evaluated", "closed",
        ])
        #expect(Role.allCases.map(\.rawValue) == ["proposer", "head", "deputy", "clerk", "party_liaison", "inspector", "ward_leader", "admin"])
        #expect(Set(ProposalState.allCases.filter(\.isFinal)) == [.outOfScope, .withdrawn, .rejected, .closed])
    }

    @Test func localRulesDefaultToOn() {
        let settings = ProcedureSettings.standard
        #expect(settings.allowReturnForCompletion)
        #expect(settings.rejectionNeedsReasons)
        #expect(settings.requireConclusion)
        #expect(settings.voteBasis == .allEligible)
        #expect(settings.decisionDays == 7 && settings.reportDays == 5 && settings.evaluationDays == 7 && settings.conclusionDays == 3)
    }
}
