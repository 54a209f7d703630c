#!/usr/bin/env bash
# Fuzzes the kit's Jazzer targets for longer than the build does: SECONDS per target (default 600),
# continuing from the corpus earlier runs grew in fuzz/.cifuzz-corpus/. A crash fails the target and
# leaves its input in fuzz/src/test/resources/io/sakit/fuzz/<Target>Inputs/, where every later build
# replays it as a regression input.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET]   (TARGET: a class such as CodecFuzzTest; default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
target="${2:-*FuzzTest}"
exec ./mvnw -B test -pl fuzz -am -Dfuzz.seconds="$seconds" -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false
