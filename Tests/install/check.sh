#!/usr/bin/env bash
# The install test (`make test` runs it after `swift test`): installs the debug build into a
# temporary PREFIX, checks each file, renders the manual page with man, completes loss names with
# the bash completion, installs again under a DESTDIR, and uninstalls.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/prefix"
failures=0
fail() { echo "install check FAILED: $*" >&2; failures=$((failures + 1)); }

make --no-print-directory install CONFIG=debug PREFIX="$prefix" > "$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; exit 1; }

files=(bin/loss-plot share/man/man1/loss-plot.1 share/bash-completion/completions/loss-plot
       share/zsh/site-functions/_loss-plot share/fish/vendor_completions.d/loss-plot.fish)
for file in "${files[@]}"; do
    [ -s "$prefix/$file" ] || fail "$prefix/$file is missing or empty"
done
[ "$(find "$prefix" -type f | wc -l)" -eq "${#files[@]}" ] || fail "install wrote other files: $(find "$prefix" -type f)"
[ -x "$prefix/bin/loss-plot" ] && "$prefix/bin/loss-plot" --version | grep -qx '[0-9.]*' || fail "the installed binary does not run"
grep -q '^#compdef loss-plot' "$prefix/share/zsh/site-functions/_loss-plot" || fail "the zsh completion has no #compdef line"
grep -q "complete -c 'loss-plot'" "$prefix/share/fish/vendor_completions.d/loss-plot.fish" || fail "the fish completion has no complete -c line"

# The manual page renders without a warning and documents every subcommand and option.
page="$prefix/share/man/man1/loss-plot.1"
if MANWIDTH=100 LC_ALL=C.UTF-8 man --warnings -E UTF-8 -l "$page" > "$tmp/man.txt" 2> "$tmp/man.err"; then
    [ ! -s "$tmp/man.err" ] || fail "man -l warns: $(head -5 "$tmp/man.err")"
    for subcommand in plot list batch eval; do
        grep -qE "^ +$subcommand( |\$)" "$tmp/man.txt" || fail "the manual page has no entry for the subcommand $subcommand"
    done
    for option in --out --format --gradient --reduction --manifest; do
        grep -qE "^ +$option( |\$)" "$tmp/man.txt" || fail "the manual page has no entry for $option"
    done
else
    fail "man -l cannot render $page: $(head -5 "$tmp/man.err")"
fi

# The bash completion: loss names as the first word and after it, never file names.
complete_line() {
    bash --norc --noprofile -c '
        source "$1"
        line="$2"
        COMP_LINE="$line"
        COMP_POINT=${#line}
        read -ra COMP_WORDS <<< "$line"
        [[ "$line" == *" " ]] && COMP_WORDS+=("")
        COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
        function=$(complete -p loss-plot | sed -E "s/.* -F ([^ ]+) .*/\1/")
        COMPREPLY=()
        "$function" loss-plot "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf "%s\n" "${COMPREPLY[@]}" | sort -u
    ' complete "$prefix/share/bash-completion/completions/loss-plot" "$1"
}
mkdir -p "$tmp/cwd" && touch "$tmp/cwd/hubris.txt" "$tmp/cwd/pseudo.csv"
cd "$tmp/cwd"
expect_completion() {  # LINE WORD: WORD is among the completions of LINE
    complete_line "$1" | grep -qx -- "$2" || fail "'$1<TAB>' does not offer $2 (it offers: $(complete_line "$1" | tr '\n' ' '))"
}
refuse_completion() {
    ! complete_line "$1" | grep -qx -- "$2" || fail "'$1<TAB>' offers $2"
}
expect_completion "loss-plot hu" huber
expect_completion "loss-plot huber pseudo" pseudo-huber
expect_completion "loss-plot plot hu" huber
expect_completion "loss-plot eval hu" huber
expect_completion "loss-plot " eval
expect_completion "loss-plot " binary-cross-entropy
expect_completion "loss-plot li" list
expect_completion "loss-plot huber --gr" --gradient
refuse_completion "loss-plot hu" hubris.txt
refuse_completion "loss-plot huber pseudo" pseudo.csv
[ "$(complete_line "loss-plot " | grep -c .)" -gt 20 ] || fail "'loss-plot <TAB>' offers fewer than 20 words"
cd - > /dev/null

# DESTDIR: the same files under the staging folder, nothing in PREFIX itself.
make --no-print-directory install CONFIG=debug PREFIX=/opt/loss-plot-check DESTDIR="$tmp/stage" > "$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; exit 1; }
for file in "${files[@]}"; do
    [ -s "$tmp/stage/opt/loss-plot-check/$file" ] || fail "DESTDIR: $tmp/stage/opt/loss-plot-check/$file is missing"
done
[ ! -e /opt/loss-plot-check ] || fail "DESTDIR: files were installed outside it"

# uninstall removes exactly those files.
touch "$prefix/bin/other-tool"
make --no-print-directory uninstall PREFIX="$prefix" > /dev/null
for file in "${files[@]}"; do
    [ ! -e "$prefix/$file" ] || fail "uninstall left $prefix/$file"
done
[ -e "$prefix/bin/other-tool" ] || fail "uninstall removed a file it did not install"

if [ "$failures" -gt 0 ]; then
    echo "install check: $failures failure(s)" >&2
    exit 1
fi
echo "install check: ok (${#files[@]} files installed, manual page rendered without warnings, bash completes loss names, uninstalled)"
