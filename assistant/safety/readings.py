"""Readings in a patient's words: temperatures (a fever, or too low), thresholds, a weight that jumps in days."""

from __future__ import annotations

import re

from assistant.safety import red_flags, vocabulary

_NUMBER = r"(\d{2,3}(?:[.,]\d{1,2})?)"
_READINGS = (
    re.compile(rf"(?<![\d.,]){_NUMBER}\s*(?:°\s*|º\s*|degrees?\s*|deg\s*)?(c|f|celsius|centigrade|fahrenheit)\b"),
    re.compile(rf"(?<![\d.,]){_NUMBER}\s*(?:°|º|degrees?)()"),
    re.compile(r"\b(?:temp\w*|fever|thermometer|reading|running|spiked?|spiking|hit|registered|measured"
               r"|showed|shows|says)\b(?:\W+(?:is|was|of|at|to|reads?|reading|reached|hit|up to|about|around"
               r"|nearly|almost|over|above|a|an|went|gone|up|spiked|has been|been|measured|still|now"
               r"|currently|says|said|showed|shows|on|the|thermometer|high|dropped|fell|fallen|down|dipped|only|just"
               rf"|low)){{0,4}}\W+{_NUMBER}()(?![\d%])"),
    re.compile(rf"(?<![\d.,]){_NUMBER}()\s+(?:on the thermometer|temp\w*|fever)\b"),
)
_BARE_READING = re.compile(
    rf"(?<![\d.,])((?:3[7-9]|4[0-2])[.,]\d|(?:99|10[0-6])\.\d)()(?![\d%]){red_flags.NOT_A_UNIT}")
_LAB = re.compile(rf"\b{vocabulary.LAB}\b")
_TALK = re.compile(red_flags.TEMPERATURE_TALK)
_BODY_TEMPERATURE = re.compile(r"\b(?:temp\w*|thermometer)\b")
_WEATHER = re.compile(r"\b(?:outside|weather|room|ward|house|heat ?wave|sunny|holiday|bath|fridge|freezer)\b")
# "38 or 38.5?" weighs two thresholds against each other
_THRESHOLD = re.compile(r"(?:above|over|higher than|more than|greater than|at least|exceeds?|>=?|≥|below|under"
                        r"|lower than|less than|<=?|≤"
                        r"|\d(?:[.,]\d+)? ?(?:°|degrees?)? ?[cf]? or(?: is it| maybe| perhaps)?)\W*$")
_THRESHOLD_AFTER = re.compile(r"^\W*(?:or (?:higher|more|above|over|lower|less|below|under|is it \d|maybe \d"
                              r"|perhaps \d|\d)"
                              r"|and (?:above|over|up)|\+)")
# Weights told a day or a few apart ("148 lbs on Monday and 155 this morning")
_WEIGHT_WORD = re.compile(r"\b(?:weigh\w*|weight|scales?|kgs?|kilos?|lbs?|pounds)\b")
_WEIGHT = re.compile(r"(?<![\d.,])(\d{2,3}(?:[.,]\d)?) ?(kgs?|kilos?|kilograms?|lbs?|pounds)?\b(?! ?(?:%|mg|ml|years?|days?"
                     r"|hours?|mins?|minutes?|weeks?|months?|/))")
_DAYS_AGO = re.compile(r"\b(?:yesterday|last night|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:\d|a|one|two|three|four"
                       r"|five|a few|a couple of) days? ago|at the weekend|this week)\b")
_NOW = re.compile(r"\b(?:today|this morning|now|tonight|this evening)\b")


def talks_of_temperature(text: str) -> bool:
    return bool(_TALK.search(text))


def is_threshold(sentence: str, pos: int) -> bool:
    """Whether the reading at `pos` is a threshold ("above 38", "38 or higher"), not a reading taken."""
    return bool(_THRESHOLD.search(sentence[max(0, pos - 30):pos])
                or _THRESHOLD_AFTER.search(sentence[pos:pos + 30].split(" ", 1)[-1]))


def temperatures(sentence: str, talk: bool) -> list[tuple[int, str]]:
    """(position, "fever", "low_temperature" or "") for each temperature reading in a sentence. A low one counts
    only with a unit or a word for body temperature before it ("sats reading 95" is no temperature). A bare "38.7"
    counts when the recent turns `talk` about temperature or the sentence names no lab value."""
    found: dict[int, str] = {}
    bare = talk or not _LAB.search(sentence)
    for pattern in (*_READINGS, _BARE_READING) if bare else _READINGS:
        for m in pattern.finditer(sentence):
            value, unit = float(m.group(1).replace(",", ".")), m.group(2)[:1]
            in_c = red_flags.CELSIUS_RANGE[0] <= value <= red_flags.CELSIUS_RANGE[1] and unit in ("", "c")
            in_f = red_flags.FAHRENHEIT_RANGE[0] <= value <= red_flags.FAHRENHEIT_RANGE[1] and unit in ("", "f")
            if not (in_c or in_f):
                continue
            kind = ""
            if value >= (red_flags.FEVER_C if in_c else red_flags.FEVER_F):
                kind = "fever"
            elif value < (red_flags.LOW_C if in_c else red_flags.LOW_F) and not _WEATHER.search(sentence) and (
                    unit or _BODY_TEMPERATURE.search(sentence[max(0, m.start(1) - 40):m.start(1)])):
                kind = "low_temperature"
            found.setdefault(m.start(1), kind)
    return sorted(found.items())


def weight_gain(sentence: str) -> int | None:
    """Where a sentence tells a weight gone up by WEIGHT_GAIN_KG (or _LB) since a day or a few ago, or None."""
    if not (_DAYS_AGO.search(sentence) and _NOW.search(sentence) and _WEIGHT_WORD.search(sentence)):
        return None
    found = [(m.start(1), float(m.group(1).replace(",", ".")), (m.group(2) or "")[:1])
             for m in _WEIGHT.finditer(sentence)]
    units = {unit for _, _, unit in found if unit}
    pounds = bool(units) and "k" not in units
    low, high = red_flags.WEIGHT_RANGE_LB if pounds else red_flags.WEIGHT_RANGE_KG
    weights = [(pos, value) for pos, value, _ in found if low <= value <= high]
    if not units or len(weights) < 2:
        return None
    gain = weights[-1][1] - weights[0][1]
    return weights[-1][0] if gain >= (red_flags.WEIGHT_GAIN_LB if pounds else red_flags.WEIGHT_GAIN_KG) else None
