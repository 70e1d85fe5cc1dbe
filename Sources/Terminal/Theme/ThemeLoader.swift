import Foundation

/// What ``ThemeLoader/load(name:searchPaths:environment:colorDepth:)`` found: the theme
/// to use, where it came from, and any problem to show the officer (the program never
/// refuses to start over a theme).
public struct ThemeLoadResult: Sendable {
    /// The theme, already reduced to the terminal's colour depth.
    public var theme: Theme
    /// The file it was read from, or nil for a built-in copy.
    public var file: String?
    /// Messages such as `"/home/an/.config/dexuat/themes/x.toml:3: unknown colour …"`.
    public var problems: [String]
}

/// Finds and reads `Themes/<name>.toml`, falling back to `default` so the program always
/// has a theme.
///
/// ```swift
/// let found = ThemeLoader.load(name: settings.theme ?? "default",
///                              searchPaths: ThemeLoader.standardSearchPaths(),
///                              colorDepth: backend.colorDepth)
/// backend.theme = found.theme
/// found.problems.forEach(statusLine.warn)
/// ```
public enum ThemeLoader {
    /// Folders searched for themes, first match wins: `$DEXUAT_THEMES`,
    /// `$XDG_CONFIG_HOME/dexuat/themes` (or `~/.config/dexuat/themes`),
    /// `<executable dir>/../share/dexuat/themes`, and the source tree's `Themes` (for
    /// `swift run`).
    public static func standardSearchPaths(environment: [String: String] = ProcessInfo.processInfo.environment,
                                           executablePath: String? = Bundle.main.executablePath) -> [String] {
        var paths: [String] = []
        if let own = environment["DEXUAT_THEMES"], !own.isEmpty { paths.append(own) }
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            paths.append(config + "/dexuat/themes")
        } else if let home = environment["HOME"], !home.isEmpty {
            paths.append(home + "/.config/dexuat/themes")
        }
        if let executablePath {
            let bin = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
            paths.append(bin.deletingLastPathComponent().appendingPathComponent("share/dexuat/themes").path)
        }
        paths.append(sourceTreeThemes)
        return paths
    }

    /// The `Themes` folder of the source tree this module was built from.
    public static var sourceTreeThemes: String {
        // Sources/Terminal/Theme/ThemeLoader.swift → the repository root.
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes").path
    }

    /// The theme called `name`, reduced to `colorDepth`.
    ///
    /// `NO_COLOR` set to anything non-empty, or a terminal without colour, gives
    /// `monochrome` whatever `name` says. A theme styles only some roles; the others
    /// come from `default` (the file if found, else ``Theme/builtInDefault``). A missing
    /// or broken file is reported in ``ThemeLoadResult/problems`` and `default` is used,
    /// in Vietnamese when `vietnamese` (the officer's language), else in English.
    public static func load(name: String, searchPaths: [String],
                            environment: [String: String] = ProcessInfo.processInfo.environment,
                            colorDepth: ColorDepth = .indexed256, vietnamese: Bool = false) -> ThemeLoadResult {
        func say(_ vi: String, _ en: String) -> String { vietnamese ? vi : en }
        var problems: [String] = []
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let depth = noColor ? ColorDepth.monochrome : colorDepth
        let wanted = depth == .monochrome ? "monochrome" : name

        var base = Theme.builtInDefault
        var baseFile: String?
        if let file = find("default", in: searchPaths) {
            switch read(file, name: "default", base: .builtInDefault) {
            case .success(let theme):
                base = theme
                baseFile = file
            case .failure(let error):
                problems.append(error.description)
            }
        }
        if wanted == "default" {
            return ThemeLoadResult(theme: base.reduced(to: depth), file: baseFile, problems: problems)
        }
        let fallback = wanted == "monochrome" ? Theme.builtInMonochrome : base
        guard isValidName(wanted) else {
            problems.append(say("tên giao diện \"\(wanted)\" chỉ được gồm chữ, số, - và _; dùng giao diện mặc định",
                                "theme name \"\(wanted)\" may hold only letters, digits, - and _; using default"))
            return ThemeLoadResult(theme: base.reduced(to: depth), file: baseFile, problems: problems)
        }
        guard let file = find(wanted, in: searchPaths) else {
            if wanted != "monochrome" {
                problems.append(say("không tìm thấy giao diện \"\(wanted)\" trong \(searchPaths.joined(separator: ", ")); dùng giao diện mặc định",
                                    "theme \"\(wanted)\" not found in \(searchPaths.joined(separator: ", ")); using default"))
            }
            return ThemeLoadResult(theme: fallback.reduced(to: depth), file: nil, problems: problems)
        }
        switch read(file, name: wanted, base: wanted == "monochrome" ? .builtInMonochrome : base) {
        case .success(let theme):
            return ThemeLoadResult(theme: theme.reduced(to: depth), file: file, problems: problems)
        case .failure(let error):
            problems.append(error.description + (wanted == "monochrome"
                ? say("; dùng giao diện đơn sắc có sẵn", "; using the built-in monochrome")
                : say("; dùng giao diện mặc định", "; using default")))
            return ThemeLoadResult(theme: fallback.reduced(to: depth), file: nil, problems: problems)
        }
    }

    /// The theme names found in the search paths, sorted, for `--theme` help and completion.
    public static func availableThemes(searchPaths: [String]) -> [String] {
        var names: Set<String> = ["default", "monochrome"]
        for folder in searchPaths {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for file in files where file.hasSuffix(".toml") {
                let name = String(file.dropLast(5))
                if isValidName(name) { names.insert(name) }
            }
        }
        return names.sorted()
    }

    private static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    private static func find(_ name: String, in searchPaths: [String]) -> String? {
        for folder in searchPaths {
            let path = folder + "/" + name + ".toml"
            if FileManager.default.isReadableFile(atPath: path) { return path }
        }
        return nil
    }

    private static func read(_ file: String, name: String, base: Theme) -> Result<Theme, ThemeError> {
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            return .failure(ThemeError(file: file, line: 1, message: "cannot read the file as UTF-8 text"))
        }
        do {
            return .success(try Theme.parse(text, file: file, name: name, base: base))
        } catch {
            return .failure(error)
        }
    }
}
