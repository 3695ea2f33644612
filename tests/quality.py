#!/usr/bin/env python3
"""Quality ratchet: extraction scores must never fall below tests/quality-floors.toml.

    python3 tests/quality.py [--shared ../shared] [--update] [--no-build]

Builds the release binary, scores it with the shared evaluation scripts (score.py on the
seed articles and on corpus/gold, ner_eval.py on the NER dev sets: NER-UI, NERGrit,
idner-news-2k, NERP, NER-UGM), prints a table of
every figure against its floor and exits 1 when a figure is lower than its floor by more
than 1e-9. Floors that could be raised are listed; --update raises them to the current
figures (a floor is never lowered). Standard library only.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FLOORS = os.path.join(ROOT, "tests", "quality-floors.toml")
# Year-less and relative dates of corpus articles without a publication date resolve
# against this day (the same as tests/corpus.rs), so the figures do not drift.
CORPUS_REFERENCE_DATE = "2025-06-30"
# Per-field F1 and the accuracy rates; precision and recall alone are left free to trade.
SCORE_FIGURES = (
    "people", "roles", "organizations", "places", "dates", "agreements", "laws", "quotes",
    "title", "dateline", "published", "speaker", "status", "boilerplate",
)
EPSILON = 1e-9
# Labelled NER dev sets under <shared>/data/ner scored with ner_eval.py (entity F1 of PER,
# ORG, LOC and ALL), each as `name.TYPE`; a set missing from the shared folder is skipped.
NER_SETS = (
    ("nerui", "nerui/dev.tsv"),
    ("nergrit", "nergrit/dev.txt"),
    ("idner", "idner-news-2k/dev.txt"),
    ("nerp", "nerp/dev.txt"),
    ("nerugm", "nerugm/dev.tsv"),
)


def run(cmd, **kw):
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, **kw)
    if out.returncode not in (0, 1):
        sys.exit(f"quality: {' '.join(cmd)} failed ({out.returncode}):\n{out.stderr[-3000:]}")
    return out


def extract(binary, args):
    """Run `warta extract --format jsonl ARGS` into a temporary file; return its path."""
    out = run([binary, "extract", "--format", "jsonl"] + args)
    tmp = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8")
    with tmp:
        tmp.write(out.stdout)
    return tmp.name


def score(shared, gold, pred):
    out = run([sys.executable, os.path.join(shared, "eval", "score.py"), "--gold", gold, "--pred", pred, "--json"])
    result = json.loads(out.stdout)
    if result.get("missing"):
        sys.exit(f"quality: no prediction for {', '.join(result['missing'])}")
    return {k: v for k, v in result["figures"].items() if k in SCORE_FIGURES}


def figures(shared, binary):
    seeds = os.path.join(shared, "seeds")
    seed_files = sorted(os.path.join(seeds, f) for f in os.listdir(seeds) if f.endswith(".txt"))
    found = {}
    pred = extract(binary, seed_files)
    try:
        for k, v in score(shared, os.path.join(shared, "eval", "gold", "seeds"), pred).items():
            found[f"seeds.{k}"] = v
    finally:
        os.unlink(pred)
    pred = extract(binary, ["--reference-date", CORPUS_REFERENCE_DATE, os.path.join(ROOT, "corpus", "articles")])
    try:
        for k, v in score(shared, os.path.join(ROOT, "corpus", "gold"), pred).items():
            found[f"corpus.{k}"] = v
    finally:
        os.unlink(pred)
    for name, rel in NER_SETS:
        data = os.path.join(shared, "data", "ner", rel)
        if not os.path.exists(data):
            continue
        out = run([sys.executable, os.path.join(shared, "eval", "ner_eval.py"), "--data", data,
                   "--cmd", f"{binary} extract --format jsonl", "--json"])
        for k, v in json.loads(out.stdout)["figures"].items():
            found[f"{name}.{k}"] = v
    return found


def read_floors(path):
    floors = {}
    if not os.path.exists(path):
        return floors
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            m = re.fullmatch(r'"([^"]+)"\s*=\s*([0-9.eE+-]+)', line)
            if not m:
                sys.exit(f"{path}:{n}: expected \"name\" = number")
            floors[m.group(1)] = float(m.group(2))
    return floors


def write_floors(path, floors):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Quality floors: no figure may fall below its floor (tests/quality.py).\n")
        f.write("# Raise them with `python3 tests/quality.py --update`; never lower one by hand\n")
        f.write("# without saying why in the commit message.\n")
        f.write("# seeds.*: score.py on ../shared/seeds; corpus.*: score.py on corpus/gold;\n")
        f.write("# nerui.*, nergrit.*, idner.*, nerp.*, nerugm.*: ner_eval.py on the dev split of\n")
        f.write("# ../shared/data/ner/{nerui,nergrit,idner-news-2k,nerp,nerugm} (entity F1).\n")
        for name in sorted(floors):
            f.write(f'"{name}" = {floors[name]!r}\n')


def default_shared():
    """$WARTA_SHARED, else the first `shared` folder beside the checkout or one level up."""
    if os.environ.get("WARTA_SHARED"):
        return os.environ["WARTA_SHARED"]
    for up in (os.path.dirname(ROOT), os.path.dirname(os.path.dirname(ROOT))):
        if os.path.isdir(os.path.join(up, "shared", "eval")):
            return os.path.join(up, "shared")
    return os.path.join(os.path.dirname(ROOT), "shared")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=default_shared(), help="the shared evaluation folder")
    ap.add_argument("--update", action="store_true", help="raise floors to the current figures")
    ap.add_argument("--no-build", action="store_true", help="use the existing release binary")
    args = ap.parse_args()
    shared = os.path.abspath(args.shared)
    if not args.no_build:
        out = subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT)
        if out.returncode != 0:
            sys.exit("quality: cargo build --release failed")
    binary = os.path.join(ROOT, "target", "release", "warta")
    now = figures(shared, binary)
    floors = read_floors(FLOORS)

    below, raisable = [], []
    print(f"{'figure':<28}{'floor':>9}{'now':>9}")
    for name in sorted(set(now) | set(floors)):
        floor, value = floors.get(name), now.get(name)
        if value is None:
            mark = "MISSING"
            below.append(name)
        elif floor is None:
            mark = "new"
            raisable.append(name)
        elif value + EPSILON < floor:
            mark = "BELOW"
            below.append(name)
        elif value > floor + EPSILON:
            mark = "can raise"
            raisable.append(name)
        else:
            mark = ""
        fs = "-" if floor is None else f"{floor:.4f}"
        vs = "-" if value is None else f"{value:.4f}"
        print(f"{name:<28}{fs:>9}{vs:>9}  {mark}")

    if args.update:
        for name in raisable:
            floors[name] = max(floors.get(name, 0.0), now[name])
        write_floors(FLOORS, floors)
        print(f"raised {len(raisable)} floor(s) in {os.path.relpath(FLOORS, ROOT)}")
    elif raisable:
        print(f"{len(raisable)} floor(s) could be raised: python3 tests/quality.py --update")
    if below:
        print("below floor: " + ", ".join(below))
        sys.exit(1)


if __name__ == "__main__":
    main()
