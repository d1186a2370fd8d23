"""A learned filter over the rule extractor's event candidates (``models/events-filter``).

The rules propose events from trigger words; many trigger words also have senses that are no
political act ("das Lokal war gut besucht", "Funktionen werden unterstützt", "der Vertrag eines
Spielers"). The filter is a logistic regression over sparse features of one candidate: its type,
trigger word and stem, the words around the trigger, whether the rules found named parties, its
modality, and the sentence's shape. It keeps a candidate when the probability that a coder
would code it as this event type is at least the model's threshold.

It was trained by ``training/events_filter/train.py`` on candidates the rules found in
permissively licensed text (GermEval 2014, UD German, Europeana newspapers), each labelled by
hand; never on the Wikinews gold, which only measures (the threshold is the one number chosen
on the Wikinews development parts). The model is a JSON file of feature weights, so it can be
read and audited; see its MODEL_CARD.md.

Features are computed from the sentence text and the event dict alone, so training (from
stored candidates) and inference (inside ``lb_events``) share :func:`features` exactly.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from ...paths import models_dir

MODEL_NAME = "events-filter"
ENABLED = True  # training/events_filter/candidates.py turns it off: it labels the rules' own output
_WORD = re.compile(r"\w+", re.UNICODE)
WINDOW = 4  # words each side of the trigger that enter as context features


def _code_kind(actors: list) -> str:
    """What the rules found for one side: named (a code with a country), sector only, a bare
    name, or nothing."""
    if not actors:
        return "none"
    kinds = set()
    for a in actors:
        code = (a.get("actor_code") if isinstance(a, dict) else a) or ""
        name = a.get("name") if isinstance(a, dict) else None
        if len(code) >= 3 and code[:3].isupper() and code[:3].isalpha() and len(code) in (3, 6, 9) \
                and not code.startswith(("IGO", "NGO")) and code[:3] not in ("COP", "GOV", "MIL", "REB", "CVL", "BUS",
                                                                           "JUD", "LEG", "OPP", "PTY", "MED", "LAB"):
            kinds.add("country")
        elif code.startswith(("IGO", "NGO")):
            kinds.add("org")
        elif code:
            kinds.add("sector")
        elif name:
            kinds.add("name")
    return "+".join(sorted(kinds)) or "none"


def features(sentence: str, start: int, end: int, event: dict) -> list[str]:
    """Feature names of one candidate: ``sentence`` is the text of its sentence, ``start``/``end``
    the trigger's offsets in it, ``event`` the document-contract event dict (or a candidate record
    with ``type``, ``modality``, ``negated``, ``source``, ``target``)."""
    t = event["type"]
    word = sentence[start:end]
    low = word.lower()
    left = [w.lower() for w in _WORD.findall(sentence[:start])]
    right = [w.lower() for w in _WORD.findall(sentence[end:])]
    src, tgt = _code_kind(event.get("source") or []), _code_kind(event.get("target") or [])
    f = ["bias", f"t={t}", f"w={low}", f"tw={t}|{low}", f"ts={t}|{low[:5]}",
         f"cap={word[:1].isupper()}", f"tcap={t}|{word[:1].isupper()}",
         f"mod={event.get('modality')}", f"tmod={t}|{event.get('modality')}",
         f"neg={bool(event.get('negated'))}",
         f"src={src}", f"tgt={tgt}", f"tsrc={t}|{src}", f"ttgt={t}|{tgt}",
         f"len={min(len(left) + len(right) + 1, 60) // 10}",
         f"pos={min(len(left), 30) // 5}"]
    for k, w in enumerate(reversed(left[-WINDOW:])):
        f.append(f"l={w}")
        if k == 0:
            f.append(f"l1={w}")
    for k, w in enumerate(right[:WINDOW]):
        f.append(f"r={w}")
        if k == 0:
            f.append(f"r1={w}")
    caps = sum(1 for w in _WORD.findall(sentence) if w[:1].isupper())
    f.append(f"caps={min(caps, 12) // 3}")
    if any(ch.isdigit() for ch in sentence):
        f.append("digits")
    if sentence[:1] in "\"„“»«'":
        f.append("quote_start")
    return f


class EventFilter:
    """A trained filter: :meth:`probability` of one candidate, :meth:`keep` against the threshold."""

    def __init__(self, weights: dict[str, float], threshold: float):
        self.weights = weights
        self.threshold = threshold

    @classmethod
    def load(cls, path: Path) -> "EventFilter":
        """Read ``model.json`` (``{"threshold": …, "weights": {feature: weight}}``)."""
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(raw["weights"], float(raw["threshold"]))

    def probability(self, feats: list[str]) -> float:
        """P(the candidate is an event of its type) under the logistic model; a feature counts once,
        as in training (``training/events_filter/train.py``)."""
        z = sum(self.weights.get(f, 0.0) for f in set(feats))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def apply(self, text: str, events: list[dict], sentences: list[tuple[int, int]]) -> list[dict]:
        """The events whose probability reaches the threshold; each kept event gets its
        ``confidence``. ``sentences`` are the document's (start, end) character ranges."""
        kept = []
        for ev in events:
            trig = ev.get("trigger") or {}
            t0, t1 = trig.get("start"), trig.get("end")
            if t0 is None:
                kept.append(ev)
                continue
            a, b = next(((s, e) for s, e in sentences if s <= t0 < e), (0, len(text)))
            p = self.probability(features(text[a:b], t0 - a, t1 - a, ev))
            if p >= self.threshold:
                kept.append(dict(ev, confidence=round(p, 3)))
        return kept


@lru_cache(maxsize=1)
def load_default() -> EventFilter | None:
    """The shipped filter, or None when ``models/events-filter/model.json`` is absent."""
    path = models_dir() / MODEL_NAME / "model.json"
    return EventFilter.load(path) if path.is_file() else None
