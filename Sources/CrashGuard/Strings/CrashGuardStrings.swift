/// The line a crash prints (GLOSSARY.md: impersonal). `signal` is the signal's name,
/// the code an administrator can look up.
enum CrashGuardText {
    static func message(_ signal: String) -> (vi: String, en: String) {
        ("dexuat gặp lỗi nội bộ và đã dừng; dữ liệu đã ghi vẫn an toàn. Báo cho quản trị viên: mã lỗi \(signal).\n",
         "dexuat hit an internal error and stopped; data already saved is safe. Tell the administrator: error code \(signal).\n")
    }
}
