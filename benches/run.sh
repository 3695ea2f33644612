#!/bin/sh
# Build and run warta's benchmarks; prints one table with every ratio and PASS/FAIL.
#   benches/run.sh            full run (100,000-article search index, cached under target/)
#   benches/run.sh --quick    small run for CI (about a minute once built)
# WARTA_BENCH_DATA=DIR points at the shared folder (the one holding data/articles); WARTA_BENCH_ONLY=extract,search
# runs some sections only (extract, tagger, analyzer, ingest, search, memory).
set -eu
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--quick" ]; then
    WARTA_BENCH_QUICK=1
    export WARTA_BENCH_QUICK
fi
exec cargo bench --bench warta
