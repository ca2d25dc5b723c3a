"""Named entities (PER, ORG, LOC, MISC) by rules and word lists, each with a German reason.

Rules, strongest first: names from the lists (organisations, countries, cities; longest match), a role
noun before a name („Präsident Alexander Lukaschenko“, „die NATO-Sprecherin Oana Lungescu“: the name is PER,
the role is not part of it), a known first name or a title before capitalised words, a proper noun next to a
reporting verb or after „laut“, a surname already known as a person („Lukaschenko“ after „Alexander
Lukaschenko“), acronyms (ORG) and country adjectives („russischen“ → MISC, as in CoNLL-2003).

Hyphenated compounds („NATO-Staaten“, „US-Truppen“) are not entities themselves: their name part is listed
in ``doc._.embedded_ents`` (character offsets) and the token's ``_.affiliation`` names it („NATO“).
Tokens that name a role or a speaking group get ``token._.role`` (e.g. „Sprecherin“) and ``_.role_kind``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from medialit.nlp.gazetteers import Gazetteers, load_gazetteers
from medialit.nlp.tagger import hanta

for _name in ("evidence", "canonical", "kind"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
for _name in ("role", "role_kind", "affiliation", "country"):
    if not Token.has_extension(_name):
        Token.set_extension(_name, default=None)
if not Token.has_extension("speaker_like"):
    Token.set_extension("speaker_like", getter=lambda t: t._.role is not None or t.ent_type_ in ("PER", "ORG")
                        or (t.ent_type_ == "LOC" and t.text[:1].isupper()))
if not Doc.has_extension("embedded_ents"):
    Doc.set_extension("embedded_ents", default=None)

SPEECH_LEMMAS = {
    "sagen", "erklären", "betonen", "sprechen", "warnen", "fordern", "kritisieren", "mitteilen", "berichten",
    "schreiben", "meinen", "antworten", "ergänzen", "hinzufügen", "behaupten", "bestätigen", "versichern",
    "zusagen", "ankündigen", "zurückweisen", "bestreiten", "dementieren", "fragen", "rufen", "twittern",
    "unterstreichen", "beklagen", "loben", "verlangen", "sagte", "erklärte", "so",
}
NAME_TAGS = {"NE", "NN", "FM", "XY", "ADJA", "ADJD"}
_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")
_LOWER_PARTICLES = {"von", "van", "de", "der", "den", "du", "da", "di", "al", "bin", "ibn", "zu", "le", "la"}
_SECOND_PARTICLES = {"der", "den", "de", "la", "le"}  # only after another particle: „von der“, „van den“, „de la“


#: „Geschäftsreisender“, „Lesende“: a nominalised participle in „-[e|i]send-“, which only looks like „Sender“.
PARTICIPLE_SENDER = re.compile(r"[ei]sende(?:r|rn|rs|n|s)?$")


def _is_cap(tok: Token) -> bool:
    """A capitalised word of two or more characters (a quotation mark is one character, so never counts)."""
    t = tok.text
    return len(t) > 1 and t[0].isupper() and any(c.isalpha() for c in t)


#: Arabic family names with the article („Madschid al-Ansari“, „Abu Obaida“ is capitalised anyway): lower case,
#: yet a word of the name after a first word.
_ARTICLE_NAME = re.compile(r"^(al|el|as|ad|ar|asch|an|at|az|ash)-[A-ZÄÖÜ]\w+$")


SOFT_HYPHEN = "\u00ad"


def _base(text: str, known: dict[str, str]) -> str:
    """The word without a genitive s when that gives a known name („Putins“ → „Putin“); soft hyphens of web
    text („Reus\u00admann“) are no part of a name."""
    text = text.replace(SOFT_HYPHEN, "")
    if text.endswith("s") and text[:-1] in known:
        return text[:-1]
    if text.endswith(("’", "'")) and text[:-1] in known:
        return text[:-1]
    return text


ORG_WORDS = {
    "Corporation", "Corp", "Inc", "Group", "Company", "Airlines", "Airways", "Bank", "Express", "Post", "Times",
    "News", "United", "National", "Democratic", "Party", "Institute", "University", "Foundation", "Association",
    "Council", "Agency", "Service", "Motors", "Holding", "AG", "GmbH", "SE", "Ltd", "Club", "FC", "SV", "VfB",
    "TSV", "Partei", "Bewegung", "Stiftung", "Verband", "Verein", "Gruppe", "Werke", "Versicherung", "Online",
    "Zeitung", "Magazin", "Records", "Music", "Entertainment", "Pictures", "Studios", "Systems", "Technologies", "Energy", "Oil", "Airbus", "Wikinews",
}
# words that open a sports club's name before its place or name („FC Bayern München“, „VfL Wolfsburg“,
# „Borussia Dortmund“): the whole name is one organisation, not the place in it
CLUB_WORDS = {"FC", "SC", "SV", "VfL", "Bayer", "VfB", "TSV", "TSG", "BSC", "FSV", "SpVgg", "SSV", "RB", "SG", "KSC", "AC",
              "AS", "SSC", "CF", "Borussia", "Eintracht", "Fortuna", "Werder", "Hertha", "Arminia", "Alemannia",
              "Dynamo", "Rapid", "Austria", "Sturm", "Grasshopper", "Olympique", "Real", "Atlético", "Inter",
              "Juventus", "Sporting", "Ajax", "Union"}
LOC_WORDS = {"Lake", "Mount", "Mountains", "River", "Island", "Islands", "San", "Santa", "Saint", "Bad", "Sankt",
             "Fort", "Port", "Cape", "Bay", "City", "Valley", "Beach"}


def _name_kind(span: Span) -> tuple[str, str] | None:
    """(ORG or LOC, the word that says so) for a proper-noun run with a company or place word in it."""
    for tok in span:
        word = tok.text.rstrip(".")
        if word in ORG_WORDS:
            return "ORG", word
        if word in LOC_WORDS:
            return "LOC", word
    return None


_REGNAL = re.compile(r"^[IVX]{2,5}$")


def _regnal_end(doc: Doc, end: int) -> int:
    """„Papst Leo XIV. rief …“: a Roman numeral with its full stop after a name is part of the name (a pope's or
    king's number), when the sentence goes on in lower case; the end of the name."""
    if end + 2 < len(doc) and _REGNAL.match(doc[end].text) and doc[end + 1].text == "." \
            and not doc[end + 2].text[:1].isupper():
        return end + 2
    return end


_AGE_ADJECTIVE = re.compile(r"^\d{1,3}-[jJ]ährige[nrs]?$")


def _age_of(doc: Doc, i: int) -> Span | None:
    """„Olena, 34, ist … geflohen“, „Olena (34)“, „die 34-jährige Olena“: a proper noun with an age between commas
    or brackets, or after an age adjective, is a person named by first name, as reports name refugees and
    eyewitnesses; the name with its age, or None."""
    if i > 0 and _AGE_ADJECTIVE.match(doc[i - 1].text):
        return doc[i - 1:i + 1]
    if i + 3 >= len(doc) or (doc[i + 1].text, doc[i + 3].text) not in ((",", ","), ("(", ")")):
        return None
    age = doc[i + 2].text
    return doc[i:i + 4] if age.isdigit() and 0 < int(age) < 120 else None


def _one_of_a_group(doc: Doc, i: int) -> bool:
    """„von der Abgeordneten Kirsten Kappert-Gonther“, „des Angeklagten“: a role noun in -en that reads as a plural
    („Abgeordneten“) names one person after an article of the singular dative or genitive; „Vertreter“ after
    „der“ and an adjective in -e („der chinesische Vertreter“) is one person too."""
    tok = doc[i]
    if tok._.role_kind != "group" or i == 0:
        return False
    if tok.lower_.endswith("en"):
        return doc[i - 1].lower_ in ("der", "dem", "des")
    k = i - 1
    while k > 0 and doc[k].tag_ == "ADJA" and doc[k].lower_.endswith("e"):
        k -= 1  # „Der chinesische Vertreter Fu Cong“: the singular's weak adjective
    return doc[k].lower_ == "der" and (k == 0 or doc[k - 1].text in (".", ":", "–") or k < i - 1)


def _name_adjective(doc: Doc, i: int) -> str | None:
    """„die Technische Universität München“, „der Freien Universität Berlin“: a capitalised adjective between an
    article and an organisation noun is part of the name; its nominative form, or None where the case leaves the
    gender open („des Statistischen Landesamts“)."""
    if i < 2 or doc[i - 1].tag_ != "ADJA" or not _is_cap(doc[i - 1]):
        return None
    article, word = doc[i - 2].lower_, doc[i - 1].text
    if word.endswith("e"):
        return {"die": word, "der": word + "r", "das": word + "s"}.get(article)
    if word.endswith("en") and article == "der":
        return word[:-1]  # a feminine genitive or dative („der Technischen Universität“)
    return None


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(text) <= 6 and len(letters) >= 2 and all(c.isupper() for c in letters) and text.isalnum()


#: Acronyms before a role that name a field of work, not an organisation („IT-Sicherheitsforscher“, „KI-Expertin“).
FIELD_ACRONYMS = frozenset({"IT", "KI", "TV", "PR", "HR", "EDV", "PC", "IoT", "VR", "AR"})
# roles whose place in front names their subject, not their body: „Osteuropa-Experte“, „China-Korrespondentin“
TOPIC_ROLES = ("experte", "expertin", "kenner", "kennerin", "korrespondent", "korrespondentin", "beobachter",
               "beobachterin", "beauftragte", "beauftragter")


# role heads too short for the compound search (≥ 6 letters): a compound ending in one is a role
# („Vorstandschef“, „Konzernchef“); „Chefin“ compounds are found by the search
SHORT_ROLE_HEADS = ("chef",)

class EntityRecognizer:
    """The rule-based recogniser; ``__call__`` sets ``doc.ents`` and the token attributes."""

    def __init__(self, nlp: Language, name: str = "medialit_entities"):
        self.name = name
        self.g: Gazetteers = load_gazetteers()
        self.phrases: dict[tuple[str, ...], str] = {}
        self.lengths: dict[str, list[int]] = {}  # first token -> phrase lengths, longest first
        for written in self.g.names:
            key = tuple(t.text for t in nlp.make_doc(written))
            self.phrases[key] = written
            self.lengths.setdefault(key[0], []).append(len(key))
        for lengths in self.lengths.values():
            lengths.sort(reverse=True)
        self._role = lru_cache(maxsize=50_000)(self._role_uncached)

    # --- roles ---------------------------------------------------------------------------------------
    def _role_uncached(self, text: str) -> tuple[str, str, str | None] | None:
        """(kind, role noun, affiliation) when ``text`` is a role noun or a compound ending in one."""
        prefix, _, head = text.rpartition("-")
        if not head[:1].isupper():
            return None
        affiliation = None
        if prefix:  # „NATO-Sprecherin“ → NATO; „Ex-Präsident“ or „Vize-Kanzlerin“ name no affiliation
            entry = self.g.names.get(prefix)
            if entry is not None and entry.label == "LOC" and head.lower().endswith(TOPIC_ROLES):
                entry = None  # „Osteuropa-Experte“: an expert on the region, not one of its institutions
            affiliation = entry.canonical if entry else (prefix if _is_acronym(prefix) and prefix not in FIELD_ACRONYMS
                                                         else None)
        low = head.lower()
        forms = (low, low[:-2] if low.endswith("en") else None, low[:-1] if low.endswith(("n", "s")) else None,
                 low[:-3] if low.endswith("innen") else None,  # Präsidenten, Ministers, Sprecherinnen
                 low[:-2] if low.endswith("es") else None)  # the genitive „des Verbandes“
        for form in forms:
            if form and form in self.g.roles:
                kind, noun = self.g.roles[form]
                if form is forms[3] and kind == "person":
                    kind = "group"  # Ministerinnen: several people
                return kind, noun, affiliation
        for k in range(3, len(low) - 5):  # compound: Regierungssprecher, Außenministerin (head >= 6 letters)
            tail = low[k:]
            if tail.startswith("sender") and PARTICIPLE_SENDER.search(low):
                continue  # „Geschäftsreisender“, „Lesender“: a nominalised participle, no broadcaster
            if tail in self.g.roles:
                kind, _ = self.g.roles[tail]
                return kind, head, affiliation or self._closed_prefix_body(head, k)
            if tail.endswith("en") and tail[:-2] in self.g.roles:
                kind, _ = self.g.roles[tail[:-2]]
                return kind, head, affiliation
            if tail.endswith("s") and self.g.roles.get(tail[:-1], ("",))[0] == "person":
                return "person", head, affiliation  # the genitive of a person „eines Feuerwehrsprechers“
            if tail.endswith("innen") and tail[:-3] in self.g.roles:
                return "group", head, affiliation
        if low.endswith(SHORT_ROLE_HEADS) and len(low) > 6:  # Vorstandschef, Konzernchef, Verbandschef
            return "person", head, affiliation
        return None

    def _closed_prefix_body(self, head: str, k: int) -> str | None:
        """„Bundesbankpräsident“ → Bundesbank, „Bundestagspräsidentin“ → Bundestag: a listed organisation that
        opens a role compound written as one word (a linking „-s“ dropped) is the role's affiliation."""
        prefix = head[:k]
        for form in (prefix, prefix[:-1] if prefix.endswith("s") else None):
            entry = self.g.names.get(form) if form else None
            if entry is not None and entry.label == "ORG":
                return entry.canonical
        return None

    # --- rules ---------------------------------------------------------------------------------------
    def _gazetteer(self, doc: Doc, spans: list[Span]) -> set[int]:
        covered: set[int] = set()
        n = len(doc)
        i = 0
        while i < n:
            hit = None
            for length in self.lengths.get(doc[i].text, ()):
                if i + length > n:
                    continue
                key = tuple(doc[k].text for k in range(i, i + length))
                if key in self.phrases:
                    hit = length
                    break
            if not hit and doc[i].text.endswith("s") and (doc[i].text[:-1],) in self.phrases \
                    and not (i > 0 and doc[i - 1].text in self.g.first_names):
                key, hit = (doc[i].text[:-1],), 1  # genitive: Deutschlands, Chinas (not „Olivier Dumas“: a surname)
            if not hit:
                key, hit = self._genitive_phrase(doc, i)  # „des Robert Koch-Instituts“
            if hit:
                entry = self.g.names[self.phrases[key]]
                span = Span(doc, i, i + hit, label=entry.label)
                what = {"LOC": "Ort", "ORG": "Organisation"}[entry.label]
                span._.evidence = f"{what} aus der Namensliste ({entry.kind}): {entry.canonical}"
                span._.canonical = entry.canonical
                span._.kind = entry.kind
                spans.append(span)
                covered.update(range(i, i + hit))
                i += hit
            else:
                i += 1
        return covered

    def _clubs(self, doc: Doc, spans: list[Span]) -> set[int]:
        """„Der FC Bayern teilte mit“, „gegen den VfL Wolfsburg“, „1. FC Köln“: a club word (``CLUB_WORDS``) and
        the one or two proper nouns after it are one organisation, which wins over a listed place in it."""
        covered: set[int] = set()
        for tok in doc[:-1]:
            if (town := self._town_club(doc, tok)) is not None:
                covered.update(range(town.start, town.end))
                spans.append(town)
                continue
            # after an abbreviation („FC“, „VfL“) the first word is the club's name even as a common noun
            # („FC Schalke 04“: HanTa reads „Schalke“ as a noun)
            abbreviated = sum(c.isupper() for c in tok.text) >= 2
            if tok.text not in CLUB_WORDS or tok.i in covered \
                    or not self._club_name_word(doc[tok.i + 1], abbreviated):
                continue
            start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].text == "1." else tok.i
            end = tok.i + 2
            while end < len(doc) and end - tok.i < 3 and self._club_name_word(doc[end]):
                end += 1
            if tok.text == "Union" and tok.i > 0 and doc[tok.i - 1].tag_ in ("ADJA", "NE"):
                continue  # „die Europäische Union“ is no club
            span = Span(doc, start, end, label="ORG")
            span._.canonical = span.text
            span._.evidence = f"Vereinsname: {span.text}"
            span._.kind = "club"
            spans.append(span)
            covered.update(range(start, end))
        return covered

    @staticmethod
    def _town_club(doc: Doc, tok) -> Span | None:
        """„der Hamburger SV“, „der Karlsruher SC“, „der Chemnitzer FC“: a town's adjective in -er before a club
        abbreviation that ends the name is one club."""
        nxt = tok.i + 1
        if not (tok.text[:1].isupper() and tok.text.endswith("er") and tok.tag_ in ("ADJA", "NE", "NN")) \
                or doc[nxt].text not in CLUB_WORDS or sum(c.isupper() for c in doc[nxt].text) < 2 \
                or (nxt + 1 < len(doc) and _is_cap(doc[nxt + 1]) and doc[nxt + 1].tag_ in ("NE", "NN")):
            return None
        span = Span(doc, tok.i, nxt + 1, label="ORG")
        span._.canonical = span.text
        span._.evidence = f"Vereinsname: {span.text}"
        span._.kind = "club"
        return span

    def _club_name_word(self, tok, noun: bool = False) -> bool:
        """A word of a club's name after its club word: a capitalised proper noun or place („Bayern“, „St.“,
        „Pauli“, „BSC“; a common noun when ``noun``) or a founding year („Schalke 04“, „TSG 1899 Hoffenheim“);
        no role, first name, company word („Bayer AG“) or verb."""
        if tok.like_num and len(tok.text) in (2, 4):
            return True
        return _is_cap(tok) and (tok.tag_ in ("NE", "FM") or (noun and tok.tag_ == "NN") or tok.text in self.g.names
                                 or tok.text == "St.") \
            and self._role(tok.text) is None and tok.text not in self.g.first_names and tok.text not in ORG_WORDS

    def _named_bodies(self, doc: Doc, blocked: set[int], spans: list[Span]) -> set[int]:
        """„die Universität Freiburg“, „des Instituts Forsa“: an organisation noun (``roles.tsv``) right before a
        place from the list or a proper noun is one organisation; returns the tokens it covers."""
        covered: set[int] = set()
        # a genitive („die Regierung Polens“, „Merkels“) is the owner, not the organisation's name
        listed = {sp.start for sp in spans if sp.label_ == "LOC" and len(sp) == 1 and sp.text == sp._.canonical}
        for tok in doc[:-1]:
            name = doc[tok.i + 1]
            if tok._.role_kind != "organisation" or tok.tag_ != "NN" or tok.i in blocked \
                    or "-" in tok.text and not self._company_compound(tok):
                continue
            if not (name.i in listed or self._body_name_word(name, blocked)):
                continue
            end = name.i + 1
            if name.i not in listed and end < len(doc) and self._body_name_word(doc[end], blocked):
                end += 1  # a name of two words: „der Fahrgastverband Pro Bahn“
            adjective = _name_adjective(doc, tok.i)
            start = tok.i - 1 if adjective else tok.i
            span = Span(doc, start, end, label="ORG")
            company = tok.lower_.endswith(tuple(self.g.company_nouns))  # „der Autozulieferer Schaeffler“
            head = f"{adjective} {tok._.role}" if adjective else tok._.role
            span._.canonical = doc[name.i:end].text if company else f"{head} {doc[name.i:end].text}"
            span._.evidence = f"Einrichtung mit Namen: {span._.canonical}"
            span._.kind = "name"
            spans.append(span)
            covered.update(range(start, end))
        return covered

    def _company_compound(self, tok) -> bool:
        """„das KI-Unternehmen Lumora“, „der Tech-Konzern Meta“: a hyphenated kind of company before a name is the
        company's noun (other hyphenated bodies, „SPD-Fraktion“, keep their own rules)."""
        return tok.lower_.endswith(tuple(self.g.company_nouns))

    def _body_name_word(self, tok, blocked: set[int]) -> bool:
        """Whether ``tok`` can be a word of an organisation's name after its noun: a capitalised proper noun that
        is no genitive, first name or role."""
        return tok.tag_ == "NE" and _is_cap(tok) and tok.i not in blocked and not tok.text.endswith("s") \
            and tok.text not in self.g.first_names and self._role(tok.text) is None

    def _genitive_phrase(self, doc: Doc, i: int) -> tuple[tuple[str, ...], int]:
        """A listed name of several words from token ``i`` whose last or first word carries the genitive „-s“ or
        „-es“ („des Robert Koch-Instituts“, „des Potsdam-Instituts für Klimafolgenforschung“); (key, length), or
        ((), 0) when there is none."""
        for length in self.lengths.get(doc[i].text, ()):
            if length < 2 or i + length > len(doc):
                continue
            last = doc[i + length - 1].text
            for ending in ("es", "s"):
                key = tuple(doc[k].text for k in range(i, i + length - 1)) + (last[: -len(ending)],)
                if last.endswith(ending) and key in self.phrases:
                    return key, length
        for ending in ("es", "s"):  # „des Potsdam-Instituts für Klimafolgenforschung“: the genitive on the first word
            first = doc[i].text[: -len(ending)]
            for length in self.lengths.get(first, ()) if doc[i].text.endswith(ending) else ():
                if length < 2 or i + length > len(doc):
                    continue  # „News“ at the end of a text: „New“ opens a longer name that does not fit
                key = (first,) + tuple(doc[k].text for k in range(i + 1, i + length))
                if key in self.phrases:
                    return key, length
        return (), 0

    def _name_after(self, doc: Doc, i: int, blocked: set[int], max_tokens: int = 3) -> int:
        """End index of a run of capitalised name tokens starting at ``i`` (== i when there is none); titles
        („Prof. Dr.“) and particles do not count towards ``max_tokens``."""
        j = i
        words = 0  # particles („von der“, „de“) do not count towards ``max_tokens``
        while j < len(doc) and words < max_tokens and j not in blocked:
            tok = doc[j]
            if j > i and self._genitive_owner(doc, j):
                break  # „Lea Kornmanns Roman“: the noun after a genitive name is what the person owns
            if (k := self._capital_particles_end(doc, j, blocked)) > j:
                j = k  # „Alexander Van der Bellen“, „Penélope De la Cruz“
                words += 1
                continue
            if (_is_cap(tok) or (j > i and _ARTICLE_NAME.match(tok.text))) and tok.tag_ in NAME_TAGS \
                    and tok.text.count("-") <= 1 and self._role(tok.text) is None \
                    and tok.lower_ not in self.g.titles:  # „Prof. Dr. Markus Leonhardt“: a second title
                j += 1
                words += tok.text.lower() not in self.g.titles  # „Prof. Dr. Hugo Katus“: titles are no name words
            elif j > i and self._before_surname(doc, i, j) and (k := self._particles_end(doc, j, blocked)) > j:
                j = k  # „Thomas de Maizière“, „Ursula von der Leyen“: the particles and the name after them
            else:
                break
        return j

    @staticmethod
    def _capital_particles_end(doc: Doc, j: int, blocked: set[int]) -> int:
        """„Van der Bellen“, „De la Cruz“: a capitalised particle with a second particle and a name word is one
        surname; the index after it (== j when there is none)."""
        if j + 2 >= len(doc) or not doc[j].text[:1].isupper() or doc[j].lower_ not in _LOWER_PARTICLES \
                or doc[j + 1].lower_ not in _SECOND_PARTICLES or not _is_cap(doc[j + 2]) \
                or any(k in blocked for k in range(j, j + 3)):
            return j
        return j + 3

    def _genitive_owner(self, doc: Doc, j: int) -> bool:
        """Whether the name word before ``j`` is a genitive („Kornmanns“, „Merkels“) and ``j`` the common noun it
        owns („Roman“, „Buch“; the tagger's first reading is a noun): the name ends before that noun."""
        if j == 0 or j >= len(doc):
            return False
        owner = doc[j - 1].text
        if len(owner) < 4 or not owner.endswith("s") or owner in self.g.first_names or not _is_cap(doc[j]):
            return False
        readings = hanta().tag_word(doc[j].text)
        return bool(readings) and readings[0][0] == "NN"

    @staticmethod
    def _name_word_before(tok) -> bool:
        """Whether ``tok`` can open a company's name before its company word („die Delta Airlines“, „Universal
        Music“): a proper noun, or a common noun not owned by a possessive („ihr Label Universal Music“: the
        noun after „ihr“ says what the company is)."""
        return tok.tag_ in ("NE", "FM") or (tok.tag_ == "NN" and (tok.i == 0 or tok.doc[tok.i - 1].tag_ != "PPOSAT"))

    def _nickname_end(self, doc: Doc, j: int, blocked: set[int]) -> int | None:
        """„Heinrich „Heinz“ Kramer“, „Franz „Kaiser“ Beckenbauer“: after a first name, a nickname of one or two
        capitalised words in quotation marks at ``j`` and the surname after it; the end of the name, or None."""
        if j >= len(doc) or doc[j]._.quote_role != "opening" or (close := doc[j]._.quote_partner) is None:
            return None
        if not 1 <= close - j - 1 <= 2 or not all(_is_cap(doc[k]) for k in range(j + 1, close)):
            return None
        end = self._name_after(doc, close + 1, blocked, max_tokens=1)
        return end if end > close + 1 else None

    def _owner_before_name(self, doc: Doc, i: int, taken: set[int]) -> bool:
        """„Leverkusens Jeremie Frimpong“: a word in the genitive (-s, no first name) before a name of two proper
        nouns is whose player or member the person is (a club or town), not the first part of the name."""
        word = doc[i].text
        return len(word) > 4 and word.endswith("s") and word not in self.g.first_names and i + 2 < len(doc) \
            and all(k not in taken and doc[k].tag_ == "NE" and _is_cap(doc[k]) for k in (i + 1, i + 2))

    def _epithet_before_name(self, doc: Doc, tok, blocked: set[int]) -> bool:
        """„dem Italiener Lorenzo Sonego“, „der Serbe Novak Djokovic“: a nationality or other epithet noun
        (``epithets.txt``) right before a proper noun or first name opens a person's name."""
        nxt = tok.i + 1
        if tok.tag_ != "NN" or tok.lower_ not in self.g.epithets or nxt >= len(doc) or nxt in blocked:
            return False
        return doc[nxt].text in self.g.first_names or doc[nxt].tag_ == "NE"

    def _before_surname(self, doc: Doc, i: int, j: int) -> bool:
        """Whether name particles at ``j`` may follow the run from ``i``: after a first name, or after the one
        word that follows a role noun — not after a surname („Thomas Krüger von der Charité“ names his clinic)."""
        first = self.g.first_names
        return doc[j - 1].text in first or (j - i == 1 and (i == 0 or doc[i - 1].text not in first))

    def _particles_end(self, doc: Doc, j: int, blocked: set[int]) -> int:
        """After one or two name particles („von“, „van der“, „de la“), the index of the name word that follows
        them (== j when there is none: „Anna Müller von Greenpeace“ and „zu Beginn“ are no part of a name)."""
        k = j
        while k < len(doc) and k - j < 2 and doc[k].lower_ in _LOWER_PARTICLES and (k == j or doc[k].lower_ in _SECOND_PARTICLES):
            k += 1
        if k == j or doc[j].lower_ in ("der", "den") or k >= len(doc) or k in blocked:  # „Seibert der Zeitung“
            return j
        name = doc[k]
        if not _is_cap(name) or _is_acronym(name.text) or name.text in self.g.names or self._role(name.text) is not None:
            return j
        if name.tag_ in ("NE", "FM") or (name.tag_ == "NN" and j > 0 and doc[j - 1].text in self.g.first_names):
            return k  # a common noun only right after a first name: „Ursula von der Leyen“, not „Merkel von der Wahl“
        return j

    def _person(self, doc: Doc, start: int, end: int, evidence: str, spans: list[Span]) -> None:
        if start > 0 and doc[start - 1].tag_ == "PPOSAT":
            return self._part_played(doc, start, end, spans)
        end = _regnal_end(doc, end)
        while end - start > 1 and doc[start].text.lower() in self.g.titles:
            start += 1  # „Prof. Dr. Hugo Katus“ is Hugo Katus: a title opens the name but is no part of it
        span = Span(doc, start, end, label="PER")
        span._.evidence = evidence
        span._.canonical = span.text.replace(SOFT_HYPHEN, "")
        if end - start > 1 and self._genitive_owner(doc, end):
            span._.canonical = span._.canonical[:-1]  # „Lea Kornmanns (Roman)“ is Lea Kornmann
        span._.kind = "person"
        spans.append(span)

    @staticmethod
    def _part_played(doc: Doc, start: int, end: int, spans: list[Span]) -> None:
        """„Ihre Maria Stuart“, „sein Hamlet“: a name owned by somebody is a part played (or a work), not a person
        of the report who could speak."""
        span = Span(doc, start, end, label="MISC")
        span._.evidence = f"Rolle oder Werk: „{doc[start - 1].text} {doc[start:end].text}“ (Possessivpronomen davor)"
        span._.canonical, span._.kind = span.text, "part"
        spans.append(span)

    @staticmethod
    def _surnames(people: list[Span]) -> dict[str, str]:
        """Last word of each recognised person → the fullest name found for it."""
        names: dict[str, str] = {}
        for p in (p for p in people if p.label_ == "PER"):
            last = p[-1].text.replace(SOFT_HYPHEN, "")
            if len(p) > 1 and p._.canonical and p._.canonical.endswith(last[:-1]) and last.endswith("s"):
                last = p._.canonical.split()[-1]  # „Lea Kornmanns Roman“: the surname is Kornmann
            if len(p.text) > len(names.get(last, "")):
                names[last] = p._.canonical or p.text
        return names

    @staticmethod
    def _propagate(doc: Doc, known: dict[str, str], taken: set[int], people: list[Span]) -> None:
        """Mark further mentions of known surnames („Lukaschenko“, genitive „Lukaschenkos“) as PER."""
        if not known:
            return
        for tok in doc:
            if tok.i in taken or not _is_cap(tok):
                continue
            base = _base(tok.text, known)
            if base in known and (known[base] != base or tok.tag_ == "NE"):
                span = Span(doc, tok.i, tok.i + 1, label="PER")
                span._.evidence = f"Nachname einer bereits erkannten Person: {known[base]}"
                span._.canonical = known[base]
                span._.kind = "person"
                people.append(span)
                taken.add(tok.i)

    def _first_name_only(self, doc: Doc, taken: set[int], people: list[Span]) -> None:
        """„Melanie rechnet ab“ after „Melanie Brandt“: a first name (or the nickname of „Dieter „Didi“ Kowalski“)
        alone names the one person of the text with it (celebrity reports do so); two people with it stay as written."""
        full: dict[str, set[str]] = {}
        for p in (p for p in people if p.label_ == "PER"):
            if len(p) > 1 and p[0].text in self.g.first_names:
                full.setdefault(p[0].text, set()).add(p._.canonical or p.text)
            if len(p) > 3 and p[1].is_quote and p[3].is_quote:  # „Dieter „Didi“ Kowalski … Didi zeigte sich …“
                full.setdefault(p[2].text, set()).add(p._.canonical or p.text)
        unique = {first: next(iter(names)) for first, names in full.items() if len(names) == 1}
        if not unique:
            return
        for p in people:
            if len(p) == 1 and p.text in unique and p._.canonical == p.text:
                p._.canonical = unique[p.text]
                p._.evidence = f"Vor- oder Spitzname einer bereits genannten Person: {unique[p.text]}"
        for tok in doc:
            if tok.i not in taken and tok.text in unique and tok.tag_ == "NE":
                self._person(doc, tok.i, tok.i + 1, f"Vor- oder Spitzname einer bereits genannten Person: "
                             f"{unique[tok.text]}", people)
                people[-1]._.canonical = unique[tok.text]
                taken.add(tok.i)

    def __call__(self, doc: Doc) -> Doc:
        g = self.g
        spans: list[Span] = []
        embedded: list[tuple[int, int, str, str, str]] = []
        blocked = self._gazetteer(doc, spans)
        blocked |= self._clubs(doc, spans)
        people: list[Span] = []
        for tok in doc:
            if tok.is_space:
                continue
            text = tok.text
            # role nouns and compounds: speaker-like tokens, affiliation from the first part
            role = self._role(text) if text[:1].isalpha() else None
            if role:
                tok._.role_kind, tok._.role, tok._.affiliation = role
            if tok.i in blocked:
                continue
            if "-" in text[1:]:
                first = text.split("-", 1)[0]
                entry = g.names.get(first)
                if entry and text not in g.names:
                    embedded.append((tok.idx, tok.idx + len(first), entry.label, entry.canonical,
                                     f"Name im zusammengesetzten Wort „{text}“: {entry.canonical}"))
                    if not (entry.label == "LOC" and text.lower().endswith(TOPIC_ROLES)):
                        tok._.affiliation = tok._.affiliation or entry.canonical
            # country adjectives
            low = tok.lower_
            if tok.tag_ in ("ADJA", "ADJD") or (low == text and text.isalpha()):
                for cut in (0, 1, 2):  # russisch, russische, russischen (endings: e, en, er, es, em)
                    stem = low[: len(low) - cut]
                    if low[len(low) - cut:] in _ADJ_ENDINGS and stem in g.adjectives:
                        tok._.country = g.adjectives[stem]
                        span = Span(doc, tok.i, tok.i + 1, label="MISC")
                        span._.evidence = f"Herkunftsadjektiv zu {g.adjectives[stem]}"
                        span._.canonical = g.adjectives[stem]
                        span._.kind = "adjective"
                        spans.append(span)
                        break
        blocked |= self._named_bodies(doc, blocked, spans)
        for tok in doc:
            i = tok.i
            if i in blocked or tok.is_space or (people and i < people[-1].end):
                continue  # inside a name already found („Die WHO-Sprecherin Tarik …“: not again from „Tarik“)
            text = tok.text
            nxt = i + 1
            if tok._.role and (tok._.role_kind == "person" or _one_of_a_group(doc, i)):
                end = self._name_after(doc, nxt, blocked)
                if end > nxt:
                    self._person(doc, nxt, end, f"Rollenbezeichnung davor: {text}", people)
                    continue
            if self._epithet_before_name(doc, tok, blocked):
                end = self._name_after(doc, nxt, blocked)
                if end > nxt + 1:
                    self._person(doc, nxt, end, f"Bezeichnung davor: {text}", people)
                    continue
            if text.lower() in g.kin and nxt < len(doc) and doc[nxt].text in g.first_names and nxt not in blocked:
                end = self._name_after(doc, nxt, blocked)  # „ihr Mann Paul“, „Tochter Lena (16)“
                self._person(doc, nxt, max(end, nxt + 1), f"Familienbezeichnung davor: {text}", people)
                continue
            if text in g.first_names and (end := self._nickname_end(doc, nxt, blocked)) is not None:
                self._person(doc, i, end, f"Vorname, Spitzname in Anführungszeichen, Nachname: {text}", people)
                continue
            if text in g.first_names and nxt < len(doc) and (
                    _is_cap(doc[nxt]) or (nxt := self._particles_end(doc, nxt, blocked)) > i + 1):  # „Pedro de la Rosa“
                end = self._name_after(doc, nxt, blocked)
                if end > nxt:
                    self._person(doc, i, end, f"Vorname: {text}", people)
                    continue
            if text.lower() in g.titles and nxt < len(doc):
                end = self._name_after(doc, nxt, blocked)
                if end > nxt:
                    self._person(doc, nxt, end, f"Anrede/Titel davor: {text}", people)
                    continue
        taken = {k for p in people for k in range(p.start, p.end)} | blocked
        known = self._surnames(people)
        # proper nouns (HanTa NE): acronyms → ORG, runs of two or three → PER (not across known surnames)
        singles: list[int] = []
        for tok in doc:
            i = tok.i
            if i in taken or tok.tag_ != "NE" or not _is_cap(tok) or "-" in tok.text:
                continue
            if _is_acronym(tok.text):
                span = Span(doc, i, i + 1, label="ORG")
                span._.evidence = f"Abkürzung in Großbuchstaben: {tok.text}"
                span._.canonical, span._.kind = tok.text, "acronym"
                spans.append(span)
                taken.add(i)
                continue
            if _base(tok.text, known) in known or self._owner_before_name(doc, i, taken):
                continue
            end = i + 1
            while end < len(doc) and end not in taken and doc[end].tag_ == "NE" and (
                    _is_cap(doc[end]) and "-" not in doc[end].text or _ARTICLE_NAME.match(doc[end].text)) \
                    and not _is_acronym(doc[end].text) and end - i < 3 \
                    and _base(doc[end].text, known) not in known:
                end += 1
            kind = _name_kind(doc[i:end])
            if kind:
                label, word = kind
                first = i  # „Delta Airlines“: capitalised words right before belong to the name
                while first > 0 and i - first < 2 and first - 1 not in taken and _is_cap(doc[first - 1]) \
                        and not doc[first - 1].is_sent_start and self._name_word_before(doc[first - 1]) \
                        and self._role(doc[first - 1].text) is None:
                    first -= 1
                span = Span(doc, first, end, label=label)
                span._.evidence = f"Eigenname mit „{word}“"
                span._.canonical, span._.kind = span.text, "name"
                spans.append(span)
                taken.update(range(first, end))
            elif end - i >= 2:
                self._person(doc, i, end, "mehrteiliger Eigenname", people)
                taken.update(range(i, end))
            else:
                singles.append(i)
        known = self._surnames(people)
        self._propagate(doc, known, taken, people)
        # a single proper noun in a speaker position: next to a reporting verb, after „laut“/„so“, before „zufolge“
        for i in singles:
            if i in taken or doc[i]._.role_kind is not None:
                continue  # „so Koautorin Anna Roth“: a role noun the tagger read as a name is no person
            prev = doc[i - 1] if i > 0 else None
            after = doc[i + 1] if i + 1 < len(doc) else None
            if prev is not None and prev.tag_ in ("APPR", "APPRART") and prev.lower_ != "laut":
                continue  # „Werner Gruber aus Unterau meint“: the place after a preposition is no speaker
            if prev is not None and prev.tag_ == "NN" and prev._.role_kind == "organisation":
                continue  # „Der Landkreis Rosenheim teilte mit“: the place names the body, it is no person
            if after is not None and after.tag_ == "NN" and after._.role and doc[i].text.endswith("s") \
                    and doc[i].text not in g.first_names:
                continue  # „sagte Leverkusens Trainer Xabi Alonso“: the genitive says whose coach speaks
            if (prev is not None and (prev.lemma_ in SPEECH_LEMMAS or prev.lower_ in ("laut", "so"))) or \
                    (after is not None and (after.lemma_ in SPEECH_LEMMAS or after.lower_ == "zufolge")):
                self._person(doc, i, i + 1, "Eigenname als Sprecher (neben Redeverb, „laut“ oder „zufolge“)", people)
                taken.add(i)
            elif (aged := _age_of(doc, i)) is not None:
                self._person(doc, i, i + 1, f"Vorname mit Altersangabe: {aged.text.rstrip(',')}", people)
                taken.add(i)
        self._propagate(doc, self._surnames(people), taken, people)
        self._first_name_only(doc, taken, people)
        ents = filter_spans(spans + people)
        doc.ents = ents
        doc._.embedded_ents = embedded
        _bracket_acronyms(doc)
        return doc


@Language.factory("medialit_entities")
def make_entity_recognizer(nlp: Language, name: str) -> EntityRecognizer:
    """Rule- and list-based entities (PER/ORG/LOC/MISC) with ``span._.evidence``."""
    return EntityRecognizer(nlp, name)


def _bracket_acronyms(doc: Doc) -> None:
    """„die Bundesagentur für Arbeit (BA) … Laut BA …“: a short name in brackets right after an organisation's full
    name stands for that organisation wherever the text uses it, so the inventory lists the full name."""
    ents = list(doc.ents)
    full: dict[str, str] = {}
    for e, nxt in zip(ents, ents[1:], strict=False):
        if e.label_ == "ORG" and nxt.label_ == "ORG" and len(nxt) == 1 and nxt.start == e.end + 1 \
                and doc[e.end].text == "(" and nxt.end < len(doc) and doc[nxt.end].text == ")" \
                and _is_acronym(nxt.text) and len(e) > 1:
            full.setdefault(nxt.text, e._.canonical or e.text)
    for e in ents:
        if e.label_ == "ORG" and e.text in full and (e._.canonical or e.text) == e.text:
            e._.canonical = full[e.text]
