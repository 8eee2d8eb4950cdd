#!/bin/sh
# Installs this Alliance Desktop folder for the current user (no administrator rights):
# the program in ~/.local/opt/AllianceDesktop, a menu entry and its icon. Run it from the folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
target="$HOME/.local/opt/AllianceDesktop"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
if [ "$here" != "$target" ]; then
    rm -rf "$target"
    mkdir -p "$(dirname "$target")"
    cp -a "$here" "$target"
fi
mkdir -p "$apps" "$icons"
cp "$target/alliance-desktop.png" "$icons/alliance-desktop.png"
sed "s|^Exec=AllianceDesktop|Exec=\"$target/AllianceDesktop\"|" \
    "$target/alliance-desktop.desktop" > "$apps/alliance-desktop.desktop"
echo "Alliance Desktop is installed in $target and in the applications menu."
