"""The word lists the rule components use, read once from ``data/lexicons/`` (plain TSV/text files).

``places.tsv`` (countries, regions, cities, with the country adjective), ``organisations.tsv``,
``first_names.txt``, ``roles.tsv`` (role nouns such as Sprecherin, Präsident, Vertreter), ``titles.txt`` and
``epithets.txt`` (nouns that refer back to a named person: „der CDU-Politiker“, „die Schwedin“).
``kin.txt`` (family nouns: „ihre Mutter“ is family of the person, not a spokesperson).
``company_nouns.txt`` (nouns of a kind of company before its name: „der Autozulieferer Schaeffler“).
``own_voice.txt`` (people who speak in their own name before a body in the genitive: „ein Analyst der Commerzbank“),
``team_nouns.txt`` (groups named after their leader: „ein Team um den Toxikologen Matthew Campen“).
A broken file raises a ``MedialitError`` that names the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from medialit.errors import MedialitError
from medialit.paths import lexicons_dir


class FirstNames(frozenset):
    """First names as listed, plus double first names joined by a hyphen whose parts are all listed
    („Jens-Oliver“, „Anna-Lena“): German has too many such pairs to list each one."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        parts = word.split("-") if isinstance(word, str) and word.count("-") == 1 else ()
        return len(parts) == 2 and all(p and frozenset.__contains__(self, p) for p in parts)


@dataclass(frozen=True)
class Entry:
    label: str  # ORG | LOC
    kind: str  # e.g. country, city, party, news
    canonical: str


@dataclass
class Gazetteers:
    names: dict[str, Entry] = field(default_factory=dict)  # ORG and LOC names as written
    adjectives: dict[str, str] = field(default_factory=dict)  # "russisch" -> "Russland"
    first_names: frozenset[str] = FirstNames()
    first_name_gender: dict[str, str] = field(default_factory=dict)  # "Maike" -> "f", "Jochen" -> "m"
    roles: dict[str, tuple[str, str]] = field(default_factory=dict)  # lowercase noun -> (kind, noun)
    titles: frozenset[str] = frozenset()
    epithets: frozenset[str] = frozenset()  # lowercase nouns: politiker, schwedin …
    kin: frozenset[str] = frozenset()  # lowercase family nouns: mutter, bruder …
    own_voice: frozenset[str] = frozenset()  # lowercase nouns: analyst, händlerin …
    team_nouns: frozenset[str] = frozenset()  # lowercase nouns of groups led by someone: team, forscher …
    company_nouns: frozenset[str] = frozenset()  # lowercase nouns: firma, konzern, zulieferer …


def _rows(path: Path, min_cols: int) -> list[list[str]]:
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise MedialitError(f"{path}: Wortliste nicht lesbar (word list unreadable): {exc}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < min_cols or not cols[0].strip():
            raise MedialitError(f"{path}, Zeile {n}: erwartet {min_cols} Spalten, durch Tabulator getrennt "
                                f"(expected {min_cols} tab-separated columns).")
        rows.append([c.strip() for c in cols])
    return rows


def _declined(name: str) -> list[str]:
    """„Deutsche Bahn“ → „Deutschen Bahn“ (nach Angaben der …): the other case forms of a name opening with a
    capitalised adjective in „-e“, so that a listed name is found in any case."""
    first, _, rest = name.partition(" ")
    if not rest or not first.endswith("e") or not first[:1].isupper() or not first[1:].islower() or len(first) < 5:
        return []
    return [f"{first}{ending} {rest}" for ending in ("n", "r", "s")]


@cache
def load_gazetteers(root: str | None = None) -> Gazetteers:
    """Read every list once per process (``root`` overrides ``data/lexicons`` for tests)."""
    base = Path(root) if root else lexicons_dir()
    g = Gazetteers()
    for name, kind, adj, canonical in (r + [""] * (4 - len(r)) for r in _rows(base / "places.tsv", 2)):
        g.names[name] = Entry("LOC", kind, canonical or name)
        if adj:
            g.adjectives[adj] = canonical or name
    for name, kind, canonical in (r + [""] * (3 - len(r)) for r in _rows(base / "organisations.tsv", 2)):
        g.names[name] = Entry("ORG", kind, canonical or name)
    for name, entry in [(n, e) for n, e in g.names.items() if e.label == "ORG"]:
        for form in _declined(name):
            g.names.setdefault(form, entry)
    first_rows = _rows(base / "first_names.txt", 1)
    g.first_names = FirstNames(r[0] for r in first_rows)
    g.first_name_gender = {r[0]: r[1] for r in first_rows if len(r) > 1 and r[1] in ("f", "m")}
    g.roles = {r[0].lower(): (r[1], r[0]) for r in _rows(base / "roles.tsv", 2)}
    g.titles = frozenset(r[0].lower() for r in _rows(base / "titles.txt", 1))
    g.epithets = frozenset(r[0].lower() for r in _rows(base / "epithets.txt", 1))
    g.kin = frozenset(r[0].lower() for r in _rows(base / "kin.txt", 1))
    g.own_voice = frozenset(r[0].lower() for r in _rows(base / "own_voice.txt", 1))
    g.team_nouns = frozenset(r[0].lower() for r in _rows(base / "team_nouns.txt", 1))
    g.company_nouns = frozenset(r[0].lower() for r in _rows(base / "company_nouns.txt", 1))
    return g
