#!/bin/sh
# Copies the IANA time zone database into a Lambda artifact: provided.al2023 ships without tzdata, so .NET's
# TimeZoneInfo finds no zones there. The functions set TZDIR to the copy (serverless.template, Globals), which
# .NET reads instead of /usr/share/zoneinfo. Symlinks are resolved (the zip keeps files); posix/ and right/ are
# duplicate trees, and localtime is the build machine's own zone, so they are left out.
# Usage: eng/package-zoneinfo.sh DEST   (ZONEINFO_SRC overrides /usr/share/zoneinfo)
set -eu
dest="$1"
src="${ZONEINFO_SRC:-/usr/share/zoneinfo}"
if [ ! -f "$src/Europe/Berlin" ] || [ ! -f "$src/America/New_York" ]; then
  echo "package-zoneinfo: no time zone database at $src (apt-get install tzdata, or set ZONEINFO_SRC)" >&2
  exit 1
fi
rm -rf "$dest"
mkdir -p "$dest"
tar -C "$src" --exclude=./posix --exclude=./right --exclude=./localtime --exclude=./posixrules -chf - . | tar -C "$dest" -xf -
