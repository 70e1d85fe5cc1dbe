import Foundation
import Ledger
import Procedure
import Terminal

/// The bindings that hold on every board: help, quit, the `:` line, the message log,
/// reloading, switching boards (one binding per registered board), and the commands of the
/// `:` line that take an argument.
enum GlobalCommands {
    static func bindings(_ state: DeskState) -> [Binding] {
        var all: [Binding] = [
            Binding([.char("?"), .function(1)], "help", DeskText.helpKey, hint: DeskText.hintHelp),
        ]
        // On the proposals board its own `q` goes back a level; elsewhere `q` is back to it.
        if state.board != .proposals {
            all.append(Binding([.char("q")], "back", DeskText.backToProposals, hint: DeskText.hintBack))
        }
        all += [
            Binding([.char("Q"), .ctrl("c")], "quit", DeskText.quitAsks),
            Binding([], "quit!", DeskText.quitNow),
            Binding([.char(":")], "command", DeskText.commandLine, hint: DeskText.hintCommand),
            Binding([.ctrl("r"), .function(5)], "refresh", DeskText.reload),
            Binding([], "messages", DeskText.messagesHelp),
            Binding([.char("P")], "proposals", DeskText.proposalsBoard, hint: state.board == .proposals ? nil : Board.proposalsTitle),
        ]
        for type in BoardRegistry.all {
            all.append(Binding([type.switchKey], type.commandName, type.description,
                               hint: state.board == .proposals ? nil : type.hint, argument: true))
        }
        all += [
            Binding([], "open", DeskText.openHelp, argument: true),
            Binding([], "as", DeskText.asHelp, why: state.reference.isDemo ? nil : DeskText.asDemoOnly, argument: true),
            Binding([], "lang", DeskText.langHelp, argument: true),
        ]
        return all
    }

    static func perform(_ name: String, argument: String?, _ state: inout DeskState) -> [DeskAction] {
        switch name {
        case "help":
            return [.push(.help(HelpOverlay(sections: DeskUpdate.helpSections(state))))]
        case "quit": return [.quit(force: false)]
        case "quit!": return [.quit(force: true)]
        case "back", "proposals":
            state.board = .proposals
            return []
        case "command":
            return [.push(.prompt(Prompt(purpose: .command, vocabulary: vocabulary(state))))]
        case "messages":
            return [.push(.messages(MessageLog(state.messages)))]
        case "refresh":
            var actions: [DeskAction] = [.job(referenceJob())]
            if state.board != .proposals { DeskUpdate.loadBoard(&state, &actions) }
            var proposals = state.proposals
            actions += proposals.reload(state, keeping: proposals.inbox.current?.id)
            state.proposals = proposals
            actions.append(.say(DeskText.reloaded, .info))
            return actions
        case "open":
            state.board = .proposals
            guard let typed = argument?.trimmingCharacters(in: .whitespaces), !typed.isEmpty else {
                return [.say(DeskText.openUsage, .error)]
            }
            return [.send(.proposals, ProposalsIntent.openID(typed))]
        case "as":
            guard state.reference.isDemo else { return [.say(DeskText.asDemoOnly, .error)] }
            guard let login = argument?.trimmingCharacters(in: .whitespaces), !login.isEmpty else {
                return [.push(.chooser(Chooser(choices: Chooser.everyOfficer(state.organization, language: state.language))))]
            }
            guard state.organization.officer(login) != nil else { return [.say(DeskText.noOfficer(login), .error)] }
            return [.play(login)]
        case "lang":
            guard let language = argument.flatMap(Language.init(rawValue:)) else { return [.say(DeskText.langUsage, .error)] }
            state.language = language
            describeOfficer(&state)
            var proposals = state.proposals
            let actions = proposals.languageChanged(state)
            state.proposals = proposals
            return actions
        default:
            guard let type = BoardRegistry.all.first(where: { $0.commandName == name }) else { return [] }
            return enter(type, argument: argument, &state)
        }
    }

    /// Switches to a registered board: made on first entry, its data asked of the worker.
    static func enter(_ type: any BoardComponent.Type, argument: String?, _ state: inout DeskState) -> [DeskAction] {
        state.board = type.board
        var board = state.boards[type.board] ?? type.make(state)
        var actions = board.enter(argument: argument, state)
        state.boards[type.board] = board
        DeskUpdate.loadBoard(&state, &actions)
        return actions
    }

    /// Every name the `:` line knows here, with the words its arguments take.
    static func vocabulary(_ state: DeskState) -> Prompt.Vocabulary {
        let names = (state.currentBoard.bindings(state) + bindings(state)).map(\.name).filter { !$0.isEmpty }
        var arguments: [String: [String]] = [
            "lang": Language.allCases.map(\.rawValue),
            "as": state.reference.isDemo ? state.organization.officers.keys.sorted() : [],
        ]
        arguments["filter"] = state.proposals.presets.map(\.id)
        arguments["action"] = ActionKind.allCases.map(\.rawValue)
        return Prompt.Vocabulary(names: Array(Set(names)).sorted(), arguments: arguments)
    }

    /// Plays another officer of a demo database, without leaving the Desk.
    static func play(_ login: String, _ state: inout DeskState) -> [DeskAction] {
        state.officer = login
        state.played = true
        state.waitingStale = true
        state.waitingCount = -1
        state.board = .proposals
        state.boards.removeAll()
        describeOfficer(&state)
        var proposals = state.proposals
        let actions = proposals.officerChanged(state)
        state.proposals = proposals
        return actions + [.say(DeskText.playing(state.officerName, login), .info)]
    }

    /// The name and roles shown in the status line.
    static func describeOfficer(_ state: inout DeskState) {
        let organization = state.organization
        let officer = organization.officer(state.officer)
        state.officerName = officer?.name ?? state.officer
        let roles = organization.roles(of: state.officer).filter { $0.role != .proposer }
        let roleText = roles.map { $0.role.label[state.language] + " " + $0.unitID }.joined(separator: ", ")
        state.roleLine = roleText.isEmpty ? (officer.map { $0.position + " · " + $0.unitID } ?? "") : roleText
        let standIn = StandIn.line(organization, officer: state.officer, today: state.today, language: state.language)
        if !standIn.isEmpty { state.roleLine = standIn + " · " + state.roleLine }
    }

    static func referenceJob() -> LedgerJob {
        LedgerJob("reference") { ledger in
            do { return .arrived(.reference(try Reference.read(ledger))) } catch { return .arrived(.failed(DeskFailure(error))) }
        }
    }
}

extension Board {
    static let proposalsTitle = DeskText.proposalsBoardTitle
}
