"""Speakers and cues of the finished quotations: resolved names, pronouns, carried-over speakers, gender and kind.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import TAG

from medialit import verbs as lexicon
from medialit.model import Cue, Quote, Speaker
from medialit.nlp.entities import PARTICIPLE_SENDER
from medialit.nlp.gazetteers import load_gazetteers
from medialit.nlp.tagger import hanta
from medialit.nlp.tokenizer import QUOTE_CHARS
from medialit.quotes.base import (
    AGE_NOUN,
    CONTENT_MARKERS,
    FEMALE_ROLE,
    FINITE,
    GENITIVE_ARTICLES,
    INFO_NOUNS,
    NOUNS,
    RELATIVE_SOURCE_PREPS,
    ROLE_SUFFIXES,
    STRONG_ENDINGS,
    _Draft,
    _Frame,
    _partner,
    _starts_content,
    _Text,
    names_body,
    org_head,
    proper_body,
    statement_label,
    without_article,
)
from medialit.quotes.frames import NOUN_FRAMES, _frame_noun, _marker_frames
from medialit.quotes.marks import _report_rank
from medialit.quotes.subjects import (
    MEDIA_STAFF,
    _actor_of_sentence,
    _antecedent,
    _noun_phrase,
    _np_plural,
    _passive_source,
    _person_like,
    _previous_clause_subject,
    _sentence_subject,
    _source_phrase,
    _subject,
    _verb_plural,
    no_subject_evidence,
    subject_evidence,
    team_noun,
)


def _name_parts(doc, rng: tuple[int, int]) -> tuple[str, list[int]]:
    """Proper-noun tokens of a mention („die NATO-Sprecherin Oana Lungescu“ → Oana Lungescu); a place in the
    genitive before a noun is whose role it is, not a name („Sachsens Wirtschaftsminister“)."""
    origin = _origin_span(doc, rng) or (0, 0)
    toks = [k for k in range(*rng) if doc[k].tag_ == "NE" and not _place_genitive(doc, k, rng[1])
            and not origin[0] <= k < origin[1]]  # „Erika Baumann aus Offenbach“: Offenbach is no name
    if toks:
        # the last run of proper nouns
        run = [toks[-1]]
        for k in reversed(toks[:-1]):
            if k == run[0] - 1:
                run.insert(0, k)
            else:
                break
        return " ".join(doc[k].text for k in run), run
    return "", []


#: Compounds naming the official statements of their first part; „Regierungskreise“ stay anonymous circles.
STATEMENT_COMPOUNDS = ("angaben",)
#: Compounds naming a document of their first part when that is a body („Polizeibericht“, „Regierungsmitteilung“).
BODY_DOCUMENTS = ("bericht", "berichts", "mitteilung")
LINKING_S_STEMS = ("ung", "ium", "en", "amt", "rat", "heit", "keit", "tät", "ion")


def _statement_owner(word: str) -> str | None:
    """„Polizeiangaben“ → Polizei, „Ministeriumsangaben“ → Ministerium: who gave the information of a compound
    source noun, so that the inventory counts it with the other statements of that source."""
    low = word.lower()
    tail = next((t for t in STATEMENT_COMPOUNDS + BODY_DOCUMENTS if low.endswith(t) and len(low) > len(t) + 3), None)
    if tail is None or " " in word:
        return None
    owner = word[:-len(tail)].rstrip("-")
    if owner.endswith("s") and owner[:-1].lower().endswith(LINKING_S_STEMS):
        owner = owner[:-1]  # the linking „s“: „Regierungs-“, „Ministeriums-“
    if tail in BODY_DOCUMENTS and not names_body(owner):
        return None  # „Polizeibericht“ → Polizei, but „Geschäftsbericht“ and „Medienbericht“ name no one
    return owner if len(owner) > 2 else None


# plural reports that name no reporter when they stand alone („Berichten zufolge“, „laut Medienberichten“)
UNOWNED_REPORTS = ("berichten", "meldungen")


def _owner_kind(owner: str) -> str:
    """The kind of the owner of „Polizeiangaben“ (organisation), „Veranstalterangaben“ (the organisers: a group)."""
    roles = load_gazetteers().roles
    low = owner.lower()
    if names_body(low) or org_head(owner) or roles.get(low, ("",))[0] == "organisation":
        return "organisation"
    return "group" if roles.get(low, ("",))[0] in ("group", "") else "person"


def _ownerless_information(doc, rng: tuple[int, int]) -> bool:
    """„Nach ersten Angaben …“, „nach offiziellen Schätzungen“, „Medienberichten zufolge“: the source mention is
    only an information noun with adjectives, or plural reports alone, so nobody is named (not „eigenen Angaben“,
    which are the subject's own)."""
    words = [doc[k] for k in range(*rng)]
    if len(words) == 1 and words[0].tag_ == "NN" and words[0].lower_.endswith(UNOWNED_REPORTS):
        return True
    return len(words) >= 2 and words[-1].tag_ == "NN" and words[-1].lower_.endswith(INFO_NOUNS) \
        and all(w.tag_ == "ADJA" and w.lower_ not in ("eigenen", "eigener") for w in words[:-1])


def _own_statement_owner(tx: _Text, rng: tuple[int, int], full_names, history, d: _Draft) -> Speaker | None:
    """„Die Firma hat nach eigenen Angaben …“: „eigene Angaben“ are the sentence subject's, so the inventory
    names that subject instead of the words „eigenen Angaben“."""
    doc = tx.doc
    a, b = rng
    if b - a != 2 or doc[a].lower_ not in ("eigenen", "eigener") or not doc[a + 1].lower_.endswith(INFO_NOUNS):
        return None
    found = _sentence_subject(tx, tx.sent_of[a])
    if found is None or found[0][0] <= a < found[0][1]:
        return None
    owner = _make_speaker(tx, found[0], full_names, history, d)
    if not owner.name or owner.kind == "anonymous":
        return None
    d.evidence.append(f"„{doc[a].text} {doc[a + 1].text}“: Angaben des Satzsubjekts → {owner.name}")
    return owner


#: Nouns of somebody's statements that a definite or demonstrative article can take up („Den Angaben zufolge“).
STATEMENT_NOUNS = ("angaben", "informationen", "aussagen", "worten", "darstellung", "schilderung", "schilderungen")


#: Statement nouns and the speech verb that issued them: „wie die Polizei mitteilte … heisst es in der Mitteilung“.
NOTICE_VERBS = {"mitteilung": "mitteilen", "medienmitteilung": "mitteilen", "pressemitteilung": "mitteilen",
                "erklärung": "erklären", "stellungnahme": "Stellung"}


def _earlier_notice_owner(tx: _Text, rng: tuple[int, int], history) -> tuple[Speaker, str] | None:
    """„…, wie die Stadtpolizei mitteilte. … heisst es in der Mitteilung“: a definite statement noun without an author
    takes up the source that issued it with the matching verb before. (speaker, the verb as written)"""
    doc = tx.doc
    a, b = rng
    if b - a != 2 or doc[a].lower_ not in ("der", "die", "dem") or (verb := NOTICE_VERBS.get(doc[a + 1].lower_)) is None:
        return None
    for si in range(tx.sent_of[a], max(tx.sent_of[a] - 12, -1), -1):
        s = tx.sents[si]
        cue = next((doc[k] for k in range(s.start, min(s.end, a)) if doc[k].lemma_ == verb and not tx.in_quote[k]), None)
        if cue is None:
            continue
        lo, hi = doc[s.start].idx, doc[s.end - 1].idx
        found = [sp for pos, sp, _g in history if lo <= pos <= hi and sp.name
                 and (sp.kind != "anonymous" or " von " in sp.name)]  # „ihre Familie“: Familie von Hanna Wiesinger
        return (found[-1], cue.text) if found else None
    return None


def _earlier_statements_owner(tx: _Text, rng: tuple[int, int], history) -> Speaker | None:
    """„Die Polizei teilte mit, … . Den Angaben zufolge …“: „den“ or „diesen Angaben“ alone take up the statements
    of the source quoted in the same or the two sentences before, so that source is named."""
    doc = tx.doc
    a, b = rng
    if b - a != 2 or doc[a].lower_ not in ("den", "diesen", "der", "dieser") \
            or doc[a + 1].lower_ not in STATEMENT_NOUNS:
        return None
    floor = tx.sents[max(tx.sent_of[a] - 2, 0)].start_char
    before = [sp for pos, sp, _g in history if floor <= pos < doc[a].idx and sp.name and sp.kind != "anonymous"]
    return before[-1] if before else None


def _body_at_place(doc, run: list[int]) -> str | None:
    """„die Verbraucherzentrale Hamburg“, „des Amtsgerichts München“: an institution noun right before a place
    name is named with the place (nominative); the place alone would make the city the speaker."""
    if not run or run[0] == 0 or any(doc[k].ent_type_ != "LOC" for k in run):
        return None
    noun = doc[run[0] - 1]
    if noun.tag_ != "NN" or not (org_head(noun.text) or noun._.role_kind == "organisation" or names_body(noun.lower_)
                                 or noun.ent_type_ == "ORG"):
        return None
    start = run[0] - 1
    while start > 0 and doc[start - 1].tag_ == "ADJA" and doc[start - 1].text[:1].isupper() \
            and doc[start - 1].text.endswith("e"):
        start -= 1  # „Das Statistische Landesamt Sachsen“: the capitalised adjective is part of the name
    if start < run[0] - 1 and doc[start - 1].lower_ in ("der", "die", "das"):
        return without_article(doc, start - 1, run[-1] + 1)  # → Statistisches Landesamt Sachsen
    base = noun.lemma_ if noun.text.endswith("s") and noun.lemma_[:1].isupper() else noun.text
    return " ".join([base, *(doc[k].text for k in run)])


def _origin_span(doc, rng: tuple[int, int]) -> tuple[int, int] | None:
    """„Ein Landwirt aus Bayern“, „eine Rentnerin aus dem Emsland“, „Erika Baumann aus Offenbach“: the proper
    nouns after „aus“ that end a mention of a person tell where the person comes from; they are no name, even
    when the place is not listed („Eine Kundin aus Celle“), nor the name of a body from there („Ein Hersteller
    aus Spanien“)."""
    a, b = rng
    m = b
    while m > a and doc[m - 1].tag_ == "NE":
        m -= 1
    if m == b or any(doc[k].ent_type_ == "ORG" for k in range(m, b)):
        return None
    k = m - 1
    if k > a and doc[k].lower_ in ("dem", "der"):
        k -= 1  # „aus dem Emsland“: a name with an article is no person's
    elif any(doc[j].ent_type_ not in ("LOC", "") for j in range(m, b)):
        return None  # „Eine Kundin aus Celle“: a town missing from the place list is still no person's name
    if k <= a or doc[k].lower_ != "aus":
        return None
    head = doc[k - 1]
    body = head.tag_ == "NN" and head._.role_kind == "organisation"  # „Ein Hersteller aus Spanien“
    return (m, b) if _person_noun(head) or head.ent_type_ == "PER" or body else None


#: Endings and words of nouns for people („Fahrer“, „Touristin“, „Student“), for nouns outside the role lists.
PERSON_ENDINGS = ("er", "erin", "in", "ist", "istin", "ent", "entin", "ant", "antin", "frau", "mann", "eltern", "leute")
PERSON_WORDS = ("frau", "mann", "herr", "dame", "kind", "junge", "mädchen", "mensch", "person", "paar", "familie")


#: Media nouns that are told things („der Nachrichtenagentur“, „der Zeitung“); not „der Bundesagentur“.
TOLD_MEDIA = ("nachrichtenagentur", "presseagentur", "zeitung", "zeitschrift", "illustrierte")


#: Nouns of news media before a title in marks („die Zeitung „Bild““, „das Sportportal „The Athletic““): the nouns
#: that take up a medium (``MEDIUM_NOUNS``) and a few that only name one before its title.
TITLE_MEDIA_NOUNS = ("sendung", "agentur", "zeitschrift", "illustrierte", "bericht", "podcast", "kanal", "format",
                     "dienst")


def _quoted_name_label(doc, rng: tuple[int, int]) -> str:
    """„Medium“ for a title in marks alone or after a medium's noun; „Organisation“ after another noun („die
    Initiative „Kitaplatz jetzt““ is no medium)."""
    mark = next((k for k in range(*rng) if doc[k].is_quote), rng[1])
    nouns = [doc[k] for k in range(rng[0], mark) if doc[k].tag_ == "NN"]  # the words before the title
    other = [t for t in nouns if not t.lower_.rstrip("s").endswith(MEDIUM_NOUNS + TITLE_MEDIA_NOUNS)
             and "-" not in t.text]
    return "Organisation" if other and other[0].text[:1].isupper() and doc[rng[0]].lower_ != "laut" else "Medium"


def _told_medium(tx: _Text, rng: tuple[int, int], d: _Draft) -> int | None:
    """„…, sagte ein Diplomat der Nachrichtenagentur Reuters“: after the verb, „der“ + a news medium behind a
    person's noun is who was told (dative), not whose person speaks; the index of that „der“, else None."""
    doc = tx.doc
    a, b = rng
    if d.frame is None or not d.frame.cue_tokens or (min(d.frame.cue_tokens) > a and not any(
            doc[j].tag_ in FINITE for j in range(d.frame.clause[0], a))):  # „…, hatte der Vermittler … gesagt“
        return None
    for k in range(a + 1, b - 1):
        if doc[k].lower_ != "der" or doc[k - 1].tag_ != "NN" or not _person_noun(doc[k - 1]):
            continue
        if doc[k - 1].lower_.removesuffix("in").endswith(MEDIA_STAFF):
            return None  # „der Chefredakteur der Zeitung“ works there: a genitive
        rest = doc[k + 1:b]
        entry = load_gazetteers().names.get(rest.text) or load_gazetteers().names.get(rest[-1].text)
        if (entry is not None and entry.kind == "news") or _media_noun_at(doc, k + 1, b).lower_.endswith(TOLD_MEDIA):
            return k
        return None
    return None


def _media_noun_at(doc, m: int, b: int):
    """The noun a medium's phrase at ``m`` rests on: past adjectives („der portugiesischen Zeitung „Record““) and a
    title in marks joined to it („der „Bild“-Zeitung“)."""
    while m < b - 1 and doc[m].tag_ == "ADJA":
        m += 1
    if (p := _partner(doc, m)) is not None and m < p < len(doc) - 1 and doc[p + 1].text.startswith("-"):
        m = p + 1  # the joined noun may stand right after the mention
    return doc[m]


def _neuter_body_before(tx: _Text, k: int) -> tuple[int, int] | None:
    """„Das Ministerium äußerte sich. …, erklärte es.“: „es“ as a speaker takes up the nearest institution named
    with „das“ in its own or the two sentences before (das Unternehmen, das Gericht, das Robert Koch-Institut)."""
    doc = tx.doc
    floor = tx.sents[max(0, tx.sent_of[k] - 2)].start
    for m in range(k - 1, floor, -1):
        t = doc[m]
        if t.tag_ == "NN" and (names_body(t.lower_) or org_head(t.text) or t._.role_kind == "organisation"):
            start = m
            while start > floor and doc[start - 1].tag_ in ("ADJA", "NE", "NN") and doc[start - 1].i != k:
                start -= 1
            if doc[start - 1].lower_ == "das" and doc[start - 1].tag_ == "ART":
                return start - 1, m + 1
    return None


def _person_before_phrase(doc, ante: tuple[int, int], floor: int) -> tuple[int, int] | None:
    """„zeigt einen Mann vor einem Windrad, der sagt: …“, „mit dem Chef des Unternehmens, der sagte: …“: a thing in
    a prepositional phrase or genitive right after a person cannot speak, so the relative pronoun takes up the
    person before it."""
    p = ante[0] - 1 if doc[ante[0]].lower_ not in ("des", "eines") else ante[0]
    if p <= floor or (doc[p].tag_ not in ("APPR", "APPRART") and p != ante[0]) \
            or any(doc[k].tag_ == "NE" or doc[k].ent_type_ or _person_noun(doc[k]) for k in range(*ante)):
        return None
    prev = _antecedent(doc, p, floor)
    return prev if prev is not None and any(_person_noun(doc[k]) or doc[k].ent_type_ == "PER"
                                            for k in range(*prev)) else None


def _person_noun(tok) -> bool:
    """Whether a common noun names a person: a person's role, an epithet, or a noun with a person ending that
    names no organisation, document or statement („Lkw-Fahrer“, not „Papier“ or „Reaktion“)."""
    if tok.tag_ != "NN" or tok.ent_type_ == "ORG" or org_head(tok.text) or names_body(tok.lower_):
        return False
    if tok._.role_kind in ("person", "group") or _epithet(tok):
        return True
    low = tok.lower_.rsplit("-", 1)[-1]
    return tok._.role_kind is None and (low in PERSON_WORDS or low.endswith(PERSON_ENDINGS)) \
        and not lexicon.utterance_noun(tok.lemma_ or tok.text) \
        and (not low.endswith(PAPER_NOUNS + MEDIUM_NOUNS) or PARTICIPLE_SENDER.search(low) is not None)


def _place_genitive(doc, k: int, end: int) -> bool:
    """„Sachsens“ in „Sachsens Wirtschaftsminister“: a place name in -s followed by a common noun."""
    return doc[k].ent_type_ == "LOC" and doc[k].lower_.endswith("s") and k + 1 < end and doc[k + 1].tag_ == "NN"


#: Nouns of a work whose title in marks follows („in Kleists Novelle „Michael Kohlhaas““).
WORK_NOUNS = ("roman", "novelle", "erzählung", "film", "buch", "stück", "theaterstück", "drama", "gedicht", "oper",
              "lied", "album", "serie", "song", "komödie", "tragödie", "hörspiel", "essay")


def _work_title(tx: _Text, rng: tuple[int, int]) -> bool:
    """„heißt es in Kleists „Michael Kohlhaas““, „in der Novelle „…““: a title in marks after an author's genitive
    or a noun of a work names a text, not a person, even when it is a character's name."""
    doc = tx.doc
    a, b = rng
    if not all(tx.in_quote[k] for k in range(a, b)) or a < 2 or not doc[a - 1].is_quote:
        return False
    before = doc[a - 2]
    return before.lower_ in WORK_NOUNS or (before.tag_ == "NE" and before.text.endswith("s"))


def _web_address(tok) -> bool:
    """„lebensmittelwarnung.de“, „tagesschau.de“: a domain name, which names a website, never a person."""
    return tok.like_url and re.fullmatch(r"[\w.-]+\.[a-z]{2,4}", tok.lower_) is not None


def _apposed_name(tx: _Text, rng: tuple[int, int], name: str) -> bool:
    """Whether ``name`` is a person's name set off by a comma inside the mention („Eine Sprecherin, Mao Ning“)."""
    doc = tx.doc
    return bool(name) and any(e.label_ == "PER" and e.start > rng[0] and e.end <= rng[1] and doc[e.start - 1].text == ","
                              and _ent_name(e) == name for e in tx.ents)


def _speaker_kind(tx: _Text, rng: tuple[int, int], name: str) -> str:
    doc = tx.doc
    words = [doc[k] for k in range(*rng)]
    low = " ".join(w.lower_ for w in words)
    ents = {e.label_ for e in tx.ents if e.start < rng[1] and e.end > rng[0]}
    if _work_title(tx, rng):
        return "anonymous"
    if words and _web_address(words[-1]) and "PER" not in ents:
        return "organisation"  # „laut lebensmittelwarnung.de“: a website speaks for whoever runs it
    if words and words[0].tag_ in ("PPER", "PIS") and words[0].lower_ in ("man",):
        return "anonymous"
    if words and words[0].lower_ in ("ein", "eine", "einer") and _apposed_name(tx, rng, name):
        return "person"  # „Eine Sprecherin des Außenministeriums, Mao Ning, sagte …“: the name is given after all
    if words and words[0].lower_ in ("ein", "eine", "einer", "mehrere", "einige"):
        # „einer Studie der Universität Freiburg“: a paper of a named organisation is that organisation's word
        return "organisation" if "ORG" in ents and "PER" not in ents and _document_head(words) else "anonymous"
    if len(words) == 1 and words[0].lower_ in ("beide", "alle", "viele"):
        return "group"  # „Beide betonten, …“: several people named before
    joined = any(w.lower_ == "und" and k > 0 and words[k - 1].tag_ != "TRUNC"
                 and not any(v.lower_ == "für" for v in words[:k])  # „Landesamt für Gesundheit und …“: one office
                 for k, w in enumerate(words))
    if joined and not name:
        return "group"
    nouns = [w for k, w in enumerate(words) if w.tag_ == "NN"
             and not (w.lower_ in ("jahre", "monate") and k > 0 and words[k - 1].tag_ == "CARD")]  # „29 Jahre alt“
    if nouns and (nouns[-1].lower_.endswith(CIRCLES) or nouns[0].lower_ in CIRCLES):
        return "anonymous"  # „aus Regierungskreisen“, „aus Kreisen der Grünen“: people who stay unnamed
    if nouns and words[0].lower_ == "die" and nouns[0] is words[1 + sum(w.tag_ == "ADJA" for w in words[1:])] \
            and nouns[0]._.role_kind == "person" and not nouns[0].lower_.endswith(("in", "e", "frau")):
        return "group"  # „Die Außenminister der G7-Staaten“: a masculine role noun after „die“ is a plural
    if nouns and any(nouns[0].lower_.endswith(r) for r in ROLE_SUFFIXES):
        return "person"
    if "ORG" in ents and "PER" not in ents:
        return "organisation"  # „Auswärtiges Amt“, „des Robert Koch-Instituts“: a name of two words that is no person
    if "PER" not in ents and name in {e.text for e in tx.ents if e.label_ == "LOC" and rng[0] <= e.start < rng[1]}:
        return "organisation"  # „Die Regierung in Port Sudan“: a place of two words stands for its government
    if "PER" not in ents and nouns and names_body(nouns[0].text) and nouns[0]._.role_kind != "person":
        return "organisation"  # „Der Flüchtlingsrat Bayern“: a body's noun with a place, two words but no person
    if "PER" in ents or (len(name.split()) >= 2 and not name.isupper()):
        return "person"
    if "LOC" in ents and "ORG" not in ents and nouns and nouns[0] is words[1 if words[0].tag_ == "ART" else 0] \
            and nouns[0]._.role_kind == "person":
        return "person"  # „Der Landwirt aus Bayern“: a person's role, the place only says where from
    if "ORG" in ents or "LOC" in ents:
        return "organisation"
    if name and name.isupper() and len(name) <= 6:
        return "organisation"
    if names_body(low) and not any(low.endswith(r) for r in ROLE_SUFFIXES) \
            and not (nouns and nouns[0]._.role_kind == "person"):  # „die Moderatorin“: its „rat“ is no council
        return "organisation"
    if nouns and org_head(nouns[0].text):
        return "organisation"  # „Die Bundesärztekammer“, „das Deutsche GeoForschungsZentrum“
    if proper_body(doc, rng):
        return "organisation"  # „der Deutsche Mieterbund“, „Das Deutsche Rote Kreuz“
    if nouns and nouns[0]._.role_kind == "organisation" and words[0].lower_ in ("der", "die", "das"):
        return "organisation"  # „Der Gewerkschaftsbund“, „die Ärztekammer“: an organisation noun of roles.tsv
    # „Die Autoren der Studie“: the first noun is the head, the genitive after it only qualifies it
    head = nouns[0] if nouns else words[-1] if words else None
    if head is not None and head.tag_ == "NN" and not name:
        if AGE_NOUN.fullmatch(head.text) and words[0].lower_ in ("der", "die"):
            return "anonymous"  # „der 67-Jährige“: one person not named (the verb tells a plural „die“)
        if len(words) == 1 and head.lower_ not in hanta().cache and not head.lower_.endswith(PAPER_NOUNS):
            return "person"  # „Lagarde: „…““: a bare word the tagger does not know is a name, not a plural noun
            # (but „Laut Sitzungsvorlage“: a compound of a paper noun is a document)
        if joined or (head.lemma_ and head.lemma_.lower() != head.lower_ and head.lower_.endswith(("en", "er", "e"))):
            return "group"
        return "anonymous"
    return "person"


def _quoted_title(base: str) -> str | None:
    """„Hamburger Abendblatt“ for a mention that is a capitalised name in quotation marks (a newspaper, broadcaster
    or company named by its title), else None."""
    if len(base) < 3 or base[0] not in QUOTE_CHARS or base[-1] not in QUOTE_CHARS:
        return None
    inner = base[1:-1].strip()
    if not inner[:1].isupper() or any(c in QUOTE_CHARS for c in inner):
        return None
    return inner


def _medium_title(tx: _Text, rng: tuple[int, int]) -> tuple[int, str] | None:
    """„Laut dem Sportportal „The Athletic““, „Wie die Zeitung „Bild“ berichtet“, „Das Fachmagazin „Kicker““: a
    noun with its article and a name in quotation marks right after it (or joined to it: „„People“-Magazin“) is
    the medium of that name. (end, name)"""
    doc = tx.doc
    a, b = rng
    if doc[b - 1].text.startswith("-") and (joined := next(((p, q) for p, q in tx.pairs if q == b - 2 and p >= a),
                                                             None)) is not None:
        inner = doc[joined[0] + 1:joined[1]]  # „Laut „People“-Magazin“: the name in marks joined to its noun
        return (b, inner.text) if 1 <= len(inner) <= 4 and inner[0].text[:1].isupper() else None
    pair = next(((p, q) for p, q in tx.pairs if p == b or (q == b - 1 and p > a)), None)
    if pair is None:
        return None
    p, q = pair
    head, inner = doc[p - 1], doc[p + 1:q]
    if head.tag_ != "NN" or head._.role_kind == "person" or p - 1 < a \
            or any(doc[k].tag_ not in ("ART", "ADJA", "PPOSAT") for k in range(a, p - 1)):
        return None
    if not 1 <= len(inner) <= 4 or not inner[0].text[:1].isupper() or any(t.tag_ in FINITE for t in inner):
        return None
    return q + 1, inner.text


#: Nouns by which a text takes up a newspaper, broadcaster or magazine named before („schreibt das Blatt“).
MEDIUM_NOUNS = ("blatt", "zeitung", "sender", "magazin", "portal", "nachrichtenmagazin", "wochenzeitung")


def _medium_referent(tx: _Text, rng: tuple[int, int]) -> tuple[str, str] | None:
    """„Die „taz“ fragt … Kürzungen träfen die Schwächsten, schreibt das Blatt.“: a definite medium noun alone names
    the medium named last in the three sentences before (a title in marks after an article, or a listed news
    organisation). (name, evidence)"""
    doc = tx.doc
    a, b = rng
    if b - a != 2 or doc[a].lower_ not in ("das", "die", "der", "dem", "des") or doc[a + 1].lower_ not in MEDIUM_NOUNS:
        return None
    floor = tx.sents[max(0, tx.sent_of[a] - 3)].start
    found = [(p, _title_alone(tx, (p - 1, q + 1))) for p, q in tx.pairs if floor <= p - 1 and q < a
             and doc[p - 1].tag_ == "ART"]
    found += [(e.start, _ent_name(e)) for e in tx.ents if e.label_ == "ORG" and floor <= e.start and e.end <= a
              and getattr(e._, "kind", None) == "news"]
    found = [f for f in found if f[1]]
    if not found:
        return None
    name = max(found)[1]
    return name, f"Bezeichnung „{doc[a:b].text}“ → zuletzt genanntes Medium: {name}"


def _author_before(tx: _Text, rng: tuple[int, int], full_names, history, d: _Draft) -> Speaker | None:
    """„Das Innenministerium wies die Kritik zurück. In einer Erklärung heißt es, …“: a statement with an indefinite
    article and no author opening its sentence (or after „heißt es in“) is by the named body or person acting in the
    sentence before."""
    doc = tx.doc
    a = rng[0]
    si = tx.sent_of[a]
    if doc[a].lower_ not in INDEFINITE or si == 0 or a - tx.sents[si].start > 1 and not _after_heisst_es_in(doc, a):
        return None
    author = _sentence_author(tx, si - 1, full_names, history, d, by_subject=False)
    return author if author is not None and author.kind in ("person", "organisation") else None


def _sentence_author(tx: _Text, si: int, full_names, history, d: _Draft, inside: int | None = None,
                     by_subject: bool = True) -> Speaker | None:
    """The named person or body acting in sentence ``si`` (with ``by_subject``, also a subject that names a person or
    a body by a common noun), as the author of a statement named there or right after it; None when the actor holds
    token ``inside``."""
    actor = _actor_of_sentence(tx, si)
    if actor is None and by_subject and (found := _sentence_subject(tx, si)) is not None and any(
            _person_noun(t) or names_body(t.lower_) or org_head(t.text) for t in tx.doc[found[0][0]:found[0][1]]):
        actor = found[0]  # „Der 34-Jährige ließ eine Erklärung verlesen“, „Die Kultusministerkonferenz sieht …“
    if actor is None or (inside is not None and actor[0] <= inside < actor[1]):
        return None
    author = _make_speaker(tx, actor, full_names, history, d)
    return author if author.name else None


def _after_heisst_es_in(doc, a: int) -> bool:
    """„…, heißt es in einer Stellungnahme“: the statement follows the impersonal frame at the end of its sentence."""
    return a > 2 and doc[a - 1].lower_ == "in" and doc[a - 2].lower_ == "es" and doc[a - 3].lemma_ == "heißen"


def _author_of_thing(tx: _Text, thing: tuple[int, int], full_names, history, d: _Draft) -> Speaker | None:
    """„Der Angeklagte ließ eine Erklärung verlesen. Darin heißt es …“, „Die Kammer warnte in einem Schreiben …“: a new
    statement („eine …“, „in einem …“) without an author of its own, pointed back to by „Darin“, is by the person or
    body acting in its sentence."""
    doc = tx.doc
    paper = _document_of(doc, thing)
    article = doc[thing[0]].lower_
    new = article in ("ein", "eine", "einen") or (article in ("einem", "einer") and doc[thing[0] - 1].lower_ == "in")
    if paper is None or paper[1] is not None or not new:
        return None  # „Maurer hat den Brief gerahmt“, „stimmte einer Vorlage zu“: not by whoever handles it now
    author = _sentence_author(tx, tx.sent_of[thing[0]], full_names, history, d, inside=thing[0])
    if author is None or author.name == _plain_name(doc, *thing, doc[thing[0]:thing[1]].text):
        return None
    d.evidence.append(f"Verfasser: Handelnder des Satzes mit „{tx.doc[thing[0]:thing[1]].text}“ → {author.name}")
    return author


def _bare_spokesperson_body(tx: _Text, rng: tuple[int, int], full_names, history, d: _Draft) -> Speaker | None:
    """„Die Kultusministerkonferenz sieht keinen Anlass. Ein Sprecher verwies auf …“, „Die Polizei sucht Zeugen. …,
    sagte eine Sprecherin.“: a spokesperson named by no one else speaks for the organisation acting in the sentence
    before (named for it, as „ein Sprecher des Ministeriums“ is)."""
    doc = tx.doc
    a, b = rng
    si = tx.sent_of[a]
    if b - a != 2 or doc[a].lower_ not in ("ein", "eine") or not doc[a + 1].lower_.endswith(("sprecher", "sprecherin")):
        return None
    if a > tx.sents[si].start and doc[a - 1].text == ":":
        # „Die Jüdische Gemeinde äußerte sich zurückhaltend: Ein Sprecher sagte …“: the body before the colon
        body = _sentence_author(tx, si, full_names, history, d, inside=a)
        return body if body is not None and body.kind == "organisation" else None
    if doc[a + 1].lower_.startswith(BODY_SPOKESPERSON_PREFIXES) and d.tokens:
        # „Bayer will die Zulassung beantragen, wie ein Unternehmenssprecher sagte.“: the company acting in the words
        body = _sentence_author(tx, si, full_names, history, d, inside=a)
        actor = _actor_of_sentence(tx, si)
        if body is not None and actor is not None and any(lo <= actor[0] < hi for lo, hi in d.tokens) and any(
                e.label_ == "ORG" and e._.kind == "company" and actor[0] <= e.start < actor[1] for e in tx.ents):
            return body
    if si == 0:
        return None
    body = _sentence_author(tx, si - 1, full_names, history, d)
    return body if body is not None and body.kind == "organisation" else None


#: First parts of a spokesperson compound that name a company as the body spoken for („Unternehmenssprecher“).
BODY_SPOKESPERSON_PREFIXES = ("unternehmens", "konzern", "firmen")


def _pair_before(tx: _Text, a: int) -> str | None:
    """„Merz und Scholz trafen sich. Beide betonten, …“: „beide“ are the two joined by „und“ in the subject of the
    sentence before; their names as the inventory shows them („Merz und Scholz“)."""
    si = tx.sent_of[a]
    found = _sentence_subject(tx, si - 1) if si > 0 else None
    if found is None:
        return None
    lo, hi = found[0]
    doc = tx.doc
    joins = [k for k in range(lo, hi) if doc[k].lower_ == "und"]
    if len(joins) != 1 or not any(doc[k].tag_ in ("NE", "NN") for k in range(lo, joins[0])):
        return None
    words = [t.text for t in doc[lo:hi] if t.lower_ not in ("der", "die", "das")]
    return " ".join(words)


def _title_alone(tx: _Text, rng: tuple[int, int]) -> str | None:
    """„Die „taz““, „Der „Tagesspiegel“ aus Berlin“: a mention that is an article and a title in quotation marks
    (maybe with the place the paper comes from) names the medium of that title, not the place."""
    doc = tx.doc
    a, b = rng
    k = a + (doc[a].tag_ == "ART")
    pair = next(((p, q) for p, q in tx.pairs if p == k and q < b), None)
    if pair is None or not 1 <= pair[1] - pair[0] - 1 <= 4:
        return None
    rest = [doc[m] for m in range(pair[1] + 1, b)]
    if rest and not (rest[0].lower_ in ("aus", "in") and all(t.ent_type_ == "LOC" for t in rest[1:]) and len(rest) > 1):
        return None
    inner = doc[pair[0] + 1:pair[1]]
    if any(t.tag_ in FINITE or t.is_punct for t in inner):
        return None
    listed = next((e for e in tx.ents if e.label_ == "ORG" and e.start == inner.start and e.end == inner.end), None)
    return _ent_name(listed) if listed is not None else inner.text  # „Frankfurter Allgemeine Zeitung“ → FAZ


def _document_head(words) -> bool:
    """Whether the noun after the article is a study, survey or report („eine Umfrage des Instituts …“)."""
    return len(words) > 1 and words[1].tag_ == "NN" and words[1].lower_ in INFO_NOUNS


def _gender(doc, rng: tuple[int, int]) -> str | None:
    if rng[1] - rng[0] == 1 and doc[rng[0]].tag_ == "PPER" and doc[rng[0]].lower_ in ("er", "sie"):
        return "m" if doc[rng[0]].lower_ == "er" else "f"  # a resolved pronoun keeps its gender
    for k in range(*rng):
        t = doc[k]
        low = t.lower_
        if t.tag_ == "NN" and any(low.endswith(r) for r in ROLE_SUFFIXES):
            if low.endswith("e") and k > rng[0] and doc[k - 1].lower_ in ("der", "die"):
                return "f" if doc[k - 1].lower_ == "die" else "m"  # „die Vorsitzende“: the article tells
            if low.endswith("e"):
                continue  # „Vorsitzende Richterin“: an adjectival noun is of either gender
            return "f" if FEMALE_ROLE.search(low) and not low.endswith("chein") else "m"
        if low in ("frau", "die") and k == rng[0] and doc[rng[1] - 1].tag_ == "NN":
            return "f"
        if low in ("herr", "der") and k == rng[0] and doc[rng[1] - 1].tag_ == "NN":
            return "m"
        if low == "ein" and k == rng[0] and rng[1] - rng[0] > 1 and t.tag_ == "ART":
            return "m"  # „Ein Fan“, „Ein anderer“: masculine (or neuter), never taken up by „sie“
        if low in ("eine", "einer") and k == rng[0] and rng[1] - rng[0] > 1 and t.tag_ == "ART":
            return "f"  # „Eine Studentin aus Leipzig“: feminine, never taken up by „er“
    # „Seine Verteidigerin Lena Hartmann“: the person named in the mention tells
    for k in range(*rng):  # token attributes, not ``doc.ents`` (which builds every entity span on each access)
        if doc[k].ent_iob_ == "B" and doc[k].ent_type_ == "PER":
            end = k + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            if (g := _ent_gender(doc, doc[k:end])) is not None:
                return g
    return None


def _finish(tx: _Text, drafts: list[_Draft]) -> list[Quote]:
    """Resolve speakers (carry-over, pronouns, surnames) and build the ``Quote`` records."""
    doc = tx.doc
    text = tx.text
    full_names = _full_names(doc)
    history: list[tuple[int, Speaker, str | None]] = []  # (sentence, speaker, gender)
    quotes: list[Quote] = []
    prev: Quote | None = None
    prev_sent = -10
    around: dict[int, Quote] = {}  # frame of a free indirect passage -> its quotation
    markers: dict[int, list[_Frame]] = {}  # sentence -> its source markers
    for d in _without_doubles(tx, drafts):
        frame = d.frame
        speaker: Speaker | None = None
        rel = None  # a relative source marker opening the content („…, nach denen …“)
        outer = around.get(id(frame)) if d.kind == "direct" and frame is not None else None
        if outer is not None and outer.speaker is not None and outer.start <= doc[d.tokens[0][0]].idx < outer.end:
            speaker = outer.speaker  # a quoted fragment of free indirect speech: the passage's speaker
            d.evidence.append("Sprecher der umgebenden freien indirekten Rede")
        elif d.kind == "free_indirect" and frame is not None and frame.marker == "wonach" and (
                owner := _wonach_object_owner(tx, frame, d)) is not None:
            # „Gerüchte, wonach …, wollte der Präsident nicht bestätigen. Die Gespräche gingen weiter.“
            speaker = _make_speaker(tx, owner, full_names, history, d)
            d.evidence.append("wonach-Satz am vorangestellten Objekt: die Rede geht beim Subjekt des Hauptsatzes weiter")
        elif (rel := _relative_source(tx, d) if d.kind in ("indirect", "free_indirect") else None) is not None:
            # „…, verwies auf Studien, nach denen Homöopathie wirke“: the studies say it, not the one who points
            speaker, ref = _pointing_speaker(tx, rel[0], rel[1], full_names, history, d)
            d.evidence = [e for e in d.evidence if not e.startswith(("Sprecher", "Einleitender Satz"))]
            d.evidence.append(f"Quelle: Relativpronomen „{speaker.text}“ → {ref.text}")
        elif d.kind in ("indirect", "free_indirect") and (author := _von_author(tx, d)) is not None:
            # „Von der Polizei kam die Information, bei den Toten handele es sich …“: the police speak
            speaker = _make_speaker(tx, author, full_names, history, d)
            d.evidence = [e for e in d.evidence if not e.startswith("Sprecher")]
            d.evidence.append(f"Sprecher: Urheber der Aussage im Vorfeld („von …“): {speaker.text}")
        elif frame is not None and frame.marker in ("wonach", "demnach") and isinstance(frame.speaker, tuple):
            speaker = _pointer_speaker(tx, frame, full_names, history, d)
        elif frame is not None and frame.marker is None and (noun := _wonach_noun(tx, d)) is not None:
            # „Das Institut bestätigte die Befunde des Amtes, wonach …“: the content is what the findings say
            speaker = _make_speaker(tx, noun, full_names, history, d)
            d.evidence.append(f"wonach-Satz: Inhalt von „{speaker.text}“, nicht vom Subjekt des Redeverbs")
        elif frame is not None and frame.marker is None and frame.cue_tokens and (source := _passive_source(
                tx, frame.clause, frame.cue_tokens[0], frame.speaker)) is not None:
            speaker = _make_speaker(tx, source, full_names, history, d)
            d.evidence = [e for e in d.evidence if e != "Passiv ohne genannten Sprecher"] + subject_evidence(tx, source)
        elif frame is not None and (owner := _shared_noun_owner(tx, frame, d)) is not None:
            # „X lobte den Plan und vertrat die Ansicht, …“: the view is held by the shared subject
            speaker = _make_speaker(tx, owner, full_names, history, d)
            d.evidence.append("Nomen als Objekt eines angeschlossenen Verbs: Sprecher ist das gemeinsame Subjekt")
        elif frame is not None and (claim := _disputed_claim(tx, frame, d)) is not None:
            # „Die Regierung dementierte die Meldung, der Minister sei zurückgetreten“: the report says it, the
            # government denies it; likewise „Das Gericht folgte der Einschätzung, …“
            speaker = _make_speaker(tx, claim[0], full_names, history, d)
            d.evidence = [e for e in d.evidence if not e.startswith("Einleitender Satz mit Subjekt")]
            d.evidence.append(f"Sprecher: die Aussage „{speaker.text}“, auf die „{claim[1]}“ antwortet "
                              "(das Subjekt des Verbs sagt den Inhalt nicht selbst)")
        elif d.kind == "direct" and (frame is None or frame.speaker is None or not frame.cue_tokens) and (
                bearer := _inscription_bearer(tx, d)) is not None:
            # „… ein Zettel, auf dem geschrieben stand: „…““: the note carries the words
            speaker = _make_speaker(tx, bearer, full_names, history, d)
            d.evidence = [e for e in d.evidence if not e.startswith("Sprecher")]
            d.evidence.append(f"Quelle: worauf oder worin die Worte stehen („auf dem … stand“): {speaker.text}")
        elif frame is not None and frame.marker == "colon" and isinstance(frame.speaker, tuple) \
                and _names_the_words(tx.doc, frame.speaker):
            # „Darauf waren die Worte zu lesen: „…““: the words are the quotation, not who says it
            asked = _asked_before(tx, frame.speaker)
            place = _words_owner(tx.doc, frame.speaker) or asked or _written_place(tx, frame.clause)
            speaker = _make_speaker(tx, place, full_names, history, d) if place is not None else None
            d.evidence = [e for e in d.evidence if e != "Doppelpunkt-Einleitung: Subjekt des einleitenden Satzes spricht"]
            d.evidence.append(f"„{tx.doc[frame.speaker[0]:frame.speaker[1]].text}“ sind die zitierten Worte selbst, "
                              "kein Sprecher" + (f"; Quelle: {speaker.text}" if speaker is not None else ""))
            if asked is not None and place == asked:
                d.evidence.append("Antwort auf die Frage im Satz davor: wer gefragt wurde, antwortet")
        elif frame is not None and isinstance(frame.speaker, tuple) and (
                named := _demonstrative_referent(tx, frame.speaker)) is not None:
            # „Im Gespräch mit dem Anwalt Max Roth sagte dieser, …“: „dieser“ names the last person mentioned
            speaker, ref = _pointing_speaker(tx, frame.speaker[0], named, full_names, history, d)
            d.evidence.extend(subject_evidence(tx, frame.speaker))
            d.evidence.append(f"Demonstrativpronomen „{speaker.text}“ → zuletzt genannt: {ref.text}")
        elif frame is not None and isinstance(frame.speaker, tuple):
            speaker = _make_speaker(tx, frame.speaker, full_names, history, d)
            d.evidence.extend(subject_evidence(tx, frame.speaker, frame.clause))  # why this mention is the subject
            if frame.lemma == "nach Vernehmen":  # „Dem Vernehmen nach …“: the marker stands for nobody named
                speaker = Speaker(speaker.spans, speaker.text, "ungenannte Quelle", "anonymous")
            elif frame.marker and _ownerless_information(tx.doc, frame.speaker):
                speaker = Speaker(speaker.spans, speaker.text, "ungenannte Quelle", "anonymous")
                lo = min(frame.cue_tokens[0], frame.speaker[0])
                hi = max(frame.cue_tokens[-1] + 1, frame.speaker[1])
                d.evidence.append(f"„{tx.doc[lo:hi].text}“: die Quelle wird nicht genannt")
        elif frame is not None and prev is not None and prev.speaker and d.sentence - prev_sent <= (
                5 if d.kind == "free_indirect" else 1) and not _nameless_verlauten(tx, frame):
            speaker = prev.speaker
            d.evidence.append("Sprecher aus dem vorigen Zitat übernommen")
        elif d.kind == "direct" and frame is None and prev is not None and d.sentence - prev_sent <= 1 and prev.speaker:
            speaker = prev.speaker
            d.evidence.append("Anschlusszitat ohne eigene Redeeinleitung: Sprecher des vorigen Zitats")
        elif d.kind == "direct" and frame is None and d.sentence > 0 and (
                actor := _actor_of_sentence(tx, d.sentence - 1)) is not None and _starts_content(tx, d.sentence, d.tokens[0][0]):
            speaker = _make_speaker(tx, actor, full_names, history, d)
            d.evidence.append("Sprecher: Handelnder des vorigen Satzes")
        elif d.kind == "direct" and frame is None and history and d.sentence - tx.sent_of[_tok_range(doc, history[-1][1].spans[0])[0]] <= 2:
            speaker = history[-1][1]
            d.evidence.append("Sprecher aus dem Zusammenhang (zuletzt genannter Sprecher)")
        if speaker is None and frame is not None and frame.cue_tokens:
            d.evidence.extend(no_subject_evidence(tx, frame.cue_tokens[0]))  # „Dativ im Vorfeld …“: why nobody speaks
        if speaker is not None and d.kind == "free_indirect" and _anaphoric(doc, speaker):
            speaker = _full_mention(speaker, history, d)
        if speaker is not None and (frame is None or d.kind == "free_indirect" or frame.marker == "colon"):
            speaker = _nearest_mention(tx, speaker, d)
        cue = None
        relay = None
        if frame is not None and frame.cue_tokens and d.kind != "free_indirect" and outer is None:
            cue = _make_cue(tx, frame)  # free indirect speech has no cue of its own
            if isinstance(frame.relay, tuple):
                relay = _make_speaker(tx, frame.relay, full_names, [], d)
        if relay is not None and speaker is not None and relay.spans == speaker.spans:
            relay = None  # „Nach dem Urteil sind … erklärt worden“: the marker's source speaks itself
        if speaker is not None and frame is not None and frame.shared_speaker and rel is None:
            d.evidence.append("Sprecher aus dem vorigen Satzteil (gemeinsames Subjekt)")
        if (inner := _content_source(tx, d, markers)) is not None and (own := _own_source(tx, inner, speaker)):
            # „Hans Meier sagte, … nach Aussagen Meiers …“: the marker names the speaker again
            d.evidence.append(f"Quellenangabe im Inhalt verweist auf den Sprecher selbst: {own}")
        elif inner is not None and speaker is not None and _ownerless_information(doc, inner.speaker):
            # „… nach ukrainischen Angaben … Das teilte der Gouverneur mit.“: the speaker names the source
            d.evidence.append(f"„{doc[inner.clause[0]:inner.clause[1]].text}“ nennt keine Quelle: "
                              f"Sprecher ist {speaker.text}")
        elif inner is not None:
            # „Der Sprecher sagte, nach neuen Erkenntnissen habe …“: the content names its own source
            relay = speaker or relay
            speaker = _make_speaker(tx, inner.speaker, full_names, history, d)
            d.evidence.append(f"Quellenangabe im Inhalt: {doc[inner.clause[0]:inner.clause[1]].text}"
                              + (f"; weitergegeben von „{relay.text}“" if relay is not None else ""))
        spans = [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)) for a, b in _with_full_stop(tx, d)]
        qtext = " … ".join(text[s:e] for s, e in spans)
        q = Quote(d.kind, spans, qtext, speaker, cue, relay, list(dict.fromkeys(d.evidence)), d.sentence)
        quotes.append(q)
        if d.kind == "free_indirect" and frame is not None:
            around[id(frame)] = q
        if speaker is not None:
            history.append((speaker.spans[0][0], speaker, _gender(doc, _tok_range(doc, speaker.spans[0]))))
        prev, prev_sent = q, tx.sent_of[d.tokens[-1][1] - 1]
    return _merge_runs(tx, quotes)


# nouns of a passed-on message that have no frame of their own („Von der Polizei kam die Information, …“)
MESSAGE_NOUNS = ("information", "informationen", "nachricht", "auskunft", "botschaft")
# nouns that name quoted words themselves, never their speaker („Darauf waren die Worte zu lesen: …“)
WORD_NOUNS = ("wort", "worte", "wortlaut", "satz", "zeile", "aufschrift", "inschrift", "schriftzug", "parole",
              "slogan", "spruch")
# verbs that say where words are written („auf dem stand“, „in dem es heißt“, „auf dem zu lesen war“)
WRITTEN_VERBS = {"stehen", "heißen", "lesen", "schreiben"}
# verbs that take up someone else's statement without saying it („folgte der Einschätzung, …“)
REACTING = {"folgen", "zustimmen", "stattgeben", "nachgehen", "prüfen", "anschließen"}
# adversarial verbs that accuse someone rather than dispute a statement („warf ihm den Vorwurf …“ is no denial)
ACCUSING = {"vorwerfen", "beschuldigen", "bezichtigen", "anklagen", "anschuldigen", "verklagen", "zurückfordern"}


MARKER_WORDS = {"laut", "gemäß", "zufolge", "folge", "nach", "aus"}


def _without_doubles(tx: _Text, drafts: list[_Draft]) -> list[_Draft]:
    """„Sie wisse, dass …, hatte X gesagt“: two frames reporting the very same words, or a Konjunktiv frame inside
    the words of another, give one quotation, the one whose frame names its speaker with an indicative verb."""
    best: dict[tuple, _Draft] = {}
    doubled: set[tuple] = set()
    for d in drafts:
        key = (d.kind, tuple(d.tokens))
        if key in best:
            doubled.add(key)
        if key not in best or _report_rank(tx, d) < _report_rank(tx, best[key]):
            best[key] = d
    outers = {id(d): o for d in drafts if (o := _nested_in_report(tx, d, drafts)) is not None}
    doubled |= {(o.kind, tuple(o.tokens)) for o in outers.values()}
    for key in doubled:
        best[key].evidence.append("zwei Redeeinleitungen für dieselben Worte: die mit genanntem Sprecher im Indikativ gilt")
    keep = {id(d) for d in best.values()} - set(outers)
    return [d for d in drafts if id(d) in keep and not _marker_inside_report_back(tx, d, drafts)]


def _nested_in_report(tx: _Text, d: _Draft, drafts: list[_Draft]) -> _Draft | None:
    """„Die Kommission habe erklärt, dass …, sagte der Minister.“: a frame in the Konjunktiv whose cue lies inside
    what another frame reports is part of those words; the outer report (returned) is the one quotation."""
    if d.kind != "indirect" or d.frame is None or not d.frame.cue_tokens or _report_rank(tx, d)[2] == 0:
        return None
    cue = d.frame.cue_tokens[0]
    lo, hi = d.tokens[0][0], d.tokens[-1][1]
    return next((o for o in drafts if o is not d and o.kind == "indirect" and o.frame is not None
                 and o.frame is not d.frame and _report_rank(tx, o)[2] == 0
                 and o.tokens[0][0] <= min(cue, lo) and hi <= o.tokens[-1][1]), None)


def _marker_inside_report_back(tx: _Text, d: _Draft, drafts: list[_Draft]) -> bool:
    """„Nach Angaben der Polizei wurden … verletzt. Das teilte ein Sprecher mit.“: the marker's quotation lies
    inside the words a verb of the next sentence reports back („Das teilte … mit“), which names the marker's
    source in its own evidence; one quotation of those words is enough."""
    if d.kind != "indirect" or d.frame is None or d.frame.marker not in CONTENT_MARKERS:
        return False
    lo, hi = d.tokens[0][0], d.tokens[-1][1]
    return any(o is not d and o.kind == "indirect" and o.sentence == d.sentence and o.frame is not None
               and o.frame.marker is None and o.frame.cue_tokens and tx.sent_of[o.frame.cue_tokens[0]] != d.sentence
               and o.tokens[0][0] <= lo and hi <= o.tokens[-1][1] for o in drafts)


def _shared_noun_owner(tx: _Text, frame: _Frame, d: _Draft) -> tuple[int, int] | None:
    """The subject shared with an earlier clause when a noun frame named only itself as speaker and is the object
    of a coordinated verb without a subject of its own („X lobte den Plan und vertrat die Ansicht, …“); also for
    the direct quotation after its colon („… und wagte die Prognose, …: „…““)."""
    doc = tx.doc
    if not frame.noun or d.kind not in ("indirect", "direct") or not isinstance(frame.speaker, tuple) \
            or len(frame.cue_tokens) != 1:
        return None  # the noun's own indirect quotation, not a passage that continues it
    k = frame.cue_tokens[0]
    if frame.speaker[1] != k + 1 or not frame.clause[0] <= k < frame.clause[1]:
        return None
    fin = next((m for m in range(frame.clause[0], k) if doc[m].tag_ in FINITE and not tx.in_quote[m]), None)
    if fin is None or _subject(tx, frame.clause, fin) != "shared":
        return None
    return _previous_clause_subject(tx, tx.clauses(d.sentence), frame.clause)


def _content_source(tx: _Text, d: _Draft, markers: dict[int, list[_Frame]]) -> _Frame | None:
    """A source marker („laut X“, „X zufolge“, „nach Angaben von X“) inside the content of a reporting verb's
    indirect speech: the content is the source's, the verb's subject passes it on."""
    frame = d.frame
    if d.kind != "indirect" or frame is None or frame.marker is not None or not frame.cue_tokens:
        return None
    if not any(tx.doc[k].lower_ in MARKER_WORDS for a, b in d.tokens for k in range(a, b)):
        return None
    if d.sentence not in markers:
        markers[d.sentence] = _marker_frames(tx, d.sentence)
    return next((m for m in markers[d.sentence] if m.marker in CONTENT_MARKERS and isinstance(m.speaker, tuple)
                 and any(a <= m.cue_tokens[0] < b for a, b in d.tokens) and not tx.in_quote[m.cue_tokens[0]]
                 and not _in_brackets(tx, m.cue_tokens[0])), None)


def _own_source(tx: _Text, inner: _Frame, speaker: Speaker | None) -> str | None:
    """The text of a content marker that names the speaker again by name („Hans Meier sagte, … nach Aussagen
    Meiers …“) or, for an unnamed speaker, by a possessive („Der Trainer sagte, seiner Einschätzung nach …“), or
    None when it names another source."""
    doc = tx.doc
    if speaker is None:
        return None
    names = {t.lower() for t in speaker.text.split() if t[:1].isupper()}
    if _own_possessive(doc, inner.speaker[0], speaker) or any(
            doc[k].tag_ == "NE" and (doc[k].lower_ in names or doc[k].lower_.removesuffix("s") in names)
            for k in range(*inner.speaker)):
        a, b = inner.speaker
        return doc[min(inner.clause[0], a):max(inner.clause[1], b)].text
    return None


def _own_possessive(doc, k: int, speaker: Speaker) -> bool:
    """„Der Trainer sagte, seiner Einschätzung nach …“: a possessive of an unnamed speaker's gender (not „ihren
    Angaben“ in a man's words, which points to somebody else; a named speaker's mention stays as the annotation
    of news corpora has it)."""
    low = doc[k].lower_
    want = "m" if low.startswith("sein") else "f" if low.startswith("ihr") else None
    rng = _tok_range(doc, speaker.spans[0])
    return doc[k].tag_ == "PPOSAT" and want is not None and _gender(doc, rng) == want \
        and not any(doc[m].tag_ == "NE" for m in range(*rng))  # a named speaker's „seiner Meinung nach“ stays


def _in_brackets(tx: _Text, k: int) -> bool:
    """Whether token ``k`` stands in round brackets of its sentence (an aside: „(Zitat laut X)“)."""
    doc = tx.doc
    depth = 0
    for m in range(tx.sents[tx.sent_of[k]].start, k):
        depth += (doc[m].text == "(") - (doc[m].text == ")")
    return depth > 0


def _wonach_noun(tx: _Text, d: _Draft) -> tuple[int, int] | None:
    """The noun a verb's „wonach“ content hangs on („bestätigte die Befunde des Amtes, wonach …“, „zitiert aus der
    Zeitung „Tag“, wonach …“): the relative adverb gives the content of that noun, not of the verb's subject."""
    doc = tx.doc
    k = d.tokens[0][0]
    if k > 0 and doc[k - 1].lower_ == "wonach":
        k -= 1  # the content starts after the relative adverb
    if d.kind != "indirect" or doc[k].lower_ != "wonach" or k < 2 or doc[k - 1].text != ",":
        return None
    floor = tx.sents[d.sentence].start
    end = k - 1
    partner = _partner(doc, end - 1)
    if partner is not None and partner < end - 1:
        end = partner  # a name in quotation marks after the noun: „der Zeitung „Tag““
    noun = _genitive_head(tx, _antecedent(doc, end, floor), floor)
    if noun is None or noun[0] <= d.frame.cue_tokens[0]:
        return None  # only a noun after the verb (its object), not the subject before it
    spk = d.frame.speaker
    if isinstance(spk, tuple) and spk[0] < noun[1] and noun[0] < spk[1]:
        return None
    return (noun[0], k - 1)


def _pointing_speaker(tx: _Text, k: int, ref: tuple[int, int], full_names, history, d: _Draft) -> tuple[Speaker, Speaker]:
    """The pronoun at ``k`` as speaker, named after the mention ``ref`` it points back to („denen“ → „Studien“),
    together with the speaker made of that mention."""
    named = _make_speaker(tx, ref, full_names, history, d)
    pron = tx.doc[k]
    return Speaker([(pron.idx, pron.idx + len(pron.text))], pron.text, named.name or named.text, named.kind), named


def _disputed_claim(tx: _Text, frame: _Frame, d: _Draft) -> tuple[tuple[int, int], str] | None:
    """The statement noun right before the content when the clause's verb disputes or takes it up („wies die
    Darstellung zurück, …“, „dementierte Berichte, wonach …“, „folgte dem Antrag, …“), with that verb's lemma."""
    doc = tx.doc
    if d.kind != "indirect" or frame.marker is not None or not isinstance(frame.speaker, tuple):
        return None
    k = d.tokens[0][0]
    k -= k > 0 and doc[k - 1].lower_ == "wonach"  # „…, wonach …“: the content starts after the relative adverb
    if k < 2 or doc[k - 1].text != "," or not frame.clause[0] < k <= frame.clause[1] + 1:
        return None
    noun = _genitive_head(tx, _antecedent(doc, k - 1, frame.clause[0]), frame.clause[0])
    if noun is None or noun[0] < frame.speaker[1] or doc[noun[0] - 1].tag_ in ("APPR", "APPRART"):
        return None  # not „lehnte … mit der Begründung ab, …“: a prepositional phrase gives the subject's own reason
    if not any(doc[m].tag_ == "NN" and _statement_noun(doc[m]) for m in range(*noun)):
        return None
    lemma = _disputing_verb(tx, frame.clause[0], k - 1)
    return (noun, lemma) if lemma is not None else None


def _relative_source(tx: _Text, d: _Draft) -> tuple[int, tuple[int, int]] | None:
    """The relative pronoun and its noun when the content opens with a relative source marker („…, nach denen …“,
    „…, denen zufolge …“, „…, laut dem …“): the noun it points back to is the source of the content."""
    doc = tx.doc
    k = d.tokens[0][0]
    if k < 4:
        return None
    if doc[k - 1].tag_ == "PRELS" and doc[k - 2].lower_ in RELATIVE_SOURCE_PREPS:
        pron = k - 1
    elif doc[k - 1].lower_ in ("zufolge", "nach") and doc[k - 2].tag_ == "PRELS":
        pron = k - 2
    else:
        return None
    comma = k - 3  # the comma before „nach denen“ or „denen zufolge“
    if doc[comma].text != ",":
        return None
    floor = tx.sents[tx.sent_of[comma]].start
    noun = _genitive_head(tx, _antecedent(doc, comma, floor), floor)
    return (pron, noun) if noun is not None else None


def _von_author(tx: _Text, d: _Draft) -> tuple[int, int] | None:
    """„Von der Polizei kam die Information, …“, „Vom Minister liegt die Äußerung vor, …“: a „von“ phrase opening
    the sentence names who made the statement noun whose content follows the comma."""
    doc = tx.doc
    k = d.tokens[0][0]
    s = tx.sents[d.sentence]
    if not s.start + 4 < k < s.end or doc[k - 1].text != "," or doc[s.start].lower_ not in ("von", "vom"):
        return None
    author = _noun_phrase(doc, s.start + 1, k - 1)
    noun = _antecedent(doc, k - 1, s.start)
    if author is None or noun is None or noun[0] <= author[1] or not _person_like(doc, author) \
            or any(doc[m].text in (",", ":", ";") or tx.in_quote[m] for m in range(s.start, k - 1)):
        return None
    return author if any(doc[m].tag_ == "NN" and _statement_noun(doc[m]) for m in range(*noun)) else None


def _demonstrative_referent(tx: _Text, rng: tuple[int, int]) -> tuple[int, int] | None:
    """The person named last before a demonstrative subject after the finite verb of the same sentence
    („In einem Gespräch mit dem Anwalt Max Roth sagte dieser, …“): „dieser“ takes up the last-mentioned one."""
    doc = tx.doc
    a = rng[0]
    if (opening := _opening_demonstrative_referent(tx, rng)) is not None:
        return opening
    if rng[1] - a != 1 or doc[a].tag_ != "PDS" or doc[a].lower_ not in ("dieser", "diese") \
            or a == 0 or doc[a - 1].tag_ not in FINITE:
        return None
    si = tx.sent_of[a]
    floor = tx.sents[si].start
    k = a - 1
    while k > floor and (doc[k - 1].tag_ not in NOUNS or tx.in_quote[k - 1]):
        k -= 1  # past the verb and a closing dash or comma to the last noun
    if k == floor and si > 0:
        return _last_person_in(tx, tx.sents[si - 1])  # „„Nein“, antwortete dieser.“: the sentence before
    noun = _antecedent(doc, k, floor) if k > floor else None
    return noun if noun is not None and _person_like(doc, noun) else None


def _last_person_in(tx: _Text, sent) -> tuple[int, int] | None:
    """The mention of the person named last in ``sent``, outside quotation marks („fragte den Angeklagten Derek
    Holloway, ob er …“ → den Angeklagten Derek Holloway)."""
    doc = tx.doc
    for k in range(sent.end - 1, sent.start, -1):
        if not tx.in_quote[k] and doc[k].ent_type_ == "PER" and doc[k].ent_iob_ in ("B", "I") \
                and (k + 1 >= sent.end or doc[k + 1].ent_type_ != "PER"):
            noun = _antecedent(doc, k + 1, sent.start)
            return noun if noun is not None and _person_like(doc, noun) else None
    return None


def _opening_demonstrative_referent(tx: _Text, rng: tuple[int, int]) -> tuple[int, int] | None:
    """„Sie denkt an ihre Mutter, die Krankenschwester war. Die habe immer gesagt, …“: „Der“/„Die“ alone opening
    a sentence takes up the last person named with an article or possessive in the sentence before."""
    doc = tx.doc
    a = rng[0]
    si = tx.sent_of[a]
    if rng[1] - a != 1 or doc[a].tag_ != "PDS" or doc[a].lower_ not in ("der", "die") or si == 0 \
            or a != tx.sents[si].start:
        return None
    prev = tx.sents[si - 1]
    for k in range(prev.end - 1, prev.start, -1):
        if tx.in_quote[k] or not doc[k]._.speaker_like or doc[k].tag_ not in ("NN", "NE"):
            continue
        if doc[k].ent_type_ == "PER" or doc[k - 1].tag_ in ("ART", "PPOSAT"):
            return _antecedent(doc, k + 1, prev.start)
    return None


def _names_the_words(doc, rng: tuple[int, int]) -> bool:
    """A mention whose head noun names words themselves („die Worte“, „der Satz“, „die Aufschrift“), not
    introduced by a possessive."""
    heads = [doc[k] for k in range(*rng) if doc[k].tag_ == "NN"]
    return bool(heads) and doc[rng[0]].tag_ != "PPOSAT" and (heads[0].lemma_ or heads[0].text).lower().endswith(
        WORD_NOUNS)  # „Seine Worte: …“ names its speaker by the possessive


def _words_owner(doc, rng: tuple[int, int]) -> tuple[int, int] | None:
    """„die Worte des Ministers“, „der Satz von Müller“: the genitive or „von“ attribute after the words noun."""
    head = next((k for k in range(*rng) if doc[k].tag_ == "NN"), None)
    if head is not None and head + 1 < rng[1] and doc[head + 1].lower_ in (*GENITIVE_ARTICLES, "von", "vom"):
        start = head + 2 if doc[head + 1].lower_ in ("von", "vom") else head + 1
        return _noun_phrase(doc, start, rng[1]) or ((start, rng[1]) if start < rng[1] else None)
    return None


def _asked_before(tx: _Text, rng: tuple[int, int]) -> tuple[int, int] | None:
    """„Die Redaktion fragte den Chatbot, ob … Die Antwort: „…““: the answer is given by whom the sentence before
    asked (the object right after „fragte“)."""
    doc = tx.doc
    head = next((k for k in range(*rng) if doc[k].tag_ == "NN"), None)
    si = tx.sent_of[rng[0]]
    if head is None or doc[head].lemma_.lower() != "antwort" or si == 0:
        return None
    s = tx.sents[si - 1]
    ask = next((k for k in range(s.start, s.end) if doc[k].lemma_ == "fragen" and doc[k].tag_ == "VVFIN"), None)
    if ask is None or ask + 1 >= s.end or doc[ask + 1].lower_ not in ("den", "die", "das", "ihn", "sie"):
        return None
    return _noun_phrase(doc, ask + 1, s.end)


def _written_place(tx: _Text, clause: tuple[int, int]) -> tuple[int, int] | None:
    """Where words are written: a pronominal adverb opening the clause („Darauf“, „Darin“) or the noun phrase
    of an „auf/in“ phrase („auf dem Schild“)."""
    doc = tx.doc
    if doc[clause[0]].lower_ in ("darauf", "darin", "dort", "daran"):
        return (clause[0], clause[0] + 1)
    return _source_phrase(tx, clause, ("auf", "in", "im", "am", "an"))


def _thing_pointed_at(tx: _Text, k: int) -> tuple[int, int] | None:
    """„Sie schrieb ihm eine Karte. Darauf steht nur ein Satz: …“: „Darauf“/„Darin“ opening a sentence points to
    the noun phrase that ends the sentence before (the card, the letter), not to a speaker of its own."""
    doc = tx.doc
    si = tx.sent_of[k]
    if doc[k].lower_ not in ("darauf", "darin", "daran") or k != tx.sents[si].start or si == 0:
        return None
    prev = tx.sents[si - 1]
    if doc[k].lower_ == "darin" and (paper := _last_paper(tx, prev)) is not None:
        return paper  # „warnte in einem Schreiben an die Landrätin, dass … Darin heißt es“: in the letter
    end = prev.end - 1 if doc[prev.end - 1].is_punct else prev.end
    found = _antecedent(doc, end, prev.start)
    while found is not None and found[0] - 1 > prev.start and doc[found[0] - 1].tag_ in ("APPR", "APPRART") \
            and (head := _antecedent(doc, found[0] - 1, prev.start)) is not None:
        found = head  # „einen Brief an die Klinikleitung“: the letter, not its addressee
    if found is None or doc[found[1] - 1].tag_ != "NN" or tx.in_quote[found[1] - 1]:
        return None
    return found


def _last_paper(tx: _Text, sent) -> tuple[int, int] | None:
    """The last noun phrase of ``sent`` (outside quotation marks) whose noun is a text such as a letter, motion or
    statement („einem Schreiben“, „eine Resolution“): what „Darin“ can point into."""
    return _paper_phrase(tx, sent, PAPER_NOUNS + ("stellungnahme", "erklärung"), last=True)


def _paper_phrase(tx: _Text, sent, nouns: tuple[str, ...], last: bool) -> tuple[int, int] | None:
    """The first (or ``last``) article, adjectives and noun in ``sent``, outside quotation marks, whose noun ends in
    one of ``nouns`` („einem Schreiben“, „eine neue Auswertung“)."""
    doc = tx.doc
    order = range(sent.end - 1, sent.start, -1) if last else range(sent.start, sent.end)
    for m in order:
        if doc[m].tag_ == "NN" and not tx.in_quote[m] and doc[m].lower_.endswith(nouns):
            a = m
            while a > sent.start and doc[a - 1].tag_ in ("ADJA", "ART", "PPOSAT", "PDAT", "PIAT"):
                a -= 1
            return (a, m + 1)
    return None


def _inscription_bearer(tx: _Text, d: _Draft) -> tuple[int, int] | None:
    """„…, ein Schild, auf dem stand: „…““, „…, in dem es heißt: „…““: a relative clause of place before the
    colon with a verb of standing written; the noun it hangs on bears the quoted words."""
    doc = tx.doc
    colon = d.tokens[0][0] - 1
    floor = tx.sents[tx.sent_of[colon]].start  # the splitter may end the sentence at the colon
    if colon - 3 < floor or doc[colon].text != ":":
        return None
    k = colon - 1
    while k > floor and doc[k].text != "," and not tx.in_quote[k]:
        k -= 1
    if doc[k].text != "," or doc[k + 1].tag_ not in ("APPR", "APPRART") or doc[k + 2].tag_ != "PRELS" \
            or not any(doc[m].lemma_ in WRITTEN_VERBS for m in range(k + 3, colon)):
        return None
    return _antecedent(doc, k, floor)


def _statement_noun(tok) -> bool:
    """A noun naming something said or asked for, compounds included („Meldung“, „Einschätzung“, „Eilantrag“)."""
    lemma = (tok.lemma_ or tok.text).lower()
    return lexicon.utterance_noun(lemma) or _frame_noun(tok.lower_) is not None or lemma.endswith(MESSAGE_NOUNS) or any(
        lemma.endswith(head) for head in NOUN_FRAMES if len(head) >= 5)


def _disputing_verb(tx: _Text, a: int, b: int) -> str | None:
    """The lemma of a verb in ``a…b`` that disputes, rejects or follows someone else's words („zurückweisen“,
    „kritisieren“, „einem Antrag folgen“), not one that accuses a person („vorwerfen“)."""
    for m in range(a, b):
        if tx.doc[m].tag_.startswith("VV") and not tx.in_quote[m]:
            lemma = lexicon.verb_lemma(tx.doc[m])
            entry = lexicon.entry(lemma)
            if lemma in REACTING or entry is not None and entry.connotation == "adversarial" and lemma not in ACCUSING:
                return lemma
    return None


def _genitive_head(tx: _Text, noun: tuple[int, int] | None, floor: int) -> tuple[int, int] | None:
    """„die Befunde des Landesamtes“: the head noun with its genitive attribute, from the genitive alone."""
    doc = tx.doc
    while noun is not None and doc[noun[0]].lower_ in GENITIVE_ARTICLES and noun[0] > floor \
            and doc[noun[0] - 1].tag_ == "NN" and (head := _antecedent(doc, noun[0], floor)) is not None:
        noun = (head[0], noun[1])
    return noun


def _wonach_object_owner(tx: _Text, frame: _Frame, d: _Draft) -> tuple[int, int] | None:
    """The person subject of the main clause when a „wonach“ clause hangs on a noun fronted as its object
    („Gerüchte, wonach …, konnte der Präsident nicht bestätigen“): free indirect speech after it is that person's."""
    doc = tx.doc
    a0 = frame.speaker[0]
    si = tx.sent_of[a0]
    if frame.antecedent is None or doc[a0].lower_ != "wonach" or d.sentence <= si \
            or frame.antecedent[0] != tx.sents[si].start:
        return None
    main = next((c for c in tx.clauses(si) if c[0] > a0 and doc[c[0]].tag_ in FINITE and doc[c[0] - 1].text == ","), None)
    if main is None:
        return None
    subj = _subject(tx, main, main[0])
    if not isinstance(subj, tuple) or subj == frame.antecedent or not _person_like(doc, subj):
        return None
    return subj


def _pointer_speaker(tx: _Text, frame: _Frame, full_names, history, d: _Draft) -> Speaker:
    """The speaker of „wonach“/„demnach“/„nach denen“: after „eine Schätzung, wonach …“ the noun the clause hangs
    on; else the pointing word is the mention and the name comes from what it points back to."""
    doc = tx.doc
    a0 = frame.speaker[0]
    if frame.antecedent is not None and doc[a0].lower_ == "wonach":
        speaker = _make_speaker(tx, frame.antecedent, full_names, history, d)
        d.evidence.append(f"wonach-Satz: Inhalt von „{speaker.text}“")
        return speaker
    span = (doc[a0].idx, doc[a0].idx + len(doc[a0].text))
    if frame.antecedent is not None:
        ref = _make_speaker(tx, frame.antecedent, full_names, history, d)
    else:
        ref = history[-1][1] if history and d.sentence - tx.sent_of[_tok_range(doc, history[-1][1].spans[0])[0]] <= 3 \
            else None
    if ref is None and (paper := _document_before(tx, tx.sent_of[a0])) is not None:
        # „Eine Studie des ZI … Demnach …“, „Die DAK hat eine Umfrage veröffentlicht. Demnach …“
        ref = _author_of_thing(tx, paper, full_names, history, d) or _make_speaker(tx, paper, full_names, history, d)
    if ref is not None:
        d.evidence.append(f"„{doc[a0].text}“ verweist auf {ref.name or ref.text}")
    return Speaker([span], doc[a0].text, ref.name if ref else "", ref.kind if ref else "anonymous")


def _document_before(tx: _Text, si: int) -> tuple[int, int] | None:
    """„Zu diesem Ergebnis kommt eine Studie des Instituts X. Demnach …“: the study, report or survey named in the
    sentence before, with its genitive author, as what a pointing word with no speaker before it refers to."""
    if si == 0 or (paper := _paper_phrase(tx, tx.sents[si - 1], STUDY_NOUNS + PAPER_NOUNS, last=False)) is None:
        return None
    return _noun_phrase(tx.doc, paper[0], tx.sents[si - 1].end) or paper


def _merge_runs(tx: _Text, quotes: list[Quote]) -> list[Quote]:
    """Free indirect sentences in a row with the same speaker form one passage (one quotation spanning them),
    as a reader takes „Es gebe … . Man habe … .“ after a frame for one continued report."""
    out: list[Quote] = []
    last_sent = -10
    for q in quotes:
        prev = _passage_before(out)
        if (prev is not None and q.kind == prev.kind == "free_indirect" and q.speaker is not None
                and prev.speaker is not None and _same_mention(prev, q)
                and q.sentence == last_sent + 1):
            narrator = bool(tx.text[prev.spans[-1][1]:q.spans[0][0]].strip(" \n\t.!?…\"“”„«»"))
            if narrator:  # „X habe … . Die Vorwürfe wurden zurückgenommen; Y hätten …“: the clause between stays out
                prev.spans = [*prev.spans, *q.spans]
            else:
                prev.spans = [*prev.spans[:-1], (prev.spans[-1][0], q.spans[0][1]), *q.spans[1:]]
            prev.text = " … ".join(tx.text[a:b] for a, b in prev.spans)
            prev.evidence = list(dict.fromkeys([*prev.evidence, *q.evidence,
                                                "Fortsetzung der freien indirekten Rede im nächsten Satz"]))
            if narrator:
                prev.evidence.append("Erzählersatz dazwischen gehört nicht zur Passage")
        else:
            out.append(q)
        last_sent = tx.sent_of[_tok_range(tx.doc, q.spans[-1])[1] - 1]
    return out


def _same_mention(prev: Quote, q: Quote) -> bool:
    """Both name the speaker at the same place, or ``q`` at a mention of the same person inside ``prev``
    („… sehe er, Köhler, keine Alternative. …“: the passage goes on with the Bundespräsident named before)."""
    if q.speaker.spans == prev.speaker.spans:
        return True
    a, b = q.speaker.spans[0]
    return bool(q.speaker.name) and q.speaker.name == prev.speaker.name and any(s <= a and b <= e for s, e in prev.spans)


def _passage_before(out: list[Quote]) -> Quote | None:
    """The last quotation of ``out``, looking past quotations nested in a free indirect passage („Dieser
    behaupte, …“ inside it), so that the passage still goes on in the next sentence."""
    k = len(out) - 1
    while k > 0 and out[k - 1].kind == "free_indirect" and out[k - 1].start <= out[k].start \
            and out[k].end <= out[k - 1].end:
        k -= 1
    return out[k] if out else None


def _anaphoric(doc, speaker: Speaker) -> bool:
    """A mention of one pointing word („dieser“, „demnach“, „wonach“) that names nobody itself."""
    a, b = _tok_range(doc, speaker.spans[0])
    return b - a == 1 and (doc[a].tag_ in ("PDS", "PAV", "PWAV") or doc[a].lower_ in ("demnach", "wonach"))


def _full_mention(speaker: Speaker, history, d: _Draft) -> Speaker:
    """Free indirect speech continues a source named in full before: the latest mention of that name, else the
    latest named speaker, rather than a pronoun or „demnach“ of the previous sentence."""
    named = [sp for _si, sp, _g in history if len(sp.spans) == 1 and " " in sp.text.strip()]
    same = [sp for sp in named if speaker.name and speaker.name in (sp.name, sp.text)]
    found = (same or named or [None])[-1]
    if found is None:
        return speaker
    d.evidence.append(f"Quelle zuvor ausführlich genannt: „{found.text}“")
    return found


def _nearest_mention(tx: _Text, speaker: Speaker, d: _Draft) -> Speaker:
    """A carried-over speaker is shown at their latest mention before the quotation („… sieht Osterloh …“)."""
    doc = tx.doc
    if not speaker.name or _possessor_only(tx, speaker):
        return speaker
    last = speaker.name.split()[-1]
    start_tok = d.tokens[0][0]
    if d.kind == "free_indirect" and (own := _own_mention(tx, last, d)) is not None:
        start_tok = own + 1  # „…, wie X sagte, …“ inside the passage: the speaker is named right there
        d.evidence.append(f"Sprecher im eigenen Satz eingeschoben genannt (so/wie): „{doc[own].text}“")
    floor = tx.sents[max(0, d.sentence - 1)].start
    for k in range(start_tok - 1, floor - 1, -1):
        if tx.in_quote[k] or doc[k].text not in (last, last + "s"):
            continue
        if doc[k].idx < speaker.spans[-1][1]:
            return speaker  # the mention we have is already the latest one
        a = k
        while a > floor and doc[a - 1].tag_ == "NE" and not tx.in_quote[a - 1]:
            a -= 1
        span = (doc[a].idx, doc[k].idx + len(doc[k].text))
        d.evidence.append(f"zuletzt genannt als „{tx.text[span[0]:span[1]]}“")
        return Speaker([span], tx.text[span[0]:span[1]], speaker.name, speaker.kind)
    return speaker


def _own_mention(tx: _Text, last: str, d: _Draft) -> int | None:
    """„…, so Müller, …“, „wie Müller sagte“: the speaker's surname in an inserted source clause of the passage's
    own sentence (after „so“ or „wie“, outside quotation marks) — the passage names its speaker right there."""
    doc = tx.doc
    s = tx.sents[d.sentence]
    for k in range(s.end - 1, s.start, -1):
        if doc[k].text != last or tx.in_quote[k]:
            continue
        j = k - 1
        while j > s.start and (doc[j].tag_ in ("NE", "NN", "ADJA", "ART") or doc[j].lower_ == "sich"):
            j -= 1  # „so Unternehmenschef Richard Müller“, „wie sich Müller ausdrückte“
        if doc[j].lower_ in ("so", "wie") and (j == s.start or doc[j - 1].text in (",", "–", "(")):
            return k
    return None


def _possessor_only(tx: _Text, speaker: Speaker) -> bool:
    """„Spectors Verteidiger Bruce Cutler“: the name stands in the genitive before the head noun; the speaker is
    the Verteidiger, so a later mention of that name is somebody else."""
    doc = tx.doc
    a, b = _tok_range(doc, speaker.spans[0])
    last = speaker.name.split()[-1]
    return any(doc[k].text == last + "s" and doc[k + 1].tag_ == "NN" for k in range(a, b - 1))


def _tok_range(doc, span: tuple[int, int]) -> tuple[int, int]:
    s = doc.char_span(span[0], span[1], alignment_mode="expand")
    return (s.start, s.end) if s is not None else (0, 0)


def _full_names(doc) -> dict[str, str]:
    """Surname → full name for every run of two or more proper nouns („Alexander Lukaschenko“)."""
    names: dict[str, str] = {}
    later: dict[str, str] = {}
    first = load_gazetteers().first_names
    run: list[str] = []
    last = -2
    ne = doc.vocab.strings["NE"]
    proper = {int(i) for i in (doc.to_array(TAG) == ne).nonzero()[0]}
    proper.update(k for e in doc.ents if e.label_ == "PER" for k in range(e.start, e.end))  # „Xi Jinping/NN“
    for k in [*sorted(proper), len(doc) + 1]:  # only the proper nouns and the words of persons' names
        word = doc[k].text if k < len(doc) else ""
        named = word[:1].isupper() and not word.isupper()
        if named and k == last + 1:
            run.append(word)
        else:
            if len(run) >= 2:
                full = " ".join(run)
                names.setdefault(run[-1], full)
                names.setdefault(run[-1] + "s", full)
                if len(run) == 2 and run[0] not in first and doc[last].ent_type_ == "PER":
                    later.setdefault(run[0], full)  # „Qin Gang“ … „Qin wies … zurück“: the family name first
            run = [word] if named else []
        last = k if named else -2
    for word, full in later.items():
        names.setdefault(word, full)  # a surname used as such elsewhere wins
    return names


def _unnamed_agent_of(tx: _Text, rng: tuple[int, int]) -> str | None:
    """„Ein Sprecher von Außenministerin Anna Roth“, „der Anwalt des Sängers Tom Weber“: an unnamed person who
    speaks for a named person (who is only the possessor, not the speaker); returns the role noun. An organisation
    as possessor („ein Sprecher des Ministeriums“) is left to stand for the speaker, as news convention has it."""
    doc = tx.doc
    a, b = rng
    if b - a < 4 or doc[a].lower_ not in INDEFINITE + ("der", "die") or doc[a + 1].tag_ != "NN" \
            or doc[a + 1]._.role_kind != "person" or doc[a + 2].lower_ not in ("von", "des", "der", "eines", "einer"):
        return None
    owner = next((e for e in tx.ents if e.label_ == "PER" and a + 2 < e.start and e.end <= b), None)
    if owner is None or any(doc[k].tag_ not in ("ART", "ADJA", "NN") for k in range(a + 3, owner.start)):
        return None  # „Die Sprecherin der Stadt, Maria Lang“: the name after the comma is her own
    if any(e.label_ == "PER" and e.start > owner.end and e.end <= b and doc[e.start - 1].text == "," for e in tx.ents):
        return None  # „Der Anwalt des Sängers Tom Weber, Max Kern, sagte“: the lawyer is named after the comma
    before = doc[owner.start - 1]
    if before.tag_ == "NN" and before._.role_kind != "person" and _epithet(before) is None:
        return None  # „die Sprecherin der Stadt Maria Lang“: the name is hers, the city is no person
    return doc[a + 1].text


def _genitive_owner(doc, rng: tuple[int, int], run: list[int]) -> str | None:
    """„Hinterseers Agent“, „Merkels Sprecher“: a name in the genitive right before a person's role noun that ends
    the mention is whose agent speaks, not the speaker; the name without its genitive s."""
    a, b = rng
    if len(run) != 1 or run[0] != b - 2 or doc[b - 1].tag_ != "NN" or doc[b - 1]._.role_kind != "person":
        return None
    word = doc[run[0]].text
    return word[:-1] if word.endswith("s") and len(word) > 3 and doc[run[0]].ent_type_ != "ORG" else None


#: Verbs of calling somebody by a name („Poldi, wie ihn die Fans nennen“).
NAMING_LEMMAS = ("nennen", "rufen", "taufen")


def _nickname_of(tx: _Text, rng: tuple[int, int], history) -> tuple[str, str] | None:
    """„Poldi, wie ihn die Fans nennen, vermisst …“: one proper noun followed by „, wie ihn/sie … nennen,“ is the
    nickname of the person the pronoun takes up. (name, kind)"""
    doc = tx.doc
    a, b = rng
    if b - a != 1 or b + 3 >= len(doc) or doc[b].text != "," or doc[b + 1].lower_ != "wie" \
            or doc[b + 2].lower_ not in ("ihn", "sie"):
        return None
    end = next((k for k in range(b + 3, min(len(doc), b + 8)) if doc[k].text in (",", ".")), None)
    if end is None or doc[end - 1].lemma_ not in NAMING_LEMMAS:
        return None
    return _resolve_pronoun(tx, b + 2, history, "er" if doc[b + 2].lower_ == "ihn" else "sie")


def _demonstrative_owner(tx: _Text, rng: tuple[int, int], full_names, history, d: _Draft) -> Speaker | None:
    """„Zurückhaltender äußerte sich die EKD. Deren Ratsvorsitzende sagte, …“: „deren/dessen“ opening a sentence
    before a person's role points to the body or person acting in the sentence before, whose officer speaks."""
    doc = tx.doc
    a, b = rng
    si = tx.sent_of[a]
    if b - a < 2 or si == 0 or a != tx.sents[si].start or doc[a].lower_ not in ("deren", "dessen") \
            or doc[b - 1].tag_ != "NN" or doc[b - 1]._.role_kind != "person" \
            or any(doc[k].tag_ != "ADJA" for k in range(a + 1, b - 1)):
        return None
    return _sentence_author(tx, si - 1, full_names, history, d)


def _member_in_own_voice(tx: _Text, rng: tuple[int, int]) -> tuple[str, str] | None:
    """„Ein Analyst der Commerzbank“, „laut einer Händlerin der Helaba“: an unnamed expert or employee of a named
    body gives a view of their own, not the body's statement (as „ein Sprecher der Bank“ does); the inventory
    names the person in the nominative („Analyst der Commerzbank“), several without article as a group
    („Forscher der Universität Leipzig“). (name, kind)"""
    doc = tx.doc
    a, b = rng
    bare = doc[a].tag_ == "NN"  # „Forscher der Universität Leipzig“ without article: several of them
    n = a if bare else a + 1
    if bare and b - a > 4 and doc[a + 1].lower_ == "und" and doc[a + 2].tag_ == "NN":
        n = a + 2  # „Forscherinnen und Forscher des Alfred-Wegener-Instituts“
    if b - n < 3 or not (bare or doc[a].lower_ in INDEFINITE) or doc[n].tag_ != "NN" \
            or doc[n + 1].lower_ not in ("der", "des") \
            or (body := next((e for e in tx.ents if e.label_ == "ORG" and e.start == n + 2
                              and _ends_mention(doc, e.end, b)), None)) is None:
        return None
    noun = doc[n].lemma_
    if not noun.lower().endswith(tuple(load_gazetteers().own_voice)):
        return None
    return (doc[a:body.end].text, "group") if bare else (f"{noun} {doc[n + 1:body.end].text}", "anonymous")


def _ends_mention(doc, end: int, b: int) -> bool:
    """Whether a name ending at ``end`` ends the mention, maybe with its acronym in brackets („… (AWI)“)."""
    return end == b or (b - end == 3 and doc[end].text == "(" and doc[b - 1].text == ")")


POSSESSIVES = {"sein": "er", "seine": "er", "seinem": "er", "seinen": "er", "seiner": "er", "seines": "er",
               "ihr": "sie", "ihre": "sie", "ihrem": "sie", "ihren": "sie", "ihrer": "sie", "ihres": "sie"}


def _pronoun_owned(tx: _Text, rng: tuple[int, int], history) -> tuple[str, str] | None:
    """„Ihr Sprecher“, „aus seinem Ministerium“: somebody or something of the person the possessive points to,
    named as „Sprecher von Angela Merkel“ so that the inventory tells whose people speak. (noun, owner)"""
    doc = tx.doc
    a, b = rng
    if b - a < 2 or doc[a].tag_ != "PPOSAT" or doc[a].lower_ not in POSSESSIVES or doc[b - 1].tag_ != "NN" \
            or doc[b - 1].lower_.endswith(INFO_NOUNS) or statement_label(doc[b - 1]) \
            or any(doc[k].tag_ != "ADJA" for k in range(a + 1, b - 1)):
        return None  # „Seiner Ansicht nach“, „Sein Fazit:“: his own words, resolved as the owner himself
    noun = doc[b - 1]
    subject = _sentence_subject(tx, tx.sent_of[a])
    if subject is not None and subject[0][1] <= a and _person_like(doc, subject[0]):
        # „Der Angeklagte ließ über seinen Anwalt erklären“: the possessive points to the subject before it
        name = next((_ent_name(e) for e in tx.ents if e.label_ == "PER" and subject[0][0] <= e.start < subject[0][1]),
                    None)
        return ((noun.lemma_ if noun.lemma_ and noun.lemma_[:1].isupper() else noun.text), name) if name else None
    found = _resolve_pronoun(tx, a, history, POSSESSIVES[doc[a].lower_])
    if found is None or found[1] != "person":
        return None  # „Die Grünen … Ihr Vorsitzender“: a group's member is left as written
    if _plural_mention(doc, rng):
        return noun.text, found[0]  # „Seine Fans schrieben“: several people, named in the plural
    return (noun.lemma_ if noun.lemma_ and noun.lemma_[:1].isupper() else noun.text), found[0]


def _named_after_owner(doc, a: int, persons) -> bool:
    """„Der Anwalt des Sängers Tom Weber, Max Kern“, „Der Trainer von Anna Roth, Max Kern“: the first name owns the
    role; the second, in apposition after a comma, is the role's bearer and speaks."""
    first, second = persons[:2]
    if doc[second.start - 1].text != "," or second.start != first.end + 1:
        return False
    k = first.start - 1
    if k > a and doc[k].tag_ == "NN":
        k -= 1  # „des Sängers Tom Weber“
    return k > a and doc[k].lower_ in ("von", "des", "der") \
        and any(doc[j].tag_ == "NN" and doc[j]._.role_kind == "person" for j in range(a, k))


def _plural_mention(doc, rng: tuple[int, int]) -> bool:
    """„Seine Fans schrieben“: a plural noun phrase, or one whose finite verb right after it is plural."""
    b = rng[1]
    return bool(_np_plural(doc, rng)) or (b < len(doc) and doc[b].tag_ in FINITE and bool(_verb_plural(doc[b])))


def _role_before_title(doc, first, second) -> bool:
    """„Lebensmittelrechtler Prof. Markus Engel“: a one-word „name“ followed by only a title and the next name is a
    role compound the tagger did not know; the name after the title speaks."""
    titles = load_gazetteers().titles
    return len(first) == 1 and first.end < second.start \
        and all(doc[k].lower_ in titles for k in range(first.end, second.start))


def _team_around(tx: _Text, rng: tuple[int, int]) -> str | None:
    """„ein Team um den Toxikologen Matthew Campen“ → „Team um Matthew Campen“: a group named after its leader
    (the group noun in the nominative, the leader's name without role)."""
    doc = tx.doc
    a, b = rng
    k = next((k for k in range(a + 1, b - 1) if doc[k].lower_ == "um" and team_noun(doc[k - 1])), None)
    leader = next((e for e in tx.ents if k is not None and e.label_ == "PER" and k < e.start and e.end <= b), None)
    if leader is None:
        return None
    noun = doc[k - 1].lemma_ if doc[k - 1].lemma_[:1].isupper() else doc[k - 1].text
    return f"{noun} um {_ent_name(leader)}"


def _joint_persons(doc, persons, frame) -> str | None:
    """„Trainer Kessler und Sportdirektor Baumann waren sich einig“, „Anna Roth von der Universität Jena und ihr
    Kollege Peter Klein schreiben, …“: two people joined by „und“ in one mention speak together — when only roles
    stand between them, or when the verb is plural; their names as the inventory shows them („Kessler und
    Baumann“)."""
    between = range(persons[0].end, persons[1].start) if len(persons) == 2 else range(0)
    if len(persons) != 2 or not any(doc[k].lower_ in ("und", "sowie") for k in between):
        return None
    if all(doc[k].tag_ in ("KON", "NN", "ART", "ADJA") for k in between):
        return f"{_ent_name(persons[0])} und {_ent_name(persons[1])}"
    fin = [doc[k] for k in frame.cue_tokens if doc[k].tag_ in FINITE] if frame is not None else []
    return f"{_ent_name(persons[0])} und {_ent_name(persons[1])}" if fin and _verb_plural(fin[0]) else None


def _before_bracket(doc, a: int, b: int) -> int:
    """The end of a mention before a bracket after a name („Friedrich Merz (CDU)“, „Vogt (SPD)“); the whole mention
    when the bracket opens it or follows no proper noun, or a name in apposition follows the bracket („der Präsident
    des Robert Koch-Instituts (RKI), Lars Schaade“, „Die Ratsvorsitzende der Evangelischen Kirche in Deutschland
    (EKD), Kirsten Fehrs“)."""
    k = next((k for k in range(a + 1, b) if doc[k].text == "("), None)
    if k is None or doc[k - 1].tag_ != "NE":
        return b
    close = next((j for j in range(k + 1, b) if doc[j].text == ")"), None)
    return b if close is not None and close + 2 < b and doc[close + 1].text == "," else k


def _make_speaker(tx: _Text, rng: tuple[int, int], full_names, history, d: _Draft) -> Speaker:
    doc = tx.doc
    a, b = rng
    mention_text = tx.text[doc[a].idx:doc[b - 1].idx + len(doc[b - 1].text)]
    span = (doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))
    b = _before_bracket(doc, a, b)  # „Merz (CDU)“: the party in brackets is the person's, not the name
    rng = (a, b)
    if (titled := _medium_title(tx, rng)) is not None:
        end, title = titled
        span = (doc[a].idx, doc[end - 1].idx + len(doc[end - 1].text))
        d.evidence.append(f"{_quoted_name_label(doc, (a, end))} mit Namen in Anführungszeichen: {title}")
        return Speaker([span], tx.text[span[0]:span[1]], title, "organisation")
    if (paper := _title_alone(tx, rng)) is not None:
        d.evidence.append(f"Medium mit Namen in Anführungszeichen: {paper}")
        return Speaker([span], mention_text, paper, "organisation")
    if b - a == 1 and (thing := _thing_pointed_at(tx, a)) is not None:
        bare = (thing[0] + 1, thing[1]) if doc[thing[0]].lower_ in INDEFINITE else thing  # „eine Karte“ → Karte
        ref = _make_speaker(tx, bare, full_names, history, d)
        d.evidence.append(f"„{mention_text}“ zeigt zurück auf: {doc[thing[0]:thing[1]].text}")
        if (author := _author_of_thing(tx, thing, full_names, history, d)) is not None:
            return Speaker([span], mention_text, author.name, author.kind)
        return Speaker([span], mention_text, ref.name, ref.kind)
    name, run = _name_parts(doc, rng)
    if b - a > 1 and _web_address(doc[b - 1]) and not any(e.label_ == "PER" and a <= e.start < b for e in tx.ents):
        # „dem Portal lebensmittelwarnung.de“: the site is named (not „Meteorologe X vom Portal wetter.net“: X is)
        d.evidence.append(f"Internetseite: {doc[b - 1].text}")
        return Speaker([span], mention_text, doc[b - 1].text, "organisation")
    if (team := _team_around(tx, rng)) is not None:
        d.evidence.append(f"„{team}“: die Gruppe spricht, nicht die genannte Person allein")
        return Speaker([span], mention_text, team, "group")
    ents = [e for e in tx.ents if e.start >= a and e.end <= b and e.label_ in ("PER", "ORG")]
    if (origin := _origin_span(doc, rng)) is not None:  # „Ein Landwirt aus Bayern“: where the person comes from
        d.evidence.append(f"„aus {doc[origin[0]:origin[1]].text}“ nennt die Herkunft, keinen Namen")
        ents = [e for e in ents if e.end <= origin[0]]
    if (placed := _body_at_place(doc, run)) is not None and all(e.label_ == "ORG" and e.end == run[0] for e in ents):
        ents = []  # „die Verbraucherzentrale Hamburg“: the listed body with its place
        name = placed
    if ents:
        persons = [e for e in ents if e.label_ == "PER"]
        if len(persons) > 1 and (_genitive_name(persons[0], full_names) or _role_before_title(doc, *persons[:2])
                                 or _named_after_owner(doc, a, persons)):
            persons = persons[1:]  # „Der Doktorvater zu Guttenbergs, Peter Häberle“: Häberle speaks
        if (pair := _joint_persons(doc, persons, d.frame)) is not None:
            d.evidence.append(f"mehrere Personen gemeinsam: {pair}")
            return Speaker([span], mention_text, pair, "group")  # „Trainer Kessler und Sportdirektor Baumann“
        if len(persons) > 1 and _joint_organisations(doc, persons) is not None:
            names = [_ent_name(p) for p in persons]
            joint = f"{', '.join(names[:-1])} und {names[-1]}"
            d.evidence.append(f"mehrere Personen gemeinsam: {joint}")
            return Speaker([span], mention_text, joint, "group")  # „Steinmeier, Macron und Tusk betonten …“
        ent = persons[0] if persons else ents[-1]
        name = _ent_name(ent)
        if not persons and (joint := _joint_organisations(doc, ents)) is not None:
            d.evidence.append(f"mehrere Quellen gemeinsam: {joint}")
            return Speaker([span], mention_text, joint, "group")  # „nach Hochrechnungen von ARD und ZDF“
    if b - a == 1 and doc[a].tag_ in ("PRELS", "PRELAT") and a > 0 and doc[a - 1].text == ",":
        floor = tx.sents[tx.sent_of[a]].start
        ante = _antecedent(doc, a - 1, floor)
        if ante is not None:
            ante = _person_before_phrase(doc, ante, floor) or ante
            ref = _make_speaker(tx, ante, full_names, history, d)
            d.evidence.append(f"Relativpronomen „{mention_text}“ → {ref.name or ref.text}")
            return Speaker([span], mention_text, ref.name or ref.text, ref.kind)
    if b - a == 1 and doc[a].lower_ == "beide" and (pair := _pair_before(tx, a)) is not None:
        d.evidence.append(f"„{mention_text}“ → {pair}")
        return Speaker([span], mention_text, pair, "group")
    if b - a == 1 and doc[a].tag_ in ("PPER",) and doc[a].lower_ in ("er", "sie", "ihn"):
        found = _resolve_pronoun(tx, a, history, "er" if doc[a].lower_ == "ihn" else None, content=d.tokens)
        if found is not None:
            d.evidence.append(f"Pronomen „{mention_text}“ → {found[0]}")
            return Speaker([span], mention_text, found[0], found[1])
        return Speaker([span], mention_text, "", "anonymous")
    if (told := _told_medium(tx, rng, d)) is not None:
        ref = _make_speaker(tx, (a, told), full_names, history, d)
        d.evidence.append(f"„{doc[told:b].text}“: Medium als Empfänger der Aussage (Dativ), nicht als Sprecher")
        return Speaker([span], mention_text, ref.name or ref.text, ref.kind)
    if b - a == 1 and doc[a].tag_ == "PPER" and doc[a].lower_ == "es" \
            and (body := _neuter_body_before(tx, a)) is not None:
        ref = _make_speaker(tx, body, full_names, history, d)
        d.evidence.append(f"„{mention_text}“ → {doc[body[0]:body[1]].text} (Institution im Neutrum)")
        return Speaker([span], mention_text, ref.name or ref.text, ref.kind)
    if b - a == 2 and doc[a].tag_ == "PPOSAT" and doc[a].lower_ in POSSESSIVES \
            and (doc[a + 1].lower_.endswith(INFO_NOUNS) or statement_label(doc[a + 1])):
        # „Seiner Ansicht nach …“, „Sein Fazit: …“: the owner is the person the pronoun points to
        found = _resolve_pronoun(tx, a, history, POSSESSIVES[doc[a].lower_])
        if found is not None:
            d.evidence.append(f"Possessivpronomen „{doc[a].text}“ → {found[0]}")
            return Speaker([span], mention_text, found[0], found[1])
    if (own := _own_statement_owner(tx, rng, full_names, history, d)) is not None:
        return Speaker([span], mention_text, own.name or own.text, own.kind)
    if (owned := _pronoun_owned(tx, rng, history)) is not None:
        d.evidence.append(f"Possessivpronomen „{doc[a].text}“ → {owned[1]}")
        kind = _speaker_kind(tx, rng, "")  # „Ihr Sprecher“ is a person left unnamed, like „ein Sprecher von X“
        if kind in ("person", "anonymous"):
            kind = "group" if _plural_mention(doc, rng) else "anonymous"  # „Seine Fans“: several people
        return _agent_of(span, mention_text, owned[0], owned[1], kind, d)
    if (earlier := _earlier_statements_owner(tx, rng, history)) is not None:
        d.evidence.append(f"„{mention_text}“: Angaben der zuvor zitierten Quelle → {earlier.name}")
        return Speaker([span], mention_text, earlier.name, earlier.kind)
    if (notice := _earlier_notice_owner(tx, rng, history)) is not None:
        d.evidence.append(f"„{mention_text}“ stammt von {notice[0].name} (zuvor: „{notice[1]}“)")
        return Speaker([span], mention_text, notice[0].name, notice[0].kind)
    if name:
        full = full_names.get(name.split()[-1], name) if len(name.split()) == 1 else name
        if full.endswith("s") and full[:-1] in full_names.values():
            full = full[:-1]
        kind = _speaker_kind(tx, rng, name)
        if (member := _member_in_own_voice(tx, rng)) is not None:
            return Speaker([span], mention_text, *member)
        if (alias := _nickname_of(tx, rng, history)) is not None:
            d.evidence.append(f"Spitzname „{mention_text}“ („wie … nennen“) → {alias[0]}")
            return Speaker([span], mention_text, alias[0], alias[1])
        if (role := _unnamed_agent_of(tx, rng)) is not None:
            return _agent_of(span, mention_text, role, full, "anonymous", d)
        if (owner := _genitive_owner(doc, rng, run)) is not None:
            return _agent_of(span, mention_text, doc[b - 1].lemma_, full_names.get(owner, owner), "anonymous", d)
        return Speaker([span], mention_text, full, kind)
    kind = _speaker_kind(tx, rng, "")
    if kind == "anonymous" and d.frame is not None and doc[a].lower_ not in ("ein", "eine", "einer", "man"):
        fin = [doc[k] for k in d.frame.cue_tokens if doc[k].tag_ in FINITE]
        if fin and fin[0].lower_.endswith("en"):
            kind = "group"
    if kind == "person" and _bare_plural_role(doc, rng, d.frame):
        kind = "group"
    words = mention_text.split()
    if words and words[0].lower() in ("der", "die", "das", "den", "dem", "des"):
        words = words[1:]
    words = _without_so_called(words)
    base = " ".join(words) or mention_text
    if b - a == 2 and doc[a].lower_ == "des" and doc[a + 1].tag_ == "NN" and doc[a + 1].lemma_ != doc[a + 1].text:
        base = doc[a + 1].lemma_  # „Nach Angaben des Veranstalters“: the source is „Veranstalter“
    elif b - a >= 2 and doc[a].lower_ in INDEFINITE_OBLIQUE and doc[a].tag_ == "ART" and doc[a + 1].tag_ == "NN":
        # „Nach Angaben eines Gerichtssprechers“, „laut einer Sprecherin des Gerichts“: the inventory names the
        # source in the nominative („ein Gerichtssprecher“, „eine Sprecherin des Gerichts“)
        rest = tx.text[doc[a + 2].idx:doc[b - 1].idx + len(doc[b - 1].text)] if b - a > 2 else ""
        base = " ".join(w for w in (INDEFINITE_OBLIQUE[doc[a].lower_], doc[a + 1].lemma_, rest) if w)
    if (title := _quoted_title(base)) is not None:
        return Speaker([span], mention_text, title, "organisation")  # „Das „Hamburger Abendblatt“ schrieb“
    if (owner := _statement_owner(base)) is not None:
        d.evidence.append(f"„{base}“ stammt von: {owner}")
        return Speaker([span], mention_text, owner, _owner_kind(owner))
    if (paper := _document_of(doc, rng)) is not None:
        if paper[1] is None and (owner := _study_owner_before(tx, rng)) is not None:
            d.evidence.append(f"Bezeichnung „{mention_text}“ → zuvor genannt als „{owner[1]}“")
            return Speaker([span], mention_text, owner[0], "organisation")  # „laut der Studie“ → Universität X
        if paper[1] is None and doc[a].tag_ == "PPOSAT" \
                and (found := _resolve_pronoun(tx, a, history, POSSESSIVES[doc[a].lower_])) is not None:
            d.evidence.append(f"Possessivpronomen „{doc[a].text}“ → {found[0]}")  # „in seiner Stellungnahme“
            return Speaker([span], mention_text, found[0], found[1])
        if paper[1] is None and (author := _author_before(tx, rng, full_names, history, d)) is not None:
            d.evidence.append(f"„{mention_text}“ ohne Verfasser: Handelnder des vorigen Satzes → {author.name}")
            return Speaker([span], mention_text, author.name, author.kind)
        if paper[1] is None:
            return Speaker([span], mention_text, paper[0], kind)  # „In einer Erklärung heißt es“ → Erklärung
        if (body := _body_referent(tx, (b - 2, b), ("der", "des"))) is not None:  # „in einer Mitteilung des Vereins“ → FC Bayern
            d.evidence.extend([f"„{paper[0]}“ stammt von: {body[0]}", body[1]])
            return Speaker([span], mention_text, body[0], "organisation")
        if _plural_people(doc, b - 1) or _genitive_plural_er(doc, b - 1):  # „der Commerzbank-Ökonomen“: several
            d.evidence.append(f"„{paper[0]}“ stammt von: {doc[b - 1].text}")
            return Speaker([span], mention_text, doc[b - 1].text, "group")
        d.evidence.append(f"„{paper[0]}“ stammt von: {paper[1]}")
        role = any(paper[1].lower().endswith(r) for r in ROLE_SUFFIXES)  # „des Ministers“ is a person
        return Speaker([span], mention_text, paper[1], "person" if role else "organisation")
    if (body := _body_of_spokesperson(tx, rng)) is not None:  # „ein Sprecher des Unternehmens“ → Schaeffler
        d.evidence.append(body[1])
        return Speaker([span], mention_text, body[0], _speaker_kind(tx, rng, body[0]))
    if (owner := _demonstrative_owner(tx, rng, full_names, history, d)) is not None:
        return _agent_of(span, mention_text, doc[b - 1].text, owner.name, "anonymous", d)
    # a role noun alone („die Sprecherin“): the last named speaker with that role in the text; an indefinite
    # mention („ein Sprecher“) is somebody new
    pronoun = b - a == 1 and doc[a].tag_ in ("PDS", "ART")  # „Die habe gesagt“ names no role
    for _si, sp, _g in reversed(history) if doc[a].lower_ not in INDEFINITE and not pronoun else ():
        if sp.name and base and _names_role(sp.text, base) and sp.name not in (base, _plain_name(doc, a, b, base)):
            d.evidence.append(f"Rolle „{mention_text}“ → {sp.name}")
            return Speaker([span], mention_text, sp.name, sp.kind)
    if (body := _bare_spokesperson_body(tx, rng, full_names, history, d)) is not None:
        where = "vor dem Doppelpunkt" if a > 0 and doc[a - 1].text == ":" else "im Satz davor"
        d.evidence.append(f"„{mention_text}“ spricht für {body.name} ({where} genannt)")
        return Speaker([span], mention_text, body.name, kind)
    if (intro := _introduced_by_age(tx, rng)) is not None:
        d.evidence.append(intro[1])
        return Speaker([span], mention_text, intro[0], "anonymous")
    if (named := _titled_referent(tx, rng) or _epithet_referent(tx, rng, history, d.tokens)
            or _headline_role_referent(tx, rng) or _role_of_subject_before(tx, rng)) is not None:
        d.evidence.append(named[1])
        return Speaker([span], mention_text, named[0], "person")
    if (body := _body_referent(tx, rng) or _medium_referent(tx, rng)) is not None:
        d.evidence.append(body[1])
        return Speaker([span], mention_text, body[0], "organisation")
    if (office := _office_of_titled(tx, rng)) is not None:
        return _agent_of(span, doc[b - 3:b].text, doc[b - 3].text, office, "anonymous", d, mention_text)
    if base.endswith("kreisen") and " " not in base:
        base = base[:-1]  # „aus Regierungskreisen“ → Regierungskreise: the inventory names the nominative
    elif _dative_plural(doc, rng):
        return Speaker([span], mention_text, doc[a].lemma_, "group")  # „Händlern zufolge“ → Händler
    elif (plural := _dative_plural_in_en(doc, rng)) is not None:
        return Speaker([span], mention_text, plural, "group")  # „nach Einschätzung von Volkswirten“ → Volkswirte
    return Speaker([span], mention_text, _plain_name(doc, a, b, base), kind)


def _plain_name(doc, a: int, b: int, base: str) -> str:
    """The inventory name of a description: „Der ukrainische Generalstab“ → „ukrainischer Generalstab“."""
    return without_article(doc, a, b) if doc[a].lower_ in STRONG_ENDINGS and base == doc[a + 1:b].text else base


#: The nominative of an indefinite article in the genitive or dative („eines/einem Sprecher(s)“, „einer Sprecherin“).
INDEFINITE_OBLIQUE = {"eines": "ein", "einem": "ein", "einer": "eine"}

SO_CALLED = ("sogenannte", "sogenannten", "sogenannter", "sogenanntes", "selbsternannte", "selbsternannten",
             "selbst ernannte", "selbst ernannten", "so genannte", "so genannten")


def _without_so_called(words: list[str]) -> list[str]:
    """„die sogenannte „Freie-Fahrt-Initiative““ → Freie-Fahrt-Initiative: the writer's distance is no part of a name."""
    for n in (1, 2):
        if len(words) > n and " ".join(words[:n]).lower() in SO_CALLED:
            return words[n:]
    return words


#: Texts that speak for their authors besides the information nouns: „in einem offenen Brief“, „in einem Beitrag“.
PAPER_NOUNS = ("brief", "beitrag", "post", "video", "schreiben", "aufruf", "petition", "papier", "pressemitteilung",
               "bericht", "studie", "gutachten", "vorlage", "antrag", "protokoll", "dokument", "konzept",
               "resolution", "stellungnahme")


#: Nouns of a judgement given by its owner in the genitive („Das Urteil der Tester:“, „Das Fazit der Prüfer:“).
VERDICT_NOUNS = ("urteil", "fazit")


def _joint_organisations(doc, ents) -> str | None:
    """„ARD und ZDF“, „Polizei, Feuerwehr und THW“: organisations (or persons) joined by „und“ speak together (was:
    the last); the words from the first to the last."""
    if len(ents) < 2:
        return None
    gaps = [doc[ents[i].end:ents[i + 1].start] for i in range(len(ents) - 1)]
    if not all(len(g) == 1 and g[0].lower_ in (",", "und", "sowie") for g in gaps) or gaps[-1][0].text == ",":
        return None
    return doc[ents[0].start:ents[-1].end].text


def _document_of(doc, rng: tuple[int, int]) -> tuple[str, str | None] | None:
    """„einer Erklärung“ → (Erklärung, None), „einer Mitteilung der Partei“ → (Mitteilung, Partei): a statement
    named with its article and maybe the one noun it comes from, so the inventory lists the author, not „einer …“."""
    a, b = rng
    bare = doc[a].tag_ == "NN" and a > 0 and doc[a - 1].tag_ == "APPRART"  # „im Jahresbericht der Stiftung“
    possessive = doc[a].tag_ == "PPOSAT" and doc[a].lower_ in POSSESSIVES  # „in seiner neuen Stellungnahme“
    if doc[a].lower_ not in (*INDEFINITE, "der", "die", "das", "den", "dem", "des") and not bare and not possessive:
        return None
    k = _participle_attribute_end(doc, a + 1, b) if not bare else a
    while k < b and doc[k].tag_ == "ADJA":
        k += 1  # „in einem offenen Brief“, „in einem weiteren Beitrag“
    if k >= b or doc[k].tag_ != "NN" or not (doc[k].lower_ in INFO_NOUNS or doc[k].lower_.endswith(PAPER_NOUNS)
                                             or doc[k].lower_.endswith(VERDICT_NOUNS)):
        return None
    noun = doc[k]
    if b - k == 1:
        return noun.text, None
    if b - k != 3 or doc[k + 1].lower_ not in GENITIVE_ARTICLES or doc[k + 2].tag_ != "NN":
        return None
    owner = doc[k + 2]
    return noun.text, owner.lemma_ if owner.lemma_ and owner.lemma_[:1].isupper() else owner.text


def _participle_attribute_end(doc, k: int, b: int) -> int:
    """„einer am Donnerstag veröffentlichten Stellungnahme“: after an article, an extended participle attribute
    (adverbs, prepositional phrase, participle) before the noun; the index of the participle (``k`` when none)."""
    for j in range(k, min(b - 1, k + 8)):
        if doc[j].tag_ == "ADJA" and doc[j + 1].tag_ == "NN":
            inner = all(doc[m].tag_ in ("ADV", "ADJD", "APPR", "APPRART", "ART", "NN", "NE", "CARD") for m in range(k, j))
            return j if inner else k
    return k


#: Nouns of a study or survey that a later definite mention („laut der Untersuchung“) may take up.
STUDY_NOUNS = ("studie", "untersuchung", "analyse", "auswertung", "umfrage", "befragung", "gutachten", "erhebung")


def _study_owner_before(tx: _Text, rng: tuple[int, int]) -> tuple[str, str] | None:
    """„Eine Studie der Universität Heidelberg … Laut der Untersuchung …“: a definite study noun without an author
    takes up the study introduced before with an organisation in the genitive. (name, how it was introduced)"""
    doc = tx.doc
    a, b = rng
    if doc[a].lower_ not in ("der", "die", "das") or not doc[b - 1].lower_.endswith(STUDY_NOUNS):
        return None
    floor = tx.sents[max(0, tx.sent_of[a] - 8)].start
    for ent in sorted((e for e in tx.ents if e.label_ == "ORG" and floor <= e.start and e.end <= a),
                      key=lambda e: -e.start):
        if ent.start >= 2 and doc[ent.start - 1].lower_ in ("der", "des") \
                and doc[ent.start - 2].lower_.endswith(STUDY_NOUNS):
            return _ent_name(ent), doc[ent.start - 2:ent.end].text
    return None

CIRCLES = ("kreise", "kreisen")  # Regierungskreise, Diplomatenkreise, Koalitionskreise
INDEFINITE = ("ein", "eine", "einer", "einem", "einen", "eines")


def _bare_plural_role(doc, rng: tuple[int, int], frame) -> bool:
    """„Wirtschaftsvertreter warnten vor Schäden“, „Wie die Forscher berichten“: a role noun without an article (or
    after „die“) before a plural verb is several people; „Forscher“ looks the same in both numbers."""
    a, b = rng
    if b - a == 2 and doc[a].lower_ == "die" and not doc[b - 1].lower_.endswith("in"):
        a += 1  # „Wie die Forscher berichten“: „die“ before a masculine person noun is the plural article
    if frame is None or b - a != 1 or doc[a].tag_ != "NN":
        return False
    fin = [doc[k] for k in frame.cue_tokens if doc[k].tag_ in FINITE]
    return bool(fin) and bool(_verb_plural(fin[0]))


def _plural_people(doc, k: int) -> bool:
    """„der Ökonomen“, „der Commerzbank-Experten“: a person noun after „der“ in a form other than its base form is
    the genitive plural — several people, not one (nor a body named after them)."""
    t = doc[k]
    return k > 0 and doc[k - 1].lower_ == "der" and t.tag_ == "NN" and t._.role_kind in ("person", "group") \
        and t.text != t.lemma_ and not t.lower_.endswith("in")


def _genitive_plural_er(doc, k: int) -> bool:
    """„Das Fazit der Tester“, „das Urteil der Prüfer“: a masculine person noun in „-er“ after a genitive „der“ is
    the plural (the singular would be „des Testers“) — several people, not an organisation."""
    t = doc[k]
    return k > 0 and doc[k - 1].lower_ == "der" and _person_noun(t) and t.lower_.endswith("er") \
        and not t.lower_.endswith(("mutter", "tochter", "schwester"))


def _dative_plural(doc, rng: tuple[int, int]) -> bool:
    """„Händlern zufolge“, „laut Beobachtern“, „nach Angaben von Anwohnern“: a bare role noun in the dative plural
    (the nominative plural of a noun in „-er“/„-el“ plus „-n“) is several people, named in the nominative."""
    a, b = rng
    t = doc[a]
    return b - a == 1 and t.tag_ == "NN" and (t._.role_kind in ("person", "group") or (
        t._.role_kind is None and t.lemma_.endswith("er") and not names_body(t.lower_) and not org_head(t.text))) \
        and t.lemma_.endswith(("er", "el")) and t.text == t.lemma_ + "n"  # „von Verbraucherschützern“


def _dative_plural_in_en(doc, rng: tuple[int, int]) -> str | None:
    """„nach Einschätzung von Volkswirten“, „laut Betriebswirten“: a bare person noun in „-en“ whose plural in „-e“
    the tagger knows is the dative plural of several people; the inventory names them in the nominative."""
    a, b = rng
    t = doc[a]
    if b - a != 1 or t.tag_ != "NN" or t._.role_kind != "person" or t.text != t.lemma_ + "en":
        return None
    return t.lemma_ + "e" if (t.lemma_ + "e").lower() in hanta().cache else None


def _names_role(mention: str, role: str) -> bool:
    """„Minister“ is the role of „Innenminister Karl Berg“ but not of „Außenministerin Anna Roth“: the role
    must end a word of the earlier mention, so the feminine „-in“ (another person) does not count."""
    low, role = mention.lower(), role.lower()
    k = low.find(role)
    while k >= 0:
        end = k + len(role)
        if end == len(low) or not low[end].isalpha():
            return True
        k = low.find(role, k + 1)
    return False




#: Epithets of one grammatical gender for people of either gender („der Star Taylor Swift“).
EPICENE_EPITHETS = ("star", "neuzugang")


def _epithet(tok) -> str | None:
    """The noun of „der CDU-Politiker“, „die Schwedin“, „der 54-Jährige“ (``epithets.txt``; compounds count)."""
    if AGE_NOUN.fullmatch(tok.text):
        return "jährige"
    words = load_gazetteers().epithets
    prefix, _, head = tok.text.rpartition("-")
    low = head.lower()  # the whole word („der Pole“, „die Irin“), else the tail of a compound of five letters or more
    found = low if low in words else next((low[k:] for k in range(len(low) - 4) if low[k:] in words), None)
    if found is None and prefix[:1].isupper() and prefix.lower() != "ex" and tok._.role_kind == "person":
        return head.lower()  # „der CDU-Vorsitzende“, „die SPD-Chefin“: a role tied to a party or country
    if found is None and (_place_demonym(head) or tok.text == f"{tok.lemma_}er" and tok.lemma_.lower() not in
                          hanta().cache):
        return low  # „sagte der Hamburger“, „die Kölnerin“, „der gebürtige Weilheimer“ (lemma: the place)
    return found


def _place_demonym(word: str) -> bool:
    """„Hamburger“, „Kölnerin“, „Münchner“, „Bremer“: somebody from a listed place (the place's name plus „-er“,
    or without its „-en“ ending)."""
    stem = word[:-4] if word.endswith("erin") else word[:-2] if word.endswith("er") else None
    if not stem or not stem[:1].isupper():
        return False
    names = load_gazetteers().names
    return any((e := names.get(place)) is not None and e.label == "LOC" for place in (stem, stem[:-1] + "en",
                                                                                        stem + "en"))


def _description(doc, rng: tuple[int, int], articles=("der", "die")):
    """The noun of a definite description with nothing but adjectives before it („der frühere Minister“), or an
    adverb that dates them („die heute 72-Jährige“, „der damals junge Soldat“)."""
    a, b = rng
    if b - a < 2 or doc[a].lower_ not in articles or doc[b - 1].tag_ != "NN" \
            or any(doc[k].tag_ != "ADJA" and not (doc[k].tag_ == "ADV" and k + 1 < b and doc[k + 1].tag_ in
                                                  ("ADJA", "NN")) for k in range(a + 1, b - 1)):
        return None
    return doc[b - 1]


def _titled_referent(tx: _Text, rng: tuple[int, int]) -> tuple[str, str] | None:
    """„…, sagte die Premierministerin“: a definite role noun alone names the person introduced with that role
    before („Premierministerin Theresa May“), even when that person has not spoken yet. (name, evidence)"""
    doc = tx.doc
    a = rng[0]
    head = _description(doc, rng)
    if head is None or head._.role is None or head._.role_kind != "person":
        return None
    floor = tx.sents[max(0, tx.sent_of[a] - 15)].start
    before = sorted((e for e in tx.ents if e.end <= a and e.start > floor), key=lambda e: -e.start)
    found = _introduced_as(doc, head.lower_, before) or _introduced_with_genitive(doc, head.lower_, before)
    return (found[0], f"Rolle „{doc[a:rng[1]].text}“ → zuvor genannt als „{found[1]}“") if found else None


def _role_of_subject_before(tx: _Text, rng: tuple[int, int]) -> tuple[str, str] | None:
    """„Sikorski antwortete ausweichend. Das Thema sei nicht erledigt, sagte der Minister.“: a definite role noun
    nobody was introduced with takes up the named person of fitting gender who is the subject of the sentence
    before, with nobody else named in between. (name, evidence)"""
    doc = tx.doc
    a, b = rng
    head = _description(doc, rng)
    si = tx.sent_of[a]
    if head is None or head._.role_kind != "person" or si == 0 or (want := _gender(doc, rng)) is None \
            or want == "f" and not head.lower_.endswith(("in", "frau")) or _epithet(head) is not None:
        return None  # „die Wissenschaftler“: a plural; „der SPD-Politiker“: an epithet, resolved as such
    found = _sentence_subject(tx, si - 1)
    if found is None:
        return None
    subj = found[0]
    persons = [e for e in tx.ents if e.label_ == "PER" and tx.sents[si - 1].start <= e.start < a]
    if len(persons) != 1 or not (subj[0] <= persons[0].start and persons[0].end <= subj[1]) \
            or _ent_gender(doc, persons[0]) not in (want, None):
        return None
    name = _ent_name(persons[0])
    if any(_ent_name(e) == name and _other_role_before(doc, e.start, head) for e in tx.ents
           if e.label_ == "PER" and e.end <= a):
        return None  # „AfD-Landeschef Jörg Urban … Urban sprach … Der Regierungschef verwies“: someone else
    return name, f"Rolle „{doc[a:b].text}“ → Subjekt des Satzes davor: {name}"


def _other_role_before(doc, k: int, head) -> bool:
    """Whether the name at ``k`` follows another role noun („Der Angeklagte Max Müller“ is no „Verteidiger“)."""
    before = doc[k - 1] if k > 0 else None
    return before is not None and before.tag_ == "NN" and before._.role is not None \
        and not before.lower_.endswith(head.lower_) and "kolleg" not in before.lower_  # „Amtskollege“: same office


def _nameless_verlauten(tx: _Text, frame: _Frame) -> bool:
    """„Wie verlautete, sprachen beide auch über …“: „verlauten“ with no source names nobody on purpose, so the
    speaker of the quotation before is not carried over („wie es weiter verlautete“ goes on with that source)."""
    doc = tx.doc
    return frame.lemma == "verlauten" and frame.speaker is None and frame.cue_tokens != [] and not any(
        doc[k].lower_ == "weiter" for k in range(max(frame.cue_tokens[0] - 3, 0), frame.cue_tokens[-1] + 2))


def _headline_role_referent(tx: _Text, rng: tuple[int, int]) -> tuple[str, str] | None:
    """„Landrätin: «Wir brauchen mehr Personal»“ over the article: a bare role noun before a colon in the first
    sentence names the person the text introduces with that role („Landrätin Elisabeth Wagner“). (name, evidence)"""
    doc = tx.doc
    a, b = rng
    if b - a != 1 or tx.sent_of[a] != 0 or doc[a]._.role_kind != "person" or b >= len(doc) or doc[b].text != ":":
        return None
    found = _introduced_as(doc, doc[a].lower_, (e for e in tx.ents if e.start > b))
    return (found[0], f"Überschrift: Rolle „{doc[a].text}“ → im Text genannt als „{found[1]}“") if found else None


def _introduced_as(doc, role: str, ents) -> tuple[str, str] | None:
    """The first person of ``ents`` written right after a noun ending in ``role`` („Landrätin Elisabeth Wagner“ for
    „landrätin“): (name, the noun and name as written)."""
    for ent in ents:
        k = ent.start - 1
        if ent.label_ == "PER" and k >= 0 and doc[k].tag_ == "NN" and doc[k].lower_.endswith(role):
            return _ent_name(ent), f"{doc[k].text} {ent.text}"
    return None


def _introduced_with_genitive(doc, role: str, ents) -> tuple[str, str] | None:
    """„der Amtsleiter“ after „Der Leiter des Tiefbauamts, Michael Rauscher“, „der Vereinsvorsitzende“ after „Die
    Vorsitzende des Vereins, …“: the compound joins the genitive's noun to the role. (name, the words as written)"""
    for ent in ents:
        k = ent.start - 1
        if ent.label_ != "PER" or k < 3 or doc[k].text != "," or doc[k - 2].lower_ not in ("des", "der") \
                or doc[k - 1].tag_ != "NN" or doc[k - 3].tag_ != "NN" or doc[k - 3]._.role_kind != "person":
            continue
        base = doc[k - 3].lower_
        if role != base and role.endswith(base) and _compound_part_of(role[:-len(base)], doc[k - 1].lower_):
            return _ent_name(ent), doc[k - 3:ent.end].text
    return None


def _compound_part_of(part: str, genitive: str) -> bool:
    """Whether ``part`` („amts“, „schul“, „vereins“) is the end of the genitive noun („Tiefbauamts“, „Grundschule“,
    „Vereins“) as it stands in a compound, with or without the joining „s“ or the final „e“."""
    stems = {genitive, genitive.removesuffix("s"), genitive.removesuffix("es"), genitive.removesuffix("e")}
    parts = {part, part.removesuffix("s"), part + "e"}
    return len(part) >= 3 and any(stem.endswith(p) and len(p) >= 3 for stem in stems for p in parts)


def _agent_of(span, mention_text: str, noun: str, owner: str, kind: str, d: _Draft, shown: str | None = None) -> Speaker:
    """„Sprecher von Angela Merkel“, „Büro von Anton Mattle“, „Mutter von …“: somebody who speaks for (or belongs to
    the family of) a named person, not that person; ``mention_text`` is the words quoted in the evidence."""
    tie = "gehört zur Familie von" if noun.lower() in load_gazetteers().kin else "spricht für"
    d.evidence.append(f"„{mention_text}“: {tie} {owner}, ist aber nicht {owner} selbst")
    return Speaker([span], shown or mention_text, f"{noun} von {owner}", kind)


#: People and offices around a person that speak for him or her („aus dem Büro des Ministers“).
OFFICE_NOUNS = ("büro", "umfeld", "kabinett", "stab", "team")


def _office_of_titled(tx: _Text, rng: tuple[int, int]) -> str | None:
    """„hieß es aus dem Büro des Landeshauptmannes“: the office of a person named before with that role speaks
    for the person, as „ein Sprecher von X“ does; that person's name (the office ends the mention)."""
    doc = tx.doc
    a, b = rng
    if b - a < 3 or doc[b - 2].lower_ != "des" or doc[b - 3].lower_ not in OFFICE_NOUNS or doc[b - 1].tag_ != "NN":
        return None
    role = doc[b - 1].lemma_.lower()
    if load_gazetteers().roles.get(role, ("",))[0] != "person":
        return None
    persons = {e.start: e for e in tx.ents if e.label_ == "PER" and e.end <= a}
    for k in range(a - 1, tx.sents[max(0, tx.sent_of[a] - 15)].start - 1, -1):
        if doc[k].tag_ == "NN" and doc[k].lower_.endswith(role) and (ent := persons.get(k + 1)) is not None:
            return _ent_name(ent)
    return None


def _body_referent(tx: _Text, rng: tuple[int, int], articles=("der", "die", "das", "des", "dem")) -> tuple[str, str] | None:
    """„Der Softwarekonzern SAP … Das Unternehmen begründete …“, „Die Gewerkschaft Verdi … teilte die Gewerkschaft
    mit“: a definite organisation noun alone names the organisation introduced with that noun (or, for „das
    Unternehmen“, any organisation noun) in the sentences before. (name, evidence)"""
    doc = tx.doc
    a, b = rng
    head = _description(doc, rng, articles)
    if head is None or (head._.role_kind != "organisation"  # „des Wetterdienstes“: the genitive by its lemma
                        and load_gazetteers().roles.get(head.lemma_.lower(), ("",))[0] != "organisation"):
        return None
    noun = _body_noun(head, doc[a].lower_)
    floor = tx.sents[max(0, tx.sent_of[a] - 8)].start
    for ent in sorted((e for e in tx.ents if e.label_ == "ORG" and floor <= e.start and e.end <= a),
                      key=lambda e: -e.start):
        before = doc[ent.start - 1] if ent.start > 0 else None
        intro = [t for t in ent if t.tag_ == "NN"] + ([before] if before is not None and before.tag_ == "NN" else [])
        listed = getattr(ent._, "kind", None) if ent.has_extension("kind") else None
        if _ent_name(ent) in BODY_NAMES.get(noun, ()) \
                or listed is not None and listed in BODY_KINDS.get(noun, ("company",) if noun in GENERIC_BODIES else ()) or any(
                t.lower_.endswith(noun) or noun in GENERIC_BODIES and t._.role_kind == "organisation" for t in intro) \
                or _spelt_out(ent, noun, doc[a].lower_):
            name = _ent_name(ent)
            shown = f"{before.text} {ent.text}" if before is not None and before.tag_ == "NN" else ent.text
            return name, f"Bezeichnung „{doc[a:b].text}“ → zuvor genannt als „{shown}“"
    return None


def _spelt_out(ent, noun: str, article: str) -> bool:
    """„Der DWD warnte … nach Angaben des Wetterdienstes“: a short name whose listed full name (Deutscher
    Wetterdienst) ends in the organisation noun, in the genitive after „des“ too."""
    full = _ent_name(ent).lower()
    stems = [noun] + [noun[:-len(e)] for e in ("es", "s") if article == "des" and noun.endswith(e)]
    if full != ent.text.lower() and any(len(stem) > 4 and full.endswith(stem) for stem in stems):
        return True
    # „Das DLR … teilte das Zentrum mit“: a word of a listed long name of the same body („Deutsches Zentrum für …“)
    names = _listed_names().get(_ent_name(ent), ())
    return any(len(stem) > 4 and w.endswith(stem) for name in names for w in name.lower().split() for stem in stems)


@lru_cache(maxsize=1)
def _listed_names() -> dict[str, tuple[str, ...]]:
    """Every listed organisation name by its canonical name („DLR“ → „Deutsche Zentrum für Luft- und Raumfahrt“ …)."""
    out: dict[str, list[str]] = {}
    for name, entry in load_gazetteers().names.items():
        if entry.label == "ORG" and name != entry.canonical:
            out.setdefault(entry.canonical, []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def _body_of_spokesperson(tx: _Text, rng: tuple[int, int]) -> tuple[str, str] | None:
    """„Ein Sprecher des Unternehmens“, „eine Sprecherin der Airline“: the spokesperson of a body named before by its
    noun speaks for that body, as „ein Sprecher von Schaeffler“ does. (name, evidence)"""
    doc = tx.doc
    a, b = rng
    if b - a != 4 or doc[a].lower_ not in INDEFINITE + ("der", "die") or doc[a + 1].tag_ != "NN" \
            or doc[a + 1]._.role_kind != "person" or doc[a + 2].lower_ not in ("des", "der"):
        return None
    return _body_referent(tx, (a + 2, b), ("der", "des"))


def _body_noun(head, article: str) -> str:
    """The organisation noun in the nominative: „nach Angaben des Unternehmens“ → unternehmen, „laut dem
    Konzern“ → konzern (the genitive „-s“/„-es“ dropped after „des“), „der US-Raumfahrtbehörde“ → behörde."""
    low = head.lower_
    if article == "des":
        for ending in ("es", "s"):
            if low.endswith(ending) and low[: -len(ending)] in (*GENERIC_BODIES, *BODY_KINDS, *BODY_NAMES):
                return low[: -len(ending)]
    if low not in BODY_KINDS and low not in GENERIC_BODIES and low not in BODY_NAMES:
        # „der US-Raumfahrtbehörde“ → behörde: a compound names its kind of body by its last part
        return next((k for k in COMPOUND_BODY_HEADS if low.endswith(k)), low)
    return low


# nouns that can stand for any organisation introduced before („Der Chipkonzern TSMC … Das Unternehmen …“,
# „Die Ständige Impfkommission … teilte das Gremium mit“) or for a listed company („Die Deutsche Telekom … gab der
# Konzern bekannt“)
GENERIC_BODIES = ("unternehmen", "konzern", "gremium")
# nouns that stand for an organisation of these kinds in organisations.tsv („Die EZB … Die Notenbank erklärte …“,
# „Der Sachverständigenrat … Das Gremium warnte …“)
BODY_KINDS = {"notenbank": ("bank",), "zentralbank": ("bank",), "gewerkschaft": ("trade_union",),
              "behörde": ("agency",), "verein": ("club", "association"), "klub": ("club",), "club": ("club",),
              "verband": ("association", "ngo"), "organisation": ("ngo", "international", "association"), "airline": ("company",), "fluggesellschaft": ("company",),
              "hersteller": ("company",), "automobilclub": ("association", "club"), "autoclub": ("association", "club"), "autobauer": ("company",), "zulieferer": ("company",),
              "fluglinie": ("company",), "kasse": ("insurer",), "krankenkasse": ("insurer",), "weltraumagentur": ("international", "agency"),
              "raumfahrtagentur": ("international", "agency"), "plattform": ("company",),
              "gremium": ("agency", "institute", "government", "parliament", "international", "court")}
# bodies a noun stands for although their name does not end in it: the Auswärtiges Amt is Germany's foreign ministry
BODY_NAMES = {"ministerium": ("Auswärtiges Amt",)}


# last parts of compounds that keep the kind of body („US-Raumfahrtbehörde“, „Lokführergewerkschaft“, „US-Konzern“); a
# „Förderverein“ or „Fanclub“ is a body of its own, not the club named before
COMPOUND_BODY_HEADS = ("raumfahrtagentur", "weltraumagentur", "fluggesellschaft", "zentralbank", "notenbank",
                       "gewerkschaft", "behörde", "airline", "konzern", "unternehmen", "hersteller", "autobauer",
                       "zulieferer")


def _epithet_referent(tx: _Text, rng: tuple[int, int], history, content=()) -> tuple[str, str] | None:
    """„…, sagte der CDU-Politiker“: a definite description with no name of its own refers back to the nearest
    named person before it whose gender fits, and whose party it names if it names one; not to a person named in
    the quotation's own ``content`` or in a title. (name, evidence)"""
    doc = tx.doc
    a, b = rng
    if (head := _description(doc, rng, ("der", "die", "das"))) is None or (noun := _epithet(head)) is None:
        return None
    feminine = noun.endswith("in") and noun not in ("jährige",)
    if feminine != (doc[a].lower_ == "die") and not (doc[a].lower_ == "die" and noun.endswith("e")):
        return None  # „der Politikerin“ (genitive), „die Politiker“ (plural)
    want = "f" if doc[a].lower_ == "die" else "m" if doc[a].lower_ == "der" else None  # „das Kirchenoberhaupt“
    if noun.endswith(EPICENE_EPITHETS):
        want = None  # „der Superstar“, „der Neuzugang“: masculine nouns for people of either gender
    prefix = head.text.rpartition("-")[0]
    party = prefix[:-1] if prefix.endswith("n") and len(prefix) > 4 else prefix  # Grünen → Grüne
    party = party if party[:1].isupper() and not party[:1].isdigit() and party.lower() not in ("ex",) else ""
    floor = max(0, tx.sent_of[a] - 8)
    cands: list[tuple[int, str, str | None, tuple[int, int]]] = []
    for ent in tx.ents:
        if ent.label_ == "PER" and ent.end <= a and tx.sent_of[ent.start] >= floor \
                and not _not_present(tx, ent, content):
            cands.append((ent.start, _ent_name(ent), _ent_gender(doc, ent), (ent.start, ent.end)))
    for _si, sp, g in history:
        k = _tok_range(doc, sp.spans[0])
        if sp.kind == "person" and " " in (sp.name or "") and k[1] <= a and tx.sent_of[k[0]] >= floor:
            cands.append((k[0], sp.name, g, k))
    fitting = [c for c in sorted(cands, key=lambda c: -c[0]) if want is None or c[2] in (want, None)]
    cands = _without_kin_named(doc, _not_talked_about(tx, fitting, content), noun)

    def near(c, test) -> bool:
        return any(test(doc[k]) for k in range(max(0, c[3][0] - 3), min(len(doc), c[3][1] + 3)))

    why = " mit passendem Geschlecht" if want else " genannte Person"
    if party:
        # the person named with that party anywhere before („CDU-Fraktionschef Markus Weber“), else the nearest
        # person named with no organisation beside them
        earlier = [(e.start, _ent_name(e), None, (e.start, e.end)) for e in tx.ents if e.label_ == "PER" and e.end <= a]
        linked = {w for c in (*cands, *earlier) if near(c, lambda t: t.text.lstrip("(").startswith(party))
                  for w in (c[1], c[1].split()[-1])}  # „Michael Kretschmer (CDU)“ in the lead, far above
        if any(c[1] in linked or c[1].split()[-1] in linked for c in cands):
            cands = [c for c in cands if c[1] in linked or c[1].split()[-1] in linked]
            why = f" mit „{party}“ genannt"
        else:
            cands = [c for c in cands if not near(c, lambda t: t.ent_type_ == "ORG")]
    if noun == "jährige" and (age := re.match(r"\d+", head.text)) is not None:
        # „der 25-Jährige“ after „Jonas Wind (25)“ and „Ralph Hasenhüttl (57)“: the person of that age
        ages = {c[0]: _stated_age(doc, c[3]) for c in cands}
        if any(ages[c[0]] == int(age.group()) for c in cands):
            cands = [c for c in cands if ages[c[0]] == int(age.group())]
            why = f" mit dem Alter {age.group()} genannt"
        else:
            cands = [c for c in cands if ages[c[0]] is None]
    if not cands or _introduced_unnamed(doc, head, cands[0][0], a):
        return None
    name = _sentence_actor_among(tx, cands) or cands[0][1]
    return name, f"Bezeichnung „{doc[a:b].text}“ ohne Namen → zuletzt{why}: {name}"


def _introduced_unnamed(doc, head, lo: int, hi: int) -> bool:
    """„Polizist Jan Meyer kontrollierte einen Rentner. „…“, sagte der Rentner.“: the same noun with „ein“ after the
    last named person (tokens ``lo``…``hi``) introduced somebody without a name, whom the description takes up; an
    age („Eine Kundin … »…«, sagte die 38-Jährige“) takes up any such person of the description's gender."""
    age = _epithet(head) == "jährige"
    for k in range(lo, hi):
        if doc[k].tag_ == "NN" and (doc[k].lemma_ == head.lemma_ or age and _same_gender_person(doc, k, hi)):
            j = k - 1
            while j > lo and doc[j].tag_ == "ADJA":
                j -= 1
            if doc[j].tag_ == "ART" and doc[j].lower_.startswith("ein"):
                return True
    return False


def _introduced_by_age(tx: _Text, rng: tuple[int, int]) -> tuple[str, str] | None:
    """„Eine Patientin aus Düren hat … gemacht. Sie habe …, erzählt die 54-Jährige“: an age description takes up the
    unnamed person who opened one of the two sentences before, when nobody was named since. (name, evidence)"""
    doc = tx.doc
    a = rng[0]
    head = _description(doc, rng)
    if head is None or _epithet(head) != "jährige":
        return None
    for si in range(tx.sent_of[a], max(-1, tx.sent_of[a] - 3), -1):
        k = tx.sents[si].start + 1
        if k < a and doc[k - 1].lower_ in ("ein", "eine") and _same_gender_person(doc, k, a):
            if any(e.label_ == "PER" and k <= e.start < a for e in tx.ents):
                return None
            end = k + 1
            if (origin := _origin_span(doc, (k - 1, min(k + 3, a)))) is not None:
                end = origin[1]  # „Eine Patientin aus Düren“
            name = doc[k - 1:end].text
            return name, f"Bezeichnung „{doc[rng[0]:rng[1]].text}“ → zuvor eingeführt als „{name}“"
    return None


def _same_gender_person(doc, k: int, hi: int) -> bool:
    """Whether the noun at ``k`` opens its sentence as a person of the gender of the description at ``hi`` („Eine
    Kundin …“ and „die 38-Jährige“); a predicate („Er sei ein großer Mann“) introduces nobody."""
    if not _person_noun(doc[k]) or k == 0 or not doc[k - 1].is_sent_start:
        return False
    feminine = doc[k].lower_.endswith(("in", "frau")) or doc[k - 1].lower_ == "eine"
    return feminine == (doc[hi].lower_ == "die")


def _without_kin_named(doc, cands, noun: str) -> list:
    """„Als ihre ältere Schwester Marie … Die Autorin hat …“: a person named as somebody's relative is not the one an
    occupation („die Autorin“) refers back to, while another candidate is left."""
    kin = load_gazetteers().kin
    if noun in kin:
        return cands
    others = [c for c in cands if c[3][0] == 0 or doc[c[3][0] - 1].lower_ not in kin]
    return others or cands


def _sentence_actor_among(tx: _Text, cands) -> str | None:
    """„Auch Bundeskanzler Friedrich Merz würdigte Haas. …, schrieb der CDU-Politiker“: of the candidates in the
    sentence nearest before the description, the one that is that sentence's subject (not its object)."""
    si = tx.sent_of[cands[0][0]]
    actor = _actor_of_sentence(tx, si)
    if actor is None:
        return None
    return next((c[1] for c in cands if tx.sent_of[c[0]] == si and actor[0] <= c[0] < actor[1]), None)


def _stated_age(doc, rng: tuple[int, int]) -> int | None:
    """The age the text gives a person's name: „Jonas Wind (25)“, „Jonas Wind, 25,“, „der 25-jährige Jonas Wind“,
    „der 25 Jahre alte Jonas Wind“; None when it gives none."""
    a, b = rng
    if b + 2 < len(doc) and doc[b].text in ("(", ",") and doc[b + 1].like_num and doc[b + 2].text in (")", ","):
        return int(doc[b + 1].text) if doc[b + 1].text.isdigit() else None
    for k in range(max(0, a - 4), a):
        if (m := re.fullmatch(r"(\d+)-[Jj]ährige[rn]?", doc[k].text)) is not None:
            return int(m.group(1))
        if doc[k].text.isdigit() and k + 2 < a and doc[k + 1].lower_ == "jahre" and doc[k + 2].lower_.startswith("alt"):
            return int(doc[k].text)
    return None


def _genitive_name(ent, full_names: dict[str, str]) -> bool:
    """„Maiers“, „zu Guttenbergs“: a person named in the genitive, as the possessor of somebody else in the
    mention (the name without its „s“ is known from the text)."""
    if not ent.text.endswith("s"):
        return False
    name = _ent_name(ent)
    return ent[-1].text[:-1] in full_names or (name != ent.text and name.endswith(ent.text[:-1]))


def _ent_name(ent) -> str:
    """The entity's full name as the text uses it elsewhere (``span._.canonical``: „Lukaschenkos“ → Alexander
    Lukaschenko), else its own words."""
    canonical = getattr(ent._, "canonical", None) if ent.has_extension("canonical") else None
    return canonical or ent.text


def _ent_gender(doc, ent) -> str | None:
    if ent.start > 0 and doc[ent.start - 1].tag_ == "NN":
        g = _gender(doc, (ent.start - 1, ent.start))
        if g:
            return g
    first = ent[0].text
    named = (ent._.canonical or ent.text).split()[0] if len(ent) == 1 else first
    if (known := _first_name_gender(named)) is not None:
        return known  # „Maike Finnern“, „Lara“ for Lara Sommer, „Kevin“ alone: the usual gender of the first name
    return "f" if len(ent) > 1 and first.endswith("a") else None


def _first_name_gender(name: str) -> str | None:
    """The usual gender of a first name; of a double name („Ilko-Sascha“, „Marie-Luise“) that of its first listed
    part, so that the „-a“ of „Sascha“ does not make the historian a woman."""
    genders = load_gazetteers().first_name_gender
    if (known := genders.get(name)) is not None or "-" not in name:
        return known
    return next((genders[part] for part in name.split("-") if part in genders), None)


def _names_someone(tok) -> bool:
    """Whether a token names or refers to a person or organisation: a pronoun after it in its sentence may take it
    rather than the subject of the sentence before („Endlich habe die Familie Gewissheit, sagte er.“ has none)."""
    return tok.tag_ in ("NE", "PPER") or tok.ent_type_ in ("PER", "ORG") or (tok.tag_ == "NN" and tok._.role_kind is not None)


def _unnamed_actor_before(tx: _Text, i: int, history=()) -> tuple[int, str, str, str | None] | None:
    """„Der Angeklagte hatte ein Geständnis abgelegt. Er räumte ein, …“, „Der Bruder der Toten zeigte sich erleichtert.
    …, sagte er.“: the subject of the sentence before, a definite description with no name (maybe with a genitive),
    as a candidate antecedent of a pronoun with nobody named before it in its own sentence; an epithet („Die
    67-Jährige nimmt …“) stands for the person it refers back to."""
    doc = tx.doc
    si = tx.sent_of[i]
    if si == 0 or (i != tx.sents[si].start and not _in_trailing_frame(tx, i)
                   and any(_names_someone(doc[k]) for k in range(tx.sents[si].start, i))):
        return None
    actor = _actor_of_sentence(tx, si - 1) or next(iter(_sentence_subject(tx, si - 1) or ()), None)
    if actor is None:
        return None
    if (comma := next((k for k in range(actor[0] + 2, actor[1]) if doc[k].text == ","), None)) is not None \
            and not any(doc[k].tag_ == "NE" for k in range(actor[0], comma)):
        actor = (actor[0], comma)  # „Der Urheber des Videos, ein Landwirt aus Brandenburg, …“: the apposition
    head = next((k + 1 for k in range(*actor) if doc[k].tag_ == "NN"), actor[1])
    if any(doc[k].tag_ == "NE" for k in range(*actor)) or _description(doc, (actor[0], head)) is None \
            or not _genitive_rest(doc, head, actor[1]):
        actor = _unnamed_person(doc, actor)  # „Eine Pendlerin aus Bonn, die …“
        if actor is None:
            return None
        head = actor[1]
    noun = doc[head - 1]
    body = names_body(noun.lower_) or org_head(noun.text) or noun._.role_kind == "organisation" \
        or noun.ent_type_ == "ORG"  # „Die Grünen lehnen … ab“
    if not body and not _person_noun(noun):
        return None  # „Seit zwei Jahren liege der Antrag in Lüneburg. „…“, sagte er.“: an application says nothing
    a, b = actor
    if not body and (titled := _titled_referent(tx, (a, head))) is not None:
        # „Wirtschaftsminister Robert Lindner … Der Minister schoss zurück. „…“, sagte er.“
        return doc[a].idx, titled[0], "person", _gender(doc, (a, head))
    if b == head and (named := _epithet_referent(tx, actor, history)) is not None:
        return doc[a].idx, named[0], "person", _gender(doc, (a, head))
    name = _plain_name(doc, a, b, doc[a + 1:b].text)
    found = _sentence_subject(tx, si - 1)
    plural_verb = found is not None and found[0][0] == a and _verb_plural(doc[found[1]]) is True
    if not body and (_np_plural(doc, (a, head)) or plural_verb):  # „Die Experten der DZ Bank … schrieben sie“
        return doc[a].idx, name, "group", None
    return doc[a].idx, name, "organisation" if body else "anonymous", _gender(doc, (a, head))


def _genitive_rest(doc, k: int, end: int) -> bool:
    """Whether tokens ``k``…``end`` are nothing or one genitive phrase („der Toten“, „des Opfers“)."""
    return k == end or (doc[k].lower_ in ("der", "des") and all(doc[m].tag_ in ("ADJA", "NN") for m in range(k + 1, end)))


def _subject_before(tx: _Text, i: int) -> tuple[int, str, str, str | None] | None:
    """„Auch die Bundesbank hält … für vertretbar, wie sie mitteilte.“: the named subject of the pronoun's own
    sentence, before it, as a candidate antecedent (nearer than any speaker of earlier sentences)."""
    doc = tx.doc
    si = tx.sent_of[i]
    if i == tx.sents[si].start or (actor := _actor_of_sentence(tx, si)) is None or actor[1] > i:
        return None
    ent = next((e for e in tx.ents if e.label_ in ("PER", "ORG") and actor[0] <= e.start < actor[1]), None)
    if ent is None:
        return None
    kind = "person" if ent.label_ == "PER" else "organisation"
    gender = _ent_gender(doc, ent) if kind == "person" else _gender(doc, actor)
    return ent.start_char, _ent_name(ent), kind, gender


def _in_trailing_frame(tx: _Text, i: int) -> bool:
    """„„…“, sagte sie.“, „Man habe …, teilte sie mit.“, „In einer Stellungnahme mahnte er, …“: the pronoun right
    after the finite verb of a frame after a comma or of its sentence's first clause."""
    doc = tx.doc
    start = tx.sents[tx.sent_of[i]].start
    return i >= start + 2 and doc[i - 1].tag_ in FINITE and (doc[i - 2].text == "," or not any(
        doc[k].tag_ in FINITE and not tx.in_quote[k] for k in range(start, i - 1)))


def _unnamed_person(doc, actor: tuple[int, int]) -> tuple[int, int] | None:
    """„Eine Pendlerin aus Bonn, die …“, „Ein junger Altenpfleger aus Eritrea“, „Ein älterer Herr“: a person
    described without a name (a role, a noun for a person such as an occupation, or a form of address used as a
    noun), up to a preposition after the noun."""
    a, b = actor
    end = next((k for k in range(a + 1, b) if doc[k].tag_ in ("APPR", "APPRART")), b)
    core = (a, end)
    head = doc[end - 1]
    if _description(doc, core, ("der", "die", "ein", "eine")) is None or not (
            head._.speaker_like or _epithet(head) is not None
            or (head.tag_ == "NN" and head.lower_ in load_gazetteers().titles)):
        return None
    return core


def _not_talked_about(tx: _Text, cands, content=()):
    """„Der Rekordnationalspieler sagte, Podolski spreche …“: a person named in the quotation's own words is talked
    about, so an earlier mention of the same surname is no candidate for the speaker (unless nobody else is)."""
    doc = tx.doc
    named = {doc[k].text for a, b in content for k in range(a, b) if doc[k].ent_type_ == "PER"}
    kept = [c for c in cands if c[1].split()[-1] not in named]
    return kept or cands


def _not_present(tx: _Text, ent, content=()) -> bool:
    """A person named in the quotation's own ``content`` („Das Foul an Grifo war klar, so der 31-Jährige“) or
    alone in quotation marks as a title („in der Talkshow „Markus Lanz““) is not who speaks it."""
    return (ent.start - 1, ent.end) in tx.pairs or any(a <= ent.start < b for a, b in content)


def _resolve_pronoun(tx: _Text, i: int, history, pron: str | None = None, content=()) -> tuple[str, str] | None:
    """The antecedent of „er“/„sie“ (or of the possessive ``pron`` stands for): the nearest earlier speaker or
    person whose gender fits, not one named in the quotation's own ``content`` or in a title."""
    doc = tx.doc
    pron = pron or doc[i].lower_
    verb = next((doc[k] for k in (i - 1, i + 1) if 0 <= k < len(doc) and doc[k].tag_ in FINITE), None)
    plural = pron == "sie" and verb is not None and verb.lower_.endswith(("en", "ten")) and not doc[i].text.istitle() \
        or (pron == "sie" and verb is not None and verb.lower_.endswith("ten"))
    want = "m" if pron == "er" else "f"
    start = doc[i].idx
    cands = [(sp.spans[0][0], sp.name, sp.kind, g) for _pos, sp, g in history if sp.name and sp.spans[0][0] < start]
    if (actor := _unnamed_actor_before(tx, i, history)) is not None:
        cands.append(actor)
    cands.extend(_addressed_before(tx, i))
    known = {name: g for _p, name, _k, g in cands if g}  # „Präsident Alexander Stubb“ told his gender before
    if (subject := _subject_before(tx, i)) is not None:  # „Lindner sei …, sagte sie“: Robert Lindner is no „sie“
        cands.append(subject[:3] + (subject[3] or known.get(subject[1]),))
    for ent in tx.ents:
        if ent.label_ == "PER" and ent.end_char <= start and not _not_present(tx, ent, content):
            name = _ent_name(ent)
            cands.append((ent.start_char, name, "person", _ent_gender(doc, ent) or known.get(name)))
    for pos, name, kind, gender in sorted(cands, key=lambda c: -c[0]):
        if plural:
            if kind in ("group", "organisation"):
                return name, kind
            continue
        if kind in ("person", "anonymous") and gender in (want, None):
            return _actor_instead(tx, pos, cands, want) or (name, kind)
        if kind == "organisation" and gender == want == "m":
            return name, kind  # „der Ethikrat … mahnte er“: a masculine body named by its noun
        if want == "f" and kind == "organisation" and gender in ("f", None):
            return name, kind  # „der Sachverständigenrat“ is no „sie“
    return None


def _addressed_before(tx: _Text, i: int) -> list[tuple[int, str, str, str | None]]:
    """„Anwalt Reuter hielt der Zeugin vor, … Sie blieb bei ihrer Darstellung: …“: a person named by a role noun
    (no name) in the sentence before a pronoun at the start of its sentence is a candidate too; a fitting subject
    of that sentence still comes first (``_actor_instead``)."""
    doc = tx.doc
    si = tx.sent_of[i]
    if si == 0 or i != tx.sents[si].start:
        return []
    out = []
    prev = tx.sents[si - 1]
    subject = next(iter(_sentence_subject(tx, si - 1) or ()), (prev.start, prev.start))
    for k in range(prev.start + 1, prev.end):
        t = doc[k]
        if subject[0] <= k < subject[1]:
            continue  # the subject is a candidate of its own (``_unnamed_actor_before``)
        if t.tag_ == "NN" and not t.ent_type_ and not tx.in_quote[k] and _person_noun(t) \
                and (t._.role_kind == "person" or t.lower_ in PERSON_WORDS or FEMALE_ROLE.search(t.lower_)) \
                and doc[k - 1].tag_ == "ART" and not t.lower_.endswith(("innen", "e", "en")):  # one person
            gender = "f" if FEMALE_ROLE.search(t.lower_) and not t.lower_.endswith("chein") else "m"
            out.append((t.idx, t.lemma_ if t.lemma_[:1].isupper() else t.text, "anonymous", gender))
    return out


def _actor_instead(tx: _Text, pos: int, cands, want: str) -> tuple[str, str] | None:
    """„Trainer Max Kruse lobte Jonas Wind. …, sagte er“: when the nearest fitting person is the object of a
    sentence whose subject is another fitting person, „er“ takes up the subject."""
    doc = tx.doc
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    k = span.start if span is not None else None
    if k is None or (actor := _actor_of_sentence(tx, tx.sent_of[k])) is None or actor[0] <= k < actor[1]:
        return None
    lo, hi = doc[actor[0]].idx, doc[actor[1] - 1].idx + len(doc[actor[1] - 1].text)
    return next(((name, kind) for p, name, kind, gender in cands if lo <= p < hi and kind in ("person", "anonymous")
                 and gender in (want, None)), None)


def _make_cue(tx: _Text, frame: _Frame) -> Cue:
    doc = tx.doc
    toks = sorted(frame.cue_tokens)
    spans = [(doc[k].idx, doc[k].idx + len(doc[k].text)) for k in toks]
    # adjacent tokens form one span („nach Angaben“)
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s - merged[-1][1] <= 1 and toks:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    text = " … ".join(tx.text[s:e] for s, e in merged)
    return Cue(merged, text, frame.lemma, frame.connotation, frame.explanation)


def _with_full_stop(tx: _Text, d: _Draft) -> list[tuple[int, int]]:
    """Free indirect and reported speech that reach the end of their sentence take its final punctuation:
    the whole sentence is the report (direct quotations end at their marks, indirect at the clause)."""
    if d.kind not in ("free_indirect", "reported"):
        return d.tokens
    a, b = d.tokens[-1]
    end = tx.sents[tx.sent_of[b - 1]].end
    k = b
    while k < end and tx.doc[k].is_space:
        k += 1
    if k < end and tx.doc[k].text in (".", "!", "?") and not any(not t.is_space for t in tx.doc[k + 1:end]):
        return [*d.tokens[:-1], (a, k + 1)]
    return d.tokens
