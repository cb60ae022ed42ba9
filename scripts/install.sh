#!/usr/bin/env bash
# Builds one sdw binary with the Swift standard library and Foundation linked in (it runs on a
# machine without Swift), and installs it with its shell completions and man page:
#   PREFIX/bin/sdw                                       (PREFIX defaults to ~/.local)
#   PREFIX/share/bash-completion/completions/sdw
#   PREFIX/share/zsh/site-functions/_sdw
#   PREFIX/share/fish/vendor_completions.d/sdw.fish
#   PREFIX/share/man/man1/sdw.1
# Usage: scripts/install.sh            (or PREFIX=/usr/local sudo -E scripts/install.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${PREFIX:-$HOME/.local}"

echo "== building sdw (release, static Swift standard library)"
swift build -c release --static-swift-stdlib --product sdw
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)"

echo "== installing into $prefix"
install -d "$prefix/bin" "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" \
    "$prefix/share/fish/vendor_completions.d" "$prefix/share/man/man1"
install -m 755 "$bin/sdw" "$prefix/bin/sdw"
"$prefix/bin/sdw" --generate-completion-script bash > "$prefix/share/bash-completion/completions/sdw"
"$prefix/bin/sdw" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_sdw"
"$prefix/bin/sdw" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/sdw.fish"

# The man page comes from ArgumentParser's manual generator (the tool behind its generate-manual
# plugin), run on the installed binary, so the release build is not made twice.
swift build --product generate-manual
"$(swift build --show-bin-path)/generate-manual-tool" "$prefix/bin/sdw" --output-directory "$prefix/share/man/man1"

echo "installed $prefix/bin/sdw ($("$prefix/bin/sdw" --version))"
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "note: $prefix/bin is not on PATH; add it, e.g. echo 'export PATH=\"$prefix/bin:\$PATH\"' >> ~/.bashrc" ;;
esac
