import Foundation

/// Writes a file the user asked for, with a message in both languages when it fails.
func writeText(_ text: String, to path: String) throws {
    try writeData(Data(text.utf8), to: path)
}

/// The whole file or nothing (a temporary file beside it, then a rename); a missing folder
/// is named rather than reported as a system error.
func writeData(_ data: Data, to path: String) throws {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
        throw InputError(vi: "Không ghi được tệp \(path): thư mục \(folder.path) không tồn tại",
                         en: "Cannot write the file \(path): the folder \(folder.path) does not exist")
    }
    do {
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        throw InputError(vi: "Không ghi được tệp \(path): \(error.localizedDescription)",
                         en: "Cannot write the file \(path): \(error.localizedDescription)")
    }
}

/// Reads a UTF-8 file the user named.
func readText(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw InputError(vi: "Không đọc được tệp \(path)", en: "Cannot read the file \(path)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
        throw InputError(vi: "Tệp \(path) không phải UTF-8", en: "The file \(path) is not UTF-8")
    }
    return text
}
