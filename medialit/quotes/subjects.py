"""Who speaks: the subject of a reporting verb, found by German word order over STTS tags (Vorfeld, Mittelfeld,
relative clauses, appositions) and noun-phrase chunks.
"""

from __future__ import annotations

from dataclasses import replace

from medialit import verbs as lexicon
from medialit.nlp.gazetteers import load_gazetteers
from medialit.nlp.tagger import hanta
from medialit.quotes.base import (
    AGE_NOUN,
    DATIVE_DETS,
    DETS,
    FINITE,
    FOCUS_PARTICLES,
    GROUP_PRONOUNS,
    INFO_NOUNS,
    JOINING_ADVERBS,
    NOUNS,
    ORG_WORDS,
    ROLE_SUFFIXES,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    _Frame,
    _is_punct,
    _is_verb,
    _Text,
    _trim,
)

STANDALONE_PRONOUNS = {"man", "beide", "alle", "viele", "dieser", "diese", "letztere", "letzterer", "erstere",
                       "ersterer", "jener", "jene", "niemand", "jemand", "keiner"}


CORRELATIVES = {"sowohl": ("als", "auch"), "weder": ("noch",), "entweder": ("oder",)}


ATTRIBUTE_INNER = {"ART", "NN", "NE", "APPR", "APPRART", "ADV", "ADJD", "CARD", "PPOSAT", "PIAT", "PTKNEG", "PRF"}


def _noun_phrase(doc, i: int, stop: int) -> tuple[int, int] | None:
    """The noun phrase starting at token ``i`` (before ``stop``) as a token range, or None."""
    if i >= stop:
        return None
    tok = doc[i]
    if tok.tag_ in ("PPER", "PIS", "PDS") and tok.lower_ in SUBJECT_PRONOUNS | STANDALONE_PRONOUNS:
        return (i, i + 1)
    if tok.lower_ in CORRELATIVES and tok.tag_ in ("KON", "ADV"):
        return _correlative(doc, i, stop)
    j = i
    if doc[j].tag_ in DETS:
        j += 1
        if j < stop and doc[j].tag_ == "PIS" and (j + 1 >= stop or not _nounish(doc, j + 1)):
            return (i, j + 1)  # „die beiden“, „die meisten“
        if j + 1 < stop and doc[j].tag_ in ("PIAT", "PIDAT") and doc[i].tag_ == "ART" and _nounish(doc, j + 1):
            j += 1  # „die beiden Politiker“, „die übrigen Minister“: a quantifier between article and noun
    j = _attributes(doc, j, stop, has_det=j > i)
    quoted = _quoted_name_end(doc, j, stop)
    if quoted > j and (quoted >= stop or doc[quoted].tag_ not in NOUNS):
        return (i, quoted)  # „der „Focus““
    j = quoted
    if j >= stop or not _nounish(doc, j):
        if j > i + 1 and doc[i].tag_ in ("ART", "PDAT") and doc[j - 1].tag_ == "ADJA" and (
                j >= stop or doc[j].tag_ not in NOUNS | {"ADJA", "TRUNC"}):
            return (i, j)  # a nominalised adjective the tagger missed: „der 81-jährige“
        return None
    while j < stop and (_nounish(doc, j) or (doc[j].text == "-" and j + 1 < stop)
                        or (doc[j].ent_iob_ == "I" and doc[j].ent_type_ in ("PER", "ORG"))):
        j += 1
    head_is_common = doc[j - 1].tag_ == "NN"
    # coordination of nouns: „US-Vertreter und EU-Vertreter“
    if j + 1 < stop and doc[j].lower_ in ("und", "sowie") and doc[j + 1].tag_ in NOUNS | DETS | {"ADJA"}:
        nxt = _noun_phrase(doc, j + 1, stop)
        if nxt:
            j = nxt[1]
    # genitive attributes after a common noun: „die Sprecherin der Polizei“, „der Leiter des Programms der WHO“
    genitives = 0
    while head_is_common and j + 1 < stop and (doc[j].lower_ in ("der", "des") or _letter_owner(doc, j)):
        k = _attributes(doc, j + 1, stop, has_det=True)
        if genitives and _dative_medium(doc, j, k, stop):
            break  # „ein Sprecher des Ministeriums der Agentur Suna“: the agency is spoken to, no second genitive
        genitives += 1
        quoted = _quoted_name_end(doc, k, stop)
        if quoted > k:
            j = quoted  # „der Sprecher der „Initiative Grün““
            head_is_common = False
        elif k < stop and doc[k].tag_ in NOUNS:
            while k < stop and (doc[k].tag_ in NOUNS or (doc[k].ent_iob_ == "I" and doc[k].ent_type_ == "ORG")):
                k += 1  # „des Potsdam-Instituts für Klimafolgenforschung“: a listed name goes on past „für“
            j = k
            head_is_common = doc[j - 1].tag_ == "NN"
        else:
            break
    # abbreviation in brackets: „(SdK)“
    if j + 2 < stop and doc[j].text == "(" and doc[j + 2].text == ")" and doc[j + 1].tag_ in NOUNS:
        j += 3
    return (i, _team_leader_end(doc, _spokesperson_of(doc, j, stop), stop))


def _spokesperson_of(doc, j: int, stop: int) -> int:
    """„erklärte eine Sprecherin von Chattr, …“: „von“ and a name after a spokesperson (ending at ``j``) say whom
    she speaks for and belong to the phrase; the end of the phrase."""
    if j + 1 >= stop or doc[j].lower_ != "von" or not doc[j - 1].lower_.endswith(("sprecher", "sprecherin")) \
            or doc[j + 1].tag_ not in ("NE", "FM") or not doc[j + 1].text[:1].isupper():
        return j
    k = j + 2
    while k < stop and doc[k].ent_iob_ == "I" and doc[k].ent_type_ in ("ORG", "LOC"):
        k += 1
    return k


def team_noun(tok) -> bool:
    """„Team“, „Forscherteam“, „Forscher“, „Arbeitsgruppe“: a group that can be named after its leader."""
    nouns = load_gazetteers().team_nouns
    return tok.tag_ == "NN" and any(w.endswith(n) for w in (tok.lower_, tok.lemma_.lower()) for n in nouns)


def _team_leader_end(doc, j: int, stop: int) -> int:
    """„ein Team um den Toxikologen Matthew Campen“, „die Forscher um Katus“: the index past the leader's name
    after „um“ when a group noun ends the phrase at ``j``; else ``j``."""
    if j >= stop or doc[j].lower_ != "um" or not team_noun(doc[j - 1]):
        return j
    k = j + 1
    if k < stop and doc[k].tag_ == "ART":
        k += 1
    while k < stop and doc[k].tag_ in ("ADJA", "NN") and doc[k].ent_type_ != "PER":
        k += 1  # „den Potsdamer Klimaforscher“: the leader's role
    if k >= stop or doc[k].ent_type_ != "PER":
        return j
    while k < stop and doc[k].ent_type_ == "PER":
        k += 1
    return k


#: Letters and diaries, whose writer a possessive genitive names („im Tagebuch ihres Vaters“).
LETTER_NOUNS = ("brief", "briefen", "tagebuch", "tagebüchern", "schreiben", "aufzeichnungen", "notizbuch", "memoiren")
POSSESSIVE_GENITIVES = ("seiner", "seines", "ihrer", "ihres")


def _letter_owner(doc, j: int) -> bool:
    """„in einem Brief seiner Frau Eva“: a possessive in the genitive after a letter or diary names its writer
    (after other nouns „seiner Frau“ is mostly a dative object: „erklärte der Minister seiner Frau“)."""
    return doc[j].lower_ in POSSESSIVE_GENITIVES and doc[j - 1].lower_.endswith(LETTER_NOUNS)


#: Feminine media nouns: „der Zeitung“ after a genitive is the dative of the one a speaker talks to.
DATIVE_MEDIA = ("zeitung", "agentur", "zeitschrift", "illustrierte", "plattform")


def _dative_medium(doc, j: int, k: int, stop: int) -> bool:
    """Whether „der“ at ``j`` opens a medium in the dative (noun at ``k``): „sagte ein Sprecher des Ministeriums
    der Nachrichtenagentur Suna“ — a genitive hangs on a genitive rarely, a speech verb's addressee often."""
    return doc[j].lower_ == "der" and k < stop and doc[k].tag_ == "NN" and doc[k].lower_.endswith(DATIVE_MEDIA)


def _nounish(doc, j: int) -> bool:
    """A noun, or a name the tagger read as another word class: a person or organisation entity
    („Milinkewitsch/ADJD kritisierte“) or a capitalised word after a first name („Theo Zwanziger/ADJA“)."""
    t = doc[j]
    if t.tag_ in NOUNS:
        return True
    if not t.text[:1].isupper() or t.tag_ in ("ART", "PPER", "PPOSAT", "PDAT", "PDS", "PIS", "PIAT", "KON"):
        return False
    if t.ent_type_ in ("PER", "ORG"):
        return True
    return t.tag_ in ("ADJA", "ADJD") and j > 0 and doc[j - 1].tag_ == "NE" and (
        j + 1 >= len(doc) or doc[j + 1].tag_ not in NOUNS)


def _attributes(doc, j: int, stop: int, has_det: bool) -> int:
    """Skip the attributes before a noun: adjectives and numbers, coordinated („afghanische und ausländische“),
    graded („besonders offensive“), or an extended participle („die das Unglück überlebende …“)."""
    if has_det and j < stop and doc[j].tag_ not in {"ADJA", "CARD"} | NOUNS:
        for k in range(j, min(stop, j + 8)):
            if doc[k].tag_ == "ADJA":
                m = k
                while m < stop and doc[m].tag_ == "ADJA":
                    m += 1
                if k > j and m < stop and doc[m].tag_ in NOUNS:
                    j = k
                break
            if doc[k].tag_ == "NN" and k > j + 1 and doc[j].tag_ == "APPR" and doc[k - 1].tag_ == "NN" \
                    and doc[k].text.endswith(("er", "e")) and (k + 1 >= stop or doc[k + 1].tag_ not in NOUNS):
                j = k  # „ein mit den Verhandlungen Vertrauter“: a nominalised participle after its phrase
                break
            if doc[k].tag_ not in ATTRIBUTE_INNER:
                break
    while j < stop:
        t = doc[j]
        if t.tag_ in ("ADJA", "CARD"):
            j += 1
        elif t.tag_ in ("ADV", "ADJD") and j + 1 < stop and doc[j + 1].tag_ == "ADJA":
            j += 1
        elif t.tag_ == "ADV" and has_det and j + 1 < stop and AGE_NOUN.fullmatch(doc[j + 1].text):
            j += 1  # „die heute 72-Jährige“, „der damals 19-Jährige“: the age then or now
        elif t.lower_ in ("und", "oder", ",") and j > 0 and doc[j - 1].tag_ == "ADJA" and j + 1 < stop \
                and doc[j + 1].tag_ == "ADJA":
            j += 1
        elif t.tag_ == "TRUNC" and j + 2 < stop and doc[j + 1].lower_ in ("und", "oder", "bis") \
                and doc[j + 2].tag_ in NOUNS | {"ADJA"}:
            j += 2  # „Die Industrie- und Handelskammer“: the cut first part shares the noun's head
        else:
            break
    return j


def _quoted_name_end(doc, j: int, stop: int) -> int:
    """After a short name in quotation marks („die „Initiative Grün““), the token after the closing mark."""
    if j >= stop or not doc[j].has_extension("quote_partner"):
        return j
    partner = doc[j]._.quote_partner
    if partner is None or partner <= j + 1 or partner - j > 8 or partner >= stop:
        return j
    if not all(doc[k].tag_ in NOUNS | {"ADJA", "FM", "XY", "APPR", "APPRART", "ART", "KON", "CARD"}
               for k in range(j + 1, partner)):
        return j
    if not doc[j + 1].text[:1].isupper() and not (partner == j + 2 and doc[j + 1].tag_ in ("NE", "FM")):
        return j  # a lower-case title only as one proper noun: „die „taz““
    return partner + 1


def _correlative(doc, i: int, stop: int) -> tuple[int, int] | None:
    """„sowohl die Regierung als auch die Opposition“, „weder X noch Y“: both members together."""
    first = _noun_phrase(doc, i + 1, stop)
    if first is None:
        return None
    words = CORRELATIVES[doc[i].lower_]
    j = first[1]
    if j + len(words) < stop and all(doc[j + n].lower_ == w for n, w in enumerate(words)):
        second = _noun_phrase(doc, j + len(words), stop)
        if second is not None:
            return (i, second[1])
    return None


def _name_token(doc, i: int, stop: int) -> tuple[int, int] | None:
    """A name the tagger did not see as a noun („laut Lang“, „laut bildblog.de“), or a looser noun phrase
    („laut einer am Dienstag veröffentlichten Pressemitteilung“)."""
    if i >= stop:
        return None
    t = doc[i]
    if (t.is_alpha and t.text[:1].isupper()) or ("." in t.text and any(c.isalpha() for c in t.text) and len(t) > 3):
        return (i, i + 1)
    if t.tag_ in ("ART", "PPOSAT", "PIAT", "ADJA"):
        for j in range(i + 1, min(stop, i + 9)):
            if doc[j].tag_ in ("NN", "NE") and (j + 1 >= stop or doc[j + 1].tag_ not in ("NN", "NE", "ADJA")) \
                    and doc[j - 1].tag_ in ("ADJA", "ART", "NN", "NE"):
                return (i, j + 1)
            if doc[j].tag_ in FINITE or _is_punct(doc[j]):
                return None
    return None


def _antecedent(doc, comma: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase ending right before ``comma`` (the antecedent of a relative clause)."""
    k = comma - 1
    # extraposed relative clause: „… hinter Demonstranten geworfen, die …“, „war auch X anwesend, der …“ — skip
    # the verbs and a predicative adjective; „…, eine Resolution an das Ministerium zu schicken.“: its „zu“
    while k >= floor and (doc[k].tag_.startswith("V") or doc[k].tag_ in ("PTKVZ", "ADJD", "PTKZU")):
        k -= 1
    if k < floor or doc[k].tag_ not in NOUNS:
        return None
    comma = k + 1
    while k > floor and doc[k].ent_iob_ == "I":  # a name with a preposition: „der Bundesagentur für Arbeit“
        k -= 1
    while k > floor and doc[k - 1].tag_ in NOUNS | {"ADJA"} | DETS:
        if doc[k].tag_ == "ADJA" and doc[k - 1].tag_ in NOUNS:
            while doc[k].tag_ == "ADJA":  # „einen von Großbritannien eingebrachten Entwurf, der …“: the agent
                k += 1  # and the participle are no part of the antecedent („Entwurf“)
            break
        k -= 1
        if doc[k].tag_ in DETS:
            break
    return (k, comma)


def _subject(tx: _Text, clause: tuple[int, int], verb: int) -> tuple[int, int] | None | str:
    """Who speaks with ``verb`` in ``clause``: its subject, or the source phrase of a verb without a speaking
    subject („Aus EU-Kreisen verlautete …“); a token range, "shared" (coordinated verb) or None."""
    if _wie_es_clause(tx, clause, verb):  # „…, wie es im Bericht hieß“: „es“ is a placeholder, no one speaks
        return _because(tx, _source_phrase(tx, (clause[0] + 2, verb)), "Quelle: Präpositionalphrase im Satz „wie es … hieß“")
    subj = _grammatical_subject(tx, clause, verb)
    tok = tx.doc[verb]
    lemma = lexicon.verb_lemma(tok)
    if tok.has_extension("base_lemma") and tok._.base_lemma in IMPERSONAL_SOURCES:
        lemma = tok._.base_lemma  # „heißt es weiter“
    if lemma == "hervorgehen" and (source := _source_phrase(tx, clause, ("aus",))) is not None:
        return _because(tx, source, "Quelle: „aus …“ bei „hervorgehen“")  # „Das geht aus dem Bericht hervor“
    if (subj is None and _passive(tx.doc, clause, verb)) or (subj in (None, "shared") and lemma in IMPERSONAL_SOURCES):
        # „Aus EU-Kreisen verlautete, …“, „In einem Bericht wurde vermutet, …“: no one speaks but a source
        source = _source_phrase(tx, clause) or _source_before(tx, clause) or _pointing_adverb(tx, clause)
        if source is None and (there := _there_source(tx, clause)) is not None:
            # the mention keeps its own reason („Subjekt im Vorfeld“) for its own sentence; here „dort“ names it
            tx.subject_reasons[("dort", *there)] = "Quelle: „dort“/„darin“ verweist auf den Handelnden des vorigen Satzes"
            return there
        if source is not None or subj is None:
            return _because(tx, source, "Quelle: Präpositionalphrase bei Passiv oder unpersönlichem Verb")
    if subj == "shared" and _passive(tx.doc, clause, verb) and (source := _relative_vorfeld_source(tx, clause)):
        # „In einer Mitteilung, die … veröffentlicht wurde, wurde angekündigt, …“: no coordination, the text speaks
        return _because(tx, source, "Quelle: Präpositionalphrase mit Relativsatz im Vorfeld eines Passivs")
    return subj


def _there_source(tx: _Text, clause: tuple[int, int]) -> tuple[int, int] | None:
    """„Die „Süddeutsche Zeitung“ sieht das ähnlich. …, heißt es dort.“: „dort“ or „darin“ in an impersonal frame
    points to the medium, body or text that acts in the sentence before."""
    doc = tx.doc
    if not any(doc[k].lower_ in ("dort", "darin") for k in range(*clause)):
        return None
    si = tx.sent_of[clause[0]]
    return _actor_of_sentence(tx, si - 1) if si > 0 else None


def _wie_es_clause(tx: _Text, clause: tuple[int, int], verb: int) -> bool:
    """Whether ``clause`` is „wie es … heißt/hieß“: a prepositional phrase in it names the source, not a subject."""
    doc = tx.doc
    cs = clause[0]
    return doc[cs].lower_ == "wie" and cs + 1 < verb and doc[cs + 1].lower_ == "es" and doc[verb].lemma_ == "heißen"


IMPERSONAL_SOURCES = {"verlauten", "durchsickern", "heißen", "stehen", "hören"}


SOURCE_PREPOSITIONS = {"aus", "von", "vom", "seitens", "in", "im", "auf", "bei", "beim"}


def _passive(doc, clause: tuple[int, int], verb: int) -> bool:
    """Whether ``verb`` is a participle in a passive with „werden“ (or „sein“: „war vorgesehen“)."""
    return doc[verb].tag_ == "VVPP" and any(doc[k].lemma_ in ("werden", "sein") and doc[k].tag_.startswith("VA")
                                            for k in range(*clause))


TEXT_SOURCES = ("bericht", "erklärung", "mitteilung", "meldung", "zeitung", "brief", "schreiben", "interview",
                "studie", "resolution", "urteil", "gutachten", "stellungnahme", "papier", "dokument", "ausgabe",
                "artikel", "beitrag", "sendung", "blatt", "magazin", "website", "webseite", "homepage", "internetseite",
                "protokoll", "entwurf", "konferenz", "rede", "text", "beschluss", "antwort", "kreisen", "begründung",
                "laudatio", "nachruf")


def _names_text(doc, rng: tuple[int, int]) -> bool:
    """Whether a noun phrase names a text, medium or statement („dem Bericht“, „der Pressemitteilung“,
    „Regierungskreisen“) that can be a source."""
    head = next((doc[k] for k in range(*rng) if doc[k].tag_ == "NN"), None)  # before a genitive: „dem Bericht des …“
    return head is not None and (head.lower_.endswith(TEXT_SOURCES) or head.lower_ in INFO_NOUNS)


AGENT_PREPOSITIONS = {"von", "vom", "durch", "seitens"}


def _passive_source(tx: _Text, clause: tuple[int, int], verb: int, subj) -> tuple[int, int] | None:
    """„In dem Bericht wird die Lage als ernst bezeichnet“: in a „werden“-passive the grammatical subject (or no
    subject) is what is spoken about; a text named in a prepositional phrase of the clause is the source."""
    doc = tx.doc
    if isinstance(subj, tuple) and tx.sents[tx.sent_of[verb]].start <= subj[0] < clause[0]:
        clause = (subj[0], clause[1])  # „… werden X thematisiert und erwogen, ob …“: the coordinated participle
    if isinstance(subj, tuple) and (not clause[0] <= subj[0] < clause[1] or (
            subj[0] > 0 and doc[subj[0] - 1].lower_ in AGENT_PREPOSITIONS | SOURCE_PREPOSITIONS)):
        return None  # a subject from elsewhere, or the agent or source phrase itself
    if subj == "shared" or doc[verb].tag_ not in ("VVPP", "VVFIN") or lexicon.verb_lemma(doc[verb]) == "zitieren":
        return None
    aux = [k for k in range(clause[0], verb if doc[verb].tag_ == "VVFIN" else clause[1])
           if doc[k].tag_.startswith("VA") and not tx.in_quote[k] and not any(
               doc[m].text == "," and not tx.in_quote[m] for m in range(min(k, verb), max(k, verb)))]
    if not any(doc[k].lemma_ == "werden" for k in aux) or any(doc[k].lemma_ == "haben" for k in aux):
        return None  # „wurde … vermutet“ (a participle read as finite after „werden“), not „hat … bekannt gegeben“
    source = _source_phrase(tx, clause, ("in", "im", "aus", "laut", "gemäß", "nach"))
    if source is None or source == subj or not _names_text(doc, source):
        return None
    return _because(tx, source, "Quelle: Text im Passivsatz (das Subjekt ist Gegenstand der Rede)")


def _relative_vorfeld_source(tx: _Text, clause: tuple[int, int]) -> tuple[int, int] | None:
    """The text named in a prepositional phrase that opens the sentence and carries one relative clause right
    before a verb-first clause („In dem Bericht, den X vorlegte, wird …“): that phrase and clause are its Vorfeld."""
    doc = tx.doc
    cs = clause[0]
    source = _source_before(tx, clause)
    if source is None or not _names_text(doc, source) or doc[cs].tag_ not in FINITE or doc[source[1]].text != ",":
        return None
    rel = source[1] + 1
    rel += doc[rel].tag_ in ("APPR", "APPRART")  # „…, in dem …“
    inner = range(rel + 1, cs - 1)
    if doc[rel].tag_ != "PRELS" or any(doc[m].text in (",", ":", ";") or tx.in_quote[m] for m in inner) \
            or doc[cs - 2].tag_ not in FINITE:
        return None  # one relative clause, closed by its finite verb, and nothing else in the Vorfeld
    return source


def _source_before(tx: _Text, clause: tuple[int, int]) -> tuple[int, int] | None:
    """„In dem Bericht, der … wurde, heißt es“: the source phrase opening the sentence before a verb-first clause."""
    s = tx.sents[tx.sent_of[clause[0]]]
    if clause[0] <= s.start or tx.doc[clause[0] - 1].text != "," or tx.doc[s.start].tag_ not in ("APPR", "APPRART"):
        return None
    return _source_phrase(tx, (s.start, clause[0]))


def _pointing_adverb(tx: _Text, clause: tuple[int, int]) -> tuple[int, int] | None:
    """„Darin heißt es, …“: a pronominal adverb of place opening the clause stands for the text it points to."""
    k = clause[0]
    return (k, k + 1) if tx.doc[k].lower_ in ("darin", "darauf") and tx.doc[k].tag_ == "PROAV" else None


def _source_phrase(tx: _Text, clause: tuple[int, int], prepositions=SOURCE_PREPOSITIONS) -> tuple[int, int] | None:
    """The noun phrase of a prepositional phrase naming where news comes from („aus Regierungskreisen“,
    „in einem Bericht der Zeitung“, „bei der Agentur“), not a time („im Februar“)."""
    doc = tx.doc
    for k in range(*clause):
        if doc[k].lower_ in prepositions and not tx.in_quote[k]:
            np = _noun_phrase(doc, k + 1, clause[1])
            if np is not None and not _time_phrase(doc, np) and not any(
                    doc[m].lower_ in TIME_NOUNS for m in range(*np)):
                return np
    return None


def _grammatical_subject(tx: _Text, clause: tuple[int, int], verb: int) -> tuple[int, int] | None | str:
    """The subject of ``verb`` in ``clause``: a token range, "shared" (coordinated verb) or None."""
    doc = tx.doc
    clause = _after_missed_boundary(tx, _outside_brackets(tx, clause, verb), verb)
    cs, ce = clause
    first = doc[cs]
    relative = _relative_clause_subject(tx, clause)
    if relative != "no":
        return relative
    if (pronoun := _relative_conjunct_subject(tx, clause, verb)) is not None:
        return _because(tx, pronoun, "Subjekt: Relativpronomen des vorigen Relativsatzes (Verb am Ende)")
    finite = _finite_verb(tx, clause, verb)
    if _passive(doc, clause, verb) and (agent := _passive_agent(tx, clause, verb)) is not None:
        return _because(tx, agent, "Sprecher: Agens des Passivs („von …“)")
    if _addressee_passive(doc, clause, verb):
        # „Die Anwohner wurden aufgefordert, …“: the subject of the passive is who was addressed, nobody is named
        return _no_subject(tx, verb, "Kein Sprecher: Subjekt des Passivs ist der Adressat")
    if first.tag_ == "KOUS" or first.lower_ in SUBORDINATORS or (first.lower_ == "als" and _verb_final(doc, clause, verb)):
        return _subordinate_subject(tx, clause, verb)
    if finite is None or (finite == cs and cs > 0 and doc[cs - 1].tag_ == "KON"):
        return "shared"
    if finite == cs and cs > 0 and doc[cs - 1].text == "," and lexicon.verb_lemma(doc[verb]) in BODY_ES_FRAMES \
            and (it := _inverted_es(tx, finite, verb)) is not None:
        return _because(tx, it, "Subjekt: „es“ nach dem finiten Verb steht für eine Institution")  # „…, teilte es mit“
    if finite == cs and cs > 0 and doc[cs - 1].text == "," and _inverted_pronoun(tx, finite, ce) is None:
        head = _comma_head_subject(tx, clause, finite)
        if head is not None:
            return head
    if (pron := _inverted_pronoun(tx, finite, ce)) is not None:
        # „Die Bürger forderte er auf“: a nominative pronoun after the finite verb is the subject
        return _because(tx, pron, "Subjekt: Pronomen im Nominativ nach dem finiten Verb")
    if finite > cs and (vorfeld := _vorfeld_subject(tx, clause, finite)) is not None:
        if _dative_passive_vorfeld(tx, clause, verb, finite, vorfeld):
            # „Älteren Menschen wurde geraten, …“: the Vorfeld is the addressee, the speaker is unnamed
            return _no_subject(tx, verb, "Kein Sprecher: Dativ im Vorfeld eines unpersönlichen Passivs ist der Adressat")
        return _checked_vorfeld(tx, clause, finite, vorfeld, addressing=lexicon.addresses_someone(doc[verb].lemma_))
    later = _mittelfeld_subject(tx, clause, finite)
    no_person = later is None or not _person_like(doc, later)
    if no_person and finite + 1 < ce and doc[finite + 1].lower_ in JOINING_ADVERBS \
            and _continues_main_clause(tx, cs, finite):
        return "shared"  # „Die Gewerkschaft begrüßte das Angebot, fordert aber mehr Geld“: no new subject
    if no_person and (name := _particle_name(tx, cs, finite)) is not None:
        return _because(tx, name, "Subjekt im Vorfeld: Name mit Namenspartikel („zu“, „von“)")
    if later is None and _continues_main_clause(tx, cs, finite):
        return "shared"  # „X wollte sich nicht festlegen, sagte aber, …“: the verbs share the subject
    if later is None and finite > cs and (it := _inverted_es(tx, finite, verb)) is not None:
        return _because(tx, it, "Subjekt: „es“ nach dem finiten Verb steht für eine Institution")
    return _because(tx, later, "Subjekt nach dem finiten Verb (Mittelfeld)")


def _subordinate_subject(tx: _Text, clause: tuple[int, int], verb: int) -> tuple[int, int] | None:
    """„Als der Minister am Sonntag sagte, …“, „Wie t-online.de berichtet, …“: the first noun phrase (or name)
    after the conjunction; „Als ihm … eröffnet worden war sagte er“: a main clause after the subordinate
    clause's own finite verb (a missing comma) has its subject after the verb."""
    doc = tx.doc
    cs, ce = clause
    if doc[verb].tag_ in FINITE and any(doc[k].tag_ in FINITE for k in range(cs + 1, verb)):
        main = (verb, ce)
        later = _inverted_pronoun(tx, verb, ce) or _mittelfeld_subject(tx, main, verb)
        if later is not None:
            return _because(tx, later, "Subjekt nach dem finiten Verb (Mittelfeld)")
    np = next((np for k in range(cs + 1, ce) if (np := _noun_phrase(doc, k, ce))), None)
    if np is None and cs + 1 < ce and doc[cs + 1].tag_ in ("ADJD", "ADV", "FM", "XY"):
        np = _name_token(doc, cs + 1, ce)
    return _because(tx, np, "Subjekt im Nebensatz: erste Nominalphrase nach der Konjunktion")


def _relative_clause_subject(tx: _Text, clause: tuple[int, int]) -> tuple[int, int] | None | str:
    """The subject of a relative clause, or "no" when ``clause`` is not one: a nominative right after the
    relative pronoun („…, in dem er verlangte“), else the pronoun itself (its antecedent gives the name)."""
    doc = tx.doc
    cs, ce = clause
    first = doc[cs]
    if first.lower_ == "was" and first.tag_ in ("PWS", "PRELS") and cs > 0 and doc[cs - 1].text == ",":
        # „…, was die UN zurückweisen“: „was“ takes up the clause before; a thing says nothing, so it is the object
        inner = _relative_inner_subject(tx, cs + 1, ce, prepositional=True)
        return _because(tx, inner, "Subjekt im weiterführenden Relativsatz nach „was“") if inner else None
    if first.tag_ == "PRELS" and cs > 0 and doc[cs - 1].text == ",":
        inner = _relative_inner_subject(tx, cs + 1, ce)
        if inner is not None:
            return _because(tx, inner, "Subjekt im Relativsatz")  # „…, die er verlangte“: the pronoun is the object
        # the relative pronoun is the mention; its antecedent gives the name (see _make_speaker)
        return (cs, cs + 1) if _antecedent(doc, cs - 1, tx.sents[tx.sent_of[cs]].start) else None
    if first.tag_ in ("APPR", "APPRART") and cs + 1 < ce and doc[cs + 1].tag_ in ("PRELS", "PRELAT", "PWS"):
        inner = _relative_inner_subject(tx, _after_possessed(doc, cs + 1, ce), ce, prepositional=True)
        if inner is not None:
            return _because(tx, inner, "Subjekt im Relativsatz")  # „…, bei dem man davon ausgeht“
    return "no"


def _relative_conjunct_subject(tx: _Text, clause: tuple[int, int], verb: int) -> tuple[int, int] | None:
    """The subject pronoun of the relative clause that a verb-final clause joined by „und“ without a comma continues
    („…, die die Lage betrachtet und die Regierung auffordert, …“: „die Regierung“ is an object), or None."""
    doc = tx.doc
    cs, ce = clause
    if cs < 2 or doc[cs - 1].lower_ not in ("und", "oder", "sowie") or doc[verb].tag_ not in FINITE \
            or any(not _is_punct(doc[m]) for m in range(verb + 1, ce)):
        return None
    prev = next((c for c in tx.clauses(tx.sent_of[cs]) if c[1] == cs - 1), None)
    if prev is None or doc[prev[0]].tag_ != "PRELS" or _relative_clause_subject(tx, prev) != (prev[0], prev[0] + 1):
        return None
    return (prev[0], prev[0] + 1)


def _finite_verb(tx: _Text, clause: tuple[int, int], verb: int) -> int | None:
    """The finite verb that governs ``verb`` in ``clause``, repairing the tagger's participle/infinitive readings."""
    doc = tx.doc
    cs, ce = clause
    finite = verb if doc[verb].tag_ in FINITE else None
    if finite is not None and doc[verb].tag_ == "VVFIN" and verb > cs and (
            verb + 1 >= ce or _is_punct(doc[verb + 1])):
        # „Schmidt hatte die Rolle betont:“ with the participle read as finite: the auxiliary is the finite verb
        aux = next((k for k in range(cs + 1, verb - 1) if doc[k].tag_ in ("VAFIN", "VMFIN") and not tx.in_quote[k]), None)
        if aux is not None:
            finite = aux
    if finite is None:
        for k in range(cs, verb):
            if doc[k].tag_ in ("VAFIN", "VMFIN") or (doc[k].tag_ == "VVFIN" and doc[k].lemma_ == "lassen"):
                return k  # „hat … erklärt“, „will … sagen“, „ließ … verlauten“
    if finite is None and doc[verb].tag_ in ("VVPP", "VVINF") and verb > cs and (cs == 0 or doc[cs - 1].tag_ != "KON") \
            and verb + 1 < len(doc) and doc[verb - 1].tag_ != "PTKZU" \
            and (doc[verb + 1].text == "," or _noun_phrase(doc, cs, verb) == (cs, verb)
                 or _comma_vorfeld(tx, verb, cs) is not None) \
            and not any(doc[k].tag_.startswith(("VA", "VM")) for k in range(cs, ce)):
        # „Karl Moser kritisiert, dass …“, „Die Forscher vermuten, dass …“: a present tense read as participle
        # or infinitive
        finite = verb
    return finite


def _comma_head_subject(tx: _Text, clause: tuple[int, int], finite: int) -> tuple[int, int] | None:
    """A clause that opens with its finite verb after a comma: the noun phrase before it (with relative clauses
    and appositions) is the subject, unless number or person say it is an object („Die Mönche, die …,
    beschrieb die Agentur als …“)."""
    cs = clause[0]
    # „Robert Chow, der … führt, erinnerte daran“: the noun phrase before the relative clause
    head = _relative_head(tx, cs) or _apposition_before(tx, cs) or _comma_vorfeld(tx, cs)
    if head is None:
        return None
    # „Die Zahl der Toten, die …, bezifferte die Agentur mit 13“: a person after the verb speaks
    return _checked_vorfeld(tx, clause, finite, head, "Subjekt: Vorfeld mit Apposition oder Relativsatz")


def _checked_vorfeld(tx: _Text, clause: tuple[int, int], finite: int, vorfeld: tuple[int, int],
                     reason: str = "Subjekt im Vorfeld", addressing: bool = False) -> tuple[int, int]:
    """The Vorfeld noun phrase as subject, unless the verb's number or a person after the verb says it is an
    object („Die Zahlen nannte der Minister …“, „Die Anwendung der Richtlinie stellte der Vorsitzende in Frage“);
    after a verb addressing someone the person after it is the addressee („Die Stadt hat die Bürger gewarnt“)."""
    doc = tx.doc
    if doc[vorfeld[1] - 1].tag_ == "APPO" and (later := _mittelfeld_subject(tx, clause, finite)) is not None:
        return _because(tx, later, "Subjekt nach dem Verb: das Vorfeld endet mit einer Postposition („zufolge“)")
    if (later := _nominative_der_after(tx, clause, finite, vorfeld)) is not None:
        return _because(tx, later, "Subjekt: „der“ + Nomen nach dem Verb ist Nominativ, das Vorfeld ohne Artikel ist Objekt")
    if _agrees(doc, vorfeld, finite) is False:
        later = _mittelfeld_subject(tx, clause, finite)
        if later is not None and _agrees(doc, later, finite) is not False:
            return _because(tx, later, "Subjekt: Numerus-Kongruenz mit dem finiten Verb")
    if not addressing and not _person_head(doc, vorfeld) and not _person_lead(doc, vorfeld):
        later = _mittelfeld_subject(tx, clause, finite)
        if later is not None and _person_head(doc, later) and _agrees(doc, later, finite) is not False \
                and not _plural_vorfeld_before_name(doc, vorfeld, finite, later):
            return _because(tx, later, "Subjekt: Person nach dem Verb, das Vorfeld ist Objekt")
    return _because(tx, vorfeld, reason)


def _plural_vorfeld_before_name(doc, vorfeld: tuple[int, int], finite: int, later: tuple[int, int]) -> bool:
    """„Zwei … vertraute Quellen sagten Reuters, …“: a plural Vorfeld of a plural verb is the subject, and a bare
    name after the verb (one medium, one person) is whom they told."""
    return bool(_verb_plural(doc[finite])) and _agrees(doc, vorfeld, finite) is True \
        and all(doc[k].tag_ == "NE" for k in range(*later))


def _addressee_passive(doc, clause: tuple[int, int], verb: int) -> bool:
    """„Die Bürger wurden gewarnt, …“: a „werden“ passive of a verb addressing someone, whose subject is the
    addressee (the agent, if any, is named by „von …“ and found before this)."""
    return lexicon.addresses_someone(doc[verb].lemma_) and doc[verb].tag_ == "VVPP" and _werden_in(doc, clause)


def _werden_in(doc, clause: tuple[int, int]) -> bool:
    """Whether an auxiliary „werden“ stands in ``clause``: the mark of a „werden“ passive („wurde gewarnt“)."""
    return any(doc[k].lemma_ == "werden" and doc[k].tag_.startswith("VA") for k in range(*clause))


def _dative_passive_vorfeld(tx: _Text, clause: tuple[int, int], verb: int, finite: int,
                            vorfeld: tuple[int, int]) -> bool:
    """„Anwohnern wird empfohlen, …“: a plural Vorfeld before a singular „wird/wurde“ of an impersonal passive with
    no subject after the verb is a dative object (the addressee), not the subject."""
    doc = tx.doc
    return doc[finite].lemma_ == "werden" and _passive(doc, clause, verb) and not _verb_plural(doc[finite]) \
        and _np_plural(doc, vorfeld) is True and _mittelfeld_subject(tx, clause, finite) is None


def _nominative_der_after(tx: _Text, clause: tuple[int, int], finite: int, vorfeld: tuple[int, int]
                          ) -> tuple[int, int] | None:
    """„Unterstützung erhält der Vorschlag“, „Kritik übte der Minister“: a Vorfeld of a bare common noun (no article,
    no name) is the object when „der“ + a singular masculine noun follows the singular finite verb."""
    doc = tx.doc
    if doc[vorfeld[0]].tag_ not in ("NN", "ADJA") or any(doc[k].tag_ in ("NE", "ART", "PPOSAT", "PDAT") or doc[k]._.speaker_like
                                           for k in range(*vorfeld)) or _verb_plural(doc[finite]):
        return None
    later = _mittelfeld_subject(tx, clause, finite)
    if later is None or doc[later[0]].lower_ != "der" or _dative_der(doc, later) or _agrees(doc, later, finite) is False:
        return None
    return later


def _because(tx: _Text, rng, reason: str):
    """Record why ``rng`` was taken as the speaker mention (German evidence, see ``subject_evidence``)."""
    if isinstance(rng, tuple):
        tx.subject_reasons.setdefault(rng, reason)
    return rng


def _no_subject(tx: _Text, verb: int, reason: str) -> None:
    """Record why ``verb`` has no speaking subject (under the empty range at the verb, see ``no_subject_evidence``)."""
    tx.subject_reasons.setdefault((verb, verb), reason)


def no_subject_evidence(tx: _Text, verb: int) -> list[str]:
    """The German reason ``_no_subject`` recorded why ``verb`` has no speaking subject, if any."""
    return subject_evidence(tx, (verb, verb))


def subject_evidence(tx: _Text, rng, clause: tuple[int, int] | None = None) -> list[str]:
    """The German reason recorded for a speaker mention found by word order („Subjekt im Vorfeld“), if any; for a
    mention outside the frame's ``clause`` the reason it was pointed at from there („heißt es darin“)."""
    if not isinstance(rng, tuple):
        return []
    reason = None
    if clause is not None and not clause[0] <= rng[0] < clause[1]:
        reason = tx.subject_reasons.get(("dort", *rng))
    reason = reason or tx.subject_reasons.get(rng)
    return [reason] if reason else []


def _continues_main_clause(tx: _Text, cs: int, finite: int) -> bool:
    """Whether a clause opening with its finite verb right after a comma continues the main clause before it."""
    return finite == cs and cs > 0 and tx.doc[cs - 1].text == "," and _after_main_clause(tx, cs)


def _after_main_clause(tx: _Text, cs: int) -> bool:
    """Whether the clause before the comma at ``cs - 1`` is a main clause with a finite verb of its own (so a
    clause opening with a finite verb continues it rather than closing a quotation)."""
    doc = tx.doc
    si = tx.sent_of[cs]
    prev = next((c for c in tx.clauses(si) if c[1] == cs - 1), None)
    if prev is None or any(tx.in_quote[k] for k in range(*prev)):
        return False
    first = doc[prev[0]]
    if first.tag_ in ("KOUS", "PRELS", "PRELAT", "PWAV", "PWS", "KOUI") or first.lower_ in SUBORDINATORS:
        return False
    return any(doc[k].tag_ in FINITE for k in range(*prev))


PLURAL_DETS = {"viele", "einige", "mehrere", "alle", "beide", "zahlreiche", "manche", "wenige", "verschiedene"}


SINGULAR_DETS = {"der", "ein", "eine", "das", "dieser", "diese", "dieses", "jeder", "jede", "jedes", "kein", "keine",
                 "sein", "seine", "ihr", "ihre", "unser", "unsere"}


def _verb_plural(tok) -> bool | None:
    """Whether a finite verb is third person plural („sagten“, „sind“) or singular („sagte“, „ist“, „kann“)."""
    low = tok.lower_
    if tok.tag_ not in FINITE:
        return None
    return low.endswith(("en", "ern", "eln")) or low == "sind"


def _np_plural(doc, rng: tuple[int, int]) -> bool | None:
    """Whether a noun phrase is plural, singular, or None when its form does not tell („die Forscher“)."""
    a, b = rng
    words = [doc[k] for k in range(a, b)]
    if any(w.lower_ in ("und", "sowie") and k + 1 < len(words) and words[k + 1].tag_ in DETS | {"NE"}
           or (w.lower_ == "auch" and k > 0 and words[k - 1].lower_ == "als") for k, w in enumerate(words)):
        return True  # „Merkel und Macron“, „die Polizei und die Feuerwehr“ (not „der Bürgermeister und Senator“)
    first = words[0]
    if first.tag_ in ("PPER", "PIS", "PDS"):
        return {"er": False, "ich": None, "wir": None, "man": False, "sie": None}.get(first.lower_)
    if first.lower_ in PLURAL_DETS or (first.tag_ == "CARD" and first.lower_ not in ("1", "ein", "eine")):
        return True
    head = next((w for w in words if w.tag_ in NOUNS), None)
    if head is None:
        return None
    if first.lower_ in SINGULAR_DETS - {"diese", "keine", "seine", "ihre", "unsere"}:
        return False
    noun = _noun_plural(head) if head.tag_ == "NN" else None
    if first.lower_ in ("die", "diese", "keine", "seine", "ihre", "unsere"):
        if noun or (a + 1 < b and doc[a + 1].tag_ == "ADJA" and doc[a + 1].lower_.endswith("en")):
            return True  # „die Mönche“, „die streikenden Arbeiter“ (singular: „die streikende …“)
        return noun
    if first.tag_ == "NE" or head.tag_ == "NE":
        return None
    return True if noun else None


def _in_pair(tok) -> bool:
    """Whether a token lies between paired quotation marks (checked locally, a few tokens each side)."""
    doc = tok.doc
    for k in range(max(0, tok.i - 6), tok.i):
        partner = doc[k]._.quote_partner
        if partner is not None and partner > tok.i:
            return True
    return False


# nominalised ordinals of a ranking („der Weltranglistendritte“, „der Tabellenletzte“, „die Zweitplatzierte“)
RANK_NOUNS = ("erste", "zweite", "dritte", "vierte", "fünfte", "sechste", "siebte", "achte", "neunte", "zehnte",
              "letzte", "platzierte")


def _noun_plural(tok) -> bool | None:
    """Whether a common noun's form is plural („Mönche“, „Kolleginnen“), singular („Regierung“, „Sprecherin“)
    or does not tell („Forscher“, „Landes“)."""
    low, lem = tok.lower_, (tok.lemma_ or tok.text).lower()
    if tok.ent_type_ in ("PER", "ORG") or (tok.has_extension("quote_partner") and _in_pair(tok)):
        return None  # a name („Dingfelder“, „die „Neue Rechte““)
    if low.endswith("innen"):
        return True
    if low.endswith(("in", "ung", "heit", "keit", "schaft", "ion", "tät", "ei", "loge")):
        return False  # „-loge“: „der Toxikologe“ is singular even when the tagger's lemma is „Toxikolog“
    if lem == low or low in (lem + "s", lem + "es"):
        return None
    if lem.endswith("e") and low == lem + "r":
        return False  # „Vorsitzender“, „Angestellter“: the strong masculine ending of a nominalised adjective
    if low.endswith("jährige"):
        return None  # „der 45-Jährige“ (singular), „die 45-Jährige“: a nominalised age adjective does not tell
    if low.endswith(RANK_NOUNS):
        return None  # „der Weltranglistendritte“, „der Tabellenletzte“: a nominalised ordinal does not tell either
    if low == lem + "er" and lem not in hanta().cache:
        return None  # „der gebürtige Weilheimer“ (lemma „Weilheim“, a place): somebody from there, not a plural
    return True if low.endswith(("e", "en", "er", "n")) else None


def _agrees(doc, rng: tuple[int, int], finite: int) -> bool | None:
    """Whether a noun phrase and a finite verb agree in number (None when either form does not tell)."""
    v = _verb_plural(doc[finite])
    n = _np_plural(doc, rng)
    if v is None or n is None:
        return None
    return v == n


NOMINATIVE_PRONOUNS = {"er", "ich", "wir", "du"}


LINKING_WORDS = {"aber", "doch", "und", "oder", "denn", "sondern"}


OBLIQUE_DETS = DATIVE_DETS | {"den", "einen", "des", "eines", "diesen", "jenen", "jenem", "keinen", "keinem",
                              "ihm", "ihn", "ihnen", "mir", "mich", "uns", "euch", "dir", "dich"}


def _oblique(tok) -> bool:
    """Whether a word opens a phrase that cannot be the subject (accusative, dative or genitive form:
    „den“, „einem“, „seinen“, „allen“)."""
    low = tok.lower_
    if low in OBLIQUE_DETS:
        return True
    if tok.tag_ in ("PIAT", "PIDAT") and tok.i > 0 and tok.doc[tok.i - 1].tag_ in ("ART", "PDAT", "PPOSAT"):
        return False  # „die beiden Sängerinnen“
    return tok.tag_ in ("PPOSAT", "PIAT", "PIDAT") and low.endswith(("em", "en", "es"))


def _inverted_pronoun(tx: _Text, finite: int, ce: int) -> tuple[int, int] | None:
    """A pronoun that can only be nominative („er“, „ich“, „wir“, „man“, „dieser“) right after the finite
    verb."""
    doc = tx.doc
    k = finite + 1
    if k < ce and not tx.in_quote[k] and (
            doc[k].tag_ == "PPER" and doc[k].lower_ in NOMINATIVE_PRONOUNS or doc[k].lower_ == "man"
            or doc[k].tag_ == "PDS" and doc[k].lower_ in ("dieser", "letzterer", "jener")):
        return (k, k + 1)
    return None


def _after_possessed(doc, k: int, ce: int) -> int:
    """After a relative pronoun at ``k``: the token after it, or after the noun it possesses („in dessen
    Folge“, „nach deren Angaben“)."""
    if doc[k].tag_ != "PRELAT":
        return k + 1
    m = k + 1
    while m < ce and doc[m].tag_ in ("ADJA", "CARD"):
        m += 1
    return m + 1 if m < ce and doc[m].tag_ in NOUNS else k + 1


NAME_PARTICLES = {"Zu", "Von", "Van", "De", "Di", "Da", "Al", "El"}


def _particle_name(tx: _Text, cs: int, finite: int) -> tuple[int, int] | None:
    """„Zu Guttenberg hatte erklärt“, „Van Gaal sagte“: a capitalised name particle and a name fill the Vorfeld
    (read as a preposition by the tagger) when no person follows the verb."""
    doc = tx.doc
    if finite != cs + 2 or doc[cs].text not in NAME_PARTICLES or tx.in_quote[cs]:
        return None
    name = doc[cs + 1]
    if name.tag_ != "NE" and name.ent_type_ not in ("PER", "ORG"):
        return None
    return (cs, cs + 2)


#: Verbs of a closing frame whose „es“ is a neuter body named before („…, teilte es mit“: das Unternehmen).
BODY_ES_FRAMES = frozenset({"mitteilen", "erklären", "bekanntgeben", "ankündigen"})


def _inverted_es(tx: _Text, finite: int, verb: int) -> tuple[int, int] | None:
    """„Hier stellte es fest, dass …“: „es“ right after a reporting verb (not „heißt es“, „gibt es“) with no
    other subject stands for an organisation named before (das Gericht, das Ministerium)."""
    doc = tx.doc
    k = finite + 1
    if k >= len(doc) or doc[k].lower_ != "es" or doc[k].tag_ != "PPER" or tx.in_quote[k] or doc[finite].tag_ != "VVFIN":
        return None
    lemma = lexicon.verb_lemma(doc[verb])
    if lemma in IMPERSONAL_SOURCES or lemma in ("geben", "gehen") or not lexicon.entry(lemma):
        return None
    return (k, k + 1)


def _relative_inner_subject(tx: _Text, k: int, ce: int, prepositional: bool = False) -> tuple[int, int] | None:
    """Inside a relative clause, a nominative pronoun or noun phrase right after the relative pronoun
    („…, in dem er verlangte“, „…, die der Minister nannte“); after a relative pronoun that cannot be the subject
    (prepositional, „den/dem“, or „die/das“ of a thing) also „die/das …“ or a name („…, die Gerhard Schröder nannte“)."""
    doc = tx.doc
    if k >= ce or tx.in_quote[k]:
        return None
    t = doc[k]
    if t.tag_ in ("PPER", "PIS") and (t.lower_ in NOMINATIVE_PRONOUNS or t.lower_ == "man"):
        return (k, k + 1)
    if t.tag_ == "ART" and (t.lower_ in ("der", "ein") or (prepositional or _object_relative(tx, k - 1))
                            and t.lower_ in ("die", "das", "eine")):
        np = _noun_phrase(doc, k, ce)
        if np is not None and doc[np[1] - 1].tag_ in NOUNS and not _dative_der(doc, np):
            return np
    if t.tag_ == "NE" and (prepositional or _object_relative(tx, k - 1)):
        end = k + 1
        while end < ce and doc[end].tag_ == "NE" and not tx.in_quote[end]:
            end += 1
        return _because(tx, (k, end), "Subjekt im Relativsatz: Name nach dem Relativpronomen im Objektkasus")
    return None


def _object_relative(tx: _Text, k: int) -> bool:
    """Whether the relative pronoun at ``k`` cannot be the subject: „den/dem/denen“, or „die/das“ whose noun
    names no person („die Marke, die Gerhard Schröder nannte“: Schröder is the subject)."""
    doc = tx.doc
    if doc[k].tag_ != "PRELS" or k < 2 or doc[k - 1].text != ",":
        return False
    if doc[k].lower_ in ("den", "dem", "denen"):
        return True
    ante = _antecedent(doc, k - 1, tx.sents[tx.sent_of[k]].start)
    return doc[k].lower_ in ("die", "das") and ante is not None and not _person_like(doc, ante)


FEMININE_SUFFIXES = ("ung", "heit", "keit", "schaft", "ion", "tät", "erin", "innen")


def _dative_der(doc, np: tuple[int, int]) -> bool:
    """„der Regierung“, „der Abgeordneten“: „der“ before a feminine or plural noun is dative or genitive, not
    the subject („…, der der Regierung vorwarf“: the relative pronoun is the subject)."""
    if doc[np[0]].lower_ != "der":
        return False
    head = next((doc[m] for m in range(np[0] + 1, np[1]) if doc[m].tag_ not in ("ADJA", "ADV", "PIAT")), None)
    if head is None or head.tag_ != "NN":
        return False  # „der für die Region zuständige Koordinator“, „der 330 Seiten starke Bericht“
    word = head.lower_.rsplit("-", 1)[-1]
    return word.endswith(FEMININE_SUFFIXES) or _noun_plural(head) is True


def _passive_agent(tx: _Text, clause: tuple[int, int], verb: int) -> tuple[int, int] | None:
    """The agent of a passive („wird vom Wetterdienst als hoch eingestuft“): a „von/durch/seitens“ phrase
    that does not hang on a noun („die Gefahr von Waldbränden“), else the last one. „X wird von der Zeitung
    zitiert“: the medium only relays, X (the subject) speaks."""
    doc = tx.doc
    cs, ce = clause
    if lexicon.verb_lemma(doc[verb]) == "zitieren":
        return None
    found = []
    for k in range(cs, ce - 1):
        if doc[k].lower_ in ("von", "vom", "seitens", "durch") and not tx.in_quote[k]:
            np = _noun_phrase(doc, k + 1, ce)
            if np:
                found.append((k, np))
    if not found:
        return None
    free = [np for k, np in found if k == cs or doc[k - 1].tag_ not in NOUNS]
    return free[0] if free else found[-1][1]


def _person_head(doc, rng: tuple[int, int]) -> bool:
    """Whether the head of a noun phrase is a person, role or organisation („der SPD-Vorsitzende“, not
    „Äthiopien Regenfälle“, where only a modifier is a name)."""
    run = []
    for k in range(*rng):
        if doc[k].tag_ in NOUNS:
            run.append(doc[k])
        elif run:
            break
    if not run:
        return _person_like(doc, rng)
    return run[-1]._.speaker_like or any(t._.role is not None for t in run if t.tag_ == "NN") \
        or AGE_NOUN.fullmatch(run[-1].text) is not None  # „Der 34-Jährige ließ eine Erklärung verlesen“


def _person_lead(doc, rng: tuple[int, int]) -> bool:
    """Whether a mention opens with a name or a group pronoun („Kurt von Figura, …“, „Einige der …“) or its first
    noun is a role („Der Weihbischof der Diözese“)."""
    first = doc[rng[0]]
    if first.tag_ in ("NE", "PIS", "PPER") or _nounish(doc, rng[0]) and first.tag_ not in NOUNS:
        return True
    noun = next((doc[k] for k in range(*rng) if doc[k].tag_ == "NN"), None)
    return noun is not None and noun.lower_.endswith(ROLE_SUFFIXES)


def _person_like(doc, rng: tuple[int, int]) -> bool:
    """Whether a mention names a person, role or organisation (a possible speaker)."""
    return any(doc[k]._.speaker_like or doc[k].lower_ in SUBJECT_PRONOUNS for k in range(*rng))


def _relative_head(tx: _Text, cs: int) -> tuple[int, int] | None:
    """The noun phrase opening the sentence when only relative clauses separate it from ``cs``."""
    doc = tx.doc
    s = tx.sents[tx.sent_of[cs]]
    np = _noun_phrase(doc, s.start, cs)
    if np is None or np[1] >= cs or doc[np[1]].text != "," or doc[s.start].tag_ in ("APPR", "APPRART", "ADV", "PROAV") \
            or _oblique(doc[s.start]):
        return None
    if np[1] + 1 >= cs or doc[np[1] + 1].tag_ not in ("PRELS", "PRELAT") and not (
            doc[np[1] + 1].tag_ in ("APPR", "APPRART") and np[1] + 2 < cs and doc[np[1] + 2].tag_ in ("PRELS", "PRELAT")):
        return None
    if any(tx.in_quote[k] for k in range(np[1], cs)):
        return None
    return np


def _apposition_before(tx: _Text, cs: int) -> tuple[int, int] | None:
    """„…, die Sprecherin der Fraktion, Sandra Bohl, erklärte:“: the noun phrase (with its apposition)
    between commas right before the verb that opens the clause."""
    doc = tx.doc
    floor = tx.sents[tx.sent_of[cs]].start

    def segment(end: int) -> tuple[int, int] | None:
        k = end - 1
        while k >= floor and doc[k].text != "," and not tx.in_quote[k] and not _is_verb(doc[k]):
            k -= 1
        if k >= floor and doc[k].text != ",":
            return None
        np = _noun_phrase(doc, k + 1, end)
        return np if np is not None and np[1] == end else None

    last = segment(cs - 1)
    if last is None or not _person_like(doc, last) or _oblique(doc[last[0]]):
        return None
    first = segment(last[0] - 1) if last[0] - 1 > floor and doc[last[0] - 1].text == "," else None
    if first is not None and not _oblique(doc[first[0]]):
        return (first[0], last[1])
    return last


VORFELD_TAGS = {"ART", "ADJA", "NN", "NE", "FM", "CARD", "PPOSAT", "PIAT", "PIDAT", "PDAT", "PIS", "APPR", "APPRART",
                "KON", "$(", "$", "TRUNC", "XY", "ADJD", "ADV", "APPO", "PTKNEG", "PROAV"}


def _comma_vorfeld(tx: _Text, cs: int, lo: int | None = None) -> tuple[int, int] | None:
    """„Die Regierungsparteien, die PPP und die PML-N, hatten erklärt“, „Günther Platter, der Minister, der …
    hat, sagte“: a Vorfeld (from ``lo`` or the sentence start to the finite verb ``cs`` after a comma) of a noun
    phrase with appositions and relative clauses; the noun phrase and its appositions speak."""
    doc = tx.doc
    s = tx.sents[tx.sent_of[cs]]
    start = s.start if lo is None else lo
    if doc[cs - 1].text != ",":
        return None
    for k in range(start, cs):
        if doc[k].text in (":", ";") and not tx.in_quote[k]:
            start = k + 1
    if start >= cs - 1 or _oblique(doc[start]) or doc[start].tag_ not in VORFELD_TAGS - {"APPR", "APPRART", "KON", "ADV",
                                                                                        "ADJD", "APPO", "PTKNEG", "PROAV"}:
        return None
    commas = [k for k in range(start, cs - 1) if doc[k].text == "," and not tx.in_quote[k]] + [cs - 1]
    segments = list(zip([start] + [c + 1 for c in commas[:-1]], commas, strict=True))
    end = None
    in_relative = False
    for a, b in segments:
        if b <= a:
            return None
        if end is None:  # the head noun phrase
            if any(doc[k].tag_ not in VORFELD_TAGS for k in range(a, b) if not _quoted_name(tx, k)) \
                    or not any(doc[k].tag_ in NOUNS and not tx.in_quote[k] for k in range(a, b)):
                return None
            end = b
            continue
        if doc[a].tag_ in ("PRELS", "PRELAT") or (doc[a].tag_ in ("APPR", "APPRART") and a + 1 < b
                                                  and doc[a + 1].tag_ in ("PRELS", "PRELAT")):
            in_relative = True
            continue
        if in_relative or _participle_clause(doc, a, b):
            continue  # „Phillip Tietz, von den Fans nur »Tietzi« genannt, sprach …“: the participle clause qualifies
        if any(doc[k].tag_ not in VORFELD_TAGS for k in range(a, b) if not _quoted_name(tx, k)):
            return None
        end = b  # apposition („, der Verteidigungsminister Österreichs,“, „, 30,“)
    a_, b_ = _trim(doc, start, end)
    while b_ - 1 > a_ and doc[b_ - 1].tag_ in ("ADV", "PROAV"):
        b_ -= 1  # „John Edwards dagegen, …“
    return _with_bracket(doc, a_, b_) if b_ > a_ else None


def _participle_clause(doc, a: int, b: int) -> bool:
    """„, von den Fans nur »Tietzi« genannt,“, „, 1990 in Köln geboren,“: a segment between commas that ends in
    a past participle and has no finite verb qualifies the noun before it."""
    return b - a >= 2 and doc[b - 1].tag_ == "VVPP" and not any(doc[k].tag_ in FINITE for k in range(a, b))


def _with_bracket(doc, a: int, b: int) -> tuple[int, int]:
    """Keep the closing bracket of an abbreviation at the end of a mention („die Muslim-Liga (PML-N)“)."""
    if b < len(doc) and doc[b].text == ")" and sum(doc[k].text == "(" for k in range(a, b)) > sum(
            doc[k].text == ")" for k in range(a, b)):
        return (a, b + 1)
    return (a, b)


def _quoted_name(tx: _Text, k: int) -> bool:
    """Whether token ``k`` is in a short quotation (a name: „der „Focus““)."""
    pair = next(((a, b) for a, b in tx.pairs if a <= k <= b), None)
    return pair is not None and pair[1] - pair[0] <= 6


SENTENCE_OPENERS = {"Der", "Die", "Das", "Ein", "Eine", "Dieser", "Diese", "Dieses"}


def _after_missed_boundary(tx: _Text, clause: tuple[int, int], verb: int) -> tuple[int, int]:
    """„… des Gesetzes Die Universität hatte erklärt“: a capitalised article right after a noun marks a
    sentence boundary the splitter missed (a headline or a lost full stop); the clause starts there."""
    doc = tx.doc
    cs, ce = clause
    for k in range(verb - 1, cs, -1):
        if doc[k].text in (".", "!", "?") and doc[k].tag_ == "$." and not tx.in_quote[k] and doc[k + 1].text[:1].islower() \
                and doc[k + 1].text[1:2].isupper():
            return (k + 1, ce)  # „… im Angebot. eBay hält es für möglich“: a name in lower case opens the sentence
        if doc[k].lower_ in ("und", "aber", "doch", "sondern") and doc[k].tag_ == "KON" and not tx.in_quote[k] \
                and doc[k - 1].tag_ != "TRUNC" and doc[k + 1].tag_ in DETS | {"NE", "PPER", "PIS", "PDS"} \
                and doc[verb].tag_ in FINITE and any(doc[m].tag_ in FINITE and not tx.in_quote[m] for m in range(cs, k)):
            return (k + 1, ce)  # „Die Menge skandierte Parolen und der Redner rief aus: …“: two main clauses
        if tx.in_quote[k] or doc[k - 1].tag_ not in ("NN", "NE") or not doc[k - 1].text[-1:].isalpha():
            continue
        if doc[k].text in SENTENCE_OPENERS and doc[k].tag_ in ("ART", "PDAT") and k + 1 < verb \
                and doc[k + 1].tag_ in NOUNS | {"ADJA"}:
            return (k, ce)
        if doc[k].tag_ in ("ADV", "APPR", "APPRART", "PROAV", "KOUS") and doc[k].text[:1].isupper() \
                and doc[k].text[1:].islower():
            return (k, ce)  # „… Deutschlands Bereits im Dezember hatte …“
        if doc[k].tag_ in ("APPR", "APPRART") and doc[k + 1].tag_ in ("PRELS", "PRELAT") and doc[verb].tag_ in FINITE:
            return (k, ce)  # „einen Zettel in dem er verlangte“: a relative clause without its comma
    return clause


def _outside_brackets(tx: _Text, clause: tuple[int, int], verb: int) -> tuple[int, int]:
    """A clause cut at a comma inside brackets („Peres (Awoda, dt. Arbeiterpartei) bekräftigt“) starts
    where the bracket's clause starts."""
    doc = tx.doc
    cs, ce = clause
    depth = 0
    for k in range(cs, verb):
        if doc[k].text == "(":
            depth += 1
        elif doc[k].text == ")":
            depth -= 1
    if depth >= 0:
        return clause
    s = tx.sents[tx.sent_of[cs]]
    k = cs - 1
    while k >= s.start and depth < 0:
        if doc[k].text == "(":
            depth += 1
        elif doc[k].text == ")":
            depth -= 1
        k -= 1
    if depth < 0:
        return clause
    start = next((c[0] for c in tx.clauses(tx.sent_of[cs]) if c[0] <= k + 1 < c[1]), cs)
    return (start, ce)


def _verb_final(doc, clause: tuple[int, int], verb: int) -> bool:
    """Whether the finite verb closes its clause (word order of a subordinate clause)."""
    rest = [doc[k] for k in range(verb + 1, clause[1]) if not _is_punct(doc[k])]
    return doc[verb].tag_ in FINITE and not rest


TIME_NOUNS = {
    "ende", "anfang", "mitte", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "sonnabend", "woche", "wochenende", "jahr", "monat", "tag", "abend", "morgen", "mittag", "nachmittag",
    "vormittag", "nacht", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember", "frühjahr", "sommer", "herbst", "winter", "zeit",
}


def _time_phrase(doc, rng: tuple[int, int]) -> bool:
    """„Ende Januar“, „Vergangene Woche“, „Jeden Tag“: a time adverbial in the accusative, not a subject; a person
    named so („Landrat Peter Sommer … Sommer sagte zu“) is none."""
    words = [doc[k] for k in range(*rng)]
    nouns = [w for w in words if w.tag_ in NOUNS]
    return bool(nouns) and all(w.lower_ in TIME_NOUNS and w.ent_type_ != "PER" for w in nouns) and not any(
        w.lower_ in ("der", "die", "das", "ein", "eine") for w in words) and all(
        w.tag_ in NOUNS | {"CARD", "ADJA", "PIAT", "PDAT", "ADV"} for w in words)


def _quotation_before_comma(doc, cs: int, finite: int) -> bool:
    """Whether the Vorfeld is only a quotation in marks and a comma before the finite verb („„…“, sagte X“): the
    words quoted, never the subject (a name in marks as subject has no comma: „Der „Spiegel“ schreibt“)."""
    if finite - cs < 3 or doc[finite - 1].text != "," or not doc[cs].is_quote:
        return False
    partner = doc[cs]._.quote_partner
    return partner == finite - 2


def _vorfeld_subject(tx: _Text, clause: tuple[int, int], finite: int) -> tuple[int, int] | None:
    """A noun phrase before the finite verb that is the subject (not a prepositional phrase or object)."""
    doc = tx.doc
    cs, _ce = clause
    if _quotation_before_comma(doc, cs, finite):
        return None  # „„Ein Jahrhundertkünstler“, sagte Friedrich Merz“: the marks hold what is said
    colon = next((k for k in range(finite - 1, cs, -1) if doc[k].text == ":" and not tx.in_quote[k]), None)
    if colon is not None and colon + 1 < finite:
        cs = colon + 1  # „SPIEGEL: Der Kanzler hat …“, „Frage: …“: a label before the colon is no part of the subject
        clause = (cs, _ce)
    while cs + 1 < finite and (doc[cs].lower_ in FOCUS_PARTICLES | LINKING_WORDS or (
            doc[cs].tag_ == "ADV" and _noun_phrase(doc, cs + 1, finite) == (cs + 1, finite)) or (
            doc[cs].tag_ == "ADV" or doc[cs].lower_ == "allem") and _joined_vorfeld(doc, cs + 1, finite)):
        # „Auch der frühere Schiedsrichter kritisierte …“, „Einzig Sony gab bekannt“: the particle belongs to
        # the subject (only one constituent stands before the finite verb); „Aber Zeitungen berichteten …“: the
        # conjunction stands before the Vorfeld; „Vor allem X, aber auch Y forderten …“
        cs += 1
        clause = (cs, _ce)
    if cs + 2 < finite and doc[cs].lower_ == "vor" and doc[cs + 1].lower_ == "allem" \
            and _joined_vorfeld(doc, cs + 2, finite):
        cs += 2
        clause = (cs, _ce)
    if doc[cs].lower_ == "es" and doc[cs].tag_ == "PPER" and cs + 1 == finite and doc[finite].tag_ == "VVFIN" \
            and lexicon.verb_lemma(doc[finite]) != "heißen" and lexicon.entry(lexicon.verb_lemma(doc[finite])) \
            and _mittelfeld_subject(tx, clause, finite) is None:
        # „Es weist den Vorwurf zurück“: „es“ stands for an organisation named before (not „Es droht ein Streik“)
        return (cs, cs + 1)
    np = _noun_phrase(doc, cs, finite)
    if np is not None and _time_phrase(doc, np) and all(_is_punct(doc[k]) or doc[k].tag_ in ("CARD", "ADV")
                                                        for k in range(np[1], finite)):
        return None  # „Ende Januar 2006 verkündete der Verband …“
    lead = "NE" if doc[cs].tag_ not in NOUNS and _nounish(doc, cs) else doc[cs].tag_
    if finite - cs > 2 and (long := _comma_vorfeld(tx, finite, cs)) is not None:
        return long
    if np and np[1] < finite and all(doc[k].tag_ in ("ADV", "PTKNEG") for k in range(np[1], finite)):
        np = (np[0], np[1]) if doc[np[1]].tag_ == "ADV" else np
        if lead not in ("APPR", "APPRART", "ADV", "PROAV", "KOUS", "PWAV", "ADJD") \
                and not _oblique(doc[cs]):
            return np
    if np and lead not in ("APPR", "APPRART", "ADV", "PROAV", "KOUS", "PWAV", "ADJD"):
        if np[0] == cs and (np[1] == finite or doc[np[1]].text in (",", "(")) and not _oblique(doc[cs]):
            # apposition: „Die Sprecherin der Stadt, Maria Lang, sagte …“
            if np[1] < finite and doc[np[1]].text == ",":
                app = _noun_phrase(doc, np[1] + 1, finite)
                if app and app[1] < finite and doc[app[1]].text == "," and app[1] + 1 == finite:
                    return (np[0], app[1])
                if _joined_after_comma(doc, np[1] + 1, finite):  # „Die Grünen, aber auch die SPD forderten …“
                    return _because(tx, (np[0], finite), "Subjekt im Vorfeld: zwei verbundene Nominalphrasen "
                                    "(„X, aber auch Y“)")
            return np
    # a noun phrase with a relative clause: „Hubert Primus, der … verantwortlich ist, wies … zurück“
    if np and np[0] == cs and np[1] < finite and doc[np[1]].text == "," and np[1] + 1 < finite \
            and doc[np[1] + 1].tag_ in ("PRELS", "PRELAT") and doc[finite - 1].text == "," \
            and not _oblique(doc[cs]):
        return np
    # one constituent before the finite verb: a noun phrase with its attributes
    # („Theo Kitz vom Bankhaus Merck Finck sagte“, „Der Leiter des Programms der WHO, Klaus Stöhr, sagte“)
    if (np and np[0] == cs or doc[cs].tag_ in ("PIS", "PIAT", "PDS") and doc[cs].lower_ not in ("es", "das", "dies")
        or lead == "NE") \
            and lead not in ("APPR", "APPRART", "ADV", "PROAV", "KOUS", "PWAV", "ADJD") \
            and not _oblique(doc[cs]) and finite - cs <= 16 \
            and not any(_open_quote(tx, k, cs, finite) or (doc[k].tag_ in FINITE | {"PRELS", "KOUS"}
                                                            and not tx.in_quote[k]) for k in range(cs, finite)):
        a_, b_ = _trim(doc, cs, finite)
        return (a_, b_)
    return None


def _joined_after_comma(doc, k: int, finite: int) -> bool:
    """Whether „aber auch“, „aber vor allem“, „sowie“ or „und“ with a noun phrase fills the rest of the Vorfeld
    after a comma („Die Grünen, aber auch die SPD forderten“): a second subject joined to the first."""
    if k >= finite or doc[k].lower_ not in ("aber", "sowie", "und"):
        return False
    k += 1
    while k < finite and (doc[k].lower_ in FOCUS_PARTICLES or doc[k].lower_ in ("vor", "allem", "zuletzt", "nicht")):
        k += 1  # „aber auch“, „aber vor allem“, „und nicht zuletzt“
    np = _noun_phrase(doc, k, finite)
    return np is not None and np[1] == finite


def _joined_vorfeld(doc, k: int, finite: int) -> bool:
    """Whether a noun phrase from ``k`` and a second one joined after its comma fill the Vorfeld."""
    np = _noun_phrase(doc, k, finite)
    return np is not None and np[0] == k and np[1] < finite and doc[np[1]].text == "," \
        and _joined_after_comma(doc, np[1] + 1, finite)


def _open_quote(tx: _Text, k: int, lo: int, hi: int) -> bool:
    """Whether token ``k`` is inside a quotation that is not a short name wholly within ``lo``..``hi``
    („Die Organisation „Bürger für Bahn“ weist darauf hin“)."""
    if not tx.in_quote[k]:
        return False
    pair = next(((a, b) for a, b in tx.pairs if a <= k <= b), None)
    return pair is None or pair[0] < lo or pair[1] >= hi or pair[1] - pair[0] > 6


def _mittelfeld_subject(tx: _Text, clause: tuple[int, int], finite: int) -> tuple[int, int] | None:
    """The first nominative-looking noun phrase after the finite verb."""
    doc = tx.doc
    _cs, ce = clause
    k = finite + 1
    while k < ce:
        t = doc[k]
        if t.tag_ in ("APPR", "APPRART"):
            k += 1
            np = _noun_phrase(doc, k, ce)
            k = np[1] if np else k
            continue
        if t.tag_ in ("ADV", "PTKNEG", "ADJD", "PRF", "PROAV", "PTKVZ") or _is_punct(t):
            if t.text in (",", ":") and k > finite + 1:
                break
            k += 1
            continue
        if t.tag_ == "PPER":
            if t.lower_ in SUBJECT_PRONOUNS - {"ihr"}:  # „erklärte ihr …“: dative
                return (k, k + 1)
            k += 1
            continue
        if _oblique(t):
            np = _noun_phrase(doc, k, ce)
            k = np[1] if np else k + 1
            continue
        np = _noun_phrase(doc, k, ce)
        if np and (_agrees(doc, np, finite) is False and not any(doc[m].lower_ in ("und", "sowie") for m in range(*np))
                   or _dative_der(doc, np)):
            # „…, nimmt die Abgeordneten in Schutz“: a plural object of a singular verb; „warf der Regierung vor“
            k = np[1]
            continue
        if np:
            return _with_apposition(tx, _without_addressed_medium(doc, np), ce)
        if _is_verb(t):
            break
        k += 1
    return None


def _without_addressed_medium(doc, np: tuple[int, int]) -> tuple[int, int]:
    """„sagte Mair der APA“, „sagte Rudi Mair dem ORF“: a listed news medium after a name is the dative
    addressee of the speech verb, not a genitive of the speaker („ein Sprecher der APA“ keeps its genitive)."""
    a, b = np
    for k in range(a + 1, b - 1):
        if doc[k].lower_ not in ("der", "dem") or doc[k - 1].tag_ not in ("NE", "NN"):
            continue
        if doc[k - 1]._.role and doc[k - 1].lower_ in load_gazetteers().kin:
            if doc[b - 1].tag_ == "NN" and doc[b - 1].lower_.endswith(DATIVE_MEDIA) or _news_name(doc, k + 1, b):
                return (a, k)  # „sagte seine Schwester der Zeitung“: a family member has no newspaper
            continue
        if doc[k - 1]._.role:
            continue
        if _news_name(doc, k + 1, b):
            return (a, k)
    return _without_medium_noun(doc, np)


#: Role nouns of people who work for a medium („der Chefredakteur der Zeitung“, „ein Reporter der Agentur“ are
#: genitives); feminine forms count through their stem. A spokesperson „der Nachrichtenagentur“ is rather told.
MEDIA_STAFF = ("redakteur", "reporter", "journalist", "herausgeber", "verleger", "korrespondent", "kolumnist",
               "intendant", "chef", "mitarbeiter", "leiter")


def _without_medium_noun(doc, np: tuple[int, int]) -> tuple[int, int]:
    """„sagte der Kieler Wissenschaftler der Nachrichtenagentur dpa“: a medium noun in the dative with its listed
    name after a role is whom the speaker talks to, unless the role works for a medium („Redakteur der Zeitung“)."""
    a, b = np
    for k in range(a + 2, b - 1):
        m = k + 2
        if doc[k].lower_ != "der" or doc[k - 1].tag_ != "NN" or doc[k - 1].lower_.removesuffix("in").endswith(MEDIA_STAFF) \
                or not _dative_medium(doc, k, k + 1, b + 1) or m >= len(doc) or doc[m].ent_iob_ != "B" \
                or doc[m].ent_type_ != "ORG":
            continue
        end = m + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        entry = load_gazetteers().names.get(doc[m:end].text)
        if entry is not None and entry.kind == "news":
            return (a, k)
    return np


def _news_name(doc, a: int, b: int) -> bool:
    """Whether tokens ``a``–``b`` are exactly one entity listed as a news medium („der APA“, „der Deutschen
    Presse-Agentur“)."""
    if doc[a].ent_iob_ != "B" or doc[a].ent_type_ != "ORG" \
            or any(doc[m].ent_iob_ != "I" for m in range(a + 1, b)) or (b < len(doc) and doc[b].ent_iob_ == "I"):
        return False
    entry = load_gazetteers().names.get(doc[a:b].text)
    return entry is not None and entry.kind == "news"


def _person_entity_end(doc, k: int) -> int | None:
    """The end of a person's name of two or more words that begins at ``k`` (an entity PER), or None."""
    if doc[k].ent_iob_ != "B" or doc[k].ent_type_ != "PER":
        return None
    end = k + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end if end - k >= 2 and end < len(doc) else None


def _past_place(doc, b: int) -> int:
    """After „die Bürgermeisterin von Bitterfeld“: the token past the place or body of a role noun ending at ``b``, so
    that a name in apposition after it („…, Petra Wust,“) still belongs to the phrase; else ``b``."""
    if b + 2 < len(doc) and doc[b].lower_ in ("von", "aus") and doc[b - 1]._.role_kind == "person" \
            and doc[b + 1].tag_ == "NE" and doc[b + 1].ent_type_ != "PER" and doc[b + 2].text == ",":
        return b + 2
    return _past_field(doc, b)


def _past_field(doc, b: int) -> int:
    """„der Direktor des Deutschen Zentrums für Neurodegenerative Erkrankungen (DZNE)“: the token past the field
    after „für“ and a bracketed acronym that end a body's name, when a comma follows; else ``b``."""
    k = b
    if k < len(doc) and doc[k].lower_ == "für" and doc[b - 1].tag_ in ("NN", "NE"):
        k += 1
        while k < min(len(doc), b + 8) and (doc[k].tag_ in ("ADJA", "NN", "NE") or doc[k].lower_ == "und"):
            k += 1
        if k == b + 1 or doc[k - 1].tag_ not in ("NN", "NE"):
            return b
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].text.isupper():
        k += 3
    return k if k > b and k < len(doc) and doc[k].text == "," else b


def _with_apposition(tx: _Text, np: tuple[int, int], ce: int) -> tuple[int, int]:
    """„der Leiter der Kriminalpolizei, Andreas Huber, …“: a name between commas after a noun phrase belongs
    to it."""
    doc = tx.doc
    a, b = np
    b = _past_place(doc, b)
    if b + 1 >= len(doc) or doc[b].text != "," or tx.in_quote[b + 1] or doc[b + 1].tag_ != "NE":
        return np
    if (person := _person_entity_end(doc, b + 1)) is not None and (doc[person].text == "," or _is_punct(doc[person])):
        return (a, person)  # „der Gemeindepräsident, Matthias Bellwald.“: a surname the tagger read as a noun
    app = _noun_phrase(doc, b + 1, len(doc))
    if app is None or app[1] >= len(doc) or not (doc[app[1]].text == "," or _is_punct(doc[app[1]])):
        return np
    if not all(doc[k].tag_ in ("NE", "$", "FM") or doc[k].text in ("(", ")") for k in range(*app)):
        return np
    return (a, app[1])


#: Tags of words opening a subordinate clause („was bleibe“, „weil …“, „die …“).
SUBORDINATE_OPENERS = ("KOUS", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT")


def _previous_clause_subject(tx: _Text, clauses, clause) -> tuple[int, int] | None:
    """„biss der Randalierer den Fluggast und rief: …“: the coordinated verb shares the earlier subject; a
    participle closing a main clause past an inserted subordinate clause („hatte sie auf die Frage, was bleibe,
    geantwortet: …“) has the subject of that main clause."""
    doc = tx.doc
    earlier = [c for c in clauses if c[1] <= clause[0]]
    if doc[clause[0]].tag_ in ("VVPP", "VVINF") and doc[clause[0] - 1].text == ",":
        earlier = [c for c in earlier if doc[c[0]].tag_ not in SUBORDINATE_OPENERS and doc[c[0]].lower_ != "ob"]
    for c in reversed(earlier):
        fin = next((k for k in range(*c) if doc[k].tag_ in FINITE and not tx.in_quote[k]), None)
        if fin is None:
            fin = _subordinate_final_verb(tx, c)
        if fin is None:
            continue
        subj = _subject(tx, c, fin)
        return subj if isinstance(subj, tuple) else None
    return None


def _subordinate_final_verb(tx: _Text, clause: tuple[int, int]) -> int | None:
    """The last verb of a subordinate clause whose finite verb the tagger read as a participle („während die
    Initiative den Vorschlag unterstützt und fordert“): the coordinated verb shares that clause's subject."""
    doc = tx.doc
    cs, ce = clause
    if doc[cs].tag_ != "KOUS":
        return None
    return next((k for k in range(ce - 1, cs, -1) if doc[k].tag_ in ("VVPP", "VVINF") and not tx.in_quote[k]), None)


def _sentence_subject(tx: _Text, si: int) -> tuple[tuple[int, int], int] | None:
    """The subject of the clause with the first finite verb outside quotation marks in sentence ``si``, with that
    verb; None when there is no such verb or its subject is no mention."""
    doc = tx.doc
    s = tx.sents[si]
    clauses = tx.clauses(si)
    fins = [k for k in range(s.start, s.end) if doc[k].tag_ in FINITE and not tx.in_quote[k]]
    # „Ein Arzt aus …, der anonym bleiben möchte, schilderte …“: the verb of a relative clause is not the sentence's
    main = [k for k in fins if not _in_relative_clause(tx, _clause_of(clauses, k, s)[0], k)]
    fin = (main or fins or [None])[0]
    if fin is None:
        return None
    clause = _clause_of(clauses, fin, s)
    subj = _subject(tx, clause, fin)
    return (subj, fin) if isinstance(subj, tuple) else None


def _in_relative_clause(tx: _Text, start: int, k: int) -> bool:
    """Whether token ``k`` follows a comma and a relative pronoun („…, der anonym bleiben möchte“) in its clause
    from ``start``."""
    doc = tx.doc
    return any(doc[m].text == "," and not tx.in_quote[m] and (doc[m + 1].tag_ in ("PRELS", "PRELAT") or (
        doc[m + 1].tag_ in ("APPR", "APPRART") and doc[m + 2].tag_ in ("PRELS", "PRELAT")))
        for m in range(max(start - 1, 0), k - 1))


def _clause_of(clauses: list[tuple[int, int]], k: int, s) -> tuple[int, int]:
    """The clause among ``clauses`` that holds token ``k``, else the whole sentence ``s``."""
    return next((c for c in clauses if c[0] <= k < c[1]), (s.start, s.end))


def _person_role(tok) -> bool:
    """„der Bruder der Toten“, „die Nachbarin“: a role noun of one person in ``roles.tsv``."""
    return tok.has_extension("role_kind") and tok._.role_kind == "person"


def _actor_of_sentence(tx: _Text, si: int) -> tuple[int, int] | None:
    """The subject of a sentence when it names a person or organisation („Das Robert-Koch-Institut sieht …“)."""
    doc = tx.doc
    found = _sentence_subject(tx, si)
    if found is None:
        return None
    subj = found[0]
    toks = [doc[k] for k in range(*subj)]
    if any(t.tag_ == "NE" or t.ent_type_ in ("PER", "ORG") or (t.tag_ == "NN" and t.lower_.endswith(ROLE_SUFFIXES))
           or (t.tag_ == "NN" and any(w in t.lower_ for w in ORG_WORDS)) or (t.tag_ == "NN" and _person_role(t))
           or (t.tag_ == "NN" and t._.role_kind == "organisation")  # „Die Stadtwerke“: a body noun of roles.tsv
           for t in toks):
        return subj
    return None


def _affiliation_label(doc, head: tuple[int, int] | None, floor: int, k: int, colon: int) -> bool:
    """„Jens Niklasch, LBBW:“, „Anna Weber, KfW:“: a person's name, a comma and a short capitalised label
    (a bank or institute the list may not know) before the colon name one speaker and the employer."""
    if head is None or head != (floor, k - 1) or not any(doc[j].ent_type_ == "PER" for j in range(*head)):
        return False
    return 0 < colon - k <= 3 and all(doc[j].text[:1].isupper() and doc[j].tag_ in ("NE", "NN", "FM") for j in range(k, colon))


def _named_actor(doc, rng: tuple[int, int]) -> bool:
    """A mention that names a person, role or organisation, or a personal pronoun."""
    toks = [doc[k] for k in range(*rng)]
    if len(toks) == 1 and toks[0].tag_ == "PPER" and toks[0].lower_ in ("er", "sie", "wir", "ich"):
        return True
    if len(toks) >= 2 and toks[0].lower_ in GROUP_PRONOUNS and toks[-1].tag_ == "NN":
        return True  # „Beide Seiten“, „Viele Experten“
    return any(t.tag_ == "NE" or t.ent_type_ in ("PER", "ORG") or (t.tag_ == "NN" and t.lower_.endswith(ROLE_SUFFIXES))
               or (t.tag_ == "NN" and any(w in t.lower_ for w in ORG_WORDS)) for t in toks)


def _quoted_person_frame(tx: _Text, frame: _Frame, a: int, b: int) -> _Frame:
    """„zitiert die Zeitung den Minister“: the quoted person (the object; in the passive „wie X zitiert wird“
    the subject) speaks and the quoting medium relays."""
    doc = tx.doc
    verb = frame.cue_tokens[0]
    cs, ce = frame.clause
    passive = doc[verb].tag_ == "VVPP" and any(doc[k].lemma_ == "werden" and doc[k].tag_ == "VAFIN"
                                                for k in range(cs, ce) if not tx.in_quote[k])
    found: tuple[int, int] | None = None
    k = cs + (doc[cs].lower_ == "wie" or doc[cs].tag_ == "KON")
    while k < ce and found is None:
        t = doc[k]
        if tx.in_quote[k] or t.tag_ in ("APPR", "APPRART"):
            np = None if tx.in_quote[k] else _noun_phrase(doc, k + 1, ce)
            k = np[1] if np else k + 1
            continue
        np = (k, k + 1) if t.lower_ == "ihn" and not passive else _noun_phrase(doc, k, ce)
        if np is None:
            k += 1
            continue
        is_subject = isinstance(frame.speaker, tuple) and frame.speaker[0] <= np[0] < frame.speaker[1]
        accusative = not passive and doc[np[0]].lower_ in ("den", "einen", "ihn")  # „zitierte ihn die Agentur“
        if (passive or not is_subject) and (_person_like(doc, np) or _named_actor(doc, np) or accusative) \
                and not any(tx.in_quote[m] for m in range(*np)):
            found = np
        k = np[1]
    if found is None or found == frame.speaker:
        return frame
    relay = frame.speaker if isinstance(frame.speaker, tuple) and not passive else None
    return replace(frame, speaker=found, relay=relay, evidence=[*frame.evidence, "zitiert: die zitierte Person spricht"])
