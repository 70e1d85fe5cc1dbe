import Foundation
import Procedure
import Terminal

/// A full-screen board of the Desk. The proposals' three panes are one board; the others
/// (added one file each under `Boards/`) take the whole body: the dashboard, the legal
/// library and briefings, inspections and difficulty reports.
///
/// To add a board: a case here with its title, a `Command` and a global `Binding` that
/// switches to it (`Bindings.all`), its state as a field of `DeskState`, and one arm in
/// each switch of `DeskApp+Boards.swift` calling the board's own file.
public enum Board: String, CaseIterable, Sendable {
    case proposals
    case dashboard
    /// Point 1: the legal library, acknowledgements, coverage, briefings.
    case dissemination
    /// Point 4: inspections and difficulty reports.
    case oversight

    public var title: Localized {
        switch self {
        case .proposals: Localized(vi: "Đề xuất", en: "Proposals")
        case .dashboard: Localized(vi: "Tổng hợp", en: "Dashboard")
        case .dissemination: Localized(vi: "Văn bản, quán triệt", en: "Texts and briefings")
        case .oversight: Localized(vi: "Kiểm tra, vướng mắc", en: "Inspections and difficulties")
        }
    }
}

extension DeskApp {
    /// Switches to a board and loads its data.
    func enter(_ board: Board) {
        state.board = board
        reloadBoard()
    }

    /// Reloads the current board's data (on entering it, on `C-r`, and when another
    /// officer changed the database).
    func reloadBoard() {
        boardLoadedAt = Date()
        boardStale = false
        switch state.board {
        case .proposals: break
        case .dashboard: reloadDashboard()
        case .dissemination: reloadDissemination()
        case .oversight: reloadOversight()
        }
    }

    /// Draws the current board into the body; the proposals board is drawn by `render()`.
    func drawBoard(in rect: Rect, into buffer: inout ScreenBuffer) {
        switch state.board {
        case .proposals: break
        case .dashboard: drawDashboard(in: rect, into: &buffer)
        case .dissemination: drawDissemination(in: rect, into: &buffer)
        case .oversight: drawOversight(in: rect, into: &buffer)
        }
    }

    /// Gives a key to the current board first. Returns false when the board does not use
    /// it, so that the global bindings (help, quit, `:`, board switches) still work.
    func handleBoardKey(_ key: Key) -> Bool {
        switch state.board {
        case .proposals: false
        case .dashboard: handleDashboardKey(key)
        case .dissemination: handleDisseminationKey(key)
        case .oversight: handleOversightKey(key)
        }
    }
}
