import Procedure

/// What dexuat prints, files and publishes from the record: the consolidated report for
/// the ward People's Committee, the public register, the official documents, and the
/// offline forms and imports that bring paper back into the record.
public enum Papers {
    /// The version of the formats this module writes, printed in every file it makes so
    /// that a copy can be traced to the program that made it.
    public static let formatVersion = 1
}
