import Foundation
import Ledger
import Procedure
import Terminal

extension DeskApp {
    /// The action menu: what Procedure allows this officer on this proposal now, and
    /// greyed with the reason, what it does not. A clerk also sees the ballots and the
    /// Party opinion they may record from the minutes.
    func menuItems() -> [MenuItem] {
        guard let proposal = state.detail.proposal else { return [] }
        let officer = state.officer
        var items: [MenuItem] = []
        for (kind, refusal) in Permissions.available(on: proposal, for: officer, in: organization, settings: settings) {
            if kind == .checklist { continue } // filled inside the ballot form
            items.append(MenuItem(kind: kind, onBehalfOf: nil, label: kind.label, refusal: refusal))
        }
        if organization.holds(.clerk, officer, in: proposal.reviewingUnitID) {
            for member in organization.collective(of: proposal.reviewingUnitID) where member.login != proposal.proposer
                && !proposal.ballots.contains(where: { $0.member == member.login }) {
                let refusal = Permissions.check(.ballot, on: proposal, by: Actor(login: officer, onBehalfOf: member.login), in: organization)
                items.append(MenuItem(kind: .ballot, onBehalfOf: member.login,
                                      label: Localized(vi: "Ghi phiếu biểu quyết thay \(member.name) (theo biên bản)",
                                                       en: "Record the ballot of \(member.name) (from the minutes)"),
                                      refusal: refusal))
            }
            let committee = partyCommitteeName
            let refusal = Permissions.check(.partyOpinion, on: proposal, by: Actor(login: officer, onBehalfOf: committee), in: organization)
            items.append(MenuItem(kind: .partyOpinion, onBehalfOf: committee,
                                  label: Localized(vi: "Ghi ý kiến cấp ủy (theo văn bản của \(committee))",
                                                   en: "Record the Party opinion (from \(committee)'s letter)"),
                                  refusal: refusal))
        }
        // Allowed first, in procedure order; then the greyed ones.
        return items.filter { $0.refusal == nil } + items.filter { $0.refusal != nil }
    }

    /// "Đảng ủy phường Uông Bí" from the root unit "Ủy ban nhân dân phường Uông Bí".
    var partyCommitteeName: String {
        let root = organization.units.values.first { $0.parentID == nil }?.name ?? ""
        let place = root.replacingOccurrences(of: "Ủy ban nhân dân ", with: "").replacingOccurrences(of: "UBND ", with: "")
        return "Đảng ủy " + (place.isEmpty ? "phường" : place)
    }

    func openActionMenu() {
        let items = menuItems()
        guard !items.isEmpty else { return }
        state.overlays.append(.actionMenu(items: items, selected: 0))
    }

    func formContext(for login: String) -> FormContext {
        FormContext(proposal: state.detail.proposal, organization: organization, settings: settings,
                    officer: login, language: state.language, today: today)
    }

    /// An allowed action was picked: open its form, or ask y/N for a step without input.
    func choose(_ item: MenuItem) {
        guard let proposal = state.detail.proposal else { return }
        let context = formContext(for: item.onBehalfOf.flatMap { organization.officer($0) != nil ? $0 : nil } ?? state.officer)
        if let form = forms.forAction(item.kind, context) {
            state.overlays.append(.form(FormHost(form: form, kind: item.kind, proposalID: proposal.id,
                                                 seenVersion: proposal.version, onBehalfOf: item.onBehalfOf)))
            return
        }
        let actions: [Action]
        switch item.kind {
        case .submit: actions = [.submit]
        case .close: actions = [.close]
        case .receive: actions = [.receive(receiptNumber: "")]
        default:
            message(Localized(vi: "Chưa có biểu mẫu cho bước này", en: "No form for this step"), .error)
            return
        }
        let question = Localized(vi: "\(item.label.vi): \(proposal.id)?", en: "\(item.label.en): proposal \(proposal.id)?")
        state.overlays.append(.confirm(ConfirmState(question: question, then: .perform(kind: item.kind, actions: actions, onBehalfOf: item.onBehalfOf))))
    }

    func openNewDossier() {
        var context = formContext(for: state.officer)
        context.proposal = nil
        guard let form = forms.forNewDossier(context) else { return }
        state.overlays.append(.form(FormHost(form: form, kind: nil, proposalID: nil, seenVersion: nil, onBehalfOf: nil)))
    }

    func handleForm(_ host: inout FormHost, _ key: Key) {
        let outcome = host.form.handle(key)
        switch outcome {
        case .handled:
            replaceTop(.form(host))
        case .notHandled:
            replaceTop(.form(host))
            if key == .ctrl("c") { execute(.quit) }
            if key == .function(1) { state.overlays.append(.help(scroll: 0)) }
        case .cancel:
            popOverlay()
        case .askDiscard:
            popOverlay()
            state.overlays.append(.confirm(ConfirmState(
                question: Localized(vi: "Bỏ những gì đã nhập trong biểu mẫu này?", en: "Discard what you typed in this form?"),
                then: .discardForm, returnTo: host)))
        case .editExternally(let fieldID, let text):
            var edited: String?
            backend.release { edited = self.editText(text) }
            if let edited { host.form.setText(edited, forField: fieldID) }
            replaceTop(.form(host))
        case .submit(let actions):
            replaceTop(.form(host))
            perform(actions, kind: host.kind, proposalID: host.proposalID, seenVersion: host.seenVersion,
                    onBehalfOf: host.onBehalfOf, host: host)
        }
    }

    /// Carries out the actions in one transaction. On success the form closes; on a
    /// refusal or a stale version it stays open with everything typed, and says why.
    func perform(_ actions: [Action], kind: ActionKind?, proposalID: String?, seenVersion: Int?, onBehalfOf: String?, host: FormHost?) {
        let actor = Actor(login: state.officer, onBehalfOf: onBehalfOf, played: state.played)
        do {
            var selectID = proposalID
            var created = false
            var recorded: Localized?
            if kind == nil || proposalID == nil {
                guard case .editDraft(let dossier)? = actions.first else { return }
                let draft = try ledger.create(dossier, by: actor)
                selectID = draft.id
                message(Localized(vi: "Đã tạo bản nháp \(draft.id); nhấn a để gửi khi hồ sơ đủ nội dung",
                                  en: "Draft \(draft.id) created; press a to submit once complete"), .success)
                created = true
            } else if let proposalID {
                let after = try ledger.perform(actions, on: proposalID, seenVersion: seenVersion, by: actor)
                let label = kind?.label ?? ActionKind.editDraft.label
                recorded = Localized(vi: "Đã ghi: \(label.vi) — \(after.id) \(after.stateLabel.vi)",
                                     en: "Recorded: \(label.en) — \(after.id) \(after.stateLabel.en)")
            }
            if host != nil, case .form? = state.overlays.last { popOverlay() }
            lastToken = (try? ledger.changeToken()) ?? lastToken
            reloadReference()
            // The filter and the search stay as the officer set them.
            reloadInbox(keeping: selectID)
            if created, let id = selectID, state.inbox.current?.id != id {
                // A new draft the filter or the search does not hold: every proposal is
                // shown, so that the selection, and what `a` acts on, is the new draft.
                state.inbox.search = nil
                state.inbox.preset = .all
                state.inbox.presetLabel = Localized(vi: "Tất cả", en: "All")
                reloadInbox(keeping: id)
            }
            if let recorded {
                let left = selectID != nil && state.inbox.current?.id != selectID
                let filter = state.inbox.presetLabel
                message(left ? Localized(vi: recorded.vi + "; đề xuất không còn trong bộ lọc «\(filter.vi)»",
                                         en: recorded.en + "; the proposal is no longer in the filter «\(filter.en)»") : recorded,
                        .success)
            }
        } catch LedgerError.refused(let refusal) {
            if var host, case .form? = state.overlays.last {
                host.form.showRefusal(refusal)
                replaceTop(.form(host))
            }
            state.message = StatusMessage(text: refusal.message(state.language), kind: .error)
        } catch let error as LedgerError {
            if case .stale = error, var host, case .form? = state.overlays.last {
                // Keep what was typed; the next C-s applies it over the new version, rules re-checked.
                host.seenVersion = (try? ledger.proposal(host.proposalID ?? ""))??.version ?? host.seenVersion
                replaceTop(.form(host))
                loadDetail()
                state.message = StatusMessage(text: error.message(state.language) + (state.language == .vi
                    ? " Nội dung bạn nhập vẫn được giữ; xem lại rồi nhấn C-s để gửi lại." : " What you typed is kept; review it and press C-s to send again."), kind: .error)
            } else {
                show(error)
            }
        } catch {
            show(error)
        }
    }
}
