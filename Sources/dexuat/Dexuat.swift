import ArgumentParser
import CrashGuard
import Foundation
import Terminal

/// `dexuat`: the innovation-proposal procedure of Công văn 432/UBND-VHXH, from the
/// command line. Every step of the TUI is also a command here, for scripts and tests.
@main
struct Dexuat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dexuat",
        abstract: "Tiếp nhận, xem xét, phê duyệt, theo dõi, đánh giá đề xuất đổi mới, sáng tạo (Công văn 432/UBND-VHXH, Nghị định 73/2023/NĐ-CP).",
        discussion: """
            Cơ sở dữ liệu: --db, hoặc $DEXUAT_DB, hoặc $XDG_DATA_HOME/dexuat/dexuat.sqlite.
            Người thực hiện là tài khoản đăng nhập hệ điều hành, gắn với một cán bộ.
            Mã thoát: 0 thành công; 1 bị quy định từ chối; 2 dữ liệu nhập sai; 3 lỗi cơ sở dữ liệu; 70 lỗi nội bộ.
            --lang en: English output.
            dexuat --version: phiên bản (chi tiết: dexuat version).
            """,
        subcommands: [
            Init.self, Demo.self, UnitCommand.self, OfficerCommand.self, New.self, Edit.self,
            Submit.self, Receive.self, Return.self, OutOfScope.self, Withdraw.self, PartyOpinionCommand.self,
            Checklist.self, BallotCommand.self, Decide.self, ResourceCommand.self, ProgressCommand.self,
            DirectiveCommand.self, ResultReport.self, Evaluate.self, Conclude.self, MeasureCommand.self, Close.self,
            Forward.self, OutcomeCommand.self, MeetingCommand.self,
            List.self, Show.self, Attach.self, Attachments.self, AttachmentCommand.self, CalendarCommand.self, SettingsCommand.self, Verify.self,
            ReportCommand.self,
            LibraryCommand.self, BriefingCommand.self, AcknowledgeCommand.self, CoverageCommand.self, InspectionCommand.self, DifficultyCommand.self, ConflictCommand.self,
            DelegateCommand.self, AppointCommand.self,
            RegisterCommand.self, DocumentCommand.self, ImportCommand.self, FormCommand.self,
            RemindCommand.self, Backup.self, Restore.self, Checkpoint.self, SSHSession.self, VersionCommand.self,
        ]
    )

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Mở giao diện trên một cơ sở dữ liệu demo mới (thư mục tạm), bắt đầu bằng việc chọn vai.")
    var demo = false

    @Option(help: "Giao diện màu: default, light, dark, high-contrast, monochrome, colorblind (hoặc một tệp giao diện riêng).")
    var theme: String?

    /// ArgumentParser's own `main`, except that a usage error (an unknown option, a
    /// missing argument, a value that does not parse) exits 2 as README promises, not
    /// EX_USAGE (64). `--help` and `--version` still exit 0.
    ///
    /// `dexuat --version`, and only exactly that: neither CommandConfiguration.version nor
    /// a root flag, since ArgumentParser would then take `--version` from every subcommand
    /// too, where it is the version of a proposal one saw (`submit ID --version 3`).
    static func main() {
        // First, before anything can crash: replaces the Swift runtime's backtracer.
        CrashGuard.install(restoreTerminal: CursesTerminal.asyncSignalSafeRestore)
        if Array(CommandLine.arguments.dropFirst()) == ["--version"] {
            print("dexuat \(DexuatVersion.current)")
            return
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exitMapped(withError: error)
        }
    }

    /// `exit(withError:)` with EX_USAGE turned into 2.
    static func exitMapped(withError error: Error) -> Never {
        guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        exit(withError: ExitCode(2))
    }

    /// No subcommand: open the Desk.
    func run() throws {
        let languageGiven = CommandLine.arguments.contains { $0 == "--lang" || $0.hasPrefix("--lang=") }
        try dexuat.run(options) {
            try TUI.open(options: options, demo: demo, theme: theme, languageGiven: languageGiven)
        }
    }
}
