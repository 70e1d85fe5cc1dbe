import Foundation
import Testing
@testable import Procedure

/// The complete dossier with one required content left out.
func blanking(_ item: DossierItem, in dossier: Dossier) -> Dossier {
    var d = dossier
    switch item {
    case .title: d.title = ""
    case .necessity: d.necessity = ""
    case .bottleneck: d.bottleneck = " "
    case .content: d.content = ""
    case .scope: d.scope = ""
    case .implementers: d.implementers = "\n"
    case .startDate: d.startDate = nil
    case .endDate: d.endDate = nil
    case .people: d.resources.people = ""
    case .funding: d.resources.fundingVND = nil
    case .equipment: d.resources.equipment = ""
    case .feasibility: d.feasibility = ""
    case .positiveImpact: d.positiveImpact = ""
    case .negativeImpact: d.negativeImpact = ""
    case .expectedEffect: d.expectedEffect = ""
    case .targets: d.targets = []
    case .selfCheck: d.selfCheck.removeLast()
    }
    return d
}

@Suite struct DossierTests {
    @Test func theFixtureDossierIsComplete() {
        #expect(Fx.completeDossier().missingItems().isEmpty)
        #expect(Fx.completeDossier().validateForSubmission() == nil)
    }

    @Test(arguments: DossierItem.allCases)
    func eachMissingItemIsNamed(_ item: DossierItem) throws {
        let dossier = blanking(item, in: Fx.completeDossier())
        #expect(dossier.missingItems() == [item])
        let refusal = try #require(dossier.validateForSubmission())
        #expect(refusal.rule == .dossierIncomplete)
        #expect(refusal.detail?.vi == item.label.vi)
        #expect(refusal.detail?.en == item.label.en)
        // And the workflow refuses the submission with the same refusal.
        let run = try Run.draft(dossier: dossier)
        #expect(run.refusal(.submit, by: Fx.staff) == refusal)
    }

    @Test func severalMissingItemsAreAllNamedInOrder() {
        var dossier = Fx.completeDossier()
        dossier.title = ""
        dossier.targets = []
        dossier.startDate = nil
        #expect(dossier.missingItems() == [.title, .startDate, .targets])
        let detail = dossier.validateForSubmission()?.detail
        #expect(detail?.en == "Title; Start date; Measurable targets")
    }

    @Test func fundingZeroIsAnAnswerNegativeIsNot() {
        var dossier = Fx.completeDossier()
        dossier.resources.fundingVND = 0
        #expect(dossier.missingItems().isEmpty)
        dossier.resources.fundingVND = -5
        #expect(dossier.missingItems() == [.funding])
    }

    @Test func aTargetWithoutAMeasureIsIncomplete() {
        var dossier = Fx.completeDossier()
        dossier.targets.append(Target(description: "Người dân hài lòng", measure: " "))
        #expect(dossier.missingItems() == [.targets])
    }

    @Test func impactMaySayNone() {
        var dossier = Fx.completeDossier()
        dossier.positiveImpact = "Không có"
        dossier.negativeImpact = "Không có"
        #expect(dossier.missingItems().isEmpty)
    }

    @Test func datesInOrder() {
        var dossier = Fx.completeDossier()
        dossier.endDate = dossier.startDate
        #expect(dossier.validateForSubmission() == nil)
        dossier.endDate = Fx.day(2026, 3, 1)
        #expect(dossier.validateForSubmission()?.rule == .dossierDates)
    }

    @Test func extraChecklistItemsAreNeededInTheSelfCheck() {
        let template = ChecklistTemplate(extraItems: [ChecklistItem(id: "local_x", text: Localized(vi: "X", en: "X"), source: "LOCAL")])
        let dossier = Fx.completeDossier()
        #expect(dossier.missingItems(checklist: template) == [.selfCheck])
        #expect(Fx.completeDossier(checklist: template).missingItems(checklist: template).isEmpty)
    }
}

@Suite struct ChecklistTemplateTests {
    @Test func theFiveStandardItemsAreAlwaysPresent() {
        #expect(ChecklistTemplate.standard.items.count == 5)
        #expect(ChecklistTemplate.standard.items.map(\.id) == ["c1_bottleneck", "c2_common_good", "c3_urgent_safe", "c4_decentralise", "c5_authority"])
        let replaced = ChecklistTemplate(extraItems: [
            ChecklistItem(id: "c1_bottleneck", text: Localized(vi: "Thay", en: "Replaced"), source: "LOCAL"),
            ChecklistItem(id: "local_1", text: Localized(vi: "Thêm", en: "Added"), source: "LOCAL"),
        ])
        #expect(replaced.items.map(\.id) == ChecklistTemplate.standardItems.map(\.id) + ["local_1"])
        #expect(replaced.items[0] == ChecklistTemplate.standardItems[0])
    }

    @Test func everyStandardItemHasTextAndSource() {
        for item in ChecklistTemplate.standardItems {
            #expect(!item.text.vi.isEmpty && !item.text.en.isEmpty && !item.source.isEmpty)
        }
    }

    @Test func missingItemsAreListed() {
        let answers = Fx.fullChecklist().filter { $0.itemID != "c3_urgent_safe" }
        #expect(!ChecklistTemplate.standard.isComplete(answers))
        #expect(ChecklistTemplate.standard.missing(in: answers).map(\.id) == ["c3_urgent_safe"])
    }
}

@Suite struct TextInputTests {
    // "Đề xuất số hóa" with the marks as combining characters.
    static let nfdTitle = "\u{0110}e\u{0302}\u{0300} xua\u{0302}\u{0301}t so\u{0302}\u{0301} ho\u{0301}a"
    static let nfcTitle = "\u{0110}\u{1EC1} xu\u{1EA5}t s\u{1ED1} h\u{00F3}a"

    @Test func nfdInputIsStoredAsNFC() throws {
        #expect(Array(Self.nfdTitle.unicodeScalars) != Array(Self.nfcTitle.unicodeScalars))
        var dossier = Fx.completeDossier()
        dossier.title = Self.nfdTitle
        dossier.content = "Nội dung: " + Self.nfdTitle
        let run = try Run.draft(dossier: dossier)
        // Compare scalars: String equality already treats the two forms as equal.
        #expect(Array(run.proposal.dossier.title.unicodeScalars) == Array(Self.nfcTitle.unicodeScalars))
        #expect(Array(run.proposal.dossier.content.unicodeScalars) == Array(("Nội dung: " + Self.nfcTitle).precomposedStringWithCanonicalMapping.unicodeScalars))
        guard case .created(let stored, _, _, _, _) = run.events[0].change else {
            Issue.record("first event is not a creation")
            return
        }
        #expect(Array(stored.title.unicodeScalars) == Array(Self.nfcTitle.unicodeScalars))
    }

    @Test func nfdIsNormalisedOnEditAndInReasonsToo() throws {
        var run = try Run.draft()
        var dossier = Fx.completeDossier()
        dossier.title = Self.nfdTitle
        try run.act(.editDraft(dossier: dossier), by: Fx.staff)
        #expect(Array(run.proposal.dossier.title.unicodeScalars) == Array(Self.nfcTitle.unicodeScalars))
        try run.act(.withdraw(reason: Self.nfdTitle), by: Fx.staff)
        #expect(Array((run.proposal.withdrawal ?? "").unicodeScalars) == Array(Self.nfcTitle.unicodeScalars))
    }

    static let forbiddenInTitle: [String] = [
        "\u{1B}[31m", "\n", "\r", "\t", "\u{00}", "\u{7F}", "\u{85}", "\u{9B}",
        "\u{202E}", "\u{202A}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}",
    ]

    @Test(arguments: forbiddenInTitle)
    func controlAndBidiCharactersInATitleAreRefused(_ bad: String) throws {
        var dossier = Fx.completeDossier()
        dossier.title = "Số hóa" + bad + "sổ"
        let result = Workflow.create(id: "2026-002", dossier: dossier, by: Actor(login: Fx.staff), context: Fx.context())
        #expect(result.refusal?.rule == .controlCharacters)
        #expect(result.refusal?.detail == DossierItem.title.label)
        let run = try Run.draft()
        #expect(run.refusal(.editDraft(dossier: dossier), by: Fx.staff)?.rule == .controlCharacters)
    }

    @Test func multiLineKeepsLineBreaksAndTabsButNotEscapes() throws {
        #expect(try TextInput.multiLine("a\r\nb\tc", field: Localized(vi: "x", en: "x")).get() == "a\nb\tc")
        #expect(TextInput.multiLine("a\u{1B}b", field: Localized(vi: "x", en: "x")).refusal?.rule == .controlCharacters)
        #expect(TextInput.multiLine("a\u{202E}b", field: Localized(vi: "x", en: "x")).refusal?.rule == .controlCharacters)
    }

    @Test func controlCharactersInAMultiLineSectionAreRefused() {
        var dossier = Fx.completeDossier()
        dossier.content = "Nội dung\u{1B}]0;title\u{07}"
        #expect(dossier.normalized().refusal?.rule == .controlCharacters)
    }

    @Test func titlesAreTrimmedAndLimited() throws {
        #expect(try TextInput.singleLine("  Tên  ", field: DossierItem.title.label).get() == "Tên")
        let long = String(repeating: "ệ", count: TextInput.singleLineLimit + 1)
        #expect(TextInput.singleLine(long, field: DossierItem.title.label).refusal?.rule == .textTooLong)
        let exact = String(repeating: "ệ", count: TextInput.singleLineLimit)
        #expect(try TextInput.singleLine(exact, field: DossierItem.title.label).get().count == TextInput.singleLineLimit)
    }

    @Test func blankMeansOnlyWhitespace() {
        #expect(TextInput.isBlank(nil))
        #expect(TextInput.isBlank(" \n\t"))
        #expect(!TextInput.isBlank("Không có"))
    }
}
