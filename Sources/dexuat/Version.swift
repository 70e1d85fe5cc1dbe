/// The version of dexuat: the one place it is written. `dexuat --version` prints it and
/// scripts/build-deb.sh reads it (with sed) to name the Debian package.
enum DexuatVersion {
    static let current = "0.14.0"
}
