#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Checks the desktop integration files as distributions do, and that the man page is in step with the CLI.
# Usage: check-metadata.sh <installers dir> <portolan binary>
set -euo pipefail
dir=$1
cli=$2
app_id=io.github.portolan.Portolan
status=0
fail() { echo "FAIL: $*" >&2; status=1; }

desktop-file-validate "$dir/$app_id.desktop" || fail "desktop-file-validate rejected $app_id.desktop"
appstreamcli validate --no-net --explain "$dir/$app_id.metainfo.xml" || fail "appstreamcli rejected $app_id.metainfo.xml"

# The pieces must name each other: launchable -> desktop file, Icon -> an installed icon, Exec -> a binary we build.
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$dir/$app_id.metainfo.xml" \
    || fail "metainfo launchable does not name $app_id.desktop"
grep -qx "Icon=$app_id" "$dir/$app_id.desktop" || fail "desktop Icon is not $app_id"
[ -f "$dir/icons/$app_id.svg" ] || fail "scalable icon missing"
for size in 16 22 24 32 48 64 128 256; do
    png="$dir/icons/hicolor/${size}x${size}/$app_id.png"
    [ -f "$png" ] || { fail "icon ${size}x${size} missing"; continue; }
    # PNG header: width and height are big-endian 32-bit numbers at bytes 16 and 20.
    read -r w h < <(od -An -t u1 -j 16 -N 8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
    [ "$w" = "$size" ] && [ "$h" = "$size" ] || fail "icon ${size}x${size} is ${w}x${h}"
done
grep -qx "Exec=portolan-desktop" "$dir/$app_id.desktop" || fail "desktop Exec is not portolan-desktop"

# The man page renders without groff warnings and documents every command `portolan --help` lists.
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$dir/portolan.1" 2>&1 >/dev/null || true)
[ -z "$warnings" ] || fail "man page warnings: $warnings"
commands=$("$cli" --help | awk '/^Commands:/{on=1; next} on && /^  [a-z]/{print $1} on && /^$/{exit}')
[ -n "$commands" ] || fail "could not read the command list from $cli --help"
for command in $commands; do
    grep -qE "^\.(B|BI|BR) \"?$command( |\"|$)" "$dir/portolan.1" || grep -qE "^\.B(I|R)? ${command//-/\\\\-}( |$)" "$dir/portolan.1" \
        || fail "man page does not document '$command'"
done
[ $status -eq 0 ] && echo "installers metadata: desktop file, AppStream, icons and man page OK ($(echo $commands | wc -w) commands documented)"
exit $status
