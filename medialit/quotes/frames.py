"""Indirect and reported speech of one sentence: source markers („laut X“, „X zufolge“, „so X“) and reporting
verbs with their complement (dass-clause, Konjunktiv clause, colon, quotation).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import cache, lru_cache

from medialit import verbs as lexicon
from medialit.nlp.gazetteers import load_gazetteers
from medialit.quotes.base import (
    CONDITIONAL,
    CONTENT_MARKERS,
    DETS,
    FINITE,
    GENITIVE_ARTICLES,
    HEARSAY_MODALS,
    INFO_NOUNS,
    JOINING_ADVERBS,
    NOUNS,
    OPINION_ACTS,
    ROLE_SUFFIXES,
    SUBCLAUSE_TAGS,
    SUBJECT_PRONOUNS,
    TITLE_NOUNS,
    TITLE_SUFFIXES,
    _aside_end,
    _closing_wie_source,
    _content_end,
    _cue_tokens,
    _dass_start,
    _Draft,
    _Frame,
    _is_punct,
    _is_verb,
    _konj,
    _konj1,
    _messenger,
    _mood_reason,
    _opens_sentence,
    _partner,
    _past_relative_source,
    _question_put,
    _relative_pronoun,
    _starts_content,
    _Text,
    _translation,
    _trim,
    _v2_finite,
    _verb_final_clause,
)
from medialit.quotes.reported import (
    Report,
    _agentless_passive,
    _is_report,
    report_evidence,
    reported_span,
)
from medialit.quotes.subjects import (
    BODY_ES_FRAMES,
    TIME_NOUNS,
    _antecedent,
    _name_token,
    _names_text,
    _noun_phrase,
    _person_like,
    _previous_clause_subject,
    _quoted_person_frame,
    _subject,
    _time_phrase,
)


def _marker_frames(tx: _Text, si: int) -> list[_Frame]:
    """Source markers: „laut X“, „X zufolge“, „nach Angaben (von) X“, „…, so X.“, „wie X sagte“."""
    doc = tx.doc
    s = tx.sents[si]
    frames: list[_Frame] = []
    for k in range(s.start, s.end):
        t = doc[k]
        if tx.in_quote[k]:
            continue
        low = t.lower_
        if low in ("laut", "gemäß") and t.tag_ in ("APPR", "ADJD", "ADV", "APPO") and k + 1 < s.end \
                and doc[k + 1].lower_ not in LEGAL_REFERENCES:
            np = _noun_phrase(doc, k + 1, s.end) or _name_token(doc, k + 1, s.end) \
                or _quoted_name(tx, si, k + 1, any_case=True)  # „laut „tagesschau.de““
            np = _one_noun_phrase(doc, np)
            if np and not _names_norm(doc, np):
                e = lexicon.cue(low)
                frames.append(_Frame([k], low, e.connotation, e.explanation, np, (k, np[1]),
                                     [f"Quellenangabe: {t.text} {doc[np[0]:np[1]].text}"], marker="laut"))
        elif low == "zufolge" and k > s.start:
            np = _source_before(tx, si, k)
            if np:
                e = lexicon.cue("zufolge")
                frames.append(_Frame([k], "zufolge", e.connotation, e.explanation, np, (np[0], k + 1),
                                     [f"Quellenangabe: {doc[np[0]:k + 1].text}"], marker="zufolge"))
        elif low == "nach" and k + 1 < s.end and doc[k + 1].tag_ == "PRELS" and k > s.start and doc[k - 1].text == "," \
                and not _time_antecedent(doc, k - 1, s.start):
            # „Studien, nach denen Homöopathie ebenbürtig sei“: the relative pronoun stands for the source
            e = lexicon.cue("nach Angaben")
            f = _Frame([k], "nach", e.connotation, e.explanation, (k + 1, k + 2), (k, k + 2),
                       [f"Quellenangabe im Relativsatz: nach {doc[k + 1].text}"], marker="wonach")
            f.antecedent = _antecedent(doc, k - 1, s.start)
            f.content = (k + 2, _subordinate_end(tx, si, k + 2, _content_end(tx, si, k + 2, None, 0)))
            frames.append(f)
        elif low == "aus" and k + 2 < s.end:
            f = _aus_sicht_frame(doc, s, k)
            if f is not None and not _in_adverbial_clause(doc, s, k):
                frames.append(f)
        elif low == "nach":
            f = _nach_frame(doc, s, k)
            if f is not None:
                frames.append(f)
        elif low == "folge" and k > s.start and doc[k - 1].lower_ == "zu" and k - 1 > s.start:
            np = _antecedent(doc, k - 1, s.start)
            if np:
                e = lexicon.cue("zufolge")
                frames.append(_Frame([k - 1, k], "zufolge", e.connotation, e.explanation, np, (np[0], k + 1),
                                     [f"Quellenangabe: {doc[np[0]:k + 1].text}"], marker="zufolge"))
        elif low == "wonach" and k > s.start and doc[k - 1].text == ",":
            np = _antecedent(doc, k - 1, s.start) or _titled_antecedent(tx, si, k - 1)
            if np:
                e = lexicon.cue("laut")
                end_ = _subordinate_end(tx, si, k + 1, _content_end(tx, si, k + 1, None, 0))
                f = _Frame([k], "wonach", e.connotation, "Quellenangabe im Relativsatz („ein Bericht, wonach …“).",
                           (k, k + 1), (k, k + 1), [f"Quellenangabe: {doc[np[0]:np[1]].text}, wonach"], marker="wonach")
                f.antecedent = np
                f.content = (k + 1, end_)
                frames.append(f)
        elif (low in ("demnach", "demzufolge") or (low == "danach" and _source_before_sentence(tx, si))) \
                and t.tag_ in ("ADV", "PROAV", "PAV"):
            e = lexicon.cue("laut")
            f = _Frame([k], low, e.connotation, "Verweist auf die zuvor genannte Quelle („demnach“).", (k, k + 1), (k, k + 1),
                       [f"Quellenverweis: {t.text}"], marker="demnach")
            frames.append(f)
        elif low == "so" and k > s.start and _so_after_comma_or_quote(doc, k) and k + 1 < s.end:
            np = _noun_phrase(doc, k + 1, s.end)
            if not np and k + 2 < s.end and doc[k + 1].tag_ in ("VVFIN", "VVPP") \
                    and (lexicon.entry(lexicon.verb_lemma(doc[k + 1])) is not None or doc[k + 1].lemma_ == "lauten"):
                # „…, so bestätigt das Gericht.“, „„…“ – so lautet das Fazit der Tester“: so + verb + speaker
                np = _noun_phrase(doc, k + 2, s.end)
                np = _von_owner(tx, np, s.end) if doc[k + 1].lemma_ == "lauten" else np
                stop = next((m for m in range(np[1], s.end) if doc[m].text in (",", "–", "—")), s.end) if np else s.end
                if np and (_person_like(doc, np) or doc[np[1] - 1].tag_ in NOUNS) and all(
                        _is_punct(doc[m]) or doc[m].tag_ in ("ADV", "APPR", "APPRART", "ART", "NN", "NE", "ADJA", "CARD")
                        for m in range(np[1], stop)):
                    e = lexicon.cue("so")
                    frames.append(_Frame([k, k + 1], "so", e.connotation, e.explanation, np, (k, s.end),
                                         [f"nachgestellte Quellenangabe: {doc[k:np[1]].text}"], marker="so"))
                continue
            if not np:
                continue
            rest = [doc[m] for m in range(np[1], s.end)]
            if rest and (rest[0].tag_ in FINITE or rest[0].tag_.startswith("V") or rest[0].tag_ in ("PPER", "PRF")):
                continue  # „…, so sagte er“, „so sehr“: an adverb, not a source
            e = lexicon.cue("so")
            frames.append(_Frame([k], "so", e.connotation, e.explanation, np, (k, s.end),
                                 [f"nachgestellte Quellenangabe: so {doc[np[0]:np[1]].text}"], marker="so"))
    for f in frames:
        if f.marker in ("laut", "nach") and f.clause[0] == f.cue_tokens[0]:
            f.clause = (f.clause[0], _source_tail(tx, si, f.clause[1]))
            _web_address_of_source(tx, f)
            _vorfeld_source(tx, si, f)
    return frames


def _titled_antecedent(tx: _Text, si: int, comma: int) -> tuple[int, int] | None:
    """An antecedent that ends in a name in quotation marks („ein Bericht der Agentur „Interfax“, wonach …“):
    the noun phrase before the opening mark, with the name."""
    doc = tx.doc
    close = comma - 1
    partner = _partner(doc, close)
    if partner is None or not tx.in_quote[close] or partner >= close:
        return None
    np = _antecedent(doc, partner, tx.sents[si].start)
    return (np[0], comma) if np else None


def _subordinate_end(tx: _Text, si: int, a: int, end: int) -> int:
    """The end of a verb-final clause („wonach X zurücktreten wolle, wurde dementiert“): the first comma after a
    finite verb that the finite verb of the main clause follows, else ``end``."""
    doc = tx.doc
    for k in range(a + 1, end - 1):
        if doc[k].text == "," and not tx.in_quote[k] and doc[k - 1].tag_ in FINITE and doc[k + 1].tag_ in FINITE:
            return k
    return end


def _vorfeld_source(tx: _Text, si: int, f: _Frame) -> None:
    """A marker opening the sentence fills the Vorfeld, which holds one phrase: the source runs to the finite verb
    („Nach Angaben des Fonds der Entwicklungsbank sandten …“, „Nach Ansicht der Anklage, vertreten durch X, soll …“)."""
    if not _opens_sentence(tx, si, f.clause[0]):
        return
    v2 = _v2_finite(tx, si, f.clause[1])
    if v2 is not None and v2 > f.clause[1]:
        f.clause = (f.clause[0], v2)
        f.evidence.append(f"Quelle bis zum finiten Verb (Vorfeld): {tx.doc[v2].text}")


PP_SOURCE = {"von", "vom", "aus", "gegenüber"}


LEGAL_REFERENCES = {"§", "§§", "artikel", "art.", "paragraf", "paragraph", "absatz", "abs."}  # „gemäß § 5“: a rule


# Rules and norms: „gemäß der Regelung“, „laut Vorschrift“ say what applies, not who said it („Standard“ and
# „profil“ stay out: they also name newspapers).
NORM_NOUNS = ("regel", "regeln", "regelung", "regelungen", "vorschrift", "vorschriften", "verordnung",
              "verordnungen", "richtlinie", "richtlinien", "norm", "normen", "satzung", "tarif", "fahrplan",
              "spezifikation", "spezifikationen")


def _names_norm(doc, np: tuple[int, int]) -> bool:
    """The last common noun of the phrase after „laut/gemäß“ names a rule or norm, no source."""
    nouns = [doc[m] for m in range(*np) if doc[m].tag_ == "NN"]
    return bool(nouns) and nouns[-1].lower_.endswith(NORM_NOUNS)


def _one_noun_phrase(doc, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """Cut a source where a second common noun starts a new phrase („laut Ministerium | Arbeiten an …“,
    „laut Airbus | Bestellungen“): German compounds are one word, so two nouns in a row are two phrases — unless
    they are one listed organisation („laut Stiftung Warentest“) or a name with a title after a role."""
    if np is None:
        return None
    titles = load_gazetteers().titles
    for k in range(np[0] + 1, np[1]):
        if doc[k].tag_ == "NN" and doc[k - 1].tag_ in NOUNS and doc[k].text[:1].isupper() and doc[k - 1].text != "-" \
                and doc[k].ent_iob_ != "I" and doc[k].ent_type_ != "PER" and doc[k].lower_ not in titles:
            # „laut Tirol Werbung“, „laut Stiftung Warentest“: one listed name goes on, and so does a person's name
            # opened by a title („laut Projektleiterin Dr. Sabine Krämer“)
            return (np[0], k)
    return np


def _quoted_name(tx: _Text, si: int, i: int, any_case: bool = False) -> tuple[int, int] | None:
    """A short name in quotation marks right after a marker („laut „Welt““, „wie „heise online“ berichtet“),
    marks included."""
    doc = tx.doc
    partner = _partner(doc, i)
    if partner is None or not (i + 1 < partner <= i + 5) or partner >= tx.sents[si].end:
        return None
    return (i, partner + 1) if any_case or doc[i + 1].text[:1].isupper() else None


def _source_before(tx: _Text, si: int, k: int) -> tuple[int, int] | None:
    """The source before „zufolge“: a pronoun („Ihnen zufolge“) or a noun phrase with its genitive and „von“
    attributes, brackets and names in quotation marks („Einer Mitteilung des Verbandes (VDB) zufolge“)."""
    doc = tx.doc
    floor = tx.sents[si].start
    if doc[k - 1].tag_ == "PPER" and doc[k - 1].lower_ in ("ihm", "ihr", "ihnen"):
        return (k - 1, k)
    start = None
    joined = False  # the noun before was joined by „für“/„und“ („Landesamt für Gesundheit und Verbraucherschutz“)
    j = k - 1
    while j >= floor:
        t = doc[j]
        partner = _partner(doc, j)
        if t.text == ")":
            j = next((m for m in range(j - 1, max(floor, j - 10) - 1, -1) if doc[m].text == "("), floor) - 1
        elif tx.in_quote[j] and partner is not None and j - 8 <= partner < j:
            start, j = partner, partner - 1
        elif t.tag_ == "NN" and start is not None and doc[start].tag_ == "NN" and doc[start].text[:1].isupper() \
                and not joined:
            break  # „nimmt die Organisation | Schätzungen zufolge …“: two common nouns in a row are two phrases
        elif t.tag_ in NOUNS | {"ADJA", "CARD"}:
            start, j, joined = j, j - 1, False
        elif _office_link(doc, j, start, floor):
            j, joined = j - 1, True
        elif t.tag_ in DETS and start is not None:
            start = j
            if t.lower_ not in GENITIVE_ARTICLES or j - 1 < floor or doc[j - 1].tag_ not in NOUNS:
                break
            j -= 1
        elif t.lower_ in ("von", "vom") and start is not None and j - 1 >= floor and doc[j - 1].tag_ in NOUNS:
            j -= 1
        else:
            break
    return (start, k) if start is not None and any(doc[m].tag_ in NOUNS for m in range(start, k)) else None


def _office_link(doc, j: int, start: int | None, floor: int) -> bool:
    """„für“ or „und“ at ``j`` inside the name of an office before „zufolge“ („Dem Landesamt für Gesundheit und
    Lebensmittelsicherheit zufolge“): a noun of an office or body before it and a noun after it."""
    if start is None or doc[j].lower_ not in ("für", "und") or j - 1 < floor or doc[j - 1].tag_ not in NOUNS:
        return False
    if doc[j].lower_ == "und":  # „für Gesundheit und …“: only a second field of the same office
        return j - 2 > floor and doc[j - 2].lower_ == "für" and _office_link(doc, j - 2, j - 1, floor)
    return doc[j - 1]._.role_kind == "organisation" or doc[j - 1].lower_.endswith(
        ("amt", "institut", "ministerium", "behörde", "zentrum", "stelle", "rat", "kommission"))


def _names_medium(tok) -> bool:
    """„des Magazins“, „der Zeitung“, „der Organisation“: a noun that a name in quotation marks may follow."""
    low = tok.lower_[:-2] if tok.lower_.endswith("es") else tok.lower_.rstrip("s")
    return tok.tag_ == "NN" and (low in TITLE_NOUNS or low.endswith(
        TITLE_SUFFIXES + ("agentur", "sender", "dienst", "organisation", "firma", "unternehmen", "institut")))


def _von_owner(tx: _Text, np: tuple[int, int] | None, end: int) -> tuple[int, int] | None:
    """„so lautet das Fazit von Öko-Test“: a named organisation or person after „von“ owns the verdict, so it
    belongs to the source."""
    if np is None or np[1] + 1 >= end or tx.doc[np[1]].lower_ != "von":
        return np
    owner = next((e for e in tx.ents if e.start == np[1] + 1 and e.label_ in ("ORG", "PER") and e.end <= end), None)
    return (np[0], owner.end) if owner is not None else np


def _so_after_comma_or_quote(doc, k: int) -> bool:
    """„…, so die Polizei“, „„Finger weg!“ – so lautet das Fazit“: „so“ after a comma, or after a dash right after a
    closing quotation mark."""
    return doc[k - 1].text == "," or doc[k - 1].text in ("–", "—", "-") and k > 1 and doc[k - 2].is_quote


def _web_address_of_source(tx: _Text, f: _Frame) -> None:
    """„laut dem Portal lebensmittelwarnung.de“: the address after the source's noun belongs to the source."""
    doc = tx.doc
    if f.speaker is not None and f.speaker[1] < f.clause[1] and doc[f.speaker[1]].like_url \
            and doc[f.speaker[1] - 1].tag_ == "NN":
        f.speaker = (f.speaker[0], f.speaker[1] + 1)


def _source_tail(tx: _Text, si: int, end: int) -> int:
    """The end of a source named after „laut“/„nach Angaben“: over a name in quotation marks („des Magazins
    „Der Spiegel““, „der „Zeit““), brackets, attached phrases („des Polizeichefs von Kandahar“) and an apposition
    or relative clause between commas („der Sprecherin, Anna Berg,“) before the finite verb."""
    doc = tx.doc
    s = tx.sents[si]
    while end < s.end:
        t = doc[end]
        partner = _partner(doc, end)
        if tx.in_quote[end] and partner is not None and end < partner <= end + 8 and _names_medium(doc[end - 1]):
            end = partner + 1
        elif t.like_url and doc[end - 1].tag_ == "NN" and not tx.in_quote[end]:
            end += 1  # „laut dem Portal lebensmittelwarnung.de“: the site's address names the source
        elif t.text == "(":
            close = next((k for k in range(end + 1, min(s.end, end + 25)) if doc[k].text in ("(", ")")), None)
            if close is None or doc[close].text != ")":
                break
            end = close + 1  # „laut der Polizei (sie war mit 50 Beamten vor Ort)“: an aside on the source
        elif (t.lower_ in PP_SOURCE or t.lower_ in GENITIVE_ARTICLES) and end + 1 < s.end:
            if t.lower_ == "aus" and doc[end + 1].tag_ == "NN":
                break  # „laut X aus Sicherheitsgründen“: „aus“ with a bare noun gives a reason, not the source
            np = _quoted_name(tx, si, end + 1)
            if t.lower_ in PP_SOURCE:
                np = np or _noun_phrase(doc, end + 1, s.end) or _name_token(doc, end + 1, s.end)
            elif t.lower_ in ("eines", "einer") and doc[end - 1].tag_ == "NN":
                np = np or _noun_phrase(doc, end, s.end)  # „eines Mitarbeiters einer Organisation“
            if np is None:
                break
            end = np[1]
        elif t.text == "," and end + 1 < s.end and doc[end + 1].tag_ in NOUNS | DETS | {"ADJA", "PRELS"}:
            close = next((k for k in range(end + 1, min(s.end, end + 16)) if doc[k].text == ","), None)
            relative = doc[end + 1].tag_ == "PRELS"
            if close is None or any(tx.in_quote[k] or (_is_verb(doc[k]) and not relative) for k in range(end + 1, close)) \
                    or close + 1 >= s.end or (doc[close + 1].tag_ not in FINITE and not (
                        relative and _is_verb(doc[close - 1]))):  # „laut der Stimme, die X gehören soll, …“
                break
            end = close + 1
        else:
            break
    return end


# Events and times: „die Pause, nach der …“ reads „after which“, not „according to which“.
EVENT_NOUNS = frozenset({
    "pause", "halbzeit", "spiel", "partie", "runde", "wahl", "wahlen", "sitzung", "tagung", "treffen", "feier",
    "krieg", "kriegs", "unfall", "anschlag", "tod", "ankunft", "abreise", "landung", "start", "rückkehr",
    "stunde", "stunden", "minute", "minuten", "tagen", "jahren", "wochen", "monaten", "phase", "zeitpunkt",
} | TIME_NOUNS)


def _time_antecedent(doc, comma: int, floor: int) -> bool:
    """The noun before „, nach der/dem/denen“ names an event or a time, so „nach“ is temporal („die Pause, nach
    der …“), no source."""
    np = _antecedent(doc, comma, floor)
    return np is not None and doc[np[1] - 1].lower_ in EVENT_NOUNS


def _in_adverbial_clause(doc, s, k: int) -> bool:
    """Whether token ``k`` stands in an adverbial clause („weil die Mannschaft aus ihrer Sicht …“, „Während die
    Verhandlungen aus Sicht von X …“): a view named there qualifies the writer's reason or time, it is no report."""
    a = _stretch_around(doc, s, k)[0]
    return doc[a].tag_ == "KOUS" and doc[a].lower_ not in ("dass", "daß", "ob")


def _aus_sicht_frame(doc, s, k: int) -> _Frame | None:
    """„aus Sicht der Verbände“, „aus Sicht von X“, „aus seiner Sicht“, „aus Meyers Sicht“: a stated view."""
    j = k + 1
    while j < s.end and j <= k + 3 and doc[j].lower_ != "sicht":
        j += 1
    if j >= s.end or doc[j].lower_ != "sicht" or not all(
            doc[m].tag_ in ("PPOSAT", "ADJA", "NE", "ART") for m in range(k + 1, j)):
        return None
    np = None
    if j + 1 < s.end and doc[j + 1].lower_ in ("von", "vom"):
        np = _noun_phrase(doc, j + 2, s.end) or _name_token(doc, j + 2, s.end)
    elif j + 1 < s.end and (doc[j + 1].lower_ in GENITIVE_ARTICLES or doc[j + 1].tag_ == "NE"):
        np = _noun_phrase(doc, j + 1, s.end) or _name_token(doc, j + 1, s.end)
    if np is None and all(doc[m].tag_ in ("ADJA", "ART") for m in range(k + 1, j)):
        return None  # „aus Sicht“, „aus juristischer/heutiger Sicht“: a field or a time, nobody's view
    source = np or (k + 1, j + 1)
    e = lexicon.cue("nach Ansicht")
    return _Frame(list(range(k, j + 1)), "aus Sicht", e.connotation, "Quellenangabe; die Sicht der genannten Quelle.",
                  source, (k, max(source[1], j + 1)), [f"Quellenangabe: {doc[k:source[1]].text}"], marker="nach")


def _source_before_sentence(tx: _Text, si: int) -> bool:
    """Whether the sentence before names a document or statement („Eine Studie erschien. Danach …“), so that
    „danach“ means „according to it“ rather than „afterwards“."""
    if si == 0:
        return False
    doc = tx.doc
    prev = tx.sents[si - 1]
    if si > 1 and not any(doc[k].tag_ in FINITE for k in range(prev.start, prev.end)):
        prev = tx.sents[si - 2]  # „… ergab folgende Werte: | A 31 Prozent; B 28 Prozent. | Danach …“: a list between
    return any(doc[k].tag_ in NOUNS and doc[k].lower_.endswith(SOURCE_DOCUMENTS) for k in range(prev.start, prev.end))


SOURCE_DOCUMENTS = ("studie", "umfrage", "bericht", "gesetz", "urteil", "gutachten", "analyse", "statistik",
                    "untersuchung", "erhebung", "mitteilung", "erklärung", "entwurf", "regelung", "vertrag",
                    "zahlen", "bilanz", "prognose", "darstellung", "angaben", "schreiben", "brief", "protokoll",
                    "verordnung", "richtlinie", "beschluss", "befragung", "act", "papier", "dokument", "auswertung")


def _located(doc, s, k: int, lemma: str) -> bool:
    """„befindet sich in Haft“: „sich befinden“ names a place, not a judgement."""
    if lemma != "befinden":
        return False
    lo = next((m + 1 for m in range(k - 1, max(s.start, k - 12) - 1, -1) if doc[m].text in (",", ";", ":")),
              max(s.start, k - 12))  # „soll sich seit Montag in der Haftanstalt befinden“: verb-final
    return any(doc[m].lower_ == "sich" and not _is_punct(doc[m - 1]) for m in range(max(s.start + 1, lo), min(s.end, k + 3)))


def _nach_frame(doc, s, k: int) -> _Frame | None:
    """„nach Angaben der Polizei“, „nach Polizeiangaben“, „nach Meyers Einschätzung“, „nach dieser Analyse“, and the
    postposition „ihrer Meinung nach“, „dem Vernehmen nach“: a source marker around „nach“ and an information noun."""
    pre = _nach_before(doc, s, k)
    if pre is not None:
        return pre
    if k > s.start and doc[k - 1].lower_ in ("erst", "kurz", "bald", "gleich", "unmittelbar", "direkt"):
        return None  # „erst nach umfangreichen Ermittlungen“: a time, not a source
    if k + 1 < s.end:
        return _nach_after(doc, s, k)
    return None


def _nach_before(doc, s, k: int) -> _Frame | None:
    """„ihrer Meinung nach“, „seiner Ansicht nach“, „dem Vernehmen nach“: the noun phrase before „nach“ names
    the source."""
    if k - 1 <= s.start or doc[k - 1].tag_ != "NN" or not doc[k - 1].lower_.endswith(INFO_NOUNS):
        return None
    if k + 1 < s.end and (doc[k + 1].tag_ in NOUNS | {"ART", "PPOSAT", "PDAT", "ADJA"}
                          or doc[k + 1].lower_ in ("von", "vom")):
        return None  # „die Meinung nach dem Spiel“
    i = k - 1
    while i > s.start and (doc[i - 1].tag_ in ("ART", "ADJA", "PPOSAT", "PIAT", "PDAT") or (
            doc[i - 1].tag_ == "NE" and doc[i - 1].lower_.endswith("s"))):
        i -= 1
    if i == k - 1 and doc[i].lower_ not in ("expertenmeinung",) and not doc[i].lower_.endswith("angaben"):
        return None  # a bare noun before „nach“ is rarely a source („Suche nach“)
    e = lexicon.cue(f"nach {doc[k - 1].text}") or lexicon.cue("nach Angaben")
    evidence = [f"Quellenangabe: {doc[i:k + 1].text}"]
    hearsay = doc[k - 1].lower_ == "vernehmen"
    if hearsay:  # „Dem Vernehmen nach soll …“: „reportedly“, the text names nobody
        evidence.append("„dem Vernehmen nach“: Hörensagen, die Quelle wird nicht genannt")
    return _Frame(list(range(i, k + 1)), f"nach {doc[k - 1].text}", e.connotation, e.explanation, (i, k),
                  (i, k + 1), evidence, marker="nach")


# Drafts whose provisions „nach“ reports („Nach dem Gesetzentwurf sollen …“); a time reading („nach dem
# Entwurf“ as „after“) is rare, unlike „nach dem Urteil“.
DRAFT_NOUNS = ("entwurf", "entwurfs", "entwürfen")


# Information nouns that also name an event („Vorstellung“: an idea, or a performance): after „nach“ they are a
# source only with an owner („nach Vorstellung der Regierung“, „nach ihrer Vorstellung“).
PERFORMANCE_NOUNS = frozenset({"vorstellung", "vorstellungen"})


def _nach_after(doc, s, k: int) -> _Frame | None:
    """„nach Angaben der Polizei“, „nach Polizeiangaben“, „nach eigenen Angaben“, „nach einer Studie“,
    „nach Meyers Einschätzung“: the information noun follows „nach“, the source follows it or precedes it."""
    j = k + 1
    owner = None
    while j < s.end and (doc[j].tag_ in ("ART", "ADJA", "PPOSAT", "PIAT", "PIDAT", "PDAT")
                         or doc[j].lower_ in ("deren", "dessen")
                         or (doc[j].tag_ == "NE" and doc[j].lower_.endswith("s") and j + 1 < s.end
                             and doc[j + 1].tag_ == "NN")):
        if doc[j].tag_ == "NE":
            owner = (j, j + 1)  # „nach Meyers Einschätzung“
        j += 1
    if j >= s.end or doc[j].tag_ != "NN" or not doc[j].lower_.endswith(INFO_NOUNS + DRAFT_NOUNS):
        return None
    key = "nach eigenen Angaben" if doc[k + 1].lower_ == "eigenen" else f"nach {doc[j].text}"
    e = lexicon.cue(key) or lexicon.cue("nach Angaben")
    m = j + 1
    np = None
    if m < s.end and doc[m].lower_ in ("von", "vom", "aus"):
        # „nach Angaben aus Regierungskreisen“: „aus“ names where the information comes from, like „von“
        np = _noun_phrase(doc, m + 1, s.end) or _name_token(doc, m + 1, s.end)
    elif m < s.end and doc[m].tag_ == "PPOSAT" and doc[m].lower_.endswith(("er", "es")):
        np = _genitive_phrase(doc, m, s.end)  # „nach Ansicht ihrer Fraktion“, „nach Angaben seines Ministeriums“
    elif m < s.end and (doc[m].lower_ in GENITIVE_ARTICLES + ("dieser", "dieses") or doc[m].tag_ == "NE"):
        np = _noun_phrase(doc, m, s.end) or _name_token(doc, m, s.end) or _genitive_phrase(doc, m, s.end)
    elif m < s.end and doc[m].tag_ in ("ADJA", "PIAT", "PIDAT") and doc[m].lower_.endswith("er"):
        # the strong genitive plural: „nach Berichten britischer Zeitungen“, „nach Meinung vieler Experten“
        np = _genitive_phrase(doc, m, s.end)
    if np is None and owner is None and doc[j].lower_ in PERFORMANCE_NOUNS \
            and not any(doc[m].tag_ == "PPOSAT" for m in range(k + 1, j)):
        return None  # „erklärte Steckel nach der Vorstellung“: after the performance, not by anyone's idea
    if np is None and owner is None and _after_the_event(doc, k, j):
        return None
    if np is not None and doc[j].lower_ in PERFORMANCE_NOUNS and doc[k + 1].lower_ == "der" \
            and not any(doc[m].ent_type_ in ("PER", "ORG") or doc[m]._.role_kind in ("person", "group", "organisation")
                        for m in range(*np)):
        return None  # „nach der Vorstellung einer Studie“: after it was presented, nobody's idea
    if np is None and owner is None and j == k + 1 and doc[j].lower_ in BARE_IDIOMS:
        return None  # „die Offensive laufe nach Plan“: as planned, nobody's plan is cited
    source = np or owner or (k + 1, j + 1)
    if k > s.start and doc[k - 1].lower_ == "je":
        k -= 1  # „je nach Quellenlage“
    return _Frame(list(range(k, j + 1)), key, e.connotation, e.explanation, source,
                  (k, max(source[1], j + 1)), [f"Quellenangabe: {doc[k:j + 1].text}"], marker="nach")


# Information nouns that right after „nach“, with no article or owner, form an idiom („nach Plan“, „nach Wunsch“).
BARE_IDIOMS = frozenset({"plan", "wunsch"})


# Statements that are also events: „nach der Ankündigung“ with nobody named is a time („after“), not a source.
EVENT_STATEMENTS = ("ankündigung", "erklärung", "mitteilung", "stellungnahme", "meldung")


def _after_the_event(doc, k: int, j: int) -> bool:
    """„Die Aktie legte nach der Ankündigung zu“: „nach“ + definite article + a statement noun with no source
    named is the time after that statement."""
    return j == k + 2 and doc[k + 1].lower_ in ("der", "dieser") and doc[j].lower_.endswith(EVENT_STATEMENTS)


def _genitive_phrase(doc, m: int, end: int) -> tuple[int, int] | None:
    """A genitive source after an information noun: articles, quantifiers and adjectives, then one group of nouns
    („der beiden Politiker“, „britischer Zeitungen“); a second noun group starts the content."""
    j = m
    while j < end and doc[j].tag_ in DETS | {"ADJA", "PIAT", "PIDAT"}:
        j += 1
    if j == m and doc[j].tag_ not in NOUNS or j >= end or doc[j].tag_ not in NOUNS:
        return None
    while j < end and doc[j].tag_ in NOUNS and (j == m or doc[j - 1].tag_ != "NN" or doc[j].tag_ != "NN"):
        j += 1
    return (m, j)


def _became_known(doc, s, k: int) -> int | None:
    """„wurde bekannt, dass …“, „nachdem bekannt geworden war, dass …“: the last word of the verb group before the
    comma, or None."""
    group = [k]
    for m in range(max(s.start, _adverbs_start(doc, s, k) - 2), min(s.end, k + 4)):
        if m != k and (doc[m].lemma_ == "werden" or doc[m].lower_ in ("geworden", "worden")) \
                or m > k and doc[m].tag_ == "VAFIN" and m - 1 in group:
            group.append(m)
    if len(group) == 1:
        return None
    j = max(group)
    if j + 2 < s.end and doc[j + 1].text == "," and doc[j + 2].lower_ in ("dass", "daß", "ob"):
        return j
    return j if j + 1 < s.end and doc[j + 1].text == "," and _wie_before(doc, s, min(group)) else None


def _adverbs_start(doc, s, k: int) -> int:
    """First of the adverbs standing right before token ``k`` („wurde inzwischen auch bekannt“), or ``k``."""
    while k > s.start and doc[k - 1].tag_ in ("ADV", "ADJD") and doc[k - 1].lower_ != "wie":
        k -= 1
    return k


def _wie_before(doc, s, k: int) -> bool:
    """„Wie (gestern) bekannt wurde, …“: only adverbs stand between a clause-opening „wie“ and token ``k``."""
    a = _adverbs_start(doc, s, k)
    return a > s.start and doc[a - 1].lower_ == "wie" and (a - 1 == s.start or doc[a - 2].text == ",")


# Verbs outside the lexicon that report a stated result or agreement when a content clause follows
# („hatten vereinbart, … zu …“, „Die Studie ergab, dass …“); alone they report no speech.
CONTENT_VERBS = {
    "vereinbaren": "Neutral; eine Vereinbarung wird mitgeteilt.",
    "ergeben": "Neutral; das Ergebnis einer Untersuchung wird wiedergegeben.",
    "errechnen": "Neutral; eine Berechnung der Quelle wird wiedergegeben.",
    "ausrechnen": "Neutral; eine Berechnung der Quelle wird wiedergegeben.",
    "berechnen": "Neutral; eine Berechnung der Quelle wird wiedergegeben.",
    "nachsagen": "Distanziert; gibt wieder, was man jemandem nachsagt („Ihm wird nachgesagt, … zu …“).",
    "zubilligen": "Neutral; gibt wieder, was jemandem zugestanden wird („Ihr wurde zugebilligt, … zu …“).",
}


# Verbs of intention outside the lexicon: like verbs of thinking they give a named actor's announced plan as
# content („Die Stadt plant, … zu …“, „hat sich entschlossen, … zu …“), never a speech act of their own, and an
# agentless state („Es ist geplant, …“) or „wie geplant“ names nobody.
INTENTION_VERBS = {
    "planen": "Gibt ein Vorhaben der Quelle wieder („plant, … zu …“).",
    "beabsichtigen": "Gibt eine Absicht der Quelle wieder („beabsichtigt, … zu …“).",
    "vorhaben": "Gibt ein Vorhaben der Quelle wieder („hat vor, … zu …“).",
    "entschließen": "Gibt einen Entschluss der Quelle wieder („hat sich entschlossen, … zu …“).",
    "nachdenken": "Gibt Überlegungen der Quelle wieder („denkt darüber nach, … zu …“).",
}


def _verb_label(entry, otherwise: str = "Redeverb") -> str:
    """How the evidence names a frame's verb: „Verb der Absicht“ for „planen“, „vorhaben“ … (a plan is reported,
    not something said), else ``otherwise`` („Redeverb“, or „Forderungsverb“ before a zu-infinitive)."""
    return "Verb der Absicht" if entry.lemma in INTENTION_VERBS else otherwise


JUDGING_VERBS = {"halten": "für … halten", "ansehen": "als … ansehen", "betrachten": "als … betrachten",
                 "erachten": "für … erachten", "sehen": "als … sehen", "empfinden": "als … empfinden",
                 "bewerten": "als … bewerten", "einschätzen": "als … einschätzen"}


JUDGING_EXPLANATION = "Gibt eine Einschätzung der Quelle wieder („hält es für möglich, dass …“)."


def _judges_es(tx: _Text, si: int, k: int) -> bool:
    """„hält es für möglich, dass …“, „sah es als erwiesen an, …“: a judgement whose placeholder „es“ stands for
    the clause that follows."""
    doc = tx.doc
    s = tx.sents[si]
    stop = next((m for m in range(k + 1, s.end) if doc[m].text in (",", ":")), None)
    if stop is None or stop + 1 >= s.end:
        return False
    span = range(max(s.start, k - 6), stop)
    return any(doc[m].lower_ == "es" for m in span) and any(doc[m].lower_ in ("für", "als") for m in span) \
        and (doc[stop + 1].lower_ in ("dass", "daß", "ob") or any(
            doc[m].tag_ in ("VVIZU", "PTKZU") for m in range(stop + 1, min(s.end, stop + 15))))


@cache
def _phrases_by_verb() -> dict[str, list[tuple[tuple[str, ...], lexicon.VerbEntry]]]:
    """The lexicon's multi-word entries („bestehen auf“, „sich aussprechen für“, „Stellung nehmen“) by their verb,
    each with the other words that must stand in the verb's clause."""
    out: dict[str, list] = {}
    for phrase, e in lexicon.load_lexicon().phrases.items():
        words = phrase.split()
        verbs = [w for w in words if w[:1].islower() and w.endswith("n") and w not in PHRASE_PREPS | {"sich"}
                 and not (w.startswith("da") and w[2:].lstrip("r") in PHRASE_PREPS)]
        if not verbs or verbs[-1] in ("lassen", "weigern", "wehren"):
            continue  # „mitteilen lassen“: the infinitive is a cue of its own; a refusal is an act, not speech
        verb = verbs[-1]
        # only with a content clause: alone („berief sich auf X“, „nahm Stellung“) they report no speech here
        out.setdefault(verb, []).append((tuple(w.lower() for w in words if w != verb),
                                         replace(e, kind="verb", speech_act=False, needs_content=False)))
    return out


PHRASE_PREPS = {"auf", "an", "für", "über", "von", "zu", "um", "mit", "als", "gegen", "in"}


PREP_FORMS = {"an": ("am", "ans"), "zu": ("zum", "zur"), "von": ("vom",), "in": ("im", "ins"), "auf": ("aufs",),
              "für": ("fürs",), "über": ("übers",), "um": ("ums",)}


@cache
def _phrase_forms(word: str) -> frozenset[str]:
    """The spellings of a phrase word in a sentence: a preposition also as contracted form and as „da(r)“-compound
    („darauf“ for „auf“)."""
    if word in PHRASE_PREPS:
        return frozenset({word, *PREP_FORMS.get(word, ()), "da" + word, "dar" + word})
    return frozenset({word})


def _phrase_entry(tx: _Text, si: int, k: int, lemma: str) -> lexicon.VerbEntry | None:
    """A multi-word lexicon entry whose verb is ``lemma`` and whose other words stand between the same commas
    („bestehen darauf, dass …“, „nahm Stellung“, „sprach sich für … aus“)."""
    cands = _phrases_by_verb().get(lemma)
    if not cands:
        return None
    doc = tx.doc
    s = tx.sents[si]
    lo, hi = _stretch_around(doc, s, k)
    words_here = {doc[m].lower_ for m in range(lo, hi) if m != k}
    if any(doc[m].tag_ == "PRF" for m in range(lo, hi)):
        words_here.add("sich")  # any reflexive pronoun („mich“, „uns“) stands for „sich“
    for words, e in cands:
        if all(words_here & _phrase_forms(w) for w in words):
            return e
    return None


def _written_in(doc, s, k: int) -> bool:
    """„In dem Bericht steht, dass …“, „Im Entwurf war vorgesehen, … zu …“: „stehen“/„vorsehen“ after a phrase with
    „in“ and before a comma that opens the content."""
    if k + 2 >= s.end or doc[k + 1].text != ",":
        return False
    return doc[s.start].lower_ in ("in", "im") and all(
        (not _is_verb(doc[m]) or doc[m].tag_ == "VAFIN") and doc[m].text != "," for m in range(s.start, k))


# Reflexive, these verbs say how things turned out, not what somebody said („es stellte sich heraus, dass …“,
# „die Befürchtung bestätigte sich“, „erwies sich als falsch“).
TURN_OUT_VERBS = frozenset({"herausstellen", "bestätigen", "erweisen", "bewahrheiten"})


def _reflexive(doc, s, k: int) -> bool:
    """A reflexive „sich“ in the clause of the verb at ``k`` (between the punctuation marks or conjunctions around
    it: „weigerte sich und bestätigte dann, dass …“ keeps the report)."""
    a, b = _stretch_around(doc, s, k, stops=(",", ":", ";", "–"), conjunctions=True)
    return any(doc[m].lower_ == "sich" and doc[m].tag_ == "PRF" for m in range(a, b))


def _stretch_around(doc, s, k: int, stops=(",", ";", ":"), conjunctions: bool = False) -> tuple[int, int]:
    """The tokens around ``k`` in sentence ``s`` up to the nearest punctuation in ``stops`` on either side (and, with
    ``conjunctions``, a coordinating conjunction), those excluded."""
    lo = next((m + 1 for m in range(k - 1, s.start - 1, -1)
               if doc[m].text in stops or (conjunctions and doc[m].tag_ == "KON")), s.start)
    hi = next((m for m in range(k + 1, s.end) if doc[m].text in stops or (conjunctions and doc[m].tag_ == "KON")), s.end)
    return lo, hi


def _asks(tx: _Text, si: int, k: int) -> bool:
    """A finite verb opening a question („Findest du, dass …?“, „Glauben Sie, dass …?“): the content is asked,
    not stated by anybody."""
    s = tx.sents[si]
    last = next((m for m in range(s.end - 1, k, -1) if not tx.doc[m].is_space), None)
    return k == s.start and tx.doc[k].tag_ == "VVFIN" and last is not None and tx.doc[last].text == "?" \
        and not tx.in_quote[k]


def _medium_learned(tx: _Text, si: int, k: int) -> bool:
    """„Wie die APA aus Verhandlerkreisen erfuhr, …“: „erfahren“ in a „wie“ clause whose subject is a listed news
    medium or a title in marks is the agency's or paper's source note (a person who „erfuhr, dass …“ only learnt
    something)."""
    doc = tx.doc
    wie = _wie_start(tx, si, k, names=True)
    if wie is None:
        return False
    names = load_gazetteers().names
    return any(doc[m].ent_type_ == "ORG" and (e := names.get(doc[m].text)) is not None and e.kind == "news"
               for m in range(wie + 1, k)) or any(wie < p and q < k for p, q in tx.pairs)  # „wie der „Spiegel“ …“


#: „Wie BILD erfuhr, …“, „wie die Zeitung aus Regierungskreisen erfahren hat“: the medium's own research.
RESEARCH_EXPLANATION = ("Quellenangabe im wie-Satz („Wie BILD erfuhr“): Das Medium gibt eigene Recherche wieder; "
                        "wer es ihm gesagt hat, bleibt meist ungenannt.")


def _research_informants(doc, frame: _Frame, verb: int) -> None:
    """„Wie der „Spiegel“ aus Regierungskreisen erfuhr“: the informants after „aus“/„von“ speak, the medium relays."""
    if not isinstance(frame.speaker, tuple):
        return
    k = next((m for m in range(frame.speaker[1], verb) if doc[m].lower_ in ("aus", "von", "vom")), None)
    if k is not None and (np := _noun_phrase(doc, k + 1, verb)) is not None:
        frame.relay, frame.speaker = frame.speaker, np
        frame.evidence.append(f"Informanten: {doc[np[0]:np[1]].text}; weitergegeben über: "
                              f"{doc[frame.relay[0]:frame.relay[1]].text}")


def _verb_cues(tx: _Text, si: int) -> list[tuple[int, lexicon.VerbEntry]]:
    doc = tx.doc
    s = tx.sents[si]
    out = []
    for k in range(s.start, s.end):
        t = doc[k]
        if t.lower_ == "bekannt" and not tx.in_quote[k] and (last := _became_known(doc, s, k)) is not None:
            out.append((last, lexicon.VerbEntry("bekannt werden", "neutral", "Eine Information wird öffentlich; "
                                                "wer sie verbreitet, bleibt offen.", "verb", speech_act=False)))
            continue
        if tx.in_quote[k] or not t.tag_.startswith("VV") or t.tag_ in ("VVIZU",):
            continue
        if t.tag_ == "VVINF" and k > s.start and doc[k - 1].tag_ == "PTKZU":
            continue
        lemma = lexicon.verb_lemma(t)
        if lemma == "geben" and (any(doc[m].lower_ == "bekannt" for m in range(k + 1, s.end))
                                 or (k > s.start and doc[k - 1].lower_ == "bekannt")):
            lemma = "bekanntgeben"
        if _located(doc, s, k, lemma) or (lemma in TURN_OUT_VERBS and _reflexive(doc, s, k)) or _asks(tx, si, k):
            continue
        e = lexicon.entry(lemma)
        if e is None and lemma in JUDGING_VERBS and _judges_es(tx, si, k):
            out.append((k, lexicon.VerbEntry(f"es {JUDGING_VERBS[lemma]}", "neutral", JUDGING_EXPLANATION, "verb",
                                             thinking=True, speech_act=False)))
            continue
        base = getattr(t._, "base_lemma", None) if t.has_extension("base_lemma") else None
        if e is None and base and doc[t._.particle].lower_ in ("weiter", "fort", "wieder", "nochmals", "dazu", "dabei"):
            lemma = base  # „sagte weiter“, „hieß es weiter“, „sagte dazu“: the word adds nothing to the speech act
            e = lexicon.entry(base)
        if lemma == "hervorgehen" and any(doc[m].lower_ == "aus" for m in range(max(s.start, k - 14), min(s.end, k + 8))):
            out.append((k, lexicon.VerbEntry("hervorgehen", "neutral", "Quellenangabe („Dies geht aus dem Bericht "
                                             "hervor“); die Information stammt aus der genannten Quelle.", "verb",
                                             speech_act=False)))
            continue
        if lemma == "erfahren" and _medium_learned(tx, si, k):
            out.append((k, lexicon.VerbEntry("erfahren", "neutral", RESEARCH_EXPLANATION, "verb", speech_act=False,
                                             needs_content=True)))  # „Wie BILD erfuhr, soll …“, „wie die APA erfuhr“
            continue
        if lemma in ("stehen", "vorsehen") and _written_in(doc, s, k):
            out.append((k, lexicon.VerbEntry(lemma, "neutral", "Quellenangabe („Im Bericht steht, dass …“, „Im Entwurf "
                                             "ist vorgesehen, …“); der Inhalt stammt aus dem genannten Text.", "verb",
                                             speech_act=False, needs_content=True)))
            continue
        if lemma == "heißen" and (any(doc[m].lower_ == "es" and all(doc[j].tag_ == "ADV" for j in range(m + 1, k))
                                      for m in range(max(s.start, k - 3), min(s.end, k + 2)))  # „wie es weiter hieß“
                                  or _wie_es_source(tx, si, k)):
            e = lexicon.cue("heißen")  # „es heißt“, „hieß es“: impersonal source
            out.append((k, lexicon.VerbEntry("heißen", e.connotation, e.explanation, "verb", speech_act=False)))
            continue
        if e is None and lemma in CONTENT_VERBS:
            e = lexicon.VerbEntry(lemma, "neutral", CONTENT_VERBS[lemma], "verb", speech_act=False, needs_content=True)
        if e is None and lemma in INTENTION_VERBS and _wie_start(tx, si, k) is None \
                and not _agentless_state(doc, _stretch_around(doc, s, k), k):
            e = lexicon.VerbEntry(lemma, "neutral", INTENTION_VERBS[lemma], "verb", thinking=True, speech_act=False)
        if e is None:
            e = _phrase_entry(tx, si, k, lemma)
        if e is None or e.kind != "verb":
            continue
        out.append((k, e))
    return out


def _wie_es_source(tx: _Text, si: int, k: int) -> bool:
    """„…, wie es in der Mitteilung hieß“, „wie es am Montag hieß“: a verb-final „wie es“ clause of „heißen“ is an
    impersonal source (named by a text or „aus …“ phrase, if any), like „hieß es“ after the verb."""
    doc = tx.doc
    s = tx.sents[si]
    m = next((j for j in range(k - 1, max(s.start, k - 12) - 1, -1)
              if doc[j].lower_ == "es" or doc[j].text in (",", ";", ":") or tx.in_quote[j]), None)
    if m is None or doc[m].lower_ != "es" or m == s.start or doc[m - 1].lower_ != "wie":
        return False
    return not any(doc[j].tag_.startswith("V") or not _source_or_time(doc, j, k) for j in range(m + 1, k))


def _source_or_time(doc, j: int, k: int) -> bool:
    """Whether the word at ``j`` opens no prepositional phrase, or one that names a source („aus dem Ministerium“,
    „in der Mitteilung“) or a time („am Montag“) — not a place or an event („auf einer Pressekonferenz“)."""
    if doc[j].tag_ not in ("APPR", "APPRART"):
        return True
    np = _noun_phrase(doc, j + 1, k)
    return np is None or _time_phrase(doc, np) or doc[j].lower_ in ("aus", "von", "vom", "seitens") or (
        doc[j].lower_ in ("in", "im") and _names_text(doc, np))


def _verbless_before_frame(tx: _Text, s, verb: int, clause: tuple[int, int]) -> bool:
    """„Eigentlich ein schöner Beruf, denkt sie.“, „Zwei Millimeter, sagt Demir.“: words without a verb opening the
    sentence before a short frame that ends it are what the person says or thinks (not „Am Montag, …“, nor a
    subject with its apposition: „Die Politikerin, Anja Hajduk, kritisierte …“)."""
    doc = tx.doc
    cs, ce = clause
    end = next((k for k in range(verb + 1, s.end) if doc[k].is_punct), s.end)
    return cs == s.start and verb - 1 - cs >= 2 and doc[verb - 1].text == "," \
        and doc[cs].tag_ not in ("APPR", "APPRART", "KOUS", "KON", "PWS", "PWAV", "PRELS") \
        and not any(doc[k].tag_ in FINITE or tx.in_quote[k] or (doc[k]._.speaker_like and not _governed(doc, k, cs))
                    for k in range(cs, verb - 1)) \
        and 1 <= end - verb - 1 <= 8 and doc[verb + 1].tag_ in ("ART", "PPER", "NE", "NN", "PPOSAT") \
        and all(doc[k].is_punct for k in range(end, s.end)) and not any(doc[k].tag_ in FINITE for k in range(verb + 1, end)) \
        and not _thing_subject(doc, verb + 1, end)  # „Heute, 35 Jahre später, erinnert eine Tafel daran.“


#: Endings of nouns for women who do something („Stadtführerin“, „Touristin“): a person, not a thing.
PERSON_ENDINGS = ("erin", "istin", "antin", "entin")


def _thing_subject(doc, a: int, b: int) -> bool:
    """Whether the noun phrase between ``a`` and ``b`` is a thing that cannot speak („eine Tafel am Ring“), not a
    person named by a noun without a role („die Stadtführerin“, „der Urlauber“)."""
    epithets = load_gazetteers().epithets
    return _speechless_subject(doc, a, b) and not any(
        doc[k].tag_ == "NN" and (doc[k].lower_ in epithets or doc[k].lower_.endswith(PERSON_ENDINGS + ROLE_SUFFIXES))
        for k in range(a, b))


def _governed(doc, k: int, floor: int) -> bool:
    """„Ein Erfolg für den Landkreis“: the noun at ``k`` stands in a prepositional phrase (preposition, then only
    article and adjectives before it), so it is no subject or apposition."""
    j = k - 1
    while j >= floor and doc[j].tag_ in ("ART", "ADJA", "PPOSAT", "CARD"):
        j -= 1
    return j >= floor and doc[j].tag_ in ("APPR", "APPRART")


def _says(tx: _Text, clause: tuple[int, int], verb: int, entry) -> bool:
    """A speech verb that took place („sagte“, „hatte berichtet“, „schrieb“), which in news introduces reported
    content even before an indicative main clause; thinking verbs, passives and non-speech verbs do not."""
    doc = tx.doc
    if entry.lemma == "heißen" and doc[verb].tag_ == "VVFIN":
        return True  # „Darin heißt es, beide Staaten wollten …“: the formula only ever introduces words
    if entry.thinking or not (entry.speech_act or entry.needs_content or lexicon.writes_content(entry.lemma)):
        return False
    if doc[verb].tag_ == "VVFIN":
        return True
    return doc[verb].tag_ == "VVPP" and any(doc[k].lemma_ == "haben" and doc[k].tag_ == "VAFIN"
                                           for k in range(clause[0], verb))


def _quote_in_next_paragraph(tx: _Text, k: int) -> int | None:
    """„In seiner Rede sagte er:⏎⏎„Ich stehe heute vor Ihnen …““: a frame ending its paragraph with a colon introduces
    the quotation that opens the next paragraph; the index of that quotation pair, else None."""
    doc = tx.doc
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k >= len(doc) or "\n" not in doc[k - 1].text_with_ws:
        return None
    return next((pi for pi, (a, _b) in enumerate(tx.pairs) if a == k), None)


def _konj_tail(tx: _Text, si: int, clause: tuple[int, int]) -> tuple[int, int] | None:
    """„Die Lage sei ernst, sagte er, und es gebe keinen Ausweg.“: after a frame set in the middle, „und“ or „aber“
    with a main clause in Konjunktiv I goes on with the speaker's words, up to the end of the sentence."""
    doc = tx.doc
    end = tx.sents[si].end
    while end > clause[1] and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    k = clause[1]
    if k + 2 >= end or doc[k].text != "," or doc[k + 1].lower_ not in ("und", "aber", "doch"):
        return None
    a = k + 2
    if doc[a].tag_ in FINITE or any(tx.in_quote[m] for m in range(a, end)):
        return None  # „…, sagte er, und fügte hinzu, …“: a second predicate of the speaker, not the content
    first = next((m for m in range(a, end) if doc[m].tag_ in FINITE), None)
    return (a, end) if first is not None and _konj1(doc[first]) else None


def _konj_in(tx: _Text, a: int, b: int) -> bool:
    """Whether a Konjunktiv outside quotation marks stands between tokens ``a`` and ``b``."""
    return any(_konj(tx.doc[m]) and not tx.in_quote[m] for m in range(a, b))


def _agentless_state(doc, clause: tuple[int, int], verb: int) -> bool:
    """„ist verboten“, „wurde gezwungen“, „sah sich gezwungen“: a participle without a perfect „haben“ and without
    an agent („von X“) reports no one's speech."""
    if doc[verb].tag_ != "VVPP":
        return False
    toks = [doc[k] for k in range(*clause)]
    return not any(t.lemma_ == "haben" and t.tag_.startswith("VA") for t in toks) and not any(
        t.lower_ in ("von", "vom", "durch", "seitens") for t in toks)


def _past_apposition(tx: _Text, si: int, comma: int) -> int:
    """„sagte der Direktor, Anna Berg, die Lage sei …“: the comma after an apposition of the speaker between
    commas, so that the content starts after it."""
    doc = tx.doc
    s = tx.sents[si]
    if doc[comma].text != "," or comma + 1 >= s.end or doc[comma + 1].lower_ in ("dass", "daß", "ob"):
        return comma
    if not _apposition_host(tx, comma):
        return comma
    aside = _aside_clause_end(tx, si, comma)
    reach = comma + 10 if aside is None else aside + 1
    close = next((k for k in range(comma + 1, min(s.end, reach)) if doc[k].text == "," and not tx.in_quote[k]),
                 None)
    if close is None or close + 1 >= s.end or (aside is None and not _apposition(tx, si, comma + 1)):
        return comma
    nxt = doc[close + 1]
    follows = nxt.lower_ in ("dass", "daß", "ob") or _konj_in(tx, close + 1, min(s.end, close + 8)) \
        or (aside is None and _infinitive_next(doc, close + 1, s.end))
    return close if follows and (aside is not None or any(doc[k].tag_ in NOUNS for k in range(comma + 1, close))) \
        else comma


def _infinitive_next(doc, a: int, end: int) -> bool:
    """„forderte der Vorsitzende, Martin Kraus, die Halle bis Juli freizugeben“: an infinitive with „zu“ follows
    from ``a`` before any finite verb or conjunction."""
    for k in range(a, end):
        if doc[k].tag_ in ("VVIZU", "PTKZU"):
            return True
        if doc[k].tag_ in FINITE | {"KOUS", "PRELS"} or doc[k].text == ",":
            return False
    return False


def _aside_clause_end(tx: _Text, si: int, comma: int) -> int | None:
    """The closing comma of an indicative clause on the speaker or the medium between the frame and its content:
    a relative clause („schrieb in einer Erklärung, die sie online stellte, sie wolle …“) or a naming „wie“
    clause („erklärte der Rat, wie sich die Junta nennt, die Lage sei …“); None when there is none."""
    doc = tx.doc
    s = tx.sents[si]
    first = doc[comma + 1]
    if not (_relative_pronoun(first) or (first.lower_ == "wie" and comma + 2 < s.end
                                         and doc[comma + 2].lower_ in ("sich", "er", "sie", "es"))):
        return None
    close = next((k for k in range(comma + 2, min(s.end, comma + 25)) if doc[k].text in (",", ";", ":")
                  and not tx.in_quote[k]), None)
    if close is None or doc[close].text != "," or not _is_verb(doc[close - 1]):
        return None
    if first.lower_ == "wie" and not any(doc[k].lemma_ in ("nennen", "bezeichnen") for k in range(comma + 2, close)):
        return None
    return None if _konj_in(tx, comma + 1, close) else close


def _apposition_host(tx: _Text, comma: int) -> bool:
    """True when the word before ``comma`` can carry an apposition: a noun, a pronoun or closing punctuation,
    not a verb or its particle („gab die Zeitung an, dem Minister sei …“ has no apposition after „an“)."""
    prev = tx.doc[comma - 1]
    return prev.tag_ in NOUNS | {"PPER", "PIS", "PDS"} or _is_punct(prev) or tx.in_quote[comma - 1]


def _relative_before(doc, a: int, b: int) -> bool:
    """Whether a relative clause („…, die …“, „…, auf die …“) stands between tokens ``a`` and ``b``: the words
    before the cue are then its subject with a relative clause, not a preposed content. A relative clause after a
    complete main clause („Es gibt eine Technik, die „…“, erklärte X“) belongs to the content."""
    return any(doc[m].tag_ in ("PRELS", "PRELAT") and (doc[m - 1].text == "," or (
        doc[m - 1].tag_ in ("APPR", "APPRART") and doc[m - 2].text == ",")) and not any(
        doc[j].tag_ in FINITE for j in range(a, m - 1)) for m in range(a + 2, b))


def _main_after_clause(doc, clauses: list[tuple[int, int]], ci: int) -> bool:
    """„Wenn die Pläne kämen, fehle ihm Geld, sagte er.“: a subordinate clause that opens the sentence is followed
    by its main clause (a finite verb first) before the cue, so the whole sentence before the cue is the content."""
    return doc[clauses[0][0]].lower_ not in ("dass", "daß") and doc[clauses[0][0]].tag_ in (
        "KOUS", "PWAV", "PWS") and any(doc[c[0]].tag_ in FINITE for c in clauses[1:ci])


def _preposed_start(tx: _Text, clauses: list[tuple[int, int]], ci: int) -> int:
    """Start of a content placed before its cue („Die Lage sei ernst, man handle, sagte er“): back over the
    clauses before the cue, stopping after a colon, a semicolon or a clause with a speech verb of its own."""
    doc = tx.doc
    brackets = tx.bracket_clauses(tx.sent_of[clauses[ci][0]])
    if brackets:  # „Drei wurden verletzt (die Polizei sprach von fünf), teilte … mit“: the bracket is no content
        before = [c for c in clauses[:ci] if not any(o < c[0] <= e for o, e in brackets)]
        if not before:
            return clauses[ci - 1][0]
        clauses, ci = before + clauses[ci:], len(before)
    a = clauses[ci - 1][0]
    for c in reversed(clauses[:ci - 1]):
        nxt = a
        if doc[nxt - 1].text in (":", ";"):
            break
        if any(doc[k].tag_.startswith("VV") and (e := lexicon.entry(lexicon.verb_lemma(doc[k]))) is not None
               and not (doc[k].tag_ == "VVFIN" and _konj(doc[k]) and _asks_after(doc, nxt))
               and not _relative_to_subject(tx, tx.sent_of[k], k)
               and not _located(doc, tx.sents[tx.sent_of[k]], k, lexicon.verb_lemma(doc[k]))
               and not _idiom(doc, k, c[1], e) for k in range(*c)) and not _reported_clause(doc, c):
            break  # „befindet sich in 10 km Entfernung“ names a place, „schreibe Verluste“ an idiom: no speech act
        a = c[0]
    return a


def _asks_after(doc, k: int) -> bool:
    """„Sie wisse nicht, wie es weitergehe, sagt sie“, „Er frage sich, ob …, sagte er“: the clause at ``k`` is an
    indirect question after a verb in Konjunktiv; both clauses are the words the later frame reports."""
    return doc[k].lower_ == "ob" or doc[k].tag_ in ("PWAV", "PWS")


def _reported_clause(doc, clause: tuple[int, int]) -> bool:
    """„Die Kommission habe erklärt, dass …, sagte der Minister“: a main clause whose finite verb is Konjunktiv I
    is itself part of what the later frame reports, speech verb and all."""
    a, b = clause
    fin = next((k for k in range(a, b) if doc[k].tag_ in FINITE), None)
    return fin is not None and doc[a].tag_ not in ("KOUS", "PRELS", "PWAV", "PWS") and _konj1(doc[fin])


def _relative_clause(doc, clause: tuple[int, int]) -> bool:
    """„Jede Studie, die Wege zur Vorbeugung zeige, sei wertvoll, teilte X mit“: a relative clause (a relative
    pronoun, maybe after a preposition, and the finite verb last) describes a noun of the content; its verb reports
    nothing. HanTa often tags the pronoun as an article: then a noun phrase must not stand right before the verb."""
    a, b = clause
    k = a + 1 if doc[a].tag_ in ("APPR", "APPRART") else a
    if k >= b or doc[k].lower_ not in RELATIVE_WORDS or doc[k].tag_ not in ("PRELS", "PRELAT", "ART"):
        return False
    fin = b - 1 if b - 1 > k and doc[b - 1].tag_ in FINITE else None
    if fin is None or any(doc[m].tag_ in FINITE for m in range(k + 1, fin)):
        return False
    np = _noun_phrase(doc, k, fin) if doc[k].tag_ == "ART" else None
    return np is None or np[1] < fin  # „die Polizei warnte“ is a main clause, „die Wege zur Vorbeugung zeige“ not


RELATIVE_WORDS = ("der", "die", "das", "den", "dem", "deren", "dessen", "denen")


def _relative_to_subject(tx: _Text, si: int, k: int) -> bool:
    """Whether token ``k`` stands in a relative clause on the noun phrase that opens the sentence („Jede Studie, die
    Wege zur Vorbeugung zeigt, sei wertvoll“): what follows that clause is the sentence's own predicate."""
    doc = tx.doc
    start = tx.sents[si].start
    comma = next((j for j in range(k - 1, start, -1) if doc[j].text == ","), None)
    return comma is not None and _noun_phrase(doc, start, comma) == (start, comma) \
        and _relative_clause(doc, (comma + 1, next((j for j in range(k, tx.sents[si].end) if doc[j].text == ","), k + 1)))


def _source_after_impersonal(doc, nxt: int | None, entry) -> bool:
    """„…, verlautete aus dem Ministerium.“: after a verb without a speaking subject a source phrase follows the
    preposed content instead of a subject (as „es“ follows „…, heißt es“), also after a time („am Abend aus …“)."""
    if nxt is None or entry.lemma not in ("verlauten", "durchsickern"):
        return False
    for k in range(nxt, min(len(doc), nxt + 4)):
        if doc[k].lower_ in ("aus", "von", "vom", "seitens"):
            return True
        if _is_punct(doc[k]) or doc[k].tag_ in FINITE:
            return False
    return False


def _participle_frame(doc, clause: tuple[int, int], verb: int, entry) -> bool:
    """„…, hatte der Minister gesagt.“, „…, wird X zitiert.“: a speech verb's participle closes the clause after the
    auxiliary and the speaker, so the speaker follows the auxiliary, not the verb."""
    cs, ce = clause
    aux = doc[cs]
    if doc[verb].tag_ != "VVPP" or verb <= cs + 1 or aux.tag_ != "VAFIN" or entry.thinking \
            or not (aux.lemma_ == "haben" or (aux.lemma_ == "werden" and entry.lemma == "zitieren")):
        return False  # a passive reports the speaker only with „zitiert“ („…, wird X zitiert“)
    return all(_is_punct(doc[m]) for m in range(verb + 1, ce)) and (entry.speech_act or entry.needs_content) \
        and not any(doc[m].lower_ in ("für", "als") for m in range(cs, verb))  # „hat X für zulässig erklärt“


def _subject_with_attribute(doc, a: int, v2: int) -> bool:
    """„sagte, die Preise für Geschäftskunden blieben unverändert“: a subject with a prepositional attribute
    before the finite verb still opens a main clause of the reported content."""
    np = _noun_phrase(doc, a, v2)
    if np is None or np[1] >= v2 - 1 or doc[np[1]].tag_ not in ("APPR", "APPRART"):
        return False
    return _noun_phrase(doc, np[1] + 1, v2) == (np[1] + 1, v2)


def _not_own_report(doc, v2: int) -> bool:
    """„sagte, die Ermittler gingen von einer Bande aus“: a verb of thinking in the clause after the comma is part
    of what is said; a verb of saying there („sagte, der Minister betonte …“) opens a report of its own."""
    inner = lexicon.entry(lexicon.verb_lemma(doc[v2]))
    return inner is None or (inner.thinking and doc[v2].lemma_ in OPINION_ACTS)


#: Subjects that deny anybody said it („Niemand behauptet, …“, „Kein Experte fordert, …“).
NOBODY = frozenset({"niemand", "keiner", "keine", "kein", "keinerlei"})


#: Dative pronouns between a closing frame's verb and its subject („…, entgegnete ihm Müller“): the addressee.
DATIVE_PRONOUNS = frozenset({"ihm", "ihnen", "mir", "dir", "uns", "euch"})


def _speechless_subject(doc, a: int, v2: int) -> bool:
    """„schrieb, die Zahlen zeigten „eine beeindruckende Dynamik““: a verb of saying whose subject is a thing that
    cannot speak (no name, pronoun, role or document) is part of what is said, not a report of its own."""
    nouns = [doc[k] for k in range(a, v2) if doc[k].tag_ in ("NN", "NE", "PPER", "PDS", "PIS")]
    return bool(nouns) and all(t.tag_ == "NN" and not t._.speaker_like and t._.role_kind is None
                               and t.ent_type_ == "" for t in nouns)


def _complement(tx: _Text, si: int, clause: tuple[int, int], clauses: list[tuple[int, int]], verb: int,
                entry) -> tuple[tuple[int, int] | None, list[str], int | None]:
    """The content a cue introduces: (token range, evidence, quote pair index) or (None, [], None)."""
    doc = tx.doc
    s = tx.sents[si]
    ci = next((i for i, c in enumerate(clauses) if c[0] <= verb < c[1]), 0)
    cs, ce = clause
    if _idiom(doc, verb, ce, entry):
        return None, [], None  # „…, sprach Deutsch mit Akzent“: a description, no frame of the words around it
    # before the cue: „Die Lage sei ernst, sagte er.“ (cue opens its clause after a comma)
    first_fin = next((m for m in range(cs, ce) if doc[m].tag_ in FINITE), None)
    if first_fin == verb and verb - 2 >= cs and doc[verb - 1].text == "," and (pi := next(
            (i for i, (pa, pb) in enumerate(tx.pairs) if pb == verb - 2 and pa >= cs and _starts_content(tx, si, pa)),
            None)) is not None:
        return None, ["Redeeinleitung nach Anführungszeichen"], pi  # „»Nein«, sagte der Trainer“: no verb inside
    if first_fin == verb and _verbless_before_frame(tx, s, verb, clause):
        return (cs, verb - 1), ["nachgestellte Redeeinleitung nach Worten ohne Verb"], None
    if ci > 0 and doc[cs - 1].text == "," and first_fin == cs:
        a = _preposed_start(tx, clauses, ci)
        for pi, (pa, pb) in enumerate(tx.pairs):
            if (pb == cs - 2 or pb == cs - 1) and _starts_content(tx, si, pa):
                return None, ["Redeeinleitung nach Anführungszeichen"], pi
        first_clause = clauses[0]
        after = cs + 1 if _participle_frame(doc, clause, verb, entry) else verb + 1  # „…, hatte er gesagt“
        nxt = next((m for m in range(after, ce) if doc[m].tag_ not in ("ADV", "PTKVZ", "ADJD", "PRF")
                    and not (doc[m].tag_ == "PPER" and doc[m].lower_ in DATIVE_PRONOUNS)), None)
        joined = any(doc[m].lower_ in JOINING_ADVERBS for m in range(after, nxt or ce)) and not (
            nxt is not None and (np := _noun_phrase(doc, nxt, ce)) is not None and _person_like(doc, np))
        inverted = nxt is not None and not joined and (doc[nxt].tag_ in NOUNS | DETS | {"ADJA"} or (
            doc[nxt].tag_ == "PPER" and (doc[nxt].lower_ in SUBJECT_PRONOUNS or (
                doc[nxt].lower_ == "es" and (entry.lemma == "heißen" or entry.lemma in BODY_ES_FRAMES)) or (
                doc[nxt].lower_ == "ihn" and entry.lemma == "zitieren"))) or _source_after_impersonal(doc, nxt, entry))
        after = next((m for m in range(verb + 1, s.end) if doc[m].text == "," and not tx.in_quote[m]), None)
        own = after is not None and after + 1 < s.end and doc[after + 1].lower_ in ("dass", "daß", "ob")
        if inverted and doc[first_clause[0]].lower_ in ("dass", "daß") and a == first_clause[0] \
                and not _relative_before(doc, a, cs - 1):
            return (a, cs - 1), ["vorangestellter dass-Satz vor dem Redeverb"], None  # „Dass …, bestätigte X.“
        opener = doc[first_clause[0]].tag_
        asked = opener in ("PWAV", "PWS") and entry.lemma in QUESTION_VERBS  # „Was soll sie dort, fragt sie.“
        if inverted and not own and (opener not in ("KOUS", "PWAV", "PRELS", "KON", "PWS") or asked
                                     or _main_after_clause(doc, clauses, ci)) and any(
                doc[m].tag_ in FINITE for m in range(*first_clause)) and not _relative_before(doc, a, cs - 1) \
                and not (first_clause[0] + 1 < cs and doc[first_clause[0] + 1].tag_ == "KOUS") \
                and not _question_put(doc, a, cs):
            return (a, cs - 1), ["nachgestellte Redeeinleitung"], None
    # after the cue: „…, dass …“, „…, es gebe …“, „…: …“, „…: „…““
    sep_i = None
    brackets = dict(tx.bracket_clauses(si))
    skip_to = -1
    for k in range(_frame_last(doc, s, verb, entry) + 1, s.end):
        t = doc[k]
        if k <= skip_to:
            continue
        if k in brackets:  # „sagte (er war am Morgen angereist), man werde …“: an aside between frame and content
            skip_to = brackets[k]
            continue
        if tx.in_quote[k]:
            continue  # a title or name in quotation marks inside the frame („im Magazin „PLoS““)
        if t.text in (",", ":"):
            sep_i = k
            break
        if t.tag_ in ("VAFIN", "VMFIN") and doc[verb].tag_ in ("VVPP", "VVINF") and k == verb + 1:
            continue  # „Kritisiert wird …, dass“, „Beschlossen wurde, …“
        if (t.tag_ in FINITE and not tx.in_quote[k]) or (t.tag_ == "KON" and k + 1 < s.end and _is_verb(doc[k + 1])):
            break
    if sep_i is not None and (_burden(doc, clause[0], sep_i, entry) or _idiom(doc, verb, sep_i, entry)):
        return None, [], None  # „Deutschland stöhnt unter der Hitze: …“, „schreibe Verluste, …“: nothing said
    if sep_i is not None:
        sep_i = _past_apposition(tx, si, sep_i)
        sep = doc[sep_i]
        nxt = sep_i + 1 if sep.text in (",", ":") else sep_i
        if sep.text == ":" and all(doc[m].is_space for m in range(nxt, s.end)) \
                and (pi := _quote_in_next_paragraph(tx, nxt)) is not None:
            return None, ["Redeeinleitung mit Doppelpunkt vor dem Zitat im nächsten Absatz"], pi
        if nxt < s.end:
            # a quotation right after the frame („sagte er: „…““) belongs to the direct quote
            for pi, (a, b) in enumerate(tx.pairs):
                if a == nxt and not _quoted_opening_of_infinitive(tx, si, b):
                    return None, ["Redeeinleitung vor Anführungszeichen"], pi
            if sep.text == "," and doc[nxt].tag_ == "KON" and doc[nxt].lower_ in ("und", "oder", "aber", "sondern"):
                return None, [], None  # „hätten Unterkunft gefunden, und manche …“: a coordinated clause, no complement
            if sep.text == "," and doc[nxt].tag_ in FINITE and not tx.in_quote[nxt] and doc[verb].tag_ == "VVFIN" \
                    and entry.lemma in ("zurückweisen", "ablehnen", "abweisen"):
                return None, [], None  # „Er wies den Vorwurf zurück, sei aber …“: the same subject's second verb
            end = _content_end(tx, si, nxt, clauses, ci)
            if sep.text == ":" and _own_frame_opens(tx, nxt, end):
                return None, [], None  # „äußerte sich zurückhaltend: Ein Sprecher sagte, …“: that frame reports
            nxt = _dass_start(tx, nxt, end)
            first = doc[nxt]
            if first.lower_ in ("dass", "daß") and _knows_fact(tx, verb, entry, nxt, end):
                return None, [], None
            if first.lower_ in ("dass", "daß") and _consecutive(doc, verb, sep_i):
                return None, [], None  # „donnerten so laut, dass die Gläser klirrten“: a result, not the words
            if _place_relative(tx, sep_i, nxt, end, entry):
                return None, [], None
            if first.lower_ in ("dass", "daß", "ob", "was") and _denied(doc, verb, sep_i, entry) \
                    and not _konj_in(tx, nxt, end):
                return None, [], None  # „wollte nicht bestätigen, dass …“: nobody states the content
            if first.lower_ in ("dass", "daß", "ob") or (first.tag_ in ("PWAV", "PWS") and not entry.thinking and (
                    first.lower_ not in ("wobei", "warum", "wie") or _konj_in(tx, nxt, end))):
                return (nxt, end), [f"{first.lower_}-Satz nach dem Redeverb"], None
            if _verb_final_relative(tx, sep_i, nxt, end):
                return None, [], None  # „verweisen auf CO2-Preise, die Heizungen verteuern dürften“: no content
            konj = [doc[m] for m in range(nxt, end) if _konj(doc[m]) and not tx.in_quote[m]]
            if konj:
                return (nxt, end), [f"Konjunktiv: {konj[0].text}", _mood_reason(konj[0])], None
            hearsay = _hearsay_modal(tx, nxt, end)
            if hearsay is not None and sep.text == "," and _says(tx, clause, verb, entry) \
                    and not _relative_before(doc, clause[0], verb) and doc[clause[0]].tag_ != "KOUS":
                return (nxt, end), [f"„soll“ gibt Gehörtes wieder: {doc[hearsay].text}"], None
            v2 = next((m for m in range(nxt, min(end, nxt + 8)) if doc[m].tag_ in FINITE), None)
            if sep.text == "," and v2 is not None and v2 > nxt and not tx.in_quote[v2] and (
                    _noun_phrase(doc, nxt, v2) == (nxt, v2) or doc[nxt].tag_ in ("PPER", "PDS", "PIS")
                    or _subject_with_attribute(doc, nxt, v2)
                    or (v2 == nxt + 1 and doc[nxt].lower_ in SENTENCE_ADVERBS)) \
                    and doc[nxt].tag_ not in ("PRELS", "KOUS", "PWAV") and _says(tx, clause, verb, entry) \
                    and (doc[v2].tag_ != "VVFIN" or _not_own_report(doc, v2) or _speechless_subject(doc, nxt, v2)) \
                    and not _filled_preposition(doc, clause, entry):
                return (nxt, end), [f"Hauptsatz nach Redeverb und Komma (Indikativ: {doc[v2].text})"], None
            if sep.text == ":" and any(doc[m].tag_ in FINITE for m in range(nxt, end)) and doc[verb].tag_ != "VVINF" \
                    and ((an := _announced_noun(doc, clause[0], sep_i)) is None
                         or doc[an].lower_ in entry.lemma.lower().split()):  # „zog eine positive Bilanz: …“
                return (nxt, end), ["Doppelpunkt nach dem Redeverb"], None
            zu = [m for m in range(nxt, end) if doc[m].tag_ in ("VVIZU", "PTKZU")]
            if zu and _denied(doc, verb, sep_i, entry):
                return None, [], None  # „haben sich nicht darauf geeinigt, … zu …“: nothing was agreed
            if zu and entry.thinking and not _verb_takes_infinitive(doc, verb, nxt):
                return None, [], None  # „plant eine Reform mit dem Ziel, … zu …“: the infinitive is the noun's
            if zu and (_lead_tag(doc, nxt) not in SUBCLAUSE_TAGS | FINITE
                       or (_article_not_relative(doc, nxt, zu[0]) and _verb_takes_infinitive(doc, verb, nxt)
                           and entry.connotation in ("demanding", "neutral") and not entry.thinking)) \
                    and not (_agentless_state(doc, clause, verb)
                             and not (entry.speech_act or entry.needs_content or entry.lemma in DECISION_VERBS)):
                return (nxt, _comment_start(tx, zu[0], end)), [f"Infinitiv mit zu nach {_verb_label(entry, 'Forderungsverb')}"], None
    elif (bare := _unmarked_infinitive(tx, si, verb, entry)) is not None:
        return bare, ["Infinitiv mit zu ohne Komma nach dem Redeverb"], None
    return None, [], None


def _own_frame_opens(tx: _Text, nxt: int, end: int) -> bool:
    """„Die Gemeinde äußerte sich zurückhaltend: Ein Sprecher sagte lediglich, man habe …“: the words after the
    colon open with a speaker and a speech verb of their own before a comma; that frame reports the content."""
    doc = tx.doc
    v2 = next((m for m in range(nxt, min(end, nxt + 8)) if doc[m].tag_ in FINITE), None)
    if v2 is None or v2 == nxt or tx.in_quote[v2] or _noun_phrase(doc, nxt, v2) != (nxt, v2):
        return False
    verb = lexicon.entry(lexicon.verb_lemma(doc[v2]))
    if verb is None or verb.thinking:
        return False
    return any(doc[m].text == "," for m in range(v2 + 1, min(end, v2 + 4)))


def _quoted_opening_of_infinitive(tx: _Text, si: int, close: int) -> bool:
    """„rief auf, „schnellstmöglich“ an den Tisch zurückzukehren“: the quoted words only open an infinitive clause
    that goes on after the closing mark, so the clause is the content and the quoted words a fragment in it."""
    doc = tx.doc
    end = tx.sents[si].end
    k = close + 1
    while k < end and not doc[k].is_punct and doc[k].tag_ not in ("VVIZU", "PTKZU") and doc[k].tag_ not in FINITE:
        k += 1
    return k < end and k > close + 1 and doc[k].tag_ in ("VVIZU", "PTKZU")


#: Negating adverbs of a verb of stating (reported.NEGATIONS also holds „kein …“, which negates a noun).
NEGATING_ADVERBS = frozenset({"nicht", "nie", "niemals", "keineswegs"})
NOT_ONLY = frozenset({"nur", "zuletzt", "erst", "ohne", "umsonst", "selten"})  # „erklärte nicht nur, dass …“


def _denied(doc, verb: int, sep: int, entry) -> bool:
    """A negated neutral verb of stating („bestätigte nicht, dass …“, „hat … nicht bestätigt“) states no indicative
    content; a negated rejection („schloss nicht aus“) or belief („glaubt nicht“) is not denied."""
    if entry.thinking or entry.connotation not in ("neutral", "presupposing") or verb < 2:
        return False
    before = verb - 2 if doc[verb - 1].tag_ in ("PROAV", "PRF") else verb - 1  # „nicht darauf geeinigt“
    spots = {before, sep - 1} | ({verb + 1} if doc[verb].tag_ == "VVFIN" else set())
    return any(doc[m].lower_ in NEGATING_ADVERBS and doc[m].tag_ in ("PTKNEG", "ADV") and doc[m + 1].lower_ not in NOT_ONLY
               for m in spots if m < sep)


def _conditional_clause(doc, s, clause: tuple[int, int]) -> bool:
    """A condition („Falls/Sofern …“, „Sollte X angenommen werden, …“): a speech act in it is only supposed, and
    the main clause after it is its consequence, not the content of the verb."""
    first = doc[clause[0]]
    return first.lower_ in ("falls", "sofern") or (clause[0] == s.start and first.tag_ == "VMFIN"
                                                   and first.lemma_ == "sollen")


INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einen", "einem", "einer", "eines"})


def _burden(doc, a: int, sep: int, entry: lexicon.VerbEntry) -> bool:
    """Whether the clause before the separator joins a verb of sound or mood to the preposition of a burden
    („stöhnt unter der Hitze“): it tells of suffering, so what follows is no content."""
    return bool(entry.burden) and any(doc[m].tag_ == "APPR" and doc[m].lower_ in entry.burden for m in range(a, sep))


def _verb_final_relative(tx: _Text, sep: int, nxt: int, end: int) -> bool:
    """„… auf steigende CO2-Preise, die fossile Heizungen deutlich verteuern dürften“: after a noun, a clause opening
    with „der/die/das“ whose only finite verb comes last, after more words than a subject, is a relative clause on
    that noun (HanTa may read its pronoun as an article), not the content of the speech verb."""
    doc = tx.doc
    if sep < 1 or doc[sep - 1].tag_ not in ("NN", "NE") or doc[nxt].lower_ not in ("der", "die", "das"):
        return False
    fins = [m for m in range(nxt, end) if doc[m].tag_ in FINITE and not tx.in_quote[m]]
    last = next((m for m in range(end - 1, nxt, -1) if not _is_punct(doc[m])), None)
    if len(fins) != 1 or fins[0] != last:
        return False
    np = _noun_phrase(doc, nxt, end)
    return np is not None and last > np[1] + 1


def _idiom(doc, verb: int, sep: int, entry: lexicon.VerbEntry) -> bool:
    """Whether the verb's object before the separator makes an idiom that says nothing („schreibe Verluste“)."""
    return bool(entry.idioms) and any(doc[m].tag_ == "NN" and doc[m].lemma_ in entry.idioms for m in range(verb, sep))


def _filled_preposition(doc, clause: tuple[int, int], entry) -> bool:
    """„52 Prozent sprachen sich für ein Tempolimit aus, 45 Prozent waren dagegen“: a phrase whose preposition
    already has its object (not „dafür“) has said what it says; the main clause after the comma is new."""
    preps = [w for w in (*entry.lemma.split(), *entry.prepositions) if w in PHRASE_PREPS]
    return bool(preps) and any(doc[k].lower_ in preps and doc[k].tag_ in ("APPR", "APPRART") for k in range(*clause))


def _announced_noun(doc, a: int, colon: int) -> int | None:
    """A noun with an indefinite article before the colon („fand eine Lösung: …“, „fand ein Ende: …“) that the
    text after the colon spells out; a noun of saying („gab eine Erklärung ab: …“) still frames speech; a definite
    noun („nannte die Gründe: …“) is left to frame its content."""
    m = a + 1  # not the Vorfeld: „Ein Gericht entschied: …“ names the speaker
    while m < colon:
        np = _noun_phrase(doc, m, colon) if doc[m].lower_ in INDEFINITE_ARTICLES and doc[m].tag_ == "ART" else None
        head = doc[np[1] - 1] if np else None
        if head is not None and head.tag_ == "NN" and not _frame_noun(head.lower_) \
                and not head.lower_.endswith(INFO_NOUNS) and not _person_like(doc, np):
            return np[1] - 1
        m = np[1] if np else m + 1
        while np and m < colon and doc[m].lower_ in GENITIVE_ARTICLES and (gen := _noun_phrase(doc, m, colon)):
            m = gen[1]  # „ein Sprecher einer Baufirma“: the genitive belongs to the phrase before
    return None


# Verbs of knowing: in the indicative they state the narrator's fact („der wusste, dass …“), not a report.
FACTIVE_VERBS = frozenset({"wissen", "erkennen", "merken", "bemerken"})


def _knows_fact(tx: _Text, verb: int, entry, a: int, b: int) -> bool:
    """An indicative verb of knowing with an indicative dass-clause: knowledge the text asserts, nobody's words."""
    return entry.lemma in FACTIVE_VERBS and not _konj(tx.doc[verb]) and not _konj_in(tx, a, b)


def _consecutive(doc, verb: int, sep: int) -> bool:
    """„Er sprach so leise, dass niemand ihn verstand“: „so“/„derart“ (+ adverb) right before the comma makes the
    dass-clause tell a result of the speaking, not what was said."""
    if sep - 1 <= verb:
        return False
    if doc[sep - 1].lower_ in CONSECUTIVE_WORDS:
        return True
    return sep - 2 > verb and doc[sep - 2].lower_ in CONSECUTIVE_WORDS and doc[sep - 1].tag_ in ("ADJD", "ADV")


CONSECUTIVE_WORDS = frozenset({"so", "derart", "dermaßen", "solcherart"})
QUESTION_VERBS = frozenset({"fragen", "nachfragen", "anfragen", "erkundigen"})


def _place_relative(tx: _Text, comma: int, a: int, b: int, entry) -> bool:
    """„…, wo …“ right after a noun („wichen nach Hongkong aus, wo es kein Verbot gibt“) is a relative clause of
    place, not an indirect question, unless its Konjunktiv or a verb of asking makes it reported."""
    doc = tx.doc
    if doc[a].lower_ not in ("wo", "wohin", "woher") or doc[comma].text != "," or entry.lemma in QUESTION_VERBS:
        return False
    np = _antecedent(doc, comma, doc[comma].sent.start)  # skips a verb particle: „wichen nach X aus, wo …“
    return np is not None and not _konj_in(tx, a, b)


def _unmarked_infinitive(tx: _Text, si: int, verb: int, entry) -> tuple[int, int] | None:
    """A zu-infinitive right after the closed frame without a comma, which the spelling rules allow („hat
    angekündigt die Preise zu erhöhen“, „kündigte an die Preise zu erhöhen“); None for thinking verbs."""
    doc = tx.doc
    s = tx.sents[si]
    last = _frame_last(doc, s, verb, entry)
    if entry.thinking or not (entry.speech_act or entry.needs_content) or last != max(_cue_tokens(doc, verb)) \
            or doc[last].tag_ not in ("VVPP", "PTKVZ") or entry.connotation not in ("demanding", "neutral"):
        return None
    end = _aside_end(tx, si, s.end)
    while end > last + 1 and _is_punct(doc[end - 1]):
        end -= 1
    if end - last < 3 or doc[last + 1].tag_ not in DETS | {"ADJA", "NN", "NE", "ADV", "APPR", "APPRART", "CARD"}:
        return None
    body = range(last + 1, end)
    if any(tx.in_quote[k] or doc[k].text in (",", ":", ";") or doc[k].tag_ in FINITE for k in body):
        return None
    return (last + 1, end) if doc[end - 1].tag_ in ("VVIZU",) or doc[end - 2].tag_ == "PTKZU" else None


def _lead_tag(doc, k: int) -> str:
    """The tag of the word opening a complement; „bis“ before a preposition, number, adverb or time noun is a
    preposition („…, bis zum Sommer eine Lösung zu finden“, „bis Ende März … zu hören“), not the conjunction
    („bis sie kommt“)."""
    if doc[k].lower_ == "bis" and k + 1 < len(doc) and (doc[k + 1].tag_ in ("APPR", "APPRART", "CARD", "ADV")
                                                        or doc[k + 1].lower_ in TIME_NOUNS):
        return "APPR"
    return doc[k].tag_


# Verbs of a collective decision: in the passive without agent they still report what was decided („Darüber
# hinaus wurde beschlossen, … zu entsenden“), unlike a state („ist verboten“, „wurde gezwungen“).
DECISION_VERBS = {"beschließen", "entscheiden", "festlegen", "anordnen", "verabreden"}


COMMENT_RELATIVES = {"was", "wobei", "wodurch", "womit", "weshalb", "weswegen"}


def _comment_start(tx: _Text, k: int, end: int) -> int:
    """Where an author's comment on a zu-infinitive content begins: a sentence relative clause in the indicative
    („…, Gelder zu erhalten, was bisher nicht bestätigt werden konnte“); ``end`` when there is none."""
    doc = tx.doc
    for j in range(k + 1, end - 1):
        if doc[j].text == "," and doc[j + 1].lower_ in COMMENT_RELATIVES and not tx.in_quote[j] \
                and not _konj_in(tx, j + 1, end):
            return j
    return end


def _hearsay_modal(tx: _Text, a: int, b: int) -> int | None:
    """„…, die Fabrik soll schließen“: the present of „sollen“ in second place of a main clause after a speech verb
    passes on what others say; its index when the words before it are only the subject, else None."""
    doc = tx.doc
    if doc[a].tag_ in SUBCLAUSE_TAGS:
        return None
    m = next((m for m in range(a, min(b, a + 10)) if doc[m].tag_ in FINITE or tx.in_quote[m]), None)
    if m is None or doc[m].lower_ not in HEARSAY_MODALS or doc[m].tag_ != "VMFIN" or not all(
            doc[j].tag_ in NOUNS | DETS | {"ADJA", "KON", "PPER", "PIS"} for j in range(a, m)):
        return None
    return m  # „…, zwei Werke sollen schließen“: the modal follows the subject in second place


def _article_not_relative(doc, a: int, zu: int) -> bool:
    """„…, das neue System einzusetzen“: „das/die/der“ tagged as relative pronoun opens a zu-infinitive when
    a noun follows it and no finite verb stands before the infinitive."""
    return doc[a].tag_ == "PRELS" and doc[a].lower_ in ("der", "die", "das") and a + 1 < zu \
        and doc[a + 1].tag_ in NOUNS | {"ADJA", "ADV", "APPR", "APPRART", "CARD"} \
        and not any(doc[m].tag_ in FINITE for m in range(a, zu))


INFINITIVE_NOUNS = ("ung", "versuch", "plan", "pläne", "ziel", "absicht", "recht", "pflicht", "chance", "gelegenheit",
                    "möglichkeit", "mut", "zeit", "angebot", "vorschlag", "auftrag", "bereitschaft", "wille", "willen")


def _verb_takes_infinitive(doc, verb: int, nxt: int) -> bool:
    """Whether a zu-infinitive after the comma at ``nxt - 1`` depends on the verb rather than on a noun before
    the comma („lobte die Entscheidung, die Schule zu schließen“, „nannte es einen Versuch, die … zu …“)."""
    before = doc[nxt - 2]
    if any(doc[m].lower_ == "als" for m in range(verb, nxt)):
        return False
    return not (before.tag_ == "NN" and before.lower_.endswith(INFINITIVE_NOUNS))


def _frame_last(doc, s, verb: int, entry) -> int:
    """The last word of the frame: the separated particle („gab der Leiter, Anna Berg, bekannt, dass …“,
    „wies der Sprecher darauf hin, dass …“), so that an apposition before it is no content."""
    last = max(_cue_tokens(doc, verb))
    if entry.lemma == "bekanntgeben" and doc[verb].lower_ != "bekannt":
        last = next((m for m in range(verb + 1, min(s.end, verb + 20)) if doc[m].lower_ == "bekannt"), verb)
    return last if last < s.end else verb


def _wie_start(tx: _Text, si: int, verb: int, names: bool = False) -> int | None:
    """Start of a „wie X sagte“ clause holding ``verb``, or None; with ``names`` a short name in marks may stand
    in it („wie die „Zeit“ berichtete“)."""
    doc = tx.doc
    s = tx.sents[si]
    k = verb - 1
    while k >= s.start:
        t = doc[k]
        if t.lower_ == "wie" and (k == s.start or doc[k - 1].text == ","
                                 or (k == s.start + 1 and doc[s.start].tag_ in ("KON", "ADV"))):
            return k
        opening = _partner(doc, k) if tx.in_quote[k] and names else None
        if opening is not None and opening < k and _quoted_name(tx, si, opening, True) == (opening, k + 1):
            k = opening - 1
            continue
        if t.tag_ in FINITE or tx.in_quote[k] or t.text in (":", ";"):
            return None
        k -= 1
    return None


# Sentence adverbs of the speaker's certainty or attitude that may open a reported main clause after a speech verb
# („gaben an, vermutlich halten sich … auf“); temporal or linking adverbs („…, inzwischen ist …“, „…, dann …“)
# continue the writer's own text instead.
SENTENCE_ADVERBS = frozenset({"vermutlich", "wahrscheinlich", "möglicherweise", "womöglich", "eventuell", "vielleicht",
                              "angeblich", "offenbar", "offensichtlich", "sicher", "sicherlich", "bestimmt", "gewiss",
                              "zweifellos", "zweifelsohne", "leider", "glücklicherweise", "hoffentlich",
                              "tatsächlich", "eigentlich", "grundsätzlich", "keinesfalls", "keineswegs",
                              "definitiv", "garantiert", "unbedingt", "notfalls", "nötigenfalls"})


COMPARATIVE_SO = frozenset({"so", "ebenso", "genauso"})  # „genau so“ is matched at its „so“
SO_ADVERBS = frozenset({"oft", "häufig", "lange", "viel", "wenig", "weit", "bald", "früh", "spät", "gut", "schnell"})


def _comparison(doc, s, wie: int) -> bool:
    """„…, wie“ after „so/ebenso + adjective“ in the clause before („ist nicht so schlimm, wie befürchtet“,
    „so schnell, wie X angekündigt hatte“) compares with what was said; it names no source of the sentence."""
    if wie <= s.start or doc[wie - 1].text != ",":
        return False
    k = wie - 2
    while k > s.start and doc[k].text not in (",", ";", ":"):
        if doc[k].lower_ in ("wie", "als"):
            return False  # „so ernst wie nie, wie X sagte“: the comparison is complete before the comma
        if doc[k].lower_ in COMPARATIVE_SO and (doc[k + 1].tag_ == "ADJD" or doc[k + 1].lower_ in SO_ADVERBS):
            return True
        k -= 1
    return False


def _closing_wie_relayed(tx: _Text, si: int, clause: tuple[int, int], frames: list[_Frame]) -> _Frame | None:
    """The speech frame of the same sentence whose content a closing „…, wie die APA meldet.“ passes on: a frame
    before the „wie“ clause with its own speaker (the content ends before the clause, see ``_content_end``)."""
    if tx.doc[clause[0]].lower_ != "wie" or clause[0] == 0 or tx.doc[clause[0] - 1].text != "," \
            or not _closing_wie_source(tx, si, clause[0]):
        return None
    before = [f for f in frames if f.cue_tokens and f.cue_tokens[0] < clause[0] and isinstance(f.speaker, tuple)
              and f.relay is None and f.marker is None]
    return before[-1] if before else None


def _clause_stop(tx: _Text, si: int, verb: int) -> int:
    """The end of a „wie X sagte“ clause: the next comma or colon, or the finite verb of the main clause when the
    comma is missing („Wie die Sender berichten sind zwei Menschen …“)."""
    doc = tx.doc
    s = tx.sents[si]
    nxt = doc[verb + 1] if verb + 2 < s.end else None
    if nxt is not None and nxt.tag_ in FINITE and not tx.in_quote[verb + 1] and (
            doc[verb].tag_ == "VVFIN" or (doc[verb].tag_ == "VVINF" and nxt.lemma_ in ("sein", "haben"))):
        return verb + 1  # the tagger reads a plural „berichten“ as infinitive; „sind“ does not follow one
    for k in range(verb + 1, s.end):
        if doc[k].text in (",", ";", ":") or _is_punct(doc[k]) and doc[k].tag_ == "$.":
            return k
    return s.end


PP_SOURCES = ("in", "im", "aus", "von", "vom", "seitens")


# Verbs whose source is the text in a prepositional phrase („geht aus dem Bericht hervor“, „Im Bericht steht …“).
DOCUMENT_VERBS = {"hervorgehen": ("aus",), "stehen": ("in", "im"), "vorsehen": ("in", "im")}


def _pp_source(doc, clause: tuple[int, int], preps=PP_SOURCES) -> tuple[int, int] | None:
    """„Im Bericht heißt es …“, „Aus dem Ministerium hieß es …“: the source inside the prepositional phrase."""
    for k in range(*clause):
        if doc[k].lower_ in preps and k + 1 < clause[1]:
            np = _noun_phrase(doc, k + 1, clause[1])
            if np:
                return np
    return None


def _apposition(tx: _Text, si: int, i: int) -> bool:
    """True when the words from ``i`` to the next comma describe the source, not the content: a noun phrase
    without a verb („so Anna Berg, die Leiterin der Fachstelle, …“) or a relative clause."""
    doc = tx.doc
    s = tx.sents[si]
    if doc[i].tag_ in ("APPR", "APPRART") and i + 1 < s.end and doc[i + 1].tag_ in ("PRELS", "PRELAT"):
        return True  # „so die Studie, in der …“: a relative clause on the source
    if doc[i].tag_ not in NOUNS | DETS | {"ADJA"}:
        return False
    stop = next((k for k in range(i, s.end) if doc[k].text in (",", "–", "—", "(") and not tx.in_quote[k]), s.end)
    return all(doc[k].tag_ in NOUNS | DETS | APPOSITION_TAGS or tx.in_quote[k] or _is_punct(doc[k])
               for k in range(i, stop))


APPOSITION_TAGS = {"ADJA", "ADJD", "APPR", "APPRART", "KON", "PPOSAT", "TRUNC"}


def _so_pieces(tx: _Text, si: int, m: _Frame) -> list[tuple[int, int]]:
    """Content around „so X“: before it, and after it when „so X“ interrupts the sentence
    („Die Lage sei, so der Minister, ernst“)."""
    doc = tx.doc
    s = tx.sents[si]
    pieces = [_trim(doc, s.start, m.cue_tokens[0] - 1)]
    after = next((k for k in range(m.speaker[1], s.end) if doc[k].text in (",", "–", "—") and not tx.in_quote[k]), None)
    if after is not None and after + 1 < s.end and doc[after + 1].tag_ not in ("PRELS", "PRELAT", "KOUS", "PWAV") \
            and any(not _is_punct(doc[k]) for k in range(after + 1, s.end)) and not _apposition(tx, si, after + 1):
        m.evidence.append("eingeschobene Quellenangabe: Inhalt auf beiden Seiten")
        pieces.append(_trim(doc, after + 1, s.end))
    return [(a, b) for a, b in pieces if b > a]


def _marker_scope(tx: _Text, si: int, m: _Frame, elsewhere: bool) -> tuple[int, int]:
    """The stretch a source marker („laut X“, „nach Angaben X“, „X zufolge“) vouches for: its relative clause
    („…, das nach Angaben X der Planung diene, …“), the clause it shares with a subordinator or another frame,
    else its sentence from the last colon on („Die Lage ist klar: Laut X …“)."""
    doc = tx.doc
    s = tx.sents[si]
    k = m.cue_tokens[0]
    host = next((c for c in tx.clauses(si) if c[0] <= k < c[1]), None)
    if (sub := _verb_final_clause(tx, si, m.clause[0])) is not None:
        m.evidence.append("Quellenangabe im Nebensatz: nur dieser Nebensatz")
        return sub
    if host is not None and (doc[host[0]].tag_ in ("PRELS", "PRELAT", "KOUS") and host[0] > s.start
                             and not _closed_before(tx, host[0], k) or elsewhere):
        return host  # a marker inside a subordinate clause or beside another frame vouches for its clause
    if (inside := _bracket_around(tx, si, k)) is not None:
        m.evidence.append("Quellenangabe in Klammern: nur der Klammerinhalt")
        return inside  # „… entfernt (nach anderen Angaben liegt die Stadt 46 Kilometer entfernt).“
    lo = next((j + 1 for j in range(min(k, m.clause[0]) - 1, s.start - 1, -1) if doc[j].text in (":", ";")
               and not tx.in_quote[j]), s.start)  # „Die Lage ist klar: Laut X …“
    if host is not None and _later_main_clause(tx, lo, host, k):
        m.evidence.append("Quellenangabe im zweiten Hauptsatz: nur dieser Satzteil")
        lo = host[0]
    return lo, _rival_figure(tx, si, k, _aside_end(tx, si, s.end), m)


def _rival_figure(tx: _Text, si: int, k: int, hi: int, m: _Frame) -> int:
    """``hi``, or the comma before a main clause in which another source gives its own figure („Nach Angaben
    der Veranstalter kamen 5000 Menschen, die Polizei zählte rund 2000“): that count is not the first source's."""
    doc = tx.doc
    for j in range(k + 1, hi - 2):
        if doc[j].text != "," or tx.in_quote[j]:
            continue
        np = _noun_phrase(doc, j + 1, hi)
        if np is None or np[1] >= hi or not _person_like(doc, np) or doc[np[1]].tag_ != "VVFIN" \
                or not lexicon.counts_figures(lexicon.verb_lemma(doc[np[1]])):
            continue
        m.evidence.append(f"„{doc[j + 1:np[1] + 1].text} …“ nennt die Zahl einer anderen Quelle: nicht mehr Inhalt")
        return j
    return hi


def _after_source_aside(tx: _Text, si: int, m: _Frame, k: int, hi: int) -> int:
    """„Laut einem Papier, aus dem die Zeitung zitiert, soll …“: a relative clause on the source right after the
    marker describes the source; the content begins after its closing comma (``k`` when there is none)."""
    doc = tx.doc
    if k + 2 >= hi or doc[k].text != "," or tx.in_quote[k]:
        return k
    i = k + 1
    if doc[i].tag_ in ("APPR", "APPRART"):
        i += 1
    if doc[i].tag_ not in ("PRELS", "PRELAT"):
        return k
    for j in range(i + 1, hi):
        if doc[j].text == "," and not tx.in_quote[j] and doc[j - 1].tag_ in FINITE:
            m.evidence.append("Relativsatz zur Quelle gehört nicht zum Inhalt")
            return j + 1
    return k


def _later_main_clause(tx: _Text, lo: int, host: tuple[int, int], k: int) -> bool:
    """„Die Häfen bleiben gesperrt, lediglich der Haupthafen wurde laut X freigegeben“, „Die Klubs schweigen, laut
    Medienberichten soll sie …“: a marker in a main clause after the writer's own indicative main clause, set
    against it or opening it (cue at ``k``), vouches only for its clause and what follows."""
    doc = tx.doc
    a = host[0]
    opening = a <= k <= a + 1  # „…, laut X soll …“: the marker itself opens the clause
    if a <= lo + 2 or doc[a - 1].text != "," or (doc[a].tag_ in SUBORDINATE_TAGS and not opening) \
            or not any(doc[j].tag_ in FINITE and not tx.in_quote[j] for j in range(*host)):
        return False
    before = range(lo, a - 1)
    if any(_konj(doc[j]) or tx.in_quote[j] for j in before):
        return False
    cuts = [lo - 1, *(j for j in before if doc[j].text == ",")]
    if any(doc[c + 1].tag_ in (SUBORDINATE_TAGS if c >= lo else SUBCLAUSE_TAGS) for c in cuts if c + 1 < a - 1):
        return False  # a subordinate or relative clause before it: „Das Gesetz, das … soll, verstößt laut X …“
        # (a sentence may open with a preposition: „Über die Ablöse vereinbarten …“)
    return any(doc[j].tag_ in FINITE for j in range(cuts[-1] + 1, a - 1)) \
        and (any(doc[j].lower_ in CONTRAST_WORDS for j in range(*host)) or opening)  # „…, jedoch ist laut X …“


# Words that set a clause against the one before („…, jedoch/aber/lediglich …“): the writer's statement first,
# the source's in contrast to it.
CONTRAST_WORDS = {"aber", "jedoch", "doch", "allerdings", "lediglich", "nur", "dagegen", "hingegen", "trotzdem",
                  "dennoch", "indes", "wiederum"}


SUBORDINATE_TAGS = SUBCLAUSE_TAGS | {"PWAT", "APPR", "APPRART"}


def _closed_before(tx: _Text, a: int, k: int) -> bool:
    """Whether the subordinate clause opening at ``a`` ends with its verb and a comma before token ``k``
    („Das Werk, welches X betreibt, bleibt nach Angaben Y …“: the marker stands in the main clause again)."""
    doc = tx.doc
    return any(doc[j].text == "," and not tx.in_quote[j] and _is_verb(doc[j - 1]) for j in range(a + 2, k))


def _bracket_around(tx: _Text, si: int, k: int) -> tuple[int, int] | None:
    """The inside of the round brackets around token ``k`` in its sentence, or None."""
    doc = tx.doc
    s = tx.sents[si]
    opening = next((j for j in range(k - 1, s.start - 1, -1) if doc[j].text in ("(", ")")), None)
    close = next((j for j in range(k + 1, s.end) if doc[j].text in ("(", ")")), None)
    if opening is None or close is None or doc[opening].text != "(" or doc[close].text != ")":
        return None
    return opening + 1, close


def _reports_under_marker(tx: _Text, si: int, m: _Frame, drafts: list[_Draft]) -> list[_Draft]:
    """Reported drafts that a source marker in the same clause vouches for: „Der Minister bestritt nach Angaben
    von X den Vorwurf“ is X's account. A marker that opens the sentence relays a speaker who is a person."""
    if m.marker not in CONTENT_MARKERS:
        return []
    doc = tx.doc
    k = m.cue_tokens[0]
    out = []
    host = next((c for c in tx.clauses(si) if c[0] <= k < c[1]), None)
    for d in drafts:
        if d.kind != "reported" or not d.frame:
            continue
        shares = d.frame.shared_speaker and host is not None and d.frame.clause[0] in (host[1], host[1] + 1)
        if not (d.frame.clause[0] <= k < d.frame.clause[1] or shares):
            continue  # „X seien beschossen worden und erwiderten das Feuer“: the shared subject joins the report
        spk = d.frame.speaker
        if isinstance(spk, tuple) and _person_like(doc, spk) and m.clause[0] == tx.sents[si].start and not shares:
            continue
        out.append(d)
    return out


# Nouns that introduce a content clause („die Auffassung, dass …“, „der Vorwurf, … zu …“) with their connotation.
NOUN_FRAMES = {
    "auffassung": "neutral", "meinung": "neutral", "ansicht": "neutral", "überzeugung": "neutral",
    "einschätzung": "neutral", "theorie": "distancing", "these": "distancing", "vermutung": "distancing",
    "annahme": "distancing", "verdacht": "distancing", "vorwurf": "adversarial", "vorwürfe": "adversarial",
    "behauptung": "distancing", "behauptungen": "distancing", "forderung": "demanding", "forderungen": "demanding",
    "aufforderung": "demanding", "bitte": "demanding", "appell": "demanding", "warnung": "evaluative",
    "hoffnung": "neutral", "befürchtung": "evaluative", "sorge": "evaluative", "erwartung": "neutral",
    "zusage": "neutral", "versprechen": "neutral", "ankündigung": "neutral", "bedingung": "demanding",
    "standpunkt": "neutral", "position": "neutral", "argument": "neutral", "gerücht": "distancing",
    "gerüchte": "distancing", "eindruck": "neutral", "schluss": "neutral", "schluß": "neutral",
    "prognose": "neutral", "zweifel": "adversarial", "schlussfolgerung": "neutral", "folgerung": "neutral", "hinweis": "neutral", "hinweise": "neutral",
    "beteuerung": "neutral", "aussage": "neutral", "vorschlag": "neutral", "plan": "neutral",
    "drohung": "evaluative", "ultimatum": "demanding", "begründung": "neutral", "berichte": "neutral",
    "aufruf": "demanding", "mahnung": "evaluative", "kritik": "adversarial", "feststellung": "neutral",
    "beschluss": "neutral", "befehl": "demanding", "aufrufe": "demanding", "anfrage": "neutral",
    "anfragen": "neutral", "entscheidung": "neutral", "petition": "demanding", "pläne": "neutral",
    "absicht": "neutral", "angebot": "neutral", "appelle": "demanding", "zusicherung": "neutral",
    "anweisung": "demanding", "empfehlung": "neutral", "auftrag": "demanding", "antrag": "demanding",
    "ersuchen": "demanding", "versicherung": "neutral", "eingeständnis": "neutral",
    "fazit": "neutral", "erkenntnis": "presupposing",
    # more nouns of saying with a content clause („die Erklärung, … zu …“, „Meldungen, dass …“)
    "bericht": "neutral", "meldung": "neutral", "meldungen": "neutral",
    "erklärung": "neutral", "mitteilung": "neutral", "einwand": "adversarial", "einwände": "adversarial",
    "bedenken": "evaluative", "überlegung": "neutral", "überlegungen": "neutral", "aussagen": "neutral",
    "warnungen": "evaluative", "zusagen": "neutral", "hoffnungen": "neutral", "befürchtungen": "evaluative",
    "erwartungen": "neutral", "vermutungen": "distancing", "klage": "adversarial", "beschwerde": "adversarial",
}


COMPOUND_HEADS = ("vorwurf", "vorwürfe", "verdacht", "forderung", "forderungen", "behauptung", "behauptungen",
                  "warnung", "befürchtung", "vermutung", "zusage", "ankündigung", "einschätzung", "überzeugung")


def _frame_noun(low: str) -> str | None:
    """The frame noun of a word: itself, or the head of a compound („Korruptionsvorwurf“, „Rücktrittsforderung“)."""
    if low in NOUN_FRAMES:
        return low
    if not low.endswith(COMPOUND_HEADS):
        return None
    return next((h for h in COMPOUND_HEADS if low.endswith(h) and len(low) > len(h) + 2), None)


def _noun_frames(tx: _Text, si: int, clauses: list[tuple[int, int]], covered: list[tuple[int, int]]) -> list[_Draft]:
    """Noun frames: „vertritt die Auffassung, dass …“, „der Vorwurf der Regierung, … zu …“, „ist der Meinung,
    es gebe …“: the clause after the noun is its content."""
    doc = tx.doc
    s = tx.sents[si]
    out: list[_Draft] = []
    for k in range(s.start, s.end - 2):
        t = doc[k]
        if t.tag_ != "NN":
            continue
        low = t.lower_
        if tx.in_quote[k] or (head := _frame_noun(low)) is None:
            continue
        comma = next((m for m in range(k + 1, min(s.end, k + 8)) if doc[m].text in (",", ":")), None)
        loud = comma is not None and _became_loud(doc, k, comma)
        if comma is None or comma + 1 >= s.end or not loud and any(
                (_is_verb(doc[m]) and not _final_verb(tx, si, m, comma)) or tx.in_quote[m] for m in range(k + 1, comma)):
            continue
        comma = _past_apposition_of(tx, si, comma)
        content = _noun_content(tx, si, comma + 1)
        if content is None:
            continue
        (a, b), why = content
        if any(c0 < b and a < c1 for c0, c1 in covered):
            continue
        clause = next((c for c in clauses if c[0] <= k < c[1]), (s.start, s.end))
        noun = t.lemma_ if t.lemma_[:1].isupper() else t.text  # the cue's lemma: „Vorwurf“ (was „die Vorwürfe“)
        frame = _Frame([k], noun, NOUN_FRAMES[head], "Nominale Redeeinleitung: Das Nomen kündigt "
                       "einen wiedergegebenen Inhalt an.", _noun_speaker(tx, clause, k, comma), clause,
                       [f"Nominale Redeeinleitung: {t.text}"], noun=True)
        extra = ["„laut werden“: Inhalt nach dem Komma"] if loud else []
        a, note = _past_relative_source(doc, a, b)  # „die Pläne, laut denen …“
        extra.extend(note)
        out.append(_Draft("indirect", [(a, b)], frame, [*frame.evidence, *extra, why], si))
    return out


def _became_loud(doc, k: int, comma: int) -> bool:
    """„Vorwürfe werden laut, dass …“, „Kritik wurde zuletzt laut, …“: the frame noun is the subject of „laut werden“,
    whose content follows the comma."""
    words = [doc[m] for m in range(k + 1, comma)]
    return len(words) >= 2 and words[0].lemma_ == "werden" and words[0].tag_ == "VAFIN" and words[-1].lower_ == "laut" \
        and all(w.tag_ == "ADV" for w in words[1:-1])


# Predicative adjectives of conviction and feeling that introduce a content clause („ist überzeugt, dass …“,
# „zeigte sich zuversichtlich, … zu …“) with their connotation.
ATTITUDE_ADJECTIVES = {
    "überzeugt": "neutral", "zuversichtlich": "neutral", "sicher": "neutral", "gewiss": "neutral",
    "optimistisch": "neutral", "pessimistisch": "evaluative", "skeptisch": "evaluative", "besorgt": "evaluative",
    "bewusst": "neutral", "einig": "neutral", "zufrieden": "evaluative", "enttäuscht": "evaluative",
    "empört": "evaluative", "froh": "evaluative", "stolz": "evaluative", "erleichtert": "evaluative",
    "entsetzt": "evaluative", "beunruhigt": "evaluative", "verärgert": "evaluative", "bereit": "neutral",
}


COPULAS = {"sein", "zeigen", "geben", "äußern", "werden", "bleiben"}


@lru_cache(maxsize=4)
def _attitude_words(text: str) -> list[tuple[int, str]]:
    """(start, word) of every attitude adjective written as a whole word in the text, sorted; found once per text
    by plain substring search (much cheaper than a walk over the tokens of every sentence)."""
    out = []
    for word in ATTITUDE_ADJECTIVES:
        i = text.find(word)
        while i != -1:
            end = i + len(word)
            if (i == 0 or not text[i - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
                out.append((i, word))
            i = text.find(word, end)
    return sorted(out)


def _token_at(doc, s, char: int) -> int:
    """The index of the token of sentence ``s`` that starts at or before character ``char`` (binary search)."""
    lo, hi = s.start, s.end - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if doc[mid].idx <= char:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _adjective_frames(tx: _Text, si: int, clauses: list[tuple[int, int]], covered: list[tuple[int, int]]
                      ) -> list[_Draft]:
    """Predicative adjectives of conviction or feeling: „Die Regierung ist zuversichtlich, … zu können“, „Sie sind
    sich bewusst, dass …“, „zeigte sich überzeugt, es gebe …“: the clause after the adjective is the holder's view."""
    doc = tx.doc
    s = tx.sents[si]
    out: list[_Draft] = []
    hits = _attitude_words(tx.text)
    for start, word in hits[bisect_left(hits, (s.start_char, "")):bisect_left(hits, (s.end_char, ""))]:
        k = _token_at(doc, s, start)
        if not s.start < k < s.end - 2 or doc[k].idx != start or doc[k].text != word \
                or doc[k].tag_ not in ("ADJD", "VVPP") or tx.in_quote[k]:
            continue
        t = doc[k]
        comma = next((m for m in range(k + 1, min(s.end, k + 3)) if doc[m].text in (",", ":")), None)
        if comma is None or any(doc[m].tag_ not in ("PROAV", "PAV", "ADV") for m in range(k + 1, comma)):
            continue
        clause = next((c for c in clauses if c[0] <= k < c[1]), (s.start, s.end))
        fin = next((m for m in range(clause[0], k) if doc[m].tag_ in FINITE and not tx.in_quote[m]), None)
        if fin is None or lexicon.verb_lemma(doc[fin]) not in COPULAS:
            continue
        subj = _subject(tx, clause, fin)
        content = _noun_content(tx, si, comma + 1) if doc[comma].text == "," else _colon_statement(tx, si, comma + 1)
        if not isinstance(subj, tuple) or doc[subj[0]].lower_ in ("es", "das", "dies") or content is None:
            continue
        (a, b), why = content
        if any(c0 < b and a < c1 for c0, c1 in covered):
            continue
        frame = _Frame([fin, k], f"{doc[fin].lemma_} {t.lower_}", ATTITUDE_ADJECTIVES[t.lower_],
                       "Gibt eine Haltung der Quelle wieder („ist überzeugt, dass …“).", subj, clause,
                       [f"Haltungsadjektiv: {t.text}"])
        out.append(_Draft("indirect", [(a, b)], frame, [*frame.evidence, why], si))
    return out


def _final_verb(tx: _Text, si: int, m: int, comma: int) -> bool:
    """Whether the verb at ``m`` closes a subordinate clause right before ``comma`` („weil er im Verdacht steht,
    … zu …“, „da sie die Auffassung vertreten hatte, dass …“): the noun before it still frames what follows."""
    doc = tx.doc
    if not all(_is_verb(doc[j]) for j in range(m, comma)):
        return False
    start = next((j for j in range(m - 1, tx.sents[si].start - 1, -1) if doc[j].text in (",", ";", ":")), None)
    first = doc[start + 1] if start is not None else doc[tx.sents[si].start]
    return first.tag_ in ("KOUS", "PRELS", "PWAV") and first.lower_ not in ("dass", "daß", "ob")


def _past_apposition_of(tx: _Text, si: int, comma: int) -> int:
    """„die Ankündigung ihres Trainers, Anna Berg, … zu …“: the comma after a name in apposition between commas,
    so that the content starts after it; else ``comma``."""
    doc = tx.doc
    s = tx.sents[si]
    if doc[comma].text != "," or comma + 1 >= s.end or doc[comma + 1].tag_ != "NE":
        return comma
    close = next((k for k in range(comma + 1, min(s.end, comma + 6)) if doc[k].text == ","), None)
    if close is None or not all(doc[k].tag_ in ("NE", "NN") for k in range(comma + 1, close)):
        return comma
    return close


#: Words opening a clause of circumstance („ohne dass …“, „sodass …“, „statt …“): no content of a frame noun.
CIRCUMSTANCE_OPENERS = ("ohne", "sodass", "so", "statt", "anstatt", "außer", "während", "zumal")


def _colon_statement(tx: _Text, si: int, i: int) -> tuple[tuple[int, int], str] | None:
    """„Die Ärztin ist sich sicher: Das Virus ist gefährlicher als gedacht.“: a clause with a finite verb after the
    colon of a stance is what the person holds (words in marks there are a direct quotation of their own)."""
    doc = tx.doc
    a, b = _trim(doc, i, tx.sents[si].end)
    if b <= a or tx.in_quote[a] or not any(doc[m].tag_ in FINITE and not tx.in_quote[m] for m in range(a, b)):
        return None
    return (a, b), "Doppelpunkt nach dem Haltungsadjektiv"


def _noun_content(tx: _Text, si: int, i: int) -> tuple[tuple[int, int], str] | None:
    """The content clause starting at ``i`` after a frame noun: dass/ob-clause, zu-infinitive or Konjunktiv."""
    doc = tx.doc
    end = _content_end(tx, si, i, None, 0)
    end = next((m for m in range(i + 1, end) if not tx.in_quote[m] and (
        (doc[m].text == "," and m + 1 < end and _is_verb(doc[m + 1]))
        or (doc[m].text == ":" and m + 1 < end and tx.in_quote[m + 1]))), end)  # the sentence goes on
    a, b = _trim(doc, i, end)
    if b <= a:
        return None
    if doc[a].lower_ in ("dass", "daß", "ob"):
        return (a, b), f"{doc[a].lower_}-Satz nach dem Nomen"
    stop = next((m for m in range(a, b) if doc[m].text in (",", ";") and not tx.in_quote[m]), b)
    if doc[a].tag_ in ("PRELS", "PRELAT", "KOUS", "KOUI", "PWAV", "PWS") or doc[a].lower_ in CIRCUMSTANCE_OPENERS:
        return None  # „…, um zu …“, „…, ohne dass …“: a clause of purpose or circumstance is no content
    if doc[a].tag_ in FINITE:
        return None  # „Er bekomme Anfragen, könne aber …“: a second verb of the same subject, no content
    if any(doc[m].tag_ in ("VVIZU", "PTKZU") for m in range(a, stop)) and not any(
            doc[m].tag_ in FINITE for m in range(a, stop)):
        return _trim(doc, a, stop), "Infinitiv mit zu nach dem Nomen"  # „der Vorschlag, … zu wechseln, nun …“
    konj = next((m for m in range(a, stop) if _konj(doc[m]) and not tx.in_quote[m]), None)
    if konj is not None:
        return (a, b), _mood_reason(doc[konj])
    return None


def _noun_speaker(tx: _Text, clause: tuple[int, int], k: int, comma: int) -> tuple[int, int] | None:
    """Who holds the view: a genitive or „von“ attribute of the noun, a possessive, or the subject of the verb
    whose object the noun is („X vertritt die Auffassung“)."""
    doc = tx.doc
    nxt = k + 1
    if nxt < comma and (doc[nxt].lower_ in ("der", "des", "von", "vom")
                        or (doc[nxt].tag_ == "PPOSAT" and doc[nxt].lower_.endswith(("es", "er")))):  # „ihres Trainers“
        start = nxt + 1 if doc[nxt].lower_ in ("von", "vom") else nxt
        np = _noun_phrase(doc, start, comma) or _name_token(doc, start, comma)
        if np:
            return np
    if k > clause[0] and doc[k - 1].tag_ == "PPOSAT":
        return (k - 1, k + 1)
    for m in range(k - 2, max(clause[0], k - 8) - 1, -1):  # „die von Arnold geäußerte Hoffnung, …“
        if doc[m].lower_ in ("von", "vom") and doc[k - 1].tag_ == "ADJA":
            np = _noun_phrase(doc, m + 1, k - 1) or _name_token(doc, m + 1, k - 1)
            if np:
                return np
        if doc[m].tag_ in FINITE or _is_punct(doc[m]):
            break
    a = k
    while a > clause[0] and doc[a - 1].tag_ in ("ART", "ADJA", "PPOSAT", "PIAT", "PDAT"):
        a -= 1
    own = (a, k + 1)  # „die Bitte, …“, „Vorwürfe stehen im Raum, …“: the statement itself is named
    if NOUN_FRAMES.get(doc[k].lower_) in ("adversarial", "distancing") and a > clause[0] \
            and doc[a - 1].tag_ in ("APPR", "APPRART"):
        return own  # „steht im Verdacht, …“, „unter dem Vorwurf, …“: the subject is the target, not the accuser
    fin = next((m for m in range(clause[0], clause[1]) if doc[m].tag_ in FINITE and not tx.in_quote[m]), None)
    if fin is not None and fin > comma and doc[comma].text == ":" and own == (clause[0], comma) \
            and NOUN_FRAMES.get(doc[k].lower_) not in ("adversarial", "distancing"):
        return None  # „Begründung: Die Straße sei …“ alone before the colon: whoever spoke before goes on
    if fin is None or fin > comma:
        return own  # „Der Vorwurf: Er habe …“: the content's subject is the accused, not the accuser
    subj = _subject(tx, clause, fin)
    if not isinstance(subj, tuple) or subj[0] <= k < subj[1] or doc[subj[0]].lower_ == "es":
        return own
    return subj


def _anaphoric_content(tx: _Text, si: int, clause: tuple[int, int], verb: int, subj
                       ) -> tuple[tuple[int, int], int, str] | None:
    """„Das erklärte ein Sprecher.“ (the previous sentence), „…, das teilte X mit.“ (the clauses before),
    „Dies geht aus dem Bericht hervor.“: the token range an anaphoric „das/dies“ points back to."""
    doc = tx.doc
    first = doc[clause[0]]
    if first.lower_ not in ("das", "dies", "dieses") or first.tag_ not in ("PDS", "ART", "PRELS") \
            or verb <= clause[0] or any(doc[m].tag_ != "ADV" for m in range(clause[0] + 1, verb)) \
            or not isinstance(subj, tuple) or subj[0] <= verb:
        return None  # „Das (zumindest) meint X.“: only adverbs between the pronoun and the verb
    s = tx.sents[si]
    if clause[0] > s.start:
        if doc[clause[0] - 1].text not in (",", "–", "—"):
            return None
        a, b = _trim(doc, s.start, clause[0] - 1)
        where = si
    elif si > 0:
        prev = tx.sents[si - 1]
        a, b = _trim(doc, prev.start, prev.end)
        where = si - 1
    else:
        return None
    if b <= a or _quotes_words(tx, a, b):
        return None
    return (a, b), where, f"„{first.text}“ verweist auf das zuvor Gesagte"


#: Nouns of a finding that „Zu diesem Ergebnis kommt X“ points back with („Zu dem Schluss gelangen die Forscher“).
CONCLUSION_NOUNS = {"ergebnis", "schluss", "schluß", "befund", "fazit", "resultat", "schlussfolgerung", "einschätzung",
                    "erkenntnis", "urteil"}


def _conclusion_back(tx: _Text, si: int, drafts: list[_Draft]) -> list[_Draft]:
    """„Hitzewellen werden mehr Leben kosten. Zu diesem Ergebnis kommt eine Studie des PIK.“: a sentence opening with
    „Zu diesem/dem Ergebnis (Schluss, Befund …)“ and „kommen/gelangen“ reports the sentence before as its subject's
    finding."""
    doc = tx.doc
    s = tx.sents[si]
    k = s.start
    if si == 0 or s.end - k < 5 or doc[k].lower_ != "zu" or doc[k + 1].lower_ not in ("diesem", "dem", "demselben") \
            or doc[k + 2].lower_ not in CONCLUSION_NOUNS or doc[k + 3].lemma_ not in ("kommen", "gelangen") \
            or any(d.sentence == si for d in drafts) or _verb_cues(tx, si - 1):
        return []  # „„…“, sagte Roth. Zu diesem Schluss kommen auch …“: the sentence before is somebody's already
    clause = next((c for c in tx.clauses(si) if c[0] <= k + 3 < c[1]), (s.start, s.end))
    subj = _subject(tx, clause, k + 3)
    prev = tx.sents[si - 1]
    a, b = _trim(doc, prev.start, prev.end)
    if not isinstance(subj, tuple) or b <= a or any(tx.in_quote[m] for m in range(a, b)) or doc[b - 1].text == "?":
        return []
    noun = doc[k + 2].lemma_ if doc[k + 2].lemma_[:1].isupper() else doc[k + 2].text
    why = f"„{doc[k:k + 3].text}“ verweist auf das zuvor Gesagte"
    frame = _Frame([k + 2, k + 3], f"zu dem {noun} kommen", "neutral", "Gibt ein Ergebnis oder eine "
                   "Schlussfolgerung der Quelle wieder.", subj, clause, [f"Redeeinleitung: {doc[k:k + 4].text}"])
    return [_Draft("indirect", [(a, b)], frame, [*frame.evidence, why], si - 1)]


#: Nouns of a speech act that „kommt von X“ (Kritik, Widerspruch, Lob …) and their connotation.
VOICED_NOUNS = {"kritik": "adversarial", "widerspruch": "adversarial", "protest": "adversarial",
                "einwände": "adversarial", "lob": "evaluative", "zuspruch": "evaluative", "zustimmung": "neutral",
                "warnungen": "evaluative", "forderungen": "demanding"}


def _voiced_from(tx: _Text, si: int, drafts: list[_Draft]) -> list[_Draft]:
    """„Kritik kam vom Verband der Krankenhausträger.“, „Scharfe Kritik kommt von der Opposition.“: a speech act
    named by its noun as the subject of „kommen“ with „von X“ is reported speech of X, without content."""
    doc = tx.doc
    s = tx.sents[si]
    k = s.start
    while k < s.end and doc[k].tag_ == "ADJA":
        k += 1
    if k + 3 >= s.end or doc[k].lower_ not in VOICED_NOUNS or doc[k + 1].lemma_ != "kommen" \
            or doc[k + 1].tag_ not in FINITE or any(d.sentence == si for d in drafts):
        return []
    at = next((m for m in range(k + 2, min(s.end, k + 6)) if doc[m].lower_ in ("von", "vom")), None)
    np = _noun_phrase(doc, at + 1, s.end) or _name_token(doc, at + 1, s.end) if at is not None else None
    if np is None or not _person_like(doc, np):
        return []
    noun = doc[k].lemma_ if doc[k].lemma_[:1].isupper() else doc[k].text
    frame = _Frame([k, k + 1], noun, VOICED_NOUNS[doc[k].lower_], "Nominale Redeeinleitung: Das Nomen nennt eine "
                   "Äußerung der Quelle.", np, (s.start, s.end), [f"Nomen des Sagens: {doc[k].text} {doc[k + 1].text} {doc[at].text} …"], noun=True)
    clause = next((c for c in tx.clauses(si) if c[0] <= k < c[1]), (s.start, s.end))
    span = _trim(doc, s.start, max(clause[1], np[1]))  # „…, der die Maßnahme als … bezeichnet“: a clause of its own
    return [_Draft("reported", [span], frame, [*frame.evidence, "Sprechhandlung ohne wiedergegebenen Inhalt",
                                              f"Quelle nach „{doc[at].text}“"], si)]


def _quotes_words(tx: _Text, a: int, b: int) -> bool:
    """Whether tokens ``a``–``b`` hold a quotation longer than a name or title (more than five tokens, marks
    included): „die Rakete „Falcon 1““ is the author's statement, a quoted sentence is direct speech."""
    run = 0
    for k in range(a, b):
        run = run + 1 if tx.in_quote[k] else 0
        if run > 5:
            return True
    return False


def _relayed_frame_clause(tx: _Text, si: int, m: _Frame, others: list[_Frame], covered) -> list[_Draft]:
    """„Der Experte geht laut dem Bericht davon aus, dass …“: a marker inside another frame's clause vouches for
    that clause too; the clause (without the marker) is the source's content, the dass-clause stays the expert's."""
    doc = tx.doc
    k = m.cue_tokens[0]
    if m.clause[0] == tx.sents[si].start:
        return []  # „Laut X sagte Y …“: X only relays
    if _translation(doc, m.speaker):
        return []  # „sagte Selenskyj laut offizieller Übersetzung“: the translation passes on words, states nothing
    host = next((f for f in others if f.clause[0] <= k < f.clause[1]), None)
    if host is None:
        return []
    pieces = [_trim(doc, host.clause[0], m.clause[0]), _trim(doc, m.clause[1], host.clause[1])]
    pieces = [(a, b) for a, b in pieces if b > a and not any(c0 < b and a < c1 for c0, c1 in covered)]
    if not pieces or _bare_frame(doc, pieces, host) and (host.connotation == "neutral"
                                                           or _after_quotation(doc, host.clause[0])):
        return []
    return [_Draft("indirect", pieces, m, [*m.evidence, "Quelle der Redeeinleitung selbst"], si)]


def _bare_frame(doc, pieces: list[tuple[int, int]], host: _Frame) -> bool:
    """Whether the clause left around a marker is only the host's verb and speaker („„…“, sagte sie nach Angaben
    der Nachrichtenagentur AP“, „Peskow sagte laut Interfax, …“): after a quotation or a neutral verb the marker
    only relays the words and states nothing itself („bestätigte X laut Reuters“ still reports the confirming)."""
    own = set(host.cue_tokens) | (set(range(*host.speaker)) if isinstance(host.speaker, tuple) else set())
    return all(k in own or doc[k].tag_ in ("ADV", "ADJD", "PTKVZ") or _is_punct(doc[k]) or _time_word(doc, k)
               for a, b in pieces for k in range(a, b))


def _after_quotation(doc, k: int) -> bool:
    """Whether the clause at ``k`` follows a closing quotation mark and its comma („„…“, sagte sie …“)."""
    k -= 1 if k > 0 and doc[k - 1].text == "," else 0
    partner = _partner(doc, k - 1) if k > 0 else None
    return partner is not None and partner < k - 1


def _time_word(doc, k: int) -> bool:
    """Whether a token belongs to a time like „am Montag“ or „im Sommer“ (a time noun after „am“/„im“)."""
    if doc[k].lower_ in ("am", "im") and k + 1 < len(doc):
        return doc[k + 1].lower_ in TIME_NOUNS
    return doc[k].lower_ in TIME_NOUNS and k > 0 and doc[k - 1].lower_ in ("am", "im")


def _embedded(doc, clause: tuple[int, int]) -> bool:
    """A frame inside a relative clause („die Demonstration, zu der X aufgerufen hatte, …“) speaks only for that
    clause; a source marker of the main clause is no relay for it."""
    a = clause[0]
    return doc[a].tag_ in ("PRELS", "PRELAT") or (
        doc[a].tag_ in ("APPR", "APPRART") and a + 1 < clause[1] and doc[a + 1].tag_ in ("PRELS", "PRELAT"))


def _bracketed(doc, s, k: int, outside: int) -> bool:
    """Whether token ``k`` stands in brackets that do not hold ``outside`` („Nach Angaben von X sollen neun
    Männer (von X als „Anführer“ bezeichnet) warten“): a frame in brackets speaks only for the brackets."""
    a = next((m for m in range(k - 1, s.start - 1, -1) if doc[m].text in ("(", ")")), None)
    if a is None or doc[a].text != "(":
        return False
    b = next((m for m in range(k + 1, s.end) if doc[m].text == ")"), None)
    return b is not None and not a < outside < b


def _naming(doc, entry, subj) -> bool:
    """„wie er genannt wird“, „wie ich finde“, „wie man sagt“: a name or the writer's aside, not a source; „heißen“
    is a cue only as „es heißt“ („wie es hieß“), an impersonal source."""
    if entry.lemma in ("nennen", "bezeichnen"):
        return True
    return isinstance(subj, tuple) and subj[1] - subj[0] == 1 and doc[subj[0]].lower_ in ("ich", "wir", "man")


def _so_names_passive_speaker(tx: _Text, m: _Frame, drafts: list[_Draft]) -> None:
    """„X wird aufgefordert, … zu öffnen, so Y“: a postposed source names the speaker of an agentless passive frame
    before it."""
    doc = tx.doc
    k = m.cue_tokens[0]
    for d in drafts:
        f = d.frame
        if d.kind != "indirect" or f is None or f.marker is not None or not d.tokens[-1][1] <= k:
            continue
        verb = f.cue_tokens[0]
        if doc[verb].tag_ == "VVPP" and _agentless_state(doc, f.clause, verb):
            f.speaker = m.speaker
            d.evidence.append(f"Sprecher aus der nachgestellten Quellenangabe: {doc[k:m.speaker[1]].text}")


def _before_comma(doc, k: int, end: int) -> bool:
    """Whether a comma follows the verb at ``k``, after its auxiliaries („berichtet hatte, …“)."""
    m = k + 1
    while m < end and doc[m].tag_ in ("VAFIN", "VMFIN", "VAINF", "VAPP"):
        m += 1
    return m < end and doc[m].text == ","


def _relative_content(doc, a: int) -> bool:
    """Whether a content starts with a relative clause („…, bei dem …“, „…, die …“, „…, wobei …“)."""
    t = doc[a]
    if t.tag_ in ("PRELS", "PRELAT") or t.lower_ == "wobei":
        return True
    return t.tag_ in ("APPR", "APPRART") and a + 1 < len(doc) and doc[a + 1].tag_ in ("PRELS", "PRELAT")


def _relative_report(tx: _Text, si: int, clause: tuple[int, int], comp: tuple[int, int], verb: int, entry, subj,
                     shared: bool, cue_idx: set[int]) -> tuple[int, int] | None:
    """„X forderte eine Untersuchung des Vorfalls, bei dem … sei“: the Konjunktiv relative clause is the content,
    and the main clause is a speech act of its own (a report); its range, or None."""
    doc = tx.doc
    if not _relative_content(doc, comp[0]) or comp[0] <= verb or doc[comp[0] - 1].text != ",":
        return None
    head = (clause[0], comp[0] - 1)
    if not _is_report(tx, si, head, verb, entry, subj, shared, cue_idx):
        return None
    a, b = _trim(doc, *head)
    return (a, b) if b > a else None


def _passive_report(tx: _Text, si: int, clause: tuple[int, int], clauses, verb: int, entry, subj, markers,
                    cue_idx: set[int], covered) -> Report | None:
    """„Als Grund wurde X genannt“, „Die Pläne wurden kritisiert“: an agentless passive of a speech verb reports
    speech whose speaker stays unnamed; the grammatical subject is what was said, not who said it."""
    doc = tx.doc
    if not isinstance(subj, tuple) or not _agentless_passive(doc, clause, verb) \
            or any(doc[k].tag_ in ("PDS", "PDAT") for k in range(*subj)) \
            or not any(doc[k].lower_ == "als" and not subj[0] <= k < subj[1] for k in range(clause[0], verb)):
        return None
    if entry.needs_content and not entry.thinking and entry.kind == "verb":
        entry = replace(entry, speech_act=True)  # „wurde als Erfolg gelobt“: the „als“ predicate is what was said
    span = reported_span(tx, si, clause, clauses, verb, entry, None, False, markers, cue_idx, covered)
    return Report(span.span, False, speakerless=True) if span is not None else None


def _lassen_messenger(tx: _Text, clause: tuple[int, int], verb: int) -> tuple[int, int] | None:
    """„ließ über ihren Sprecher mitteilen/ausrichten“: the speaker has a messenger say it; the person after „über“
    passes the words on (a relay), the subject still speaks."""
    doc = tx.doc
    if doc[verb].tag_ != "VVINF" or not any(doc[k].lemma_ == "lassen" for k in range(clause[0], verb)):
        return None
    after = _messenger(doc, clause[0] - 1, verb)  # the words after „über“ up to the infinitive
    np = _noun_phrase(doc, after[0], verb) if after is not None and not tx.in_quote[after[0] - 1] else None
    return np if np is not None and _person_like(doc, np) else None


def _cited_origin(tx: _Text, clause: tuple[int, int]) -> list[str]:
    """„Reuters berichtete unter Berufung auf einen Diplomaten“: the medium speaks (it vouches for the report), the
    one it cites is named in the evidence so learners see where the information comes from."""
    doc = tx.doc
    for k in range(clause[0], clause[1] - 3):
        if doc[k].lower_ == "unter" and doc[k + 1].lower_ == "berufung" and doc[k + 2].lower_ == "auf" \
                and not tx.in_quote[k]:
            np = _noun_phrase(doc, k + 3, clause[1]) or _name_token(doc, k + 3, clause[1])
            if np is not None:
                return [f"Die Quelle beruft sich auf: {doc[np[0]:np[1]].text}"]
    return []


def _speech_verb_after(doc, s, clause: tuple[int, int], cues) -> int | None:
    """The speech verb that opens the main clause right after a leading „wie“ clause („Wie X berichtete, sagte
    Y, …“), or None: that verb has a speaker of its own, and the „wie“ clause only names who passed it on."""
    k = next((m for m in range(clause[1], s.end) if not _is_punct(doc[m])), None)
    if k is None or clause[0] != s.start and doc[clause[0] - 1].text not in (",", ":", ";"):
        return None  # the „wie“ clause opens the sentence or follows a comma (never reads before the document)
    entry = next((e for v, e in cues if v == k), None)
    if entry is not None and not entry.speech_act and entry.needs_content and not any(
            doc[m].text in (",", ":") for m in range(k + 1, s.end)):
        return None  # „Wie Reuters berichtete, einigten sich die Chefs auf eine Formel.“: no content of its own
    return k if entry is not None and not entry.thinking and (entry.speech_act or entry.needs_content) else None


def _sentence_frames(tx: _Text, si: int) -> list[_Draft]:
    """Indirect and reported speech of one sentence (source markers and reporting verbs)."""
    doc = tx.doc
    s = tx.sents[si]
    clauses = tx.clauses(si)
    markers = _marker_frames(tx, si)
    cues = _verb_cues(tx, si)
    drafts: list[_Draft] = []
    covered: list[tuple[int, int]] = []
    prev_speaker: tuple[int, int] | None = None
    speech_frames: list[_Frame] = []
    cue_idx = {v for v, _e in cues}
    so_verbs = {k for m in markers if m.marker == "so" for k in m.cue_tokens[1:]}
    wie_relay: tuple[int, tuple[int, int], str] | None = None  # (verb it relays for, source, evidence)
    source_names = [m.clause for m in markers]  # „laut „Welt““: a name in marks, not words the verb frames
    for verb, entry in cues:
        if any(a <= verb < b for a, b in covered) or verb in so_verbs:
            continue  # „…, so bestätigt das Gericht“: the verb belongs to the source marker
        clause = next((c for c in clauses if c[0] <= verb < c[1]), (s.start, s.end))
        wie = _wie_start(tx, si, verb, names=True)
        if wie is not None and _comparison(doc, s, wie):
            continue  # „nicht so verheerend, wie zunächst angenommen“: a comparison, no source
        if wie is not None:
            clause = (wie, _clause_stop(tx, si, verb))
        elif _conditional_clause(doc, s, clause):
            continue  # „Falls X als bedroht eingestuft wird, wäre …“: a supposed speech act, no report
        subj = _subject(tx, clause, verb) if entry.lemma != "bekannt werden" else None
        if doc[clause[0]].lower_ == "wie" and not isinstance(subj, tuple):
            subj = next((q for m in range(clause[0] + 1, verb) if (q := _quoted_name(tx, si, m, True))), subj)
        if entry.lemma == "heißen" and not isinstance(subj, tuple) or entry.lemma in DOCUMENT_VERBS:
            subj = _pp_source(doc, clause, DOCUMENT_VERBS.get(entry.lemma, PP_SOURCES))
        if isinstance(subj, tuple) and doc[subj[0]].lower_ in NOBODY:
            continue  # „Niemand fordert, das Geld auszugeben“: nobody says it, so nothing is reported
        shared = subj == "shared"
        if shared:
            subj = prev_speaker or _previous_clause_subject(tx, clauses, clause)
        research = entry.explanation == RESEARCH_EXPLANATION  # „Wie BILD erfuhr“: the medium's own research
        ev = [f"Recherche des Mediums: {doc[clause[0]:clause[1]].text.rstrip(' ,')}" if research else
              f"{_verb_label(entry)}: {entry.lemma}", *_cited_origin(tx, clause)]
        frame = _Frame(_cue_tokens(doc, verb), entry.lemma, entry.connotation, entry.explanation, subj, clause, ev,
                       shared_speaker=shared)
        if research:
            _research_informants(doc, frame, verb)
        if doc[clause[0]].lower_ == "wie" and clause[0] <= verb and _naming(doc, entry, subj):
            continue
        if wie_relay is not None and verb == wie_relay[0]:
            frame.relay = wie_relay[1]
            frame.evidence.append(wie_relay[2])
        elif (messenger := _lassen_messenger(tx, clause, verb)) is not None:
            frame.relay = messenger  # „Die Kanzlerin ließ über ihren Sprecher mitteilen, …“
            frame.evidence.append(f"Weitergegeben über: {doc[messenger[0]:messenger[1]].text} („ließ … über … "
                                  f"{doc[verb].text}“)")
        if doc[clause[0]].lower_ == "wie" and clause[0] <= verb and isinstance(subj, tuple) \
                and (relayed := _speech_verb_after(doc, s, clause, cues)) is not None:
            # „Wie die Zeitung berichtete, sagte der Trainer, …“: the trainer speaks, the paper relays
            wie_relay = (relayed, subj, f"Weitergegeben über: {doc[clause[0]:clause[1]].text.rstrip(' ,')}")
            continue
        if isinstance(subj, tuple) and (told := _closing_wie_relayed(tx, si, clause, speech_frames)) is not None:
            # „Die Gewerkschaft sagte, die Löhne seien zu tief, wie die APA meldet.“: the union speaks, APA relays
            told.relay = subj
            why = f"Weitergegeben über: {doc[clause[0]:clause[1]].text.rstrip(' ,.')}"
            for d in drafts:
                if d.frame is told:
                    d.evidence.append(why)
            continue
        if doc[clause[0]].lower_ == "wie" and clause[0] <= verb:
            # „Die Lage ist, wie der Sprecher sagte, ernst.“: the rest of the sentence is the content
            lo = next((k + 1 for k in range(clause[0] - 1, s.start - 1, -1) if doc[k].text in (":", ";")
                       and not tx.in_quote[k]), s.start)  # „Ein Umstand kommt hinzu: Wie X ergab, …“
            hi = next((k for k in range(clause[1], s.end) if doc[k].text == ";" and not tx.in_quote[k]), s.end)
            pieces = [_trim(doc, lo, clause[0]), _trim(doc, clause[1], hi)]  # „…; zuvor war …“: a new statement
            pieces = [(a, b) for a, b in pieces if b > a and not (b - a == 1 and doc[a].tag_ == "KON")]
            if pieces and not any(tx.in_quote[a] for a, b in pieces):
                drafts.append(_Draft("indirect", pieces, frame, ev + ["Quellenangabe im wie-Satz"], si))
                covered.extend(pieces)
                speech_frames.append(frame)
                if isinstance(subj, tuple):
                    prev_speaker = subj
                continue
        comp, cev, pair = _complement(tx, si, clause, clauses, verb, entry)
        if comp is not None and pair is None and entry.lemma == "zitieren" \
                and (quoted := _quoted_person_frame(tx, frame, *comp)) is not frame:
            frame = quoted  # „…, zitierte ihn die Agentur“: he speaks, the agency relays
            ev = [*ev, "zitiert: die zitierte Person spricht"]
        if comp is not None and doc[comp[0]].tag_ == "KOUS" \
                and doc[comp[0]].lower_ not in {"dass", "daß", "wenn", "als"} | CONDITIONAL \
                and any(k in cue_idx and k != verb and not tx.in_quote[k] and _before_comma(doc, k, comp[1])
                        for k in range(*comp)):
            comp = None  # „…, indem er sagte, …“: the subordinate clause has its own speech verb and content
        if comp is not None and comp[0] > verb and doc[comp[0]].tag_ in FINITE and _relative_to_subject(tx, si, verb):
            comp = None  # „Jede Studie, die Wege zeigt, sei wertvoll“: the main clause's predicate, not the content
        if comp is None and pair is None and (back := _anaphoric_content(tx, si, clause, verb, subj)) is not None:
            # „Das erklärte ein Sprecher.“, „…, das teilte X mit.“: what came before is the content
            (a, b), where, why = back
            drafts.append(_Draft("indirect", [(a, b)], frame, [*ev, why], where))
            speech_frames.append(frame)
            prev_speaker = subj
            continue
        if pair is not None:
            frame.evidence += cev
            speech_frames.append(frame)
            tx.pair_frames[pair] = frame
            prev_speaker = subj if isinstance(subj, tuple) else prev_speaker
            continue
        if comp is not None:
            a, b = _trim(doc, *comp)
            a, note = _past_relative_source(doc, a, b)
            cev = [*cev, *note]
            head = _relative_report(tx, si, clause, comp, verb, entry, subj, shared, cue_idx)
            if head is not None:
                rframe = _Frame(frame.cue_tokens, entry.lemma, entry.connotation, entry.explanation, subj, clause,
                                list(ev), shared_speaker=shared)
                drafts.append(_Draft("reported", [head], rframe,
                                     ev + ["Sprechhandlung ohne wiedergegebenen Inhalt", "Relativsatz als Inhalt"], si))
                speech_frames.append(rframe)
            if b > a:
                spans = [(a, b)]
                if b < clause[0] and (tail := _konj_tail(tx, si, clause)) is not None:
                    spans.append(tail)  # „…, erklärte er, und daran gebe es keinen Zweifel“
                    verb_text = next(doc[m].text for m in range(*tail) if doc[m].tag_ in FINITE)
                    cev = [*cev, f"Fortsetzung nach der Redeeinleitung mit „{doc[tail[0] - 1].text}“, Konjunktiv I: {verb_text}"]
                drafts.append(_Draft("indirect", spans, frame, ev + cev, si))
                covered.extend(spans)
                speech_frames.append(frame)
        elif (report := _passive_report(tx, si, clause, clauses, verb, entry, subj, markers, cue_idx, covered)
              or reported_span(tx, si, clause, clauses, verb, entry, subj, shared, markers, cue_idx,
                               covered)) is not None:
            a, b = report.span
            if frame.speaker is not None and subj is not None and report.speakerless:
                frame.speaker = None
                ev.append("Passiv ohne genannten Sprecher")
            drafts.append(_Draft("reported", [(a, b)], frame, ev + ["Sprechhandlung ohne wiedergegebenen Inhalt",
                                                                    *report_evidence(doc, clause, verb, entry, (a, b))], si))
            speech_frames.append(frame)
            if report.absorbed:
                covered.append((a, b))
        elif entry.kind == "verb" and entry.needs_content and isinstance(subj, tuple):
            # no speech report of its own, but it names who speaks next („X äußerte sich. Es sei …“)
            drafts.append(_Draft("context", [clause], frame, [], si))
        if frame not in speech_frames and isinstance(subj, tuple) and entry.speech_act \
                and any(tx.in_quote[k] and not any(a <= k < b for a, b in source_names) for k in range(*clause)):
            speech_frames.append(frame)  # „nannte die Lage „…““: the verb frames the words in marks
        if isinstance(subj, tuple) and (entry.lemma not in lexicon.load_lexicon().phrases or frame in speech_frames):
            prev_speaker = subj  # a lexicon phrase without content („setzt sich für X ein“) names no speaker
    for d in _noun_frames(tx, si, clauses, covered) + _adjective_frames(tx, si, clauses, covered) \
            + _conclusion_back(tx, si, drafts) + _voiced_from(tx, si, drafts):
        drafts.append(d)
        covered.extend(d.tokens)
        speech_frames.append(d.frame)
    # source markers: relay when another frame names its own speaker, else the marker's source speaks
    for m in markers:
        for d in _reports_under_marker(tx, si, m, drafts):
            drafts.remove(d)
            speech_frames.remove(d.frame)
            covered[:] = [c for c in covered if c != d.tokens[0]]
        if any(m.cue_tokens[0] >= a and m.cue_tokens[0] < b for a, b in covered):
            continue
        others = [f for f in speech_frames if f.speaker and f.speaker != m.speaker and not _embedded(doc, f.clause)
                  and not _bracketed(doc, s, f.cue_tokens[0], m.cue_tokens[0])]
        elsewhere = [f for f in others if not f.clause[0] <= m.cue_tokens[0] < f.clause[1]
                     and not m.clause[0] < f.clause[0] <= m.clause[1]]  # „Laut X, das …, sagte Y“: the Vorfeld
        others = [f for f in others if f not in elsewhere]  # „…, die Polizei spricht von …“: another clause
        if others and m.marker in CONTENT_MARKERS:
            for f in others:
                f.relay = m.speaker
                f.evidence.append(f"Weitergegeben über: {doc[m.clause[0]:m.clause[1]].text}")
            drafts.extend(_relayed_frame_clause(tx, si, m, others, covered))
            continue
        if m.marker in ("wonach", "demnach"):
            if any(f.cue_tokens[0] in range(*(m.content or (s.start, s.end))) for f in speech_frames):
                continue  # „Ein Bericht, wonach …, wurde dementiert“: only a verb inside the clause competes
            a, b = _trim(doc, *(m.content or (s.start, s.end)))
            if any(s2 <= a < e2 or s2 < b <= e2 for s2, e2 in covered):
                continue
            if m.content is None:  # „Demnach sind …“, „Die Zahl ist demnach gestiegen“: the marker is no content
                k = m.cue_tokens[0]
                pieces = [p for p in (_trim(doc, a, k), _trim(doc, k + 1, b)) if p[1] > p[0]]
                if pieces:
                    drafts.append(_Draft("indirect", pieces, m, list(m.evidence), si))
                    covered.append((a, b))
                continue
        elif m.marker == "so":
            pair = next((pi for pi, (a, b) in enumerate(tx.pairs) if b in (m.cue_tokens[0] - 2, m.cue_tokens[0] - 1)
                         and _starts_content(tx, si, a)), None)
            if pair is not None:
                tx.pair_frames[pair] = m
                continue
            pieces = _so_pieces(tx, si, m)
            if not pieces or any(s2 <= a < e2 or s2 < b <= e2 for a, b in pieces for s2, e2 in covered):
                _so_names_passive_speaker(tx, m, drafts)
                continue
            drafts.append(_Draft("indirect", pieces, m, list(m.evidence), si))
            covered.extend(pieces)
            continue
        else:
            lo, hi = _marker_scope(tx, si, m, bool(elsewhere))
            rest = [(lo, max(lo, m.clause[0])), (_after_source_aside(tx, si, m, min(hi, m.clause[1]), hi), hi)]
            pieces = [_trim(doc, a, b) for a, b in rest]
            pieces = [(a, b) for a, b in pieces if b > a and any(not _is_punct(doc[k]) for k in range(a, b))]
            if not pieces:
                continue
            a, b = pieces[0][0], pieces[-1][1]
            if any(s2 <= a < e2 or s2 < b <= e2 for s2, e2 in covered):
                continue
            drafts.append(_Draft("indirect", pieces, m, list(m.evidence), si))
            covered.append((a, b))
            continue
        if b > a:
            drafts.append(_Draft("indirect", [(a, b)], m, list(m.evidence), si))
            covered.append((a, b))
    if not drafts and (headline := _headline_statement(tx, si)) is not None:
        drafts.append(headline)
    return drafts


def _headline_statement(tx: _Text, si: int) -> _Draft | None:
    """„Lindner: Die Union hat 16 Jahre geschlafen“: a headline line that is a name, a colon and a clause gives
    that person's statement without quotation marks (as headlines shorten what was said)."""
    doc = tx.doc
    s = tx.sents[si]
    last = s.end - 1
    while last > s.start and doc[last].is_space:
        last -= 1
    line_end = last + 1 >= len(doc) or "\n" in doc[last].text_with_ws or "\n" in doc[last + 1].text
    if (s.start > 0 and "\n" not in doc[s.start - 1].text_with_ws) or doc[last].text in (".", "!", "?", "“", "»") \
            or not line_end:
        return None
    colon = next((k for k in range(s.start + 1, min(last, s.start + 4)) if doc[k].text == ":"), None)
    if colon is None or any(tx.in_quote[k] for k in range(s.start, last + 1)):
        return None
    name = (s.start, colon)
    if not all(doc[k].ent_type_ == "PER" for k in range(*name)) \
            or not any(doc[k].tag_ in FINITE for k in range(colon + 1, last + 1)):
        return None
    frame = _Frame([colon], ":", None, "", name, (s.start, colon),
                   ["Überschrift „Name: …“: Aussage der genannten Person ohne Anführungszeichen"], marker="colon")
    return _Draft("indirect", [(colon + 1, last + 1)], frame, list(frame.evidence), si)
