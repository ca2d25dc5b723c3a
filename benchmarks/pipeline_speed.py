"""Speed of the NLP pipeline (medialit.nlp): cold load, tokens/s (1 and 2 processes), peak memory.

Usage: .venv/bin/python benchmarks/pipeline_speed.py [--limit N] [--data PATH] [--skip-cold]
Reads the benchmark's ``originalText`` fields (read-only; nothing is written) and prints the figures.
Each throughput run starts in a fresh process, so the per-process caches start empty ("cold"), as for a
learner's first article; a second pass shows the speed once the caches are warm. CPU seconds are printed
next to wall-clock seconds because a shared machine's load changes the wall-clock figure.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from quotes import cold_load  # the same fresh-interpreter measurement as the quotation benchmark

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared/benchmarks/german-news-quotes/train.jsonl.gz"


def read_texts(path: Path, limit: int | None) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["originalText"] for line in fh if line.strip()]
    return texts[:limit] if limit else texts


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def run_pass(nlp, texts: list[str], n_process: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process and its finished children) for one pass."""
    def cpu() -> float:
        s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime

    c0, t0 = cpu(), time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16, n_process=n_process):
        pass
    return time.perf_counter() - t0, cpu() - c0


def worker(args: argparse.Namespace) -> None:
    """One measurement in this (fresh) process; prints a JSON line."""
    from medialit import nlp as mnlp

    nlp = mnlp.load()
    texts = read_texts(args.data, args.limit)
    n_tokens = sum(len(nlp.make_doc(t)) for t in texts)
    result = {"texts": len(texts), "tokens": n_tokens}
    wall, cpu = run_pass(nlp, texts, args.n_process)
    result.update(wall=wall, cpu=cpu)
    if args.n_process == 1:
        result["wall_warm"], result["cpu_warm"] = run_pass(nlp, texts, 1)
    result["rss_main"] = peak_rss_mb()
    result["rss_worker"] = peak_rss_mb(resource.RUSAGE_CHILDREN)
    print(json.dumps(result))


def measure(args: argparse.Namespace, n_process: int) -> dict:
    cmd = [sys.executable, __file__, "--worker", "--n-process", str(n_process), "--data", str(args.data)]
    if args.limit:
        cmd += ["--limit", str(args.limit)]
    res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=None, help="only the first N texts")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--skip-cold", action="store_true", help="do not measure the cold load time")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--n-process", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args)
        return

    load = os.getloadavg()[0]
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"load average (1 min) at start: {load:.2f}")
    if not args.skip_cold:
        loads = cold_load()
        print(f"cold load (fresh process: import + load): median {statistics.median(loads):.2f} s "
              f"(runs: {', '.join(f'{x:.2f}' for x in loads)})")

    one = measure(args, 1)
    n = one["tokens"]
    print(f"texts: {one['texts']}, tokens (spaCy tokenizer): {n:,}")
    print(f"single process, cold caches: {n / one['wall']:,.0f} tokens/s wall ({one['wall']:.1f} s), "
          f"{n / one['cpu']:,.0f} tokens per CPU-second")
    print(f"single process, warm caches (second pass): {n / one['wall_warm']:,.0f} tokens/s wall, "
          f"{n / one['cpu_warm']:,.0f} tokens per CPU-second")
    print(f"peak RSS, single process: {one['rss_main']:.0f} MB")
    two = measure(args, 2)
    print(f"nlp.pipe(n_process=2), cold caches: {n / two['wall']:,.0f} tokens/s wall ({two['wall']:.1f} s), "
          f"{n / two['cpu']:,.0f} tokens per CPU-second (main + workers)")
    print(f"peak RSS, two processes: main {two['rss_main']:.0f} MB, largest worker {two['rss_worker']:.0f} MB")
    print(f"load average (1 min) at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
