"""Every German UI string of the widgets and checkers in one place (ready for a second language).

Strings with ``{name}`` are ``str.format`` templates. The learner is addressed as „du“.
"""

from __future__ import annotations

# --- icons (always shown with colour, never colour alone) --------------------------------------------------
ICON_RIGHT = "✔"
ICON_WRONG = "✘"
ICON_MISSED = "⚠"
ICON_PARTLY = "◐"
ICON_INFO = "ℹ"

# --- buttons and labels -----------------------------------------------------------------------------------
SUBMIT = "Antwort prüfen"
SUBMIT_TOOLTIP = "Deine Antwort prüfen und speichern"
HINT = "Tipp anzeigen"
HINT_TOOLTIP = "Einen Tipp zu dieser Aufgabe anzeigen"
HINT_TITLE = "Tipp"
RETRY = "Nochmal versuchen"
POINTS_LABEL = "Punkte"
POINT_ONE = "Punkt"
POINT_MANY = "Punkte"
POINTS = "({score} von {max} Punkten)"
PLEASE_CHOOSE = "— bitte wählen —"
CHOOSE_ONE = "Wähle eine Antwort:"
CHOOSE_MANY = "Wähle alle passenden Antworten:"
RESTORED = "Deine letzte gespeicherte Antwort wurde wiederhergestellt."
SAVED = "Gespeichert."
TRY_COUNT = "Versuch {tries}"
SOLUTION_TITLE = "Lösung"
EXPLANATION_TITLE = "Erklärung"
TYPE_LABELS = {
    "choice": "Auswahl", "mark": "Markieren", "sort": "Zuordnen", "scale": "Einschätzen",
    "reflect": "Nachdenken", "compare": "Mensch vs. Maschine",
}

# --- verdicts ---------------------------------------------------------------------------------------------
CORRECT = "Richtig!"
PARTLY = "Teilweise richtig."
NOT_YET = "Noch nicht richtig."
TRIES_LEFT = "Versuch es noch einmal – du hast noch {left} Versuch(e)."
SOLUTION_AFTER_TRIES = "Nach {tries} Versuchen siehst du jetzt die Lösung."
WAS_RIGHT = "wäre richtig gewesen"
CHOOSE_SOMETHING = "Bitte wähle zuerst mindestens eine Antwort aus."
UNKNOWN_OPTION = "Unbekannte Antwort {id!r} wurde ignoriert."
INVALID_ANSWER = "Die Antwort hat ein ungültiges Format: {why}"
WHY_NOT_MAPPING = "erwartet wird ein JSON-Objekt."
WHY_SELECTED = "'selected' muss eine Liste von Antwort-IDs sein."
WHY_MARKED = "'marked' muss eine Liste von [Start, Ende]-Paaren sein."
WHY_ASSIGN = "'assign' muss eine Zuordnung Element → Kategorie sein."
WHY_RATINGS = "'ratings' muss eine Zuordnung Aussage → Zahl sein."
WHY_TEXT = "'text' muss ein Text sein."

# --- mark -------------------------------------------------------------------------------------------------
MARK_HELP_SENTENCE = ("Klicke die Sätze an, die du markieren willst (Tab und Leertaste gehen auch). "
                      "Noch einmal klicken hebt die Markierung auf.")
MARK_HELP_WORD = ("Klicke die Wörter an, die du markieren willst (Tab und Leertaste gehen auch). "
                  "Noch einmal klicken hebt die Markierung auf.")
MARK_NOTHING = "Du hast noch nichts markiert."
MARK_COUNTS = "Du hast {hits} von {total} richtigen Stellen gefunden und {false} falsch markiert."
MARK_FOUND = "gefunden"
MARK_PART_FOUND = "teilweise gefunden"
MARK_MISSED = "übersehen"
MARK_FALSE = "falsch markiert"
MARK_HIT = "richtig markiert"
MARK_TOOLTIP_HIT = "✔ richtig markiert"
MARK_TOOLTIP_FALSE = "✘ falsch markiert – gehört nicht dazu"
MARK_TOOLTIP_MISSED = "⚠ übersehen – hätte markiert werden sollen"
MARK_TOOLTIP_UNIT = "Klicken zum Markieren"
MARK_LEGEND = "Legende: ✔ richtig markiert · ✘ falsch markiert · ⚠ übersehen"

# --- sort -------------------------------------------------------------------------------------------------
SORT_HELP = "Ordne jedes Element einer Kategorie zu."
SORT_MISSING = "Noch nicht zugeordnet."
SORT_WRONG = "„{got}“ passt nicht."
SORT_COUNTS = "{right} von {total} richtig zugeordnet."
SORT_INCOMPLETE = "Bitte ordne zuerst alle Elemente zu ({n} fehlen noch)."
SORT_ITEM_RIGHT = "richtig"
SORT_ITEM_WRONG = "falsch – richtig: {label}"
SORT_ITEM_MISSING = "fehlt – richtig: {label}"

# --- scale ------------------------------------------------------------------------------------------------
SCALE_HELP = "Wie sehr trifft jede Aussage auf den Text zu? ({min} = {min_label}, {max} = {max_label})"
SCALE_PROFILE_LINE = "{label}: {value} (Skala {min}–{max})"
SCALE_DONE = "Danke, dein Profil ist gespeichert."
SCALE_MISSING = "Bitte bewerte noch {n} Aussage(n)."
SCALE_BAD_VALUE = "Die Bewertung von {id!r} liegt nicht zwischen {min} und {max} und wurde ignoriert."
SCALE_PROFILE_TITLE = "Dein Profil"
SCALE_DIMENSION = "Dimension"
SCALE_MEAN = "Mittelwert"
SCALE_STATEMENT_TOOLTIP = "{value} = {label}"

# --- reflect ----------------------------------------------------------------------------------------------
REFLECT_PLACEHOLDER = "Schreib hier deine Antwort …"
REFLECT_EMPTY = "Schreib zuerst deine Antwort in das Feld."
REFLECT_WORDS = "Du hast {words} Wörter geschrieben (mindestens {min})."
REFLECT_COUNTER = "{words} Wörter (mindestens {min})"
REFLECT_SAVED = "Deine Antwort ist gespeichert."
REFLECT_TOO_SHORT = "Deine Antwort ist gespeichert, aber noch zu kurz (mindestens {min} Wörter)."
REFLECT_MODEL = "Eine mögliche Antwort"
REFLECT_CHECKLIST = "Prüfe selbst: Hast du an diese Punkte gedacht?"

# --- compare ----------------------------------------------------------------------------------------------
COMPARE_DONE = "Vergleich angesehen."
COMPARE_NOT_DONE = "Vergleich noch nicht angesehen."
COMPARE_BUTTON = "Vergleich abschließen"
COMPARE_TOOLTIP = "Bestätigen, dass du den Vergleich angesehen hast"
COMPARE_YOU = "Du"
COMPARE_MACHINE = "Maschine"
COMPARE_KEY = "Schlüssel"
COMPARE_PASSAGE = "Textstelle"
COMPARE_EVIDENCE = "Begründung der Maschine"
COMPARE_NOT_MARKED = ("Du hast die Übung „{id}“ noch nicht bearbeitet – dann steht in der Spalte „Du“ noch "
                      "nichts. Bearbeite sie zuerst, um dich mit der Maschine zu vergleichen.")
COMPARE_NO_ENGINE = "Die automatische Analyse ist gerade nicht verfügbar: {why}"
COMPARE_EXTRA_MACHINE = "nur die Maschine"
COMPARE_EXTRA_YOU = "nur du"
COMPARE_SCORE = "Gefundene Stellen aus dem Schlüssel: du {you} von {n}, die Maschine {machine} von {n}."
COMPARE_FOUND = "gefunden"
COMPARE_NOT_FOUND = "nicht gefunden"
COMPARE_IN_KEY = "im Schlüssel"
COMPARE_NOT_IN_KEY = "nicht im Schlüssel"

# --- errors shown instead of a traceback --------------------------------------------------------------------
ERROR_TITLE = "Das hat leider nicht geklappt"
ERROR_UNKNOWN = "Ein unerwarteter Fehler ist aufgetreten ({kind}). Deine bisherigen Antworten sind gespeichert."
ERROR_TELL = "Sag deiner Lehrkraft Bescheid, wenn das wieder passiert."

# --- store ------------------------------------------------------------------------------------------------
STORE_CORRUPT = ("Deine Fortschrittsdatei war beschädigt und konnte nicht gelesen werden. Sie wurde nach "
                 "„{moved}“ verschoben; ein neuer, leerer Speicher wurde angelegt. Wenn du einen Export "
                 "hast, kannst du deine Antworten damit wieder importieren.")
STORE_UNWRITABLE = ("Dein Fortschritt kann nicht in „{path}“ gespeichert werden ({why}). Deine Antworten gelten "
                    "nur bis zum Neustart – exportiere sie, bevor du gehst.")
STORE_FAILED = "Deine Antwort konnte nicht gespeichert werden ({why}). Bitte exportiere deine Antworten."

# --- progress, export, import --------------------------------------------------------------------------------
PROGRESS_TITLE = "Dein Fortschritt"
PROGRESS_CAPTION = "Bearbeitete und richtige Übungen und Punkte pro Lektion (deine letzte Antwort zählt)"
PROGRESS_LESSON = "Lektion"
PROGRESS_DONE = "bearbeitet"
PROGRESS_CORRECT = "richtig"
PROGRESS_POINTS = "Punkte"
PROGRESS_TOTAL = "Gesamt"
PROGRESS_REFRESH = "Aktualisieren"
PROGRESS_REFRESH_TOOLTIP = "Fortschritt neu laden"
PROGRESS_EMPTY = "Noch keine Übungen gefunden."
EXPORT_TITLE = "Antworten sichern (Export)"
EXPORT_HELP = ("Sichere deine Antworten als Datei – zum Beispiel, bevor du Binder schließt (nach 10 Minuten "
               "ohne Aktivität wird die Sitzung beendet).")
EXPORT_NAME = "Dein Name:"
EXPORT_NAME_PLACEHOLDER = "Name oder Kürzel"
EXPORT_BUTTON = "Antworten exportieren"
EXPORT_TOOLTIP = "Alle Antworten in eine JSON-Datei schreiben und zum Herunterladen anbieten"
EXPORT_DONE = "{n} Antwort(en) gespeichert in „{path}“."
EXPORT_DOWNLOAD = "⬇ {name} herunterladen"
IMPORT_TITLE = "Antworten wiederherstellen (Import)"
IMPORT_HELP = "Lade eine früher exportierte Datei (medialit-export-….json) hoch."
IMPORT_BUTTON = "Antworten importieren"
IMPORT_TOOLTIP = "Antworten aus der hochgeladenen Datei übernehmen"
IMPORT_UPLOAD = "Datei wählen"
IMPORT_NO_FILE = "Bitte wähle zuerst eine Datei aus."
IMPORT_DONE = "{n} Antwort(en) importiert, {skipped} waren schon vorhanden."
IMPORT_NOT_JSON = "{name}: ist keine gültige JSON-Datei ({why})."
IMPORT_BAD_FORMAT = "{name}: ist keine medialit-Exportdatei (Feld 'format' ist {got!r}, erwartet 'medialit-export')."
IMPORT_BAD_VERSION = "{name}: Version {got!r} wird nicht unterstützt (erwartet {want})."
IMPORT_NO_CHECKSUM = "{name}: Die Prüfsumme fehlt – die Datei ist unvollständig oder wurde verändert."
IMPORT_BAD_CHECKSUM = "{name}: Die Prüfsumme stimmt nicht – die Datei wurde verändert oder ist beschädigt."
IMPORT_BAD_ANSWER = "{name}: Antwort Nr. {n} ist ungültig ({why})."

# --- article view -----------------------------------------------------------------------------------------
VIEW_LAYERS = "Ebenen:"
VIEW_LEGEND = "Legende"
VIEW_EVIDENCE = "Belege"
VIEW_CHOOSE_FINDING = "Fundstelle:"
VIEW_NO_FINDINGS = "Auf den eingeschalteten Ebenen gibt es keine Fundstellen."
VIEW_NO_ANALYSIS = "Hinweis: Die automatische Analyse ist nicht verfügbar ({why}); gezeigt wird nur der Text."
VIEW_UNKNOWN_LAYER = "Unbekannte Ebene(n) {layers} – erlaubt sind: {allowed}."
VIEW_SOURCE_KEY = "Quelle der Markierungen: die Handannotation (Schlüssel) des Artikels."
VIEW_SOURCE_GIVEN = "Quelle der Markierungen: die übergebene Analyse."
VIEW_SOURCE_ENGINE = "Quelle der Markierungen: die automatische Analyse (Maschine)."
LAYER_LABELS = {
    "quotes": "Zitate nach Art",
    "speakers": "Sprecher:innen",
    "verbs": "Redeverben nach Wirkung",
    "entities": "Namen (Personen, Orte, Organisationen)",
    "framing": "Framing-Signale",
}
ENTITY_LABELS = {"PER": "Person", "ORG": "Organisation", "LOC": "Ort", "MISC": "Sonstiges"}
ENTITY_SHORT = {"PER": "Person", "ORG": "Org.", "LOC": "Ort", "MISC": "Sonst."}
QUOTE_SHORT = {"direct": "direkt", "indirect": "indirekt", "free_indirect": "frei indirekt", "reported": "berichtet"}
SPEAKER = "spricht"
SPEAKER_LABEL = "Sprecher:in"
SPEAKER_IS = "Sprecher:in „{mention}“ = {name}"
SPEAKS_IN = "spricht in: {kind}"
QUOTE_SPEAKER = "{kind}, spricht: {name}"
VERB_EVIDENCE = "Redeverb: {lemma} ({label})"
FRAMING_LABEL = "Framing-Signal"
LEGEND_SAMPLE = "Beispiel"
LEGEND_NUMBERS = "Die Zahl in eckigen Klammern [n …] nach einer Stelle verweist auf die Liste „{evidence}“; klicke darauf, um den Beleg gleich dort zu sehen."
LAYER_TOOLTIP = "Ebene „{layer}“ ein- oder ausblenden"
OTHER_TEXT = "die Analyse gehört zu einem anderen Text"
KEY_EVIDENCE = "Schlüssel: {explanation}"
KEY_VERB = "Schlüssel (Handannotation)"
LINE_STYLES = {"solid": "durchgezogen", "dashed": "gestrichelt", "dotted": "gepunktet", "double": "doppelt"}
CUE_UNDERLINE = "{style} unterstrichen"
CUE_FRAME = "Rahmen {style}"
CUE_SPEAKER = "fett, doppelt unterstrichen"
CUE_ENTITY = "gepunktete Linie"
CUE_FRAMING = "Wellenlinie"
