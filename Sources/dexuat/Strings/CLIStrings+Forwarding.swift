import Procedure

/// §7.6: forwarding to the province.
extension CLIText {
    // MARK: ForwardCommands.swift

    static func invalidProvincialResult(_ result: some CustomStringConvertible) -> Localized {
        Localized(vi: "Kết quả không hợp lệ: \(result) (approved hoặc rejected)",
                  en: "Invalid result: \(result) (approved or rejected)")
    }
}
