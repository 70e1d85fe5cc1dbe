import Foundation
import Ledger
import Procedure
import Terminal

/// One entry of the action menu: an action, possibly on someone's behalf, and why not.
public struct MenuItem: Sendable {
    public var kind: ActionKind
    public var onBehalfOf: String?
    public var label: Localized
    public var refusal: Refusal?
}

/// What a form sends its owner when the officer saves it.
public struct FormSubmission: Sendable {
    public var token: Int
    public var kind: ActionKind?
    public var proposalID: String?
    public var seenVersion: Int?
    public var onBehalfOf: String?
    public var actions: [Action]
    public var values: FormValues
    /// What a board's form records (the board reads it back).
    public var tag: (any Sendable)?
}

/// The worker's answer to a step or a new draft.
struct PerformOutcome: Sendable {
    enum Result: Sendable {
        case created(String)
        case recorded(Localized, id: String)
        case refused(DeskFailure)
        case stale(DeskFailure, version: Int?)
    }
    var token: Int?
    var result: Result
    var changeToken: Int64?
}

/// `:open`: the stored id a typed id or short form names, if the officer may see it.
struct OpenResult: Sendable {
    var typed: String
    var id: String?
}

extension ProposalsBoard {
    /// The action menu's entries: what Procedure, asked with the current records, accepts
    /// of this officer now, and greyed with its reason what it does not; for the reviewing
    /// unit's clerk also the ballots and the Party opinion recorded from the papers.
    func menuItems(_ desk: DeskState) -> [ActionMenuItem] {
        guard let proposal = detail.proposal else { return [] }
        return ActionMenuModel.items(for: proposal, officer: desk.officer, organization: desk.organization,
                                     settings: desk.settings, today: desk.today,
                                     partyCommittee: Self.partyCommitteeName(desk.organization, unitID: proposal.reviewingUnitID))
    }

    /// The reviewing unit's own committee (`Unit.partyCommittee` or its derived default).
    static func partyCommitteeName(_ organization: Organization, unitID: String) -> String {
        let own = organization.partyCommittee(of: unitID)
        return own.isEmpty ? partyCommitteeName(organization) : own
    }

    /// "Đảng ủy phường Uông Bí" from the root unit "Ủy ban nhân dân phường Uông Bí".
    static func partyCommitteeName(_ organization: Organization) -> String {
        let root = organization.units.values.first { $0.parentID == nil }?.name ?? ""
        let place = root.replacingOccurrences(of: "Ủy ban nhân dân ", with: "").replacingOccurrences(of: "UBND ", with: "")
        return "Đảng ủy " + (place.isEmpty ? "phường" : place)
    }

    func formContext(for login: String, _ desk: DeskState) -> FormContext {
        FormContext(proposal: detail.proposal, organization: desk.organization, settings: desk.settings,
                    officer: login, language: desk.language, today: desk.today)
    }

    /// An allowed action was picked: open its form, or ask y/N for a step without input.
    func choose(_ item: MenuItem, _ desk: DeskState) -> [DeskAction] {
        guard let proposal = detail.proposal else { return [] }
        let login = item.onBehalfOf.flatMap { desk.organization.officer($0) != nil ? $0 : nil } ?? desk.officer
        if let form = desk.forms.forAction(item.kind, formContext(for: login, desk)) {
            return [.push(.form(FormHost(form: form, owner: .proposals, kind: item.kind, proposalID: proposal.id,
                                         seenVersion: proposal.version, onBehalfOf: item.onBehalfOf)))]
        }
        let actions: [Action]
        switch item.kind {
        case .submit: actions = [.submit]
        case .close: actions = [.close]
        case .receive: actions = [.receive(receiptNumber: "")]
        default: return [.say(DeskText.noFormForStep, .error)]
        }
        return [.push(.confirm(Confirm(question: DeskText.confirmStep(item.label, proposal.id),
                                       then: .perform(kind: item.kind, actions: actions, onBehalfOf: item.onBehalfOf))))]
    }

    func openNewDossier(_ desk: DeskState) -> [DeskAction] {
        var context = formContext(for: desk.officer, desk)
        context.proposal = nil
        guard let form = desk.forms.forNewDossier(context) else { return [] }
        return [.push(.form(FormHost(form: form, owner: .proposals, kind: nil, proposalID: nil, seenVersion: nil, onBehalfOf: nil)))]
    }

    mutating func receive(_ intent: ProposalsIntent, _ desk: DeskState) -> [DeskAction] {
        switch intent {
        case .openID(let typed):
            let officer = desk.officer, today = desk.today
            return [.job(.forBoard(.proposals, "open") { ledger in
                let id = (try ledger.resolveID(typed, today: today)) ?? typed
                let visible = try ledger.proposal(id, visibleTo: officer, today: today) != nil
                return OpenResult(typed: typed, id: visible ? id : nil)
            })]
        case .applyPreset(let preset): return applyPreset(preset, desk)
        case .search(let text): return applySearch(text, desk)
        case .choose(let item): return choose(item, desk)
        case .perform(let kind, let actions, let onBehalfOf):
            guard let proposal = detail.proposal else { return [] }
            return perform(FormSubmission(token: 0, kind: kind, proposalID: proposal.id, seenVersion: proposal.version,
                                          onBehalfOf: onBehalfOf, actions: actions, values: FormValues(), tag: nil), desk)
        }
    }

    mutating func receive(_ opened: OpenResult, _ desk: DeskState) -> [DeskAction] {
        guard let id = opened.id else { return [.say(DeskText.noProposal(opened.typed), .error)] }
        inbox.preset = .all
        inbox.presetLabel = DeskText.presetAll
        inbox.search = nil
        // The page that starts at it: it is selected whether or not it was loaded.
        return reload(desk, keeping: id, startingAt: id, notFound: opened.typed)
    }

    /// Carries out a form's actions in one transaction, on the worker.
    func perform(_ submission: FormSubmission, _ desk: DeskState) -> [DeskAction] {
        let actor = Actor(login: desk.officer, onBehalfOf: submission.onBehalfOf, played: desk.played)
        let token = submission.token
        return [.job(.forBoard(.proposals, "perform") { ledger in
            let result: PerformOutcome.Result
            do {
                if submission.kind == nil || submission.proposalID == nil {
                    guard case .editDraft(let dossier)? = submission.actions.first else {
                        return PerformOutcome(token: token, result: .refused(DeskFailure(text: DeskText.nothingToSave)))
                    }
                    result = .created(try ledger.create(dossier, by: actor).id)
                } else {
                    let id = submission.proposalID ?? ""
                    let after = try ledger.perform(submission.actions, on: id, seenVersion: submission.seenVersion, by: actor)
                    let label = submission.kind?.label ?? ActionKind.editDraft.label
                    result = .recorded(DeskText.recorded(label, after.id, after.stateLabel), id: after.id)
                }
            } catch {
                let failure = DeskFailure(error)
                if failure.stale, let id = submission.proposalID {
                    // Who changed what, plainly: the events recorded since the form opened.
                    let current = (try? ledger.proposal(id)) ?? nil
                    let history = (try? ledger.history(of: id)) ?? []
                    let kinds = submission.actions.map(\.kind)
                    let since = history.suffix(max(1, (current?.version ?? 0) - (submission.seenVersion ?? 0)))
                        .filter { Ledger.makesStale($0.event.change, formOf: kinds, voice: actor.voice) }
                    let organization = try? ledger.organization()
                    let changes = since.map { stored in
                        let login = stored.event.actor.login
                        let who = organization?.officer(login).map { "\($0.name) (\(login))" } ?? login
                        return (who: who, what: stored.event.change.label, at: stored.atLocal)
                    }
                    return PerformOutcome(token: token, result: .stale(DeskFailure(text: DeskText.staleChanged(id, changes)),
                                                                       version: current?.version))
                }
                return PerformOutcome(token: token, result: .refused(failure))
            }
            return PerformOutcome(token: token, result: result, changeToken: try? ledger.changeToken())
        })]
    }

    mutating func receive(_ outcome: PerformOutcome, _ desk: DeskState) -> [DeskAction] {
        let token = outcome.token ?? 0
        var actions: [DeskAction] = outcome.changeToken.map { [.seen(changeToken: $0), .reloadReference] } ?? []
        switch outcome.result {
        case .created(let id):
            if token != 0 { actions.append(.formSaved(form: token)) }
            // The filter and the search stay as the officer set them, unless they hide the new draft.
            actions += reload(desk, keeping: id, mustShow: id, then: [.created(id)])
        case .recorded(let text, let id):
            if token != 0 { actions.append(.formSaved(form: token)) }
            detailCache.removeAll()
            actions += reload(desk, keeping: id, then: [.recorded(text)])
        case .refused(let failure):
            actions.append(token != 0 ? .formRefused(form: token, failure) : .say(failure.text, .error))
        case .stale(let failure, let version):
            // What was typed is kept; the next C-s applies it over the new version, rules re-checked.
            actions.append(token != 0 ? .formStale(form: token, version: version, failure) : .say(failure.text, .error))
            detailCache.removeAll()
            actions += showCurrent(desk)
        }
        return actions
    }
}
