"""Categorised speaker errors of the quotation engine on the benchmark's train split (for rule development).

Run: ``.venv/bin/python benchmarks/speaker_errors.py [--split train] [--show N] [--category NAME]``.
Counts every gold quotation with a speaker by outcome: correct, no predicted quote, predicted quote without
speaker, or speaker span elsewhere (gold speaker in an earlier sentence, pronoun vs name, relay vs speaker,
other). Prints examples to the terminal only; nothing of the data is stored.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotes import DEFAULT_DATA, FAMILY, read_split, tokens_in  # noqa: E402

PRONOUNS = {"er", "sie", "es", "ich", "wir", "ihr", "man", "dieser", "diese", "demnach", "wonach", "ihm", "ihn"}


def categorise(doc_json: dict, quotes) -> list[tuple[str, dict, object]]:
    """(category, gold annotation, best predicted quote or None) for every gold quotation with a speaker."""
    toks = doc_json["tokens"]
    index = {t["id"]: k for k, t in enumerate(toks)}
    preds = []
    for q in quotes:
        qt = tokens_in(toks, q.spans)
        st = tokens_in(toks, q.speaker.spans) if q.speaker else set()
        rt = tokens_in(toks, q.relay.spans) if q.relay else set()
        preds.append((qt, st, rt, q))
    out = []
    for ann in doc_json["annotations"]:
        if FAMILY.get(ann["type"]) is None:
            continue
        q = {index[i] for i in ann["quote"]["tokenIds"] if i in index}
        spk = {index[i] for i in (ann.get("speaker") or {}).get("tokenIds", []) if i in index}
        if not q or not spk:
            continue
        best = max(preds, key=lambda p: len(p[0] & q), default=None)
        if best is None or len(best[0] & q) * 2 < len(q):
            cat = "no predicted quote"
        elif best[1] & spk:
            cat = "correct"
        elif not best[1]:
            cat = "quote without speaker"
        else:
            gsent = {toks[k]["sentence"] for k in spk}
            qsent = min(toks[k]["sentence"] for k in q)
            gtext = " ".join(toks[k]["text"] for k in sorted(spk)).lower()
            ptext = " ".join(toks[k]["text"] for k in sorted(best[1])).lower()
            if best[2] & spk:
                cat = "relay vs speaker"
            elif max(gsent) < qsent:
                cat = "gold speaker in earlier sentence"
            elif gtext in PRONOUNS or ptext in PRONOUNS:
                cat = "pronoun vs name"
            else:
                cat = "speaker span elsewhere"
        out.append((cat, ann, best[3] if best else None))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "train"), default="train")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--offset", type=int, default=0, help="skip the first N articles")
    ap.add_argument("--show", type=int, default=0, help="print N random examples per category")
    ap.add_argument("--category", default="", help="only show examples of this category")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)

    from medialit import nlp as mnlp
    from medialit.quotes import extract

    nlp = mnlp.load()
    docs = read_split(args.data, args.split)[args.offset:]
    if args.limit:
        docs = docs[: args.limit]
    rows = []
    for d in docs:
        for cat, ann, pred in categorise(d, extract(nlp(d["originalText"]))):
            rows.append((cat, ann, pred, d))
    counts = Counter((r[0], r[1]["type"]) for r in rows)
    total = Counter(r[0] for r in rows)
    print(f"{len(rows)} gold quotations with a speaker")
    for cat, n in total.most_common():
        by_type = ", ".join(f"{t} {counts[(cat, t)]}" for t in FAMILY if counts[(cat, t)])
        print(f"{cat:<36}{n:>6}  {n / len(rows):6.1%}   ({by_type})")
    rnd = random.Random(args.seed)
    for cat in total:
        if cat == "correct" or (args.category and cat != args.category):
            continue
        sample = [r for r in rows if r[0] == cat]
        for _cat, ann, pred, d in rnd.sample(sample, min(args.show, len(sample))):
            print(f"\n--- {cat} [{ann['type']}]")
            print("  gold quote  :", ann["quote"]["text"][:200])
            print("  gold speaker:", (ann.get("speaker") or {}).get("text"), "| cue:", (ann.get("cue") or {}).get("text"))
            if pred is not None:
                print(f"  pred {pred.kind}: {pred.text[:200]}")
                print("  pred speaker:", pred.speaker.text if pred.speaker else None,
                      "| relay:", pred.relay.text if pred.relay else None)
            spans = ann["quote"]["spans"]
            a = max(0, spans[0]["charBegin"] - 250)
            print("  context     :", d["originalText"][a: spans[-1]["charEnd"] + 80].replace("\n", " ¶ "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
