#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Renders the hicolor PNGs from the SVG icon (needs rsvg-convert, Debian package librsvg2-bin). Run after
# changing the SVG and commit the PNGs; builds use the committed files.
set -eu
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" io.github.portolan.Portolan.svg -o "hicolor/${size}x${size}/io.github.portolan.Portolan.png"
done
