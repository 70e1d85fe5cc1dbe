/// The full-screen boards besides the proposals board. Adding a board is one file under
/// `Boards/` with a type conforming to `BoardComponent`, and one line here; its key, its
/// `:` command, its hint and its help come from the type.
public enum BoardRegistry {
    public static let all: [any BoardComponent.Type] = [
        DashboardBoard.self,
        DisseminationBoard.self,
        OversightBoard.self,
    ]

    static func type(of board: Board) -> (any BoardComponent.Type)? {
        all.first { $0.board == board }
    }
}
