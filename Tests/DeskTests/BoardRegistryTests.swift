import Foundation
import Testing
@testable import Desk
import Ledger
import Procedure
import Terminal

/// Adding a board is one file and one line in `BoardRegistry`. The registry is a static
/// list a test cannot extend, so this checks the other half of the promise for every
/// registered board: its key, its `:` command, its hint and its help come from its type
/// alone, and its bindings are the one table the keys, the hints, `?` and `:` read.
@Suite("Board registry")
struct BoardRegistryTests {
    static let boards: [any BoardComponent.Type] = BoardRegistry.all

    @Test func theThreeBoardsAreRegisteredOnceEach() {
        let ids: [Board] = Self.boards.map { $0.board }
        let commands: [String] = Self.boards.map { $0.commandName }
        let keys: [Key] = Self.boards.map { $0.switchKey }
        #expect(ids == [Board.dashboard, Board.dissemination, Board.oversight])
        #expect(Set(ids).count == ids.count)
        #expect(Set(commands).count == commands.count)
        #expect(Set(keys).count == keys.count)
        #expect(commands == ["dashboard", "dissemination", "oversight"])
        #expect(keys == [Key.char("T"), Key.char("V"), Key.char("K")])
        for type in Self.boards {
            let found = BoardRegistry.type(of: type.board).map { ObjectIdentifier($0) }
            #expect(found == ObjectIdentifier(type))
        }
    }

    @Test(arguments: BoardRegistry.all.indices) func theKeySwitchesToTheBoardAndQComesBack(index: Int) throws {
        let type = Self.boards[index]
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk()
        app.press(type.switchKey, on: terminal)
        #expect(app.state.board == type.board)
        let made = app.state.boards[type.board].map { ObjectIdentifier(Swift.type(of: $0)) }
        #expect(made == ObjectIdentifier(type))
        app.press(.char("q"), on: terminal)
        #expect(app.state.board == .proposals)
    }

    @Test(arguments: BoardRegistry.all.indices) func theCommandSwitchesToTheBoardAndCompletes(index: Int) throws {
        let type = Self.boards[index]
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk()
        #expect(GlobalCommands.vocabulary(app.state).names.contains(type.commandName))
        terminal.enqueue(.char(":"))
        terminal.type(type.commandName)
        app.press(.enter, on: terminal)
        #expect(app.state.board == type.board)
    }

    @Test(arguments: BoardRegistry.all.indices) func theHelpListsTheBoardWithItsDescription(index: Int) throws {
        let type = Self.boards[index]
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk()
        let everywhere = DeskUpdate.helpSections(app.state).flatMap(\.bindings)
        let binding = try #require(everywhere.first { $0.name == type.commandName })
        #expect(binding.keys == [type.switchKey])
        #expect(binding.label.vi == type.description.vi && binding.label.en == type.description.en)
        // On the board: its own section, titled with its description, holds its bindings.
        app.press(type.switchKey, on: terminal)
        let sections = DeskUpdate.helpSections(app.state)
        #expect(sections.first?.title.vi == type.description.vi)
        let board = try #require(app.state.boards[type.board])
        #expect(sections.first?.bindings.map(\.name) == board.bindings(app.state).map(\.name))
        app.press(.char("?"), on: terminal)
        #expect(app.screenText.contains(DeskText.helpTitle.vi))
    }

    @Test(arguments: BoardRegistry.all.indices) func theHintOfEveryOtherBoardIsShownOnABoard(index: Int) throws {
        let type = Self.boards[index]
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk()
        app.press(type.switchKey, on: terminal)
        let hinted = StatusBar.hints(app.state).map(\.name)
        for other in Self.boards { #expect(hinted.contains(other.commandName), "\(other.commandName) on \(type.board)") }
    }

    /// A board's bindings: names and keys unique, none hiding a global key (a board that
    /// bound `T` or `q` would trap the officer), every one runnable from the `:` line.
    @Test(arguments: BoardRegistry.all.indices) func theBoardsBindingsAreOneConsistentTable(index: Int) throws {
        let type = Self.boards[index]
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: "tvdung")
        app.press(type.switchKey, on: terminal)
        let board = try #require(app.state.boards[type.board])
        let bindings = board.bindings(app.state)
        let names = bindings.map(\.name)
        #expect(Set(names).count == names.count, "\(names)")
        let keys = bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count, "\(keys)")
        let global = Set(GlobalCommands.bindings(app.state).flatMap(\.keys))
        #expect(global.isDisjoint(with: keys), "\(global.intersection(keys))")
        let vocabulary = GlobalCommands.vocabulary(app.state).names
        for name in names { #expect(vocabulary.contains(name), "\(name)") }
        for binding in bindings { #expect(!binding.label.vi.isEmpty && !binding.label.en.isEmpty, "\(binding.name)") }
    }

    /// Every unavailable binding of a board is refused, by key and by name, with its reason.
    @Test(arguments: BoardRegistry.all.indices) func anUnavailableBindingSaysWhy(index: Int) throws {
        let type = Self.boards[index]
        let fixture = try DeskFixture()
        // A staff member without a role: the boards' forms are refused.
        let (app, terminal) = try fixture.desk(as: DeskWard.staff)
        app.press(type.switchKey, on: terminal)
        let board = try #require(app.state.boards[type.board])
        for binding in board.bindings(app.state) where binding.why != nil {
            guard let key = binding.keys.first else { continue }
            app.press(key, on: terminal)
            #expect(app.state.overlays.isEmpty, "\(binding.name)")
            #expect(app.state.message?.text == binding.why?.vi, "\(binding.name)")
            #expect(app.state.message?.kind == .warning)
            terminal.enqueue(.char(":"))
            terminal.type(binding.name)
            app.press(.enter, on: terminal)
            #expect(app.state.overlays.isEmpty, "\(binding.name)")
            #expect(app.state.message?.text == binding.why?.vi, "\(binding.name)")
        }
    }

    /// Every key the hint line offers on a board is on it, whatever the width, the language,
    /// the officer and the section: labels give way when the line is short, keys never
    /// (the rule of the old board hint line, now the hint bar's).
    @Test(arguments: [Language.vi, .en])
    func everyHintedKeyIsOnTheHintLine(_ language: Language) throws {
        let fixture = try DeskFixture()
        let org = try fixture.ledger.organization()
        let officers = [DeskWard.head, DeskWard.staff, "tvdung", "pvhai", "ltthao"]
            + org.grants.filter { $0.role == .admin || $0.role == .wardLeader }.map(\.login).prefix(2)
        for officer in officers {
            for (width, height) in [(80, 24), (120, 40)] {
                let (app, terminal) = try fixture.desk(as: officer, width: width, height: height, language: language)
                for type in Self.boards {
                    app.press(type.switchKey, on: terminal)
                    for section in ["1", "2", "3"] {
                        let board = try #require(app.state.boards[type.board])
                        if board.bindings(app.state).contains(where: { $0.keys.contains(.char(Character(section))) }) {
                            app.press(.char(Character(section)), on: terminal)
                        }
                        let line = app.render().text()[height - 2]
                        let shown = Set(line.components(separatedBy: "  ").compactMap { $0.split(separator: " ").first.map(String.init) })
                        for binding in StatusBar.hints(app.state) {
                            let key = try #require(binding.keys.first).description
                            #expect(shown.contains(key), "\(officer) \(width)x\(height) \(type.board) \(section): \(key) in «\(line)»")
                        }
                        #expect(shown.contains("q") && shown.contains("?"), "\(officer) \(width)x\(height): q and ? in «\(line)»")
                    }
                }
            }
        }
    }

    /// Until the worker's data arrives a board says it is loading (not "no records").
    @Test(arguments: BoardRegistry.all.indices) func aBoardSaysItIsLoadingUntilItsDataArrives(index: Int) throws {
        let type = Self.boards[index]
        let fixture = try DeskFixture()
        let (app, _) = try fixture.desk()
        var board = type.make(app.state)
        let body = DeskLayout.body(for: app.state)
        board.layout(body, app.state)
        var buffer = ScreenBuffer(size: app.state.size)
        board.draw(app.state, in: body, into: &buffer)
        let text = buffer.text().joined(separator: "\n")
        #expect(text.contains(DeskText.loading.vi), "\(type.board)")
        #expect(!text.contains(DeskText.noRecordsYet.vi), "\(type.board)")
    }
}
