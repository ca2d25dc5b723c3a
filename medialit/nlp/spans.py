"""Dates and numbers as span groups: ``doc.spans["dates"]`` and ``doc.spans["numbers"]``.

Dates: „(am) 9. August (2020)“, „im August 2020“, „(am) Samstag“, „gestern“, „1.8.2020“, „im Jahr 2020“.
Each date span has ``span._.date_parts`` (year, month, day, weekday, relative day) and, when the text's
publication date is known (``doc._.published``, ISO), ``span._.date`` resolved to ISO: a weekday means the
most recent such day before publication („am Samstag“ in a text of Monday 17 Aug 2020 = 2020-08-15).
Numbers: digits or number words, with a qualifier („mindestens“, „rund“), a scale („Millionen“) and a unit
(the counted noun or Prozent/Euro): ``span._.value``, ``span._.unit``, ``span._.qualifier``.
Every span has ``span._.evidence`` in German.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

for _name in ("date", "date_parts", "value", "unit", "qualifier"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Span.has_extension("evidence"):
    Span.set_extension("evidence", default=None)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)

MONTHS = {
    "januar": 1, "jänner": 1, "jan.": 1, "februar": 2, "feb.": 2, "febr.": 2, "märz": 3, "mär.": 3,
    "april": 4, "apr.": 4, "mai": 5, "juni": 6, "jun.": 6, "juli": 7, "jul.": 7, "august": 8, "aug.": 8,
    "september": 9, "sep.": 9, "sept.": 9, "oktober": 10, "okt.": 10, "november": 11, "nov.": 11,
    "dezember": 12, "dez.": 12,
}
MONTH_NAMES = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
               "November", "Dezember"]
WEEKDAYS = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
            "sonnabend": 5, "sonntag": 6}
WEEKDAY_NAMES = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DAYTIMES = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "früh")
RELATIVE = {"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2}
DATE_PREPS = {"am", "vom", "seit", "bis", "zum", "ab", "an", "von", "im", "nach", "vor", "bis zum", "seit dem"}
NEXT_WORDS = {"kommenden", "nächsten", "kommender", "nächster"}
LAST_WORDS = {"vergangenen", "letzten", "vergangener", "letzter", "diesem", "diesen"}

NUMBER_WORDS = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100,
    "tausend": 1000, "dutzend": 12,
}
SCALES = {"million": 1e6, "millionen": 1e6, "mio.": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9,
          "billion": 1e12, "billionen": 1e12, "tausend": 1e3, "hundert": 1e2}
UNIT_WORDS = {"prozent": "Prozent", "%": "Prozent", "prozentpunkte": "Prozentpunkte", "euro": "Euro",
              "€": "Euro", "dollar": "Dollar", "$": "Dollar", "us-dollar": "Dollar", "rubel": "Rubel",
              "franken": "Franken", "pfund": "Pfund", "grad": "Grad", "°": "Grad", "km": "Kilometer",
              "kilometer": "Kilometer", "meter": "Meter", "uhr": "Uhr"}
QUALIFIERS = {"mindestens", "rund", "etwa", "ungefähr", "knapp", "fast", "beinahe", "über", "unter", "ca.",
              "circa", "höchstens", "gut", "nahezu", "annähernd", "exakt", "genau", "maximal", "bis"}
QUALIFIER_PAIRS = {("mehr", "als"), ("weniger", "als"), ("bis", "zu"), ("nicht", "mehr"), ("gut", "über")}

_NUM_RE = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$|^\d+\.\d+$")
_ORD_RE = re.compile(r"^(\d{1,2})\.$")
_NUMDATE_RE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2,4})$")
_ISO_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_YEAR_RE = re.compile(r"^(19|20)\d\d$")


def parse_number(text: str) -> float | None:
    """German number text → float: „5.500“ = 5500, „3,5“ = 3.5, „1.234,5“ = 1234.5; None if not a number."""
    t = text.strip()
    if t.lower() in NUMBER_WORDS:
        return float(NUMBER_WORDS[t.lower()])
    if not _NUM_RE.match(t):
        return None
    if re.match(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$", t):
        return float(t.replace(".", "").replace(",", "."))
    if "," in t:
        return float(t.replace(",", "."))
    return float(t)


def resolve(parts: dict, published: date | None) -> tuple[str | None, str]:
    """ISO date (or year-month / year) for ``parts`` and the German reason; None when it needs a date."""
    year, month, day = parts.get("year"), parts.get("month"), parts.get("day")
    if day and month:
        if year:
            return _iso(year, month, day), "vollständiges Datum"
        if published is None:
            return None, "Tag und Monat ohne Jahr (Erscheinungsdatum unbekannt)"
        y = published.year
        when = _iso(y, month, day)
        if when and date.fromisoformat(when) > published + timedelta(days=31):
            y -= 1  # "am 28. Dezember" in a text of January: last year
            when = _iso(y, month, day)
        return when, f"Jahr aus dem Erscheinungsdatum ergänzt ({published.isoformat()})"
    if month and year:
        return f"{year:04d}-{month:02d}", "Monat und Jahr"
    if year and not month:
        return f"{year:04d}", "Jahreszahl"
    if "weekday" in parts:
        if published is None:
            return None, f"{WEEKDAY_NAMES[parts['weekday']]} (Erscheinungsdatum unbekannt)"
        wd = parts["weekday"]
        if parts.get("direction") == "next":
            delta = (wd - published.weekday()) % 7 or 7
            return (published + timedelta(days=delta)).isoformat(), (
                f"nächster {WEEKDAY_NAMES[wd]} nach dem Erscheinungsdatum ({published.isoformat()})")
        delta = (published.weekday() - wd) % 7 or 7
        return (published - timedelta(days=delta)).isoformat(), (
            f"letzter {WEEKDAY_NAMES[wd]} vor dem Erscheinungsdatum ({published.isoformat()})")
    if "relative" in parts:
        if published is None:
            return None, "relatives Datum (Erscheinungsdatum unbekannt)"
        return (published + timedelta(days=parts["relative"])).isoformat(), (
            f"relativ zum Erscheinungsdatum ({published.isoformat()})")
    return None, "nicht auflösbar"


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _as_date(value) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _prep_start(doc: Doc, i: int) -> int:
    """Include a preceding preposition (am, vom, seit dem …) and „vergangenen/kommenden“ in a date span."""
    j = i
    if j > 0 and doc[j - 1].lower_ in NEXT_WORDS | LAST_WORDS:
        j -= 1
    if j > 1 and (doc[j - 2].lower_, doc[j - 1].lower_) in {("seit", "dem"), ("bis", "zum"), ("bis", "dem"),
                                                            ("an", "dem"), ("seit", "den")}:
        return j - 2
    if j > 0 and doc[j - 1].lower_ in DATE_PREPS:
        return j - 1
    return j


def _weekday(tok: Token) -> int | None:
    low = tok.lower_
    if low in WEEKDAYS:
        return WEEKDAYS[low]
    for name, wd in WEEKDAYS.items():
        if low.startswith(name) and low[len(name):] in DAYTIMES:
            return wd
    return None


def find_dates(doc: Doc) -> list[Span]:
    spans: list[Span] = []
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        low = tok.lower_
        parts: dict = {}
        end = i + 1
        start = i
        ordm = _ORD_RE.match(tok.text)
        if ordm and i + 1 < n and doc[i + 1].lower_ in MONTHS:
            parts = {"day": int(ordm.group(1)), "month": MONTHS[doc[i + 1].lower_]}
            end = i + 2
            if end < n and _YEAR_RE.match(doc[end].text):
                parts["year"] = int(doc[end].text)
                end += 1
            start = _prep_start(doc, i)
            # „Samstag, 15. August“ / „Samstag, den 15. August“
            k = start - 1 if start == i else start
            while k > 0 and doc[k].lower_ in (",", "den", "dem"):
                k -= 1
            if k >= 0 and k < i and _weekday(doc[k]) is not None:
                parts["weekday"] = _weekday(doc[k])
                start = _prep_start(doc, k)
        elif low in MONTHS and tok.text[:1].isupper() and i + 1 < n and _YEAR_RE.match(doc[i + 1].text):
            parts = {"month": MONTHS[low], "year": int(doc[i + 1].text)}
            end = i + 2
            start = _prep_start(doc, i)
            if start > 0 and doc[start - 1].lower_ in ("anfang", "mitte", "ende"):
                start -= 1
        elif (m := _NUMDATE_RE.match(tok.text)) or (m := _ISO_RE.match(tok.text)):
            a, b, c = (int(x) for x in m.groups())
            if m.re is _ISO_RE:
                parts = {"year": a, "month": b, "day": c}
            else:
                parts = {"year": c + (2000 if c < 100 else 0), "month": b, "day": a}
            if not _iso(parts["year"], parts["month"], parts["day"]):
                i += 1
                continue
            start = _prep_start(doc, i)
        elif (wd := _weekday(tok)) is not None and tok.text[:1].isupper():
            parts = {"weekday": wd}
            start = _prep_start(doc, i)
            if start < i and doc[start].lower_ in NEXT_WORDS or (i > 0 and doc[i - 1].lower_ in NEXT_WORDS):
                parts["direction"] = "next"
        elif low in RELATIVE and (tok.text.islower() or (tok.is_sent_start and low not in ("morgen", "übermorgen"))):
            parts = {"relative": RELATIVE[low]}
        elif _YEAR_RE.match(tok.text) and i > 0 and (doc[i - 1].lower_ in ("jahr", "jahres", "jahre", "im", "seit",
                                                                          "bis", "ab", "anfang", "ende", "mitte")):
            parts = {"year": int(tok.text)}
            start = i - 1
            if doc[start].lower_.startswith("jahr") and start > 0 and doc[start - 1].lower_ in ("im", "des", "seit"):
                start -= 1
            elif doc[start].lower_ not in ("im", "seit", "bis", "ab", "anfang", "ende", "mitte"):
                start = i
        elif _YEAR_RE.match(tok.text) and not (i + 1 < n and doc[i + 1].tag_ == "NN") and \
                not (i > 0 and doc[i - 1].lower_ in QUALIFIERS):
            parts = {"year": int(tok.text)}  # a bare year: „… wurde 2007 gegründet“; „2007 Menschen“ is a number
            start = i - 1 if i > 0 and doc[i - 1].lower_ in ("seit", "bis", "ab", "von", "vor", "nach") else i
        if parts:
            spans.append(_date_span(doc, start, end, parts))
            i = end
        else:
            i += 1
    return filter_spans(spans)


def _date_span(doc: Doc, start: int, end: int, parts: dict) -> Span:
    span = Span(doc, start, end, label="DATE")
    span._.date_parts = parts
    published = _as_date(doc._.published)
    span._.date, reason = resolve(parts, published)
    what = []
    if "weekday" in parts and "day" not in parts:
        what.append(f"Wochentag: {WEEKDAY_NAMES[parts['weekday']]}")
    if "day" in parts:
        what.append(f"Datum: {parts['day']}. {MONTH_NAMES[parts['month'] - 1]}")
    elif "month" in parts:
        what.append(f"Monat: {MONTH_NAMES[parts['month'] - 1]}")
    if "relative" in parts:
        what.append(f"relative Zeitangabe: {doc[end - 1].text}")
    if "year" in parts and "month" not in parts:
        what.append(f"Jahr: {parts['year']}")
    span._.evidence = "; ".join(what + [reason])
    return span


def find_numbers(doc: Doc, taken: set[int]) -> list[Span]:
    spans: list[Span] = []
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        value = None if i in taken else parse_number(tok.text)
        if value is None or (tok.lower_ in NUMBER_WORDS and not tok.text.islower()) or tok.tag_ == "ADJA":
            i += 1
            continue
        start, end = i, i + 1
        qualifier = None
        if i > 0 and doc[i - 1].lower_ in QUALIFIERS:
            start, qualifier = i - 1, doc[i - 1].text
        if i > 1 and (doc[i - 2].lower_, doc[i - 1].lower_) in QUALIFIER_PAIRS:
            start, qualifier = i - 2, f"{doc[i - 2].text} {doc[i - 1].text}"
        if end < n and doc[end].lower_ in SCALES and doc[end].lower_ not in ("hundert", "tausend"):
            value *= SCALES[doc[end].lower_]
            end += 1
        unit = None
        evidence = f"Zahl: {tok.text}"
        if end < n and doc[end].lower_ in UNIT_WORDS:
            unit = UNIT_WORDS[doc[end].lower_]
            end += 1
        else:
            k = end
            while k < n and k - end < 2 and doc[k].tag_ == "ADJA" and k not in taken:
                k += 1
            if k < n and k not in taken and doc[k].tag_ == "NN" and doc[k].text[:1].isupper():
                unit = doc[k].text
                end = k + 1
            else:
                unit = _unit_from_context(doc, i)
                if unit:
                    evidence += f"; Einheit aus dem Satz: Zahl der {unit}"
        span = Span(doc, start, end, label="NUMBER")
        span._.value = value
        span._.unit = unit
        span._.qualifier = qualifier
        if qualifier:
            evidence += f"; Einschränkung: {qualifier}"
        if unit and "Einheit" not in evidence:
            evidence += f"; Einheit: {unit}"
        span._.evidence = evidence
        spans.append(span)
        i = end
    return spans


def _unit_from_context(doc: Doc, i: int) -> str | None:
    """„die Zahl der US-Truppen … auf mindestens 5.500“: the counted noun named earlier in the sentence."""
    sent = doc[i].sent
    for k in range(i - 1, sent.start, -1):
        if doc[k].lower_ in ("zahl", "anzahl") and k + 2 < i and doc[k + 1].lower_ in ("der", "des", "an", "von"):
            for j in range(k + 2, min(i, k + 5)):
                if doc[j].tag_ in ("NN", "NE"):
                    return doc[j].text
    return None


@Language.component("medialit_spans")
def spans_component(doc: Doc) -> Doc:
    """Fill ``doc.spans["dates"]`` and ``doc.spans["numbers"]``."""
    dates = find_dates(doc)
    taken = {k for s in dates for k in range(s.start, s.end)}
    doc.spans["dates"] = dates
    doc.spans["numbers"] = find_numbers(doc, taken)
    return doc
