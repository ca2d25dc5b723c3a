"""Colours and CSS of the widgets: Okabe–Ito hues as light tints under dark text (contrast ≥ 4.5:1)."""

from __future__ import annotations

TEXT = "#111111"
# Okabe & Ito (2008): hues that stay distinct for every common colour-vision deficiency.
OKABE_ITO = {
    "orange": "#E69F00", "skyblue": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7", "black": "#000000",
}


def tint(hex_colour: str, share: float) -> str:
    """Mix ``hex_colour`` with white: ``share`` of the colour, the rest white."""
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    mix = [round(c * share + 255 * (1 - share)) for c in (r, g, b)]
    return "#" + "".join(f"{c:02X}" for c in mix)


def luminance(hex_colour: str) -> float:
    """Relative luminance (WCAG 2.x)."""
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(fg: str, bg: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


# Verdict colours: a tint for the background, the full hue for the border; always with an icon and a word.
RIGHT_BG, RIGHT_BORDER = tint(OKABE_ITO["green"], 0.25), OKABE_ITO["green"]
WRONG_BG, WRONG_BORDER = tint(OKABE_ITO["vermillion"], 0.25), OKABE_ITO["vermillion"]
MISSED_BG, MISSED_BORDER = tint(OKABE_ITO["orange"], 0.3), "#A66F00"
INFO_BG, INFO_BORDER = tint(OKABE_ITO["skyblue"], 0.2), OKABE_ITO["blue"]
MARKED_BG, MARKED_BORDER = tint(OKABE_ITO["blue"], 0.22), OKABE_ITO["blue"]

BACKGROUNDS = {"right": RIGHT_BG, "wrong": WRONG_BG, "missed": MISSED_BG, "info": INFO_BG, "marked": MARKED_BG}

CSS = f"""
<style>
.medialit-ex {{ color: {TEXT}; max-width: 60rem; }}
.medialit-ex .widget-radio-box label, .medialit-ex .widget-checkbox label,
.medialit-ex .widget-checkbox .widget-label-basic span {{ white-space: normal !important; height: auto !important;
  overflow: visible !important; line-height: 1.35; }}
.medialit-ex .widget-checkbox {{ height: auto !important; }}
.medialit-ex .widget-radio-box label {{ display: flex !important; align-items: flex-start; gap: 0.4em;
  margin: 0.15em 0; }}
.medialit-ex .widget-radio-box input, .medialit-ex .widget-checkbox input {{ flex: none; order: -1; margin-top: 0.25em; }}
.medialit-ex .widget-toggle-buttons .widget-toggle-button.mod-active {{ background: {MARKED_BG} !important;
  border: 2px solid {MARKED_BORDER} !important; font-weight: 700; box-shadow: none !important;
  text-decoration: underline; }}
.medialit-unit {{ height: auto !important; white-space: normal !important; text-align: left !important;
  line-height: 1.45 !important; padding: 3px 7px !important; margin: 2px !important; color: {TEXT} !important;
  background: #F4F4F4 !important; border: 2px solid #C8C8C8 !important; border-radius: 4px !important;
  font-size: 0.95rem !important; }}
.medialit-unit.mod-active {{ background: {MARKED_BG} !important; border: 2px solid {MARKED_BORDER} !important;
  font-weight: 600 !important; box-shadow: none !important; }}
.medialit-unit:focus-visible {{ outline: 3px solid {OKABE_ITO["black"]} !important; outline-offset: 1px; }}
.medialit-unit.medialit-hit {{ background: {RIGHT_BG} !important; border: 2px solid {RIGHT_BORDER} !important; }}
.medialit-unit.medialit-false {{ background: {WRONG_BG} !important; border: 2px dashed {WRONG_BORDER} !important; }}
.medialit-unit.medialit-missed {{ background: {MISSED_BG} !important; border: 2px dotted {MISSED_BORDER} !important; }}
.medialit-unit:disabled {{ opacity: 1 !important; cursor: default; }}
.medialit-feedback ul {{ margin: 0.3em 0 0 0; padding-left: 1.2em; }}
.medialit-feedback li {{ margin: 0.15em 0; }}
.medialit-article mark {{ color: {TEXT}; padding: 0 1px; }}
.medialit-label {{ cursor: pointer; }}
.medialit-label:focus {{ outline: 3px solid {OKABE_ITO["black"]}; outline-offset: 1px; }}
.medialit-evidence-inline {{ display: none; font-size: 0.85em; background: #FFFFFF; color: {TEXT};
  border: 1px solid #555555; border-radius: 3px; padding: 0 4px; margin: 0 2px; }}
.medialit-label:focus .medialit-evidence-inline, .medialit-label:hover .medialit-evidence-inline {{
  display: inline; }}
.medialit-article sup {{ font-size: 0.7em; font-weight: 600; color: {TEXT}; }}
</style>
"""
