import ArgumentParser
import Foundation
import Procedure

/// What an officer may pass to each command over SSH (`ssh-session`), reviewed option by
/// option. Consulted after the command line is parsed, on the values the parser stored,
/// so no spelling (`--output=x`, `-- x`, a repeated option) gets around it. A command
/// or an option missing here is refused: one added later is unavailable over SSH until
/// someone classifies it (SSHPolicyTests fails until then).
enum SSHPolicy {
    enum Rule: Equatable {
        /// Plain text or a number, never a file name; `@…` is refused (it would read a file).
        case value
        /// Must be `-` (standard input): the option names a file to read otherwise.
        case standardInput
        /// Must not be given over SSH (a file to write, or a switch that writes one).
        case forbidden
        /// Set by ssh-session itself from the key line (`--db`).
        case session
    }

    struct Entry: Equatable {
        /// As the user types it: `--output`, `<file>`.
        var name: String
        var rule: Rule
    }

    enum CommandRule {
        /// The command is not available over SSH at all.
        case refused
        /// The command's own options and arguments (property name → entry); the
        /// global ones (`--db`, `--lang`) are in `global`.
        case allowed([String: Entry])
    }

    static let global: [String: Entry] = ["db": Entry(name: "--db", rule: .session), "lang": Entry(name: "--lang", rule: .value)]

    private static func v(_ name: String) -> Entry { Entry(name: name, rule: .value) }
    private static func stdin(_ name: String) -> Entry { Entry(name: name, rule: .standardInput) }
    private static func no(_ name: String) -> Entry { Entry(name: name, rule: .forbidden) }
    /// The arguments of every step on a proposal (StepOptions).
    private static let step: [String: Entry] = ["id": v("<id>"), "seen": v("--version"), "json": v("--json")]
    private static func stepWith(_ more: [String: Entry]) -> CommandRule { .allowed(step.merging(more) { $1 }) }

    /// Every command of `dexuat`, by its path of names ("" for dexuat itself).
    static let table: [String: CommandRule] = [
        "": .allowed(["demo": no("--demo"), "theme": no("--theme")]),
        "init": .refused, "demo": .refused, "backup": .refused, "restore": .refused, "ssh-session": .refused,
        // remind: an administrator's or the timer's command. It shows what waits on every
        // officer (not only the key holder's), sends mail as the service account and takes
        // any --date; the key holder gets their own digest when the Desk opens instead.
        "remind": .refused,
        "unit": .allowed([:]),
        "unit add": .allowed(["id": v("--id"), "name": v("--name"), "kind": v("--kind"), "parent": v("--parent"),
                                "partyCommittee": v("--party-committee"), "symbol": v("--symbol")]),
        "unit list": .allowed(["json": v("--json")]),
        "officer": .allowed([:]),
        "officer add": .allowed(["login": v("--login"), "name": v("--name"), "unit": v("--unit"), "position": v("--position"),
                                 "managing": v("--managing"), "role": v("--role"), "sshKey": v("--ssh-key"),
                                 "install": no("--install"), "authorizedKeys": no("--authorized-keys")]),
        "officer set": .allowed(["login": v("<login>"), "email": v("--email")]),
        "officer list": .allowed(["unit": v("--unit"), "json": v("--json")]),
        "officer grant": .allowed(["login": v("<login>"), "role": v("<role>"), "unit": v("--unit")]),
        "officer revoke": .allowed(["login": v("<login>"), "role": v("<role>"), "unit": v("--unit")]),
        "new": .allowed(["from": stdin("--from"), "template": v("--template"), "json": v("--json")]),
        "edit": .allowed(["id": v("<id>"), "from": stdin("--from"), "seen": v("--version"), "json": v("--json")]),
        "submit": stepWith([:]),
        "receive": stepWith(["number": v("--number")]),
        "return": stepWith(["reasons": v("--reasons")]),
        "out-of-scope": stepWith(["ground": v("--ground"), "reasons": v("--reasons"), "channel": v("--channel")]),
        "withdraw": stepWith(["reason": v("--reason")]),
        "party-opinion": stepWith(["stance": v("--stance"), "text": v("--text"), "committee": v("--committee"), "onBehalfOf": v("--on-behalf-of")]),
        "checklist": stepWith(["checks": v("--check"), "onBehalfOf": v("--on-behalf-of")]),
        "ballot": stepWith(["yes": v("--yes"), "no": v("--no"), "comment": v("--comment"), "checks": v("--check"), "onBehalfOf": v("--on-behalf-of")]),
        "decide": stepWith(["kind": v("--kind"), "number": v("--number"), "reasons": v("--reasons"), "responsibility": v("--responsibility")]),
        "resource": stepWith(["funding": v("--funding"), "staff": v("--staff"), "equipment": v("--equipment"),
                              "reassignment": v("--reassignment"), "noneNeeded": v("--none-needed")]),
        "progress": stepWith(["percent": v("--percent"), "note": v("--note")]),
        "directive": stepWith(["kind": v("--kind"), "reason": v("--reason")]),
        "result": stepWith(["summary": v("--summary"), "results": v("--result")]),
        "evaluate": stepWith(["outcome": v("--outcome"), "damage": v("--damage"), "damageDescription": v("--damage-description"),
                              "damageEstimate": v("--damage-estimate"), "findings": v("--finding"), "abuse": v("--abuse"),
                              "objective": v("--objective"), "subjective": v("--subjective"), "results": v("--result"),
                              "mine": v("--mine"), "departures": v("--departure")]),
        "conclude": stepWith(["number": v("--number"), "text": v("--text")]),
        "measure": stepWith(["kind": v("--kind"), "number": v("--number"), "date": v("--date"), "decidedBy": v("--decided-by"), "reason": v("--reason")]),
        "close": stepWith([:]),
        "forward": stepWith(["letter": v("--letter"), "date": v("--date")]),
        "outcome": stepWith(["decision": v("--decision"), "date": v("--date"), "result": v("--result"), "reason": v("--reason")]),
        "list": .allowed(["state": v("--state"), "unit": v("--unit"), "overdue": v("--overdue"), "dueSoon": v("--due-soon"), "mine": v("--mine"),
                          "search": v("--search"), "limit": v("--limit"), "after": v("--after"), "json": v("--json")]),
        "show": .allowed(["id": v("<id>"), "json": v("--json")]),
        // §7.8: the file comes on standard input and goes to standard output; no server path.
        "attach": .allowed(["id": v("<id>"), "step": v("--step"), "name": v("--name"), "type": v("--type"), "json": v("--json")]),
        "attachments": .allowed(["id": v("<id>"), "json": v("--json")]),
        "attachment": .allowed([:]),
        "attachment get": .allowed(["id": v("<id>"), "number": v("<number>")]),
        "calendar": .allowed(["year": v("--year"), "addHoliday": v("--add-holiday"), "addWorkday": v("--add-workday"),
                              "reason": v("--reason"), "json": v("--json")]),
        "settings": .allowed(["assignments": v("--set"), "addItems": v("--add-checklist-item"),
                              "removeItems": v("--remove-checklist-item"), "json": v("--json")]),
        "verify": .allowed(["register": stdin("--register"), "against": v("--against"), "againstFile": stdin("--against-file"),
                             "since": v("--since"), "json": v("--json")]),
        "report": .allowed(["period": v("--period"), "format": v("--format"), "output": no("--output"), "force": no("--force"), "asOf": v("--as-of")]),
        "library": .allowed([:]),
        "library list": .allowed(["json": v("--json")]),
        "library show": .allowed(["id": v("<id>"), "json": v("--json")]),
        "library add": .allowed(["id": v("--id"), "number": v("--number"), "date": v("--date"), "issuer": v("--issuer"), "title": v("--title"),
                                 "summary": v("--summary"), "summaryEN": v("--summary-en"), "required": v("--required")]),
        "briefing": .allowed([:]),
        "briefing add": .allowed(["unit": v("--unit"), "date": v("--date"), "presenter": v("--presenter"), "texts": v("--text"),
                                  "attendees": v("--attendee"), "allOfUnit": v("--all-of-unit"), "notes": v("--notes")]),
        "briefing list": .allowed(["unit": v("--unit"), "json": v("--json")]),
        "acknowledge": .allowed(["text": v("<text>"), "officer": v("--officer")]),
        "coverage": .allowed(["unit": v("--unit"), "text": v("--text"), "json": v("--json")]),
        "inspection": .allowed([:]),
        "inspection add": .allowed(["unit": v("--unit"), "date": v("--date"), "scope": v("--scope"), "findings": v("--findings"),
                                    "recommendations": v("--recommendation")]),
        "inspection list": .allowed(["unit": v("--unit"), "open": v("--open"), "json": v("--json")]),
        "inspection show": .allowed(["id": v("<id>"), "json": v("--json")]),
        "inspection follow-up": .allowed(["id": v("<id>"), "number": v("--number"), "status": v("--status"), "note": v("--note")]),
        "conflict": .allowed([:]),
        "conflict declare": .allowed(["id": v("<id>"), "reason": v("--reason"), "json": v("--json")]),
        "conflict list": .allowed(["id": v("<id>"), "json": v("--json")]),
        "delegate": .allowed([:]),
        "delegate grant": .allowed(["to": v("--to"), "unit": v("--unit"), "from": v("--from"), "until": v("--until"), "steps": v("--steps"),
                              "number": v("--number"), "date": v("--date"), "json": v("--json")]),
        "delegate revoke": .allowed(["key": v("<key>")]),
        "delegate list": .allowed(["json": v("--json")]),
        "appoint": .allowed([:]),
        "appoint make": .allowed(["unit": v("--unit"), "officer": v("--officer"), "number": v("--number"), "date": v("--date"),
                             "json": v("--json")]),
        "appoint revoke": .allowed(["key": v("<key>")]),
        "meeting": .allowed([:]),
        "meeting open": stepWith(["stage": v("--stage"), "date": v("--date"), "chair": v("--chair")]),
        "meeting attend": stepWith(["stage": v("--stage"), "present": v("--present"), "absent": v("--absent")]),
        "meeting show": .allowed(["id": v("<id>"), "json": v("--json")]),
        "difficulty": .allowed([:]),
        "difficulty file": .allowed(["unit": v("--unit"), "category": v("--category"), "text": v("--text")]),
        "difficulty list": .allowed(["unit": v("--unit"), "status": v("--status"), "json": v("--json")]),
        "difficulty show": .allowed(["id": v("<id>"), "json": v("--json")]),
        "difficulty answer": .allowed(["id": v("<id>"), "text": v("--text")]),
        "difficulty escalate": .allowed(["id": v("<id>"), "due": v("--due"), "note": v("--note")]),
        "difficulty resolve": .allowed(["id": v("<id>"), "text": v("--text")]),
        "register": .allowed(["format": v("--format"), "output": no("--output"), "force": no("--force"), "period": v("--period")]),
        "document": .allowed(["id": v("<id>"), "kind": v("--kind"), "format": v("--format"), "output": no("--output"), "force": no("--force"),
                              "place": v("--place")]),
        "import": .allowed(["file": stdin("<file>"), "format": v("--format"), "checkOnly": v("--check")]),
        "form": .allowed([:]),
        "form export": .allowed(["id": v("<id>"), "kind": v("--kind"), "output": no("--output"), "force": no("--force")]),
        "form import": .allowed(["file": stdin("<file>"), "json": v("--json")]),
        "checkpoint": .allowed(["json": v("--json")]),
        // Reads the session's database read-only: the chain length is no more than checkpoint shows.
        "version": .allowed(["json": v("--json")]),
    ]

    // MARK: - The command tree

    /// Every command type with its path of names, walked from `dexuat`'s configuration.
    static func tree(_ root: ParsableCommand.Type = Dexuat.self, path: String = "") -> [(path: String, type: ParsableCommand.Type)] {
        var all: [(String, ParsableCommand.Type)] = [(path, root)]
        for sub in root.configuration.subcommands {
            all += tree(sub, path: path.isEmpty ? sub._commandName : path + " " + sub._commandName)
        }
        return all
    }

    static let paths: [ObjectIdentifier: String] = Dictionary(tree().map { (ObjectIdentifier($0.type), $0.path) }, uniquingKeysWith: { a, _ in a })

    /// The stored properties of a parsed command, option groups flattened, in declaration
    /// order: (property name, value). A property that is no parser wrapper has a nil value.
    static func properties(of value: Any) -> [(label: String, value: Any?)] {
        var found: [(String, Any?)] = []
        for child in Mirror(reflecting: value).children {
            let label = String((child.label ?? "?").drop(while: { $0 == "_" }))
            if let group = child.value as? any SSHGroupProperty {
                found += properties(of: group.groupValue)
            } else if let leaf = child.value as? any SSHLeafProperty {
                found.append((label, leaf.parsedValue))
            } else {
                found.append((label, nil))
            }
        }
        return found
    }

    /// The property names of a command type, without parsing anything (for the tests).
    static func labels(of type: ParsableArguments.Type) -> [String] {
        var found: [String] = []
        for child in Mirror(reflecting: type.init()).children {
            let label = String((child.label ?? "?").drop(while: { $0 == "_" }))
            if let group = Swift.type(of: child.value) as? any SSHGroupProperty.Type {
                found += labels(of: group.groupType)
            } else {
                found.append(label)
            }
        }
        return found
    }

    // MARK: - At run time

    /// Refuses a parsed command, or one of its values, that the table does not allow.
    static func check(_ command: ParsableCommand, database: String, table: [String: CommandRule] = SSHPolicy.table) throws {
        let name = type(of: command)._commandName
        guard let path = paths[ObjectIdentifier(type(of: command))], let rule = table[path] else {
            // The parser's own `help` (`ssh … help form`) prints help and touches nothing.
            if name == "help" && String(reflecting: type(of: command)).hasPrefix("ArgumentParser.") { return }
            throw refusedCommand(name)
        }
        guard case .allowed(let entries) = rule else { throw refusedCommand(path) }
        for (label, value) in properties(of: command) {
            guard let entry = entries[label] ?? global[label] else {
                throw InputError(CLIText.optionCommandNotReviewedSsh(label, path))
            }
            let strings = self.strings(in: value)
            switch entry.rule {
            case .value:
                if let word = strings.first(where: { $0.hasPrefix("@") }) {
                    throw UserFiles.refusedOverSSH("\(entry.name) \(word)")
                }
            case .standardInput:
                if let word = strings.first(where: { $0 != "-" }) {
                    throw InputError(CLIText.sshSessionTakesOnlyText(entry.name, Text.visible(word), path, entry.name.hasPrefix("<") ? "-" : entry.name + " -"))
                }
            case .forbidden:
                if isGiven(value) {
                    throw InputError(CLIText.notAvailableSshSessionNo(entry.name, path))
                }
            case .session:
                guard strings == [database] else {
                    throw InputError(CLIText.sshSessionDatabaseFixedDb)
                }
            }
        }
    }

    static func refusedCommand(_ name: String) -> InputError {
        InputError(CLIText.commandNotAvailableOverSsh(name))
    }

    /// The text of a value: an optional unwrapped, an array's elements; non-text values give
    /// their description (numbers, choices), which no rule treats as a file.
    static func strings(in value: Any?) -> [String] {
        guard let value else { return [] }
        if let text = value as? String { return [text] }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional: return mirror.children.first.map { strings(in: $0.value) } ?? []
        case .collection, .set: return mirror.children.flatMap { strings(in: $0.value) }
        default: return [String(describing: value)]
        }
    }

    /// Whether a value was given: not nil, not false, not empty. (A property that is no
    /// parser wrapper counts as given, so it is refused where it is not a plain value.)
    static func isGiven(_ value: Any?) -> Bool {
        guard let value else { return true }
        if let flag = value as? Bool { return flag }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional: return mirror.children.first.map { isGiven($0.value) } ?? false
        case .collection, .set: return !mirror.children.isEmpty
        default: return true
        }
    }
}

/// The parser's property wrappers, read through their public `wrappedValue`.
protocol SSHLeafProperty { var parsedValue: Any { get } }
protocol SSHGroupProperty {
    static var groupType: ParsableArguments.Type { get }
    var groupValue: Any { get }
}
extension Option: SSHLeafProperty { var parsedValue: Any { wrappedValue } }
extension Flag: SSHLeafProperty { var parsedValue: Any { wrappedValue } }
extension Argument: SSHLeafProperty { var parsedValue: Any { wrappedValue } }
extension OptionGroup: SSHGroupProperty {
    static var groupType: ParsableArguments.Type { Value.self }
    var groupValue: Any { wrappedValue }
}
