#!/bin/sh
# Runs the public toml-test corpus (github.com/toml-lang/toml-test; no package on the
# registries this project reaches ships it, so it is never fetched in CI) against SafeTOML:
#   scripts/toml-test-corpus.sh /path/to/toml-test
# where the folder is a checkout (or an unpacked archive) holding tests/files-toml-1.0.0.
# The corpus stays outside the repository. Counts seen at toml-test d168c2a: 709 TOML 1.0
# files, 210 valid parsed as answered, 499 invalid refused, over LF and CR LF alike.
set -eu
corpus=${1:?usage: scripts/toml-test-corpus.sh /path/to/toml-test}
[ -f "$corpus/tests/files-toml-1.0.0" ] || { echo "no tests/files-toml-1.0.0 under $corpus" >&2; exit 2; }
cd "$(dirname "$0")/.."
DEXUAT_TOML_TEST_DIR="$(cd "$corpus/tests" && pwd)" exec swift test --filter TomlTestCorpusTests
