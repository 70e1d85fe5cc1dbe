#!/usr/bin/env bash
# Builds dexuat as a Debian package: a static release binary (--static-swift-stdlib: no
# library of the Swift toolchain is needed where it runs), its themes, man pages made from
# the command tree, shell completions, systemd timers and the service account's set-up.
#
#   scripts/build-deb.sh [OUTPUT_DIR]      # default: the current folder
#
# The version is the one of Sources/dexuat/Version.swift (what `dexuat --version` prints);
# the Debian revision is the top entry of packaging/deb/changelog, which must name it.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
out=$(mkdir -p "${1:-.}" && cd "${1:-.}" && pwd)
cd "$repo"
pkg=packaging/deb

die() { echo "build-deb: $*" >&2; exit 1; }
for tool in dpkg-deb dpkg-shlibdeps gzip strip md5sum python3; do
    command -v "$tool" >/dev/null || die "$tool is missing (apt-get install dpkg-dev binutils python3)"
done

version=$(sed -n 's/^ *static let current = "\([0-9][0-9A-Za-z.+~]*\)".*/\1/p' Sources/dexuat/Version.swift)
[ -n "$version" ] || die "no version in Sources/dexuat/Version.swift"
debversion=$(sed -n '1s/^dexuat (\([^)]*\)).*/\1/p' "$pkg/changelog")
[ "${debversion%-*}" = "$version" ] ||
    die "packaging/deb/changelog starts with $debversion, not $version-N: add an entry for $version"
arch=$(dpkg --print-architecture)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/dexuat_${debversion}_$arch"

build=(swift build -c release --static-swift-stdlib)
echo "build-deb: dexuat $debversion ($arch): ${build[*]} --product dexuat"
if ! "${build[@]}" --product dexuat > "$work/build.log" 2>&1; then
    grep -vE '^\[[0-9]+/[0-9]+\]' "$work/build.log" | tail -40 >&2
    die "the release build failed"
fi
bin="$("${build[@]}" --show-bin-path)/dexuat"
[ -x "$bin" ] || die "the build made no $bin"
[ "$("$bin" --version)" = "dexuat $version" ] || die "$bin --version says \"$("$bin" --version)\", not dexuat $version"
if ldd "$bin" | grep -iE 'swift|/opt/|not found'; then
    die "the binary still needs a library of the Swift toolchain (above)"
fi


install -D -m 0755 "$bin" "$root/usr/bin/dexuat"
# The symbols only serve a debugger; the Swift metadata the program reads (Mirror) is in
# sections of its own that strip keeps.
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$root/usr/bin/dexuat"

# Themes: found through <executable>/../share/dexuat/themes (ThemeLoader.standardSearchPaths).
install -d -m 0755 "$root/usr/share/dexuat/themes"
install -m 0644 Themes/*.toml "$root/usr/share/dexuat/themes/"

# Man pages for dexuat and every subcommand, from the command tree the binary dumps, dated
# by the changelog (reproducible). Not swift-argument-parser's generate-manual: it drops
# every non-ASCII character, i.e. most of the Vietnamese (see scripts/dump-help-to-man.py).
changed=$(sed -n 's/^ -- .*>  //p' "$pkg/changelog" | head -1)
day=$(date -u -d "$changed" +%Y-%m-%d)
install -d -m 0755 "$work/man" "$root/usr/share/man/man1"
"$root/usr/bin/dexuat" --experimental-dump-help > "$work/tree.json"
python3 scripts/dump-help-to-man.py "$work/man" "$day" "$version" < "$work/tree.json" >/dev/null
count=0
for page in "$work"/man/*.1; do
    gzip -9n -c "$page" > "$root/usr/share/man/man1/$(basename "$page").gz"
    chmod 0644 "$root/usr/share/man/man1/$(basename "$page").gz"
    count=$((count + 1))
done
[ "$count" -gt 1 ] || die "the manual generator wrote $count pages"

# Completions; proposal ids are completed from the database (ProposalCompletion).
install -d -m 0755 "$root/usr/share/bash-completion/completions" "$root/usr/share/zsh/vendor-completions" \
    "$root/usr/share/fish/vendor_completions.d"
# (bash-completion sources the file: its "#!/bin/bash" line means nothing there.)
"$root/usr/bin/dexuat" --generate-completion-script bash | sed '1{/^#!/d}' > "$root/usr/share/bash-completion/completions/dexuat"
"$root/usr/bin/dexuat" --generate-completion-script zsh > "$root/usr/share/zsh/vendor-completions/_dexuat"
"$root/usr/bin/dexuat" --generate-completion-script fish > "$root/usr/share/fish/vendor_completions.d/dexuat.fish"
chmod 0644 "$root"/usr/share/bash-completion/completions/dexuat "$root"/usr/share/zsh/vendor-completions/_dexuat \
    "$root"/usr/share/fish/vendor_completions.d/dexuat.fish

# systemd units (Debian 12 keeps packaged units in /lib/systemd/system) and the backup script.
install -d -m 0755 "$root/lib/systemd/system" "$root/usr/lib/dexuat"
install -m 0644 "$pkg"/dexuat-backup.service "$pkg"/dexuat-backup.timer \
    "$pkg"/dexuat-remind.service "$pkg"/dexuat-remind.timer "$root/lib/systemd/system/"
install -m 0755 "$pkg/backup-rotate" "$root/usr/lib/dexuat/backup-rotate"

install -d -m 0755 "$root/usr/share/lintian/overrides"
install -m 0644 "$pkg/lintian-overrides" "$root/usr/share/lintian/overrides/dexuat"

install -d -m 0755 "$root/usr/share/doc/dexuat"
install -m 0644 "$pkg/copyright" "$root/usr/share/doc/dexuat/copyright"
gzip -9n -c "$pkg/changelog" > "$root/usr/share/doc/dexuat/changelog.Debian.gz"
chmod 0644 "$root/usr/share/doc/dexuat/changelog.Debian.gz"

# Depends: what dpkg-shlibdeps finds the binary needs, plus adduser for postinst.
install -d "$work/shlibs/debian"
printf 'Source: dexuat\n\nPackage: dexuat\nArchitecture: any\n' > "$work/shlibs/debian/control"
shlibs=$(cd "$work/shlibs" && dpkg-shlibdeps -O "$root/usr/bin/dexuat" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$shlibs" ] || die "dpkg-shlibdeps found no dependency"
depends="adduser, $shlibs"

install -d -m 0755 "$root/DEBIAN"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$debversion/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" -e "s/@DEPENDS@/$depends/" \
    "$pkg/control" > "$root/DEBIAN/control"
install -m 0755 "$pkg/postinst" "$pkg/prerm" "$pkg/postrm" "$root/DEBIAN/"
(cd "$root" && find . -type f ! -path './DEBIAN/*' -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) > "$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/md5sums"

deb="$out/dexuat_${debversion}_$arch.deb"
rm -f "$deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "build-deb: $deb ($(du -k "$deb" | cut -f1) KiB; $count man pages; Depends: $depends)"
