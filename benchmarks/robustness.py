"""Robustness of the quotation engine on damaged real news text: no exception, every offset inside the text.

Run: ``.venv/bin/python benchmarks/robustness.py [--split train] [--copies 2] [--seed 1]``.
Each article of the split is damaged at random (quotation marks, brackets, colons, „soll/sei“, paragraph breaks
inserted; stretches deleted or repeated; cut off after a mark or frame word) and analysed; the script prints how many texts ran and how many failed.
The hypothesis tests do the same on arbitrary Unicode; these texts keep the shape of German news, which reaches
the deep rules. Nothing of the data is printed or stored.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotes import DEFAULT_DATA, read_split  # noqa: E402

# where a cut-off text is most likely to leave a rule without the words it expects after it
CUT_AFTER = re.compile(r"[“\"«»:,]|\b(?:so|sagte|laut|zufolge|soll)\b")
INSERTS = ["(", ")", "„", "“", '"', "»", "«", ":", ",", ";", " – ", "\n\n", " und ", " soll ", " sei ",
           " sagte er", " laut ", " zufolge ", " (die Polizei hatte gesprochen) "]


def damage(text: str, rng: random.Random) -> str:
    """``text`` (first 3,000 characters) with 1–12 random insertions, deletions or repeated stretches, and in
    one of three cases cut off right after a quotation mark, colon, comma or frame word („…“, so|)."""
    text = text[:3000]
    cuts = [m.end() for m in CUT_AFTER.finditer(text)]
    if cuts and rng.random() < 1 / 3:
        text = text[:rng.choice(cuts)]
    chars = list(text)
    for _ in range(rng.randint(1, 12)):
        k = rng.randrange(len(chars) + 1)
        op = rng.random()
        if op < 0.6:
            chars[k:k] = list(rng.choice(INSERTS))
        elif op < 0.9:
            del chars[k:k + rng.randint(1, 20)]
        else:
            chars[k:k] = chars[max(0, k - 50):k]
    return "".join(chars)


def check(text: str, quotes) -> None:
    """Every quotation's spans lie inside ``text`` in order, and so do its speaker's."""
    for q in quotes:
        end = -1
        for a, b in q.spans:
            assert 0 <= a < b <= len(text) and a >= end, f"quotation span {(a, b)}"
            end = b
        for a, b in q.speaker.spans if q.speaker else []:
            assert 0 <= a < b <= len(text), f"speaker span {(a, b)}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", default="train")
    ap.add_argument("--copies", type=int, default=2, help="damaged copies per article")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    from medialit import nlp as mnlp
    from medialit.quotes import extract

    nlp = mnlp.load()
    rng = random.Random(args.seed)
    runs = failures = 0
    for doc in read_split(args.data, args.split):
        for _ in range(args.copies):
            text = damage(doc["originalText"], rng)
            runs += 1
            try:
                check(text, extract(nlp(text)))
            except Exception:  # noqa: BLE001 — every failure is counted and its traceback shown
                failures += 1
                traceback.print_exc(limit=4)
    print(f"damaged texts: {runs:,}   failures: {failures}   (split {args.split}, seed {args.seed})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
