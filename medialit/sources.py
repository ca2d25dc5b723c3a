"""The source inventory: who is heard in a text, how often, how (direct or second-hand) and as what.

``inventory(quotes, doc)`` groups the quotations of ``medialit.quotes`` by the speaker's resolved name and
adds what the text says about each source: role („NATO-Sprecherin“), affiliation („NATO“), named or not.
"""

from __future__ import annotations

from medialit.model import QUOTE_KINDS, Quote, Source
from medialit.nlp.entities import FIELD_ACRONYMS
from medialit.nlp.gazetteers import load_gazetteers
from medialit.quotes.base import STRONG_ENDINGS, proper_body, without_article
from medialit.quotes.speakers import POSSESSIVES, _dative_plural_in_en, _ent_name, _origin_span, _person_noun

# HanTa tags an unknown role compound before a name as NE („Chefvolkswirtin“), an English title as FM („CTO“)
ROLE_TAGS = {"NN", "NE", "FM"}
TITLE_OPENING_MARKS = ("„", "»", "«", "\"", "‚", "“")


#: Pronouns whose person the text leaves open: without a resolved name they are listed as „unbekannt“.
UNRESOLVED = {"er", "sie", "es", "ihn", "man", "der", "die", "das", "dieser", "diese"}


def inventory(quotes: list[Quote], doc=None) -> list[Source]:
    """One ``Source`` per speaker, in order of first appearance; unresolved pronouns count as „unbekannt“."""
    by_name: dict[str, Source] = {}
    relayed: dict[str, list[bool]] = {}
    for q in quotes:
        if q.speaker is None:
            continue
        name = q.speaker.name or (None if q.speaker.text.lower() in UNRESOLVED else q.speaker.text) or "unbekannt"
        src = by_name.get(name)
        if src is None:
            src = Source(name=name, kind=q.speaker.kind, counts={k: 0 for k in QUOTE_KINDS}, first=q.start,
                         last=q.start, named=_named(q, doc))
            by_name[name] = src
            relayed[name] = []
        elif not src.named:
            src.named = _named(q, doc)  # „nach Angaben des Unternehmens“ first, „Apple teilte mit“ later
        src.counts[q.kind] += 1
        src.words_quoted += q.words
        src.first = min(src.first, q.start)
        src.last = max(src.last, q.start)
        if q.speaker.spans[0] not in src.mentions:
            src.mentions.append(q.speaker.spans[0])
        relayed[name].append(q.relay is not None)
        if q.relay is not None:
            src.evidence.append(f"über {q.relay.name or q.relay.text} wiedergegeben")
    for name, src in by_name.items():
        src.second_hand = bool(relayed[name]) and all(relayed[name])
        if doc is not None:
            src.role, src.affiliation = _role(doc, src)
            if src.kind == "person" and src.role:
                src.role = _nominative_role(src.role)
            if src.kind == "person" and src.affiliation is None:
                src.affiliation = _bracket_party(doc, src.name) or _mention_affiliation(doc, src)
        src.evidence = list(dict.fromkeys(src.evidence))
        if src.second_hand:
            src.evidence.insert(0, "nur aus zweiter Hand zu hören")
        if not src.named:
            src.evidence.append("nicht namentlich genannt")
    return sorted(by_name.values(), key=lambda s: s.first)


def _named(q: Quote, doc) -> bool:
    """A source is named when its mention (or the resolved name) is a proper name, not a role or group."""
    if q.speaker.kind == "anonymous":
        return False
    if doc is None:
        return q.speaker.name[:1].isupper() and q.speaker.kind in ("person", "organisation")
    start, end = q.speaker.spans[0]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    origin = _origin_span(doc, (span.start, span.end)) or (0, 0)
    if any((t.tag_ == "NE" or t.ent_type_ in ("PER", "ORG")) and not origin[0] <= t.i < origin[1] for t in span):
        return True  # „Ein Landwirt aus Bayern“ names no one: the place tells where the person comes from
    if q.speaker.kind == "organisation" and proper_body(doc, (span.start, span.end)):
        return True  # „der Deutsche Mieterbund“: a name, though no word of it is a proper noun
    if q.speaker.kind == "organisation" and q.speaker.name and any(f"{m}{q.speaker.name}" in q.speaker.text
                                                                  for m in TITLE_OPENING_MARKS):
        return True  # a title in marks: „Das „Hamburger Abendblatt“ schrieb“
    # a pronoun or description resolved to a person named in the text (not „Der Manager der Band“ → „Manager der
    # Band“, which names nobody), or to an organisation named in the text („des Unternehmens“ → Apple, „wie sie
    # mitteilte“ → Bundesbank)
    if q.speaker.name == q.speaker.text:
        return False
    if q.speaker.kind == "organisation":  # „Deutscher Ethikrat“: a name of capitalised words is a proper name
        words = q.speaker.name.split()
        return _names_organisation(doc, q.speaker.name) or (len(words) >= 2 and all(w[:1].isupper() for w in words))
    return q.speaker.kind == "person" \
        and any(e.label_ == "PER" and e.text == q.speaker.name for e in doc.ents)


def _names_organisation(doc, name: str) -> bool:
    """Whether ``name`` is the name (or listed short name) of an organisation entity of the text."""
    return any(e.label_ == "ORG" and name in (e.text, _ent_name(e)) for e in doc.ents)


def _role(doc, src: Source) -> tuple[str | None, str | None]:
    """Role and affiliation from a role noun next to the source's name anywhere in the text."""
    parts = src.name.split()
    if not parts:
        return None, None
    last = parts[-1]
    for tok in doc:
        if tok.text != last and tok.text != src.name:
            continue
        k = tok.i - len(parts) + 1 if tok.text == last else tok.i
        if tok.text == last and (k < 0 or doc[k:tok.i + 1].text != src.name):
            continue  # „Pro Bahn“ is not „Deutsche Bahn“: the whole name must stand there
        if tok.text == last and len(parts) > 1 and tok.i > 0 and doc[tok.i - 1].tag_ == "NE" \
                and doc[tok.i - 1].text != parts[-2]:
            continue  # „Katharina Huber“ is not „Martin Huber“: another first name before the surname
        # role noun before the name: „Präsident Alexander Lukaschenko“, „die NATO-Sprecherin Oana Lungescu“
        j = _before_titles(doc, k - 1)
        if j >= 0 and doc[j].tag_ in ROLE_TAGS and _role_of(doc[j]) and (doc[j].ent_type_ != "ORG" or _office(doc[j])):
            if (title := _english_title(doc, j)) is not None:
                return title, None
            start = j
            while start - 1 >= 0 and doc[start - 1].tag_ == "ADJA" and not doc[start - 1].text[:1].isdigit():
                start -= 1
            article = start - 1 if start < j and start > 0 and doc[start - 1].lower_ in STRONG_ENDINGS else start
            role = without_article(doc, article, j + 1)  # „Der finnische Präsident X“ → finnischer Präsident
            if start == j:
                role = _strong_noun(doc, doc[j])  # „der Vorsitzende Frank Werneke“ → Vorsitzender
            if _oblique(doc, start, j):
                role = doc[j].lemma_  # „des israelischen Senders Kan“ → Sender (the case is the sentence's)
            return role, _affiliation(doc[j]) or _genitive_body(doc, j) or _possessive_body(doc, start)
    found = next((r for tok in doc if tok.text == last and (r := _apposition_role(doc, tok.i + 1))), None)
    if found is not None:
        return found
    found = next((r for tok in doc if tok.text == parts[0] and doc[tok.i:tok.i + len(parts)].text == src.name
                  and (r := _role_before_comma(doc, tok.i))), None)
    if found is not None:
        return found
    # the mention itself holds the role („die Sprecherin“)
    for start, end in src.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            if t.tag_ in ("APPR", "APPRART") and t.i > span.start:
                break  # „Das Bundesamt für Migration und Flüchtlinge“: a noun after a preposition is no role of it
            # „des Robert Koch-Instituts“: a role noun inside an organisation's own name is no role
            # „…, so Richter“: a surname that is also a role noun („Richter“, „Koch“, „Schneider“) is the name
            if t.tag_ in ROLE_TAGS and _role_of(t) and t.ent_type_ != "ORG" and _role_kind(t) != "source" \
                    and not (t.text in parts and t.ent_type_ == "PER"):
                circles = t.lower_.endswith("kreisen")  # „aus Kreisen der Grünen“: the role is „Kreise“
                role = t.text[:-1] if circles else doc[t.i].lemma_ if _oblique(doc, t.i, t.i) else _strong_noun(doc, t)
                role = _english_title(doc, t.i) or role  # „Die Chief Technology Officer von Lumora“
                return role, _affiliation(t) or _genitive_body(doc, t.i)  # „Papier des Ministeriums“ → Ministerium
    return _occupation(doc, src.name), None


def _occupation(doc, name: str) -> str | None:
    """„Tierpflegerin Marie Schulz“, „Heizungsbauer Stefan Lorenz“: a noun for a person right before the full name
    (an occupation the role lists do not hold) is the person's role."""
    parts = name.split()
    if len(parts) < 2:
        return None
    for tok in doc:
        k = tok.i
        if tok.text == parts[0] and k > 0 and doc[k:k + len(parts)].text == name and doc[k - 1].tag_ == "NN" \
                and doc[k - 1].text[:1].isupper() and _person_noun(doc[k - 1]) and doc[k - 1].ent_type_ != "ORG":
            return doc[k - 1].text
    return None


def _before_titles(doc, j: int) -> int:
    """„Studienleiterin Dr. Hanna Lütjens“, „der Chemiker Professor Thomas Berger“: the index of the word before the
    titles that open a name (``j`` when the word there is no title or nothing but titles stand before)."""
    titles = load_gazetteers().titles
    m = j
    while m >= 0 and doc[m].lower_ in titles:
        m -= 1
    return m if m < j and m >= 0 and doc[m].tag_ in ROLE_TAGS and _role_of(doc[m]) else j


def _strong_noun(doc, t) -> str:
    """„Der Vorsitzende der Bischofskonferenz, Georg Bätzing“ → Vorsitzender: a nominalised adjective after „der“
    takes the strong ending once the article is gone, when the lexicon lists that form; a bare dative plural
    („Händlern zufolge“) is listed in the nominative."""
    if t.tag_ == "NN" and t.lemma_.endswith(("er", "el")) and t.text == t.lemma_ + "n" \
            and (t.i == 0 or doc[t.i - 1].tag_ != "ART"):
        return t.lemma_  # „Händlern zufolge“: a bare dative plural is listed in the nominative (Händler)
    if (t.i == 0 or doc[t.i - 1].tag_ != "ART") and (plural := _dative_plural_in_en(doc, (t.i, t.i + 1))):
        return plural  # „nach Einschätzung von Volkswirten“ → Volkswirte
    if t.tag_ == "NN" and t.i > 0 and doc[t.i - 1].lower_ == "des" and t.text.endswith("es") \
            and t.lemma_[:1].isupper() and t.text.startswith(t.lemma_):
        return t.lemma_  # „in einer Mitteilung des Verbandes“ → Verband: the genitive is the sentence's case
    strong = (t.text + "r").lower()
    roles = load_gazetteers().roles
    if t.i > 0 and doc[t.i - 1].lower_ == "der" and t.text.endswith("e") and (strong in roles or any(
            strong[k:] in roles and strong[k:-1] in roles for k in range(len(strong) - 6))):  # a listed compound tail
        return t.text + "r"  # „der Ehrenvorsitzende“ → Ehrenvorsitzender (a compound of „Vorsitzender“)
    return t.text


OBLIQUE_ARTICLES = {"des", "dem", "den", "eines", "einem", "einen"}


def _oblique(doc, start: int, j: int) -> bool:
    """Whether the role noun at ``j`` (adjectives from ``start``) stands in the genitive or dative („des
    israelischen Senders“, „dem Sprecher“), so the inventory gives its base form instead."""
    before = doc[start - 1].lower_ if start > 0 else ""
    return doc[j].lemma_[:1].isupper() and (before in OBLIQUE_ARTICLES or (
        start < j and doc[start].lower_.endswith("en") and before in ("der", "einer")))


def _nominative_role(role: str) -> str:
    """„Grünen-Abgeordneten“ → „Grünen-Abgeordnete“, „des Vorsitzenden“ → „Vorsitzende“: a person's role is listed
    in the nominative singular, not in the case of the mention it was read from (only the last word changes)."""
    head, sep, last = role.rpartition(" ")
    prefix, dash, noun = last.rpartition("-")
    roles = load_gazetteers().roles
    for cut in ("n", "s"):
        base = noun[:-len(cut)]
        if noun.endswith("e" + cut if cut == "n" else cut) and roles.get(base.lower(), ("",))[0] == "person":
            return f"{head}{sep}{prefix}{dash}{base}"
    return role


def _office(tok) -> bool:
    """„Ständerat Hannes Germann“, „Bundesrat Ignazio Cassis“: a chamber's name that is also the title of its
    members (a person role of ``roles.tsv``) is the role when a person's name follows it."""
    return _role_kind(tok) == "person" and tok.ent_type_ == "ORG" and tok.ent_iob_ == "B" \
        and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_type_ == "PER" \
        and (tok.i + 2 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ == "B")


def _bracket_party(doc, name: str) -> str | None:
    """„Dietmar Wendt (SPD)“, „Domres (Linke)“, Swiss „Eva Herzog (SP/BS)“ with the canton after a slash: the
    party in brackets right after the person's name."""
    last = name.split()[-1] if name else ""
    for tok in doc:
        if tok.text == last and tok.i + 3 < len(doc) and doc[tok.i + 1].text == "(":
            close = next((k for k in range(tok.i + 3, min(tok.i + 6, len(doc))) if doc[k].text == ")"), None)
            party = _party(doc[tok.i + 2].text.split("/")[0])
            if close is not None and party is not None and (close == tok.i + 3 or doc[tok.i + 3].text.startswith("/")):
                return party
    return None


#: Roles that belong to a party named in the genitive („Vorsitzende der FDP“; a „Kritiker der AfD“ does not).
PARTY_OFFICES = ("vorsitzende", "vorsitzender", "chef", "chefin", "sprecher", "sprecherin", "sekretär", "sekretärin",
                 "mitglied", "politiker", "politikerin", "abgeordnete", "abgeordneter", "kandidat", "kandidatin")


def _mention_affiliation(doc, src: Source) -> str | None:
    """„…, sagte der SPD-Politiker“, „Der Vorsitzende der FDP, Paul Neumann“: the party of a description the
    person is quoted under."""
    for start, end in src.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and (party := _speaking_for(doc, span) or _label_employer(doc, span)) is not None:
            return party
        for t in span if span is not None else ():
            if t.tag_ in ROLE_TAGS and _role_of(t) and t.ent_type_ != "ORG" and (aff := _affiliation(t)):
                return aff
            if t.i > 1 and doc[t.i - 1].lower_ in ("der", "des") and (party := _party(t.text)) is not None \
                    and (doc[t.i - 2].lower_.endswith(PARTY_OFFICES) or (
                        doc[t.i - 2].lower_ == "von" and t.i > 2 and doc[t.i - 3].ent_type_ == "PER")):
                return party  # „Der Vorsitzende der FDP“, „Stephan Bothe von der AfD“
    return None


def _label_employer(doc, span) -> str | None:
    """„Thomas Gitzel, VP Bank: „…““: a listed organisation after the comma of a speaker label that opens with a
    person's name is the person's employer."""
    comma = next((t.i for t in span if t.text == ","), None)
    if comma is None or comma + 1 >= span.end or not any(doc[k].ent_type_ == "PER" for k in range(span.start, comma)):
        return None
    entry = load_gazetteers().names.get(doc[comma + 1:span.end].text)
    return entry.canonical if entry is not None and entry.label == "ORG" else None


def _party(text: str) -> str | None:
    """The canonical name of a party listed as ``text`` („Grünen“ → Bündnis 90/Die Grünen), else None."""
    entry = load_gazetteers().names.get(text)
    return entry.canonical if entry is not None and entry.kind == "party" else None


def _speaking_for(doc, span) -> str | None:
    """„Für die Grünen hielt Julia Verlinden dagegen.“: a party after „Für die/den“ opening the speaker's sentence
    is the party the speaker talks for in a debate."""
    first = span.sent.start
    if doc[first].lower_ != "für" or first + 2 >= span.start or doc[first + 1].lower_ not in ("die", "den", "das"):
        return None
    return _party(doc[first + 2].text)


def _apposition_role(doc, k: int) -> tuple[str, str | None] | None:
    """„Monika Schnitzer, Vorsitzende des Sachverständigenrats“, „Sebastian Dullien, wissenschaftlicher Direktor
    des IMK“: a role noun in apposition right after the name (``k`` is the token after it)."""
    if k >= len(doc) or doc[k].text != ",":
        return None
    j = k + 1
    while j < len(doc) and doc[j].tag_ == "ADJA" and not doc[j].text[:1].isdigit():
        j += 1
    if j >= len(doc) or doc[j].tag_ not in ROLE_TAGS or not _role_of(doc[j]) or doc[j].ent_type_ == "ORG":
        return None
    return doc[k + 1:j + 1].text, _affiliation(doc[j]) or _genitive_body(doc, j)


def _role_before_comma(doc, k: int) -> tuple[str, str | None] | None:
    """„Der außenpolitische Sprecher der Unionsfraktion, Jürgen Hardt, …“: a role noun with its genitive body
    before a comma and the name at ``k``; the role with its adjectives, and the body as the affiliation."""
    if k < 4 or doc[k - 1].text != ",":
        return None
    m = k - 2  # back over the genitive phrase („der Unionsfraktion“, „des Auswärtigen Ausschusses“)
    while m > k - 6 and doc[m].tag_ in ("NN", "NE", "ADJA"):
        m -= 1
    j = m - 1
    if doc[m].lower_ not in ("der", "des") or j < 0 or doc[j].tag_ not in ROLE_TAGS or not _role_of(doc[j]) \
            or _role_kind(doc[j]) != "person" or doc[j].ent_type_ == "ORG":
        return None
    if (title := _english_title(doc, j)) is not None:
        return title, _genitive_body(doc, j)
    start = j
    while start - 1 >= 0 and doc[start - 1].tag_ == "ADJA" and not doc[start - 1].text[:1].isdigit():
        start -= 1
    article = start - 1 if start < j and start > 0 and doc[start - 1].lower_ in STRONG_ENDINGS else start
    role = without_article(doc, article, j + 1) if start < j else _strong_noun(doc, doc[j])
    return role, _affiliation(doc[j]) or _genitive_body(doc, j)


def _english_title(doc, j: int) -> str | None:
    """„Chief Technology Officer Priya Raman“, „CTO Priya Raman“: an English title (tagged as a foreign word) is
    kept whole and as written, with the capitalised English words before its listed last word."""
    start = j
    while start - 1 >= 0 and doc[start - 1].tag_ in ("FM", "NE") and doc[start - 1].ent_type_ == "" \
            and doc[start - 1].text[:1].isupper():
        start -= 1  # the tagger takes a word of the title now and then for a name („Executive“)
    while start < j and doc[start].tag_ != "FM":
        start += 1
    return doc[start:j + 1].text if start < j or doc[j].tag_ == "FM" else None


def _genitive_body(doc, j: int) -> str | None:
    """„Jörg Krämer, Chefvolkswirt der Commerzbank“, „ein Analyst der Helaba“: a named body in the genitive right
    after the role noun is the affiliation; a party only for its offices („Kritiker der AfD“ is no member)."""
    if j + 2 >= len(doc) or doc[j + 1].lower_ not in ("der", "des") or doc[j + 2].ent_type_ != "ORG" \
            or doc[j + 2].ent_iob_ != "B" or doc[j].lower_ in load_gazetteers().kin:
        return None  # „sagte seine Schwester der Deutschen Presse-Agentur“: the medium she spoke to
    ent = next((e for e in doc.ents if e.start == j + 2), None)
    entry = load_gazetteers().names.get(ent.text) if ent is not None else None
    if ent is None or (entry is not None and entry.kind == "party" and not doc[j].lower_.endswith(PARTY_OFFICES)):
        return None
    return _body_name(ent)


def _body_name(ent) -> str:
    """An organisation's name as the inventory lists it: the listed canonical name, else the entity's base form
    („des Wirtschaftsministeriums“ → Wirtschaftsministerium)."""
    entry = load_gazetteers().names.get(ent.text)
    return entry.canonical if entry is not None else _ent_name(ent)


#: Possessives before a role that take up an organisation („Sein Ehrenvorsitzender“, „Deren Vize“).
BODY_POSSESSIVES = {*POSSESSIVES, "deren", "dessen"}


def _possessive_body(doc, start: int) -> str | None:
    """„Der Fahrgastverband Pro Bahn … Sein Ehrenvorsitzender Karl-Peter Naumann“: a possessive before the role
    takes up the organisation named last in this or the sentence before, unless a person was named after it."""
    if start == 0 or doc[start - 1].lower_ not in BODY_POSSESSIVES:
        return None
    sent = doc[start].sent
    floor = doc[sent.start - 1].sent.start if sent.start > 0 else 0
    before = [e for e in doc.ents if floor <= e.start and e.end <= start - 1 and e.label_ in ("ORG", "PER")]
    if not before or before[-1].label_ != "ORG":
        return None  # „Die Klägerin Lea Brunner … Ihr Anwalt“: the lawyer is hers, not an organisation's
    return _body_name(before[-1])


def _role_kind(tok) -> str | None:
    """„person“, „group“, „organisation“ or „source“ (a document: „einer Umfrage des Digitalverbands Bitkom“)."""
    return getattr(tok._, "role_kind", None) if tok.has_extension("role_kind") else None


def _role_of(tok) -> str | None:
    role = getattr(tok._, "role", None) if tok.has_extension("role") else None
    return role


def _affiliation(tok) -> str | None:
    aff = getattr(tok._, "affiliation", None) if tok.has_extension("affiliation") else None
    if aff:
        return aff
    if "-" in tok.text:
        head = tok.text.split("-")[0]
        if head.isupper() and head not in FIELD_ACRONYMS:  # „IT-Sicherheitsforscher“ names a field, no body
            return head
    return None
