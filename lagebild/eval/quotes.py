"""Score quotation attribution against gold in the German Wikinews quotation dataset's JSON shape.

Gold: a folder of article files (or one file), each ``{"originalText", "tokens": [{"id",
"charBegin", "charEnd", ...}], "annotations": [{"type", "quote"|"speaker"|"cue"|"frame"|
"addressee": {"spans": [{"charBegin", "charEnd", ...}], "tokenIds": [...]}}]}``. When the folder's
parent holds ``index.tsv`` (``split  id  date  title``), each article is analysed with its date.

Scoring is token-based, on the gold file's own tokens, so that tokenisation differences between
the pipeline and the annotation do not count:

1. every system span (character offsets) becomes the set of gold tokens it overlaps;
2. per article, system and gold quotes are matched one-to-one by maximising the summed token
   overlap of their ``quote`` roles (``scipy.optimize.linear_sum_assignment`` when scipy is
   installed; otherwise a greedy assignment by descending overlap, which can differ from the
   optimum only when one quote overlaps several); pairs without overlap stay unmatched;
3. for each role (quote, speaker, cue, frame, addressee), true positives are the tokens a matched
   pair shares in that role; precision divides by the role's tokens over all system quotes,
   recall by those over all gold quotes;
4. per type, the quote role is scored the same way counting only pairs of equal type
   (``typed``), and the gold type's recall regardless of the system's type (``span_recall``).

The dataset's authors report **macro** scores per quotation instead (:class:`AuthorsTally`, the
figures the withheld test split is measured with), defined as in their paper's evaluation:

a. per article, system and gold quotations are paired one-to-one maximising the token F1 of their
   quote spans (plus 0.01 when the types agree, as a tie-breaker); unpaired quotations on either
   side are scored against an empty quotation;
b. for every pair and role, precision and recall over tokens, left out where undefined (no
   system tokens / no gold tokens of that role);
c. ``quote`` P/R = the mean of the pairs' quote precisions / recalls, ``roles`` the mean over
   pairs and the roles addressee, cue, frame and speaker, ``joint`` over all five roles; each F1
   from its macro P and R;
d. ``type``: a pair counts as a true positive when both types agree, else as a false positive of
   the system's type and a false negative of the gold type (micro P/R/F1 over pairs).
"""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROLES = ("quote", "speaker", "cue", "frame", "addressee")
TYPES = ("Direct", "Indirect", "Reported", "FreeIndirect", "IndirectFreeIndirect")

try:  # optional: the optimal assignment; the greedy fallback is documented above
    from scipy.optimize import linear_sum_assignment as _lsa
except ImportError:  # pragma: no cover - depends on the environment
    _lsa = None


@dataclass
class TokenQuote:
    """A quote as sets of gold token ids per role."""

    type: str
    roles: dict[str, frozenset[int]]


@dataclass
class GoldArticle:
    """One gold article: its text, tokens (character ranges), quotes and date."""

    name: str
    text: str
    tokens: list[tuple[int, int]]
    quotes: list[TokenQuote]
    date: str | None = None


@dataclass
class Counts:
    """Token counts of one role or type: shared, system, gold."""

    tp: int = 0
    sys: int = 0
    gold: int = 0

    def scores(self) -> dict:
        """Precision, recall and F1 (0.0 where undefined) with the raw counts."""
        p = self.tp / self.sys if self.sys else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "system": self.sys, "gold": self.gold}


@dataclass
class Tally:
    """Running totals over a corpus."""

    roles: dict[str, Counts] = field(default_factory=lambda: {r: Counts() for r in ROLES})
    typed: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})
    span_recall: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})
    articles: int = 0
    gold_quotes: int = 0
    system_quotes: int = 0
    matched: int = 0


def _token_ids(tokens: list[tuple[int, int]], start: int, end: int) -> frozenset[int]:
    return frozenset(i for i, (b, e) in enumerate(tokens) if b < end and e > start)


def _span_tokens(tokens, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    out: set[int] = set()
    for s, e in spans:
        out |= _token_ids(tokens, s, e)
    return frozenset(out)


def read_index(folder: Path) -> dict[str, str]:
    """Article id -> date from ``index.tsv`` one level above ``folder`` (empty if absent)."""
    path = folder.parent / "index.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return {row["id"]: row["date"] for row in csv.DictReader(fh, delimiter="\t")
                if row.get("id") and row.get("date")}


def read_gold_file(path: Path, dates: dict[str, str] | None = None) -> GoldArticle:
    """Read one gold article file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    tokens_json = sorted(data.get("tokens", []), key=lambda t: t["id"])
    index = {t["id"]: k for k, t in enumerate(tokens_json)}
    tokens = [(t["charBegin"], t["charEnd"]) for t in tokens_json]
    quotes = []
    for ann in data.get("annotations", []):
        roles = {}
        for role in ROLES:
            part = ann.get(role) or {}
            ids = part.get("tokenIds")
            if ids is not None:
                roles[role] = frozenset(index[i] for i in ids if i in index)
            else:
                roles[role] = _span_tokens(tokens, [(s["charBegin"], s["charEnd"])
                                                    for s in part.get("spans", [])])
        quotes.append(TokenQuote(ann.get("type", ""), roles))
    return GoldArticle(path.stem, data["originalText"], tokens, quotes,
                       (dates or {}).get(path.stem))


def read_gold(path: str | Path) -> list[GoldArticle]:
    """Read a gold folder (every ``*.json`` in it, sorted) or a single gold file."""
    path = Path(path)
    if path.is_file():
        return [read_gold_file(path, read_index(path.parent))]
    dates = read_index(path)
    return [read_gold_file(p, dates) for p in sorted(path.glob("*.json"))]


def system_quote(quote: dict, tokens: list[tuple[int, int]]) -> TokenQuote:
    """Turn a document-contract quote dict into gold-token sets per role."""
    def spans(value) -> list[tuple[int, int]]:
        if not value:
            return []
        if isinstance(value, list):
            return [(v["start"], v["end"]) for v in value]
        if value.get("parts"):
            return [(v["start"], v["end"]) for v in value["parts"]]
        return [(value["start"], value["end"])]
    roles = {role: _span_tokens(tokens, spans(quote.get(role))) for role in ROLES}
    return TokenQuote(quote.get("type", ""), roles)


def match(system: list[TokenQuote], gold: list[TokenQuote]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(system index, gold index)`` maximising quote-token overlap."""
    if not system or not gold:
        return []
    overlap = [[len(s.roles["quote"] & g.roles["quote"]) for g in gold] for s in system]
    if _lsa is not None:
        rows, cols = _lsa([[-x for x in row] for row in overlap])
        pairs = list(zip(rows.tolist(), cols.tolist()))
    else:
        cells = sorted(((overlap[i][j], i, j) for i in range(len(system)) for j in range(len(gold))),
                       reverse=True)
        used_s: set[int] = set()
        used_g: set[int] = set()
        pairs = []
        for _, i, j in cells:
            if i not in used_s and j not in used_g:
                used_s.add(i)
                used_g.add(j)
                pairs.append((i, j))
    return sorted((i, j) for i, j in pairs if overlap[i][j] > 0)


def score_article(tally: Tally, system: list[TokenQuote], gold: list[TokenQuote]) -> list[tuple[int, int]]:
    """Add one article's counts to ``tally``; return the matched pairs."""
    pairs = match(system, gold)
    tally.articles += 1
    tally.gold_quotes += len(gold)
    tally.system_quotes += len(system)
    tally.matched += len(pairs)
    for role in ROLES:
        c = tally.roles[role]
        c.sys += sum(len(q.roles[role]) for q in system)
        c.gold += sum(len(q.roles[role]) for q in gold)
        c.tp += sum(len(system[i].roles[role] & gold[j].roles[role]) for i, j in pairs)
    for q in system:
        if q.type in tally.typed:
            tally.typed[q.type].sys += len(q.roles["quote"])
    for q in gold:
        if q.type in tally.typed:
            tally.typed[q.type].gold += len(q.roles["quote"])
            tally.span_recall[q.type].gold += len(q.roles["quote"])
    for i, j in pairs:
        shared = len(system[i].roles["quote"] & gold[j].roles["quote"])
        g_type = gold[j].type
        if g_type in tally.span_recall:
            tally.span_recall[g_type].tp += shared
        if system[i].type == g_type and g_type in tally.typed:
            tally.typed[g_type].tp += shared
    return pairs


_CONTEXT_ROLES = ("addressee", "cue", "frame", "speaker")


@dataclass
class AuthorsTally:
    """The dataset authors' macro definitions (see the module docstring, a-d)."""

    precision: dict[str, list[float]] = field(default_factory=lambda: {r: [] for r in ROLES})
    recall: dict[str, list[float]] = field(default_factory=lambda: {r: [] for r in ROLES})
    type_tp: int = 0
    type_fp: int = 0
    type_fn: int = 0

    def add_pair(self, system: TokenQuote | None, gold: TokenQuote | None) -> None:
        """Score one pair; ``None`` on a side is an unpaired quotation of the other side."""
        for role in ROLES:
            s = system.roles[role] if system else frozenset()
            g = gold.roles[role] if gold else frozenset()
            tp = len(s & g)
            if s:
                self.precision[role].append(tp / len(s))
            if g:
                self.recall[role].append(tp / len(g))
        s_type = system.type if system else None
        g_type = gold.type if gold else None
        if s_type == g_type:
            self.type_tp += 1
        else:
            self.type_fp += s_type is not None
            self.type_fn += g_type is not None

    def scores(self) -> dict:
        """quote / roles / joint (macro) and type (micro) P, R, F1."""
        def mean(values: list[float]) -> float:
            return sum(values) / len(values) if values else 0.0

        def prf(p: float, r: float) -> dict:
            f = 2 * p * r / (p + r) if p + r else 0.0
            return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}

        def pooled(table: dict[str, list[float]], roles) -> float:
            return mean([v for role in roles for v in table[role]])

        out = {name: prf(pooled(self.precision, roles), pooled(self.recall, roles))
               for name, roles in (("quote", ("quote",)), ("roles", _CONTEXT_ROLES), ("joint", ROLES))}
        tp, fp, fn = self.type_tp, self.type_fp, self.type_fn
        out["type"] = prf(tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0)
        return out


def _token_f1(a: frozenset[int], b: frozenset[int]) -> float:
    shared = len(a & b)
    return 2 * shared / (len(a) + len(b)) if shared else 0.0


def score_article_authors(tally: AuthorsTally, system: list[TokenQuote], gold: list[TokenQuote]) -> None:
    """Add one article to ``tally`` as the authors pair and score quotations (a-d above)."""
    pairs: list[tuple[int, int]] = []
    if system and gold:
        score = [[_token_f1(s.roles["quote"], g.roles["quote"])
                  + (0.01 if s.type == g.type and s.roles["quote"] & g.roles["quote"] else 0.0)
                  for g in gold] for s in system]
        if _lsa is not None:
            rows, cols = _lsa([[-x for x in row] for row in score])
            pairs = list(zip(rows.tolist(), cols.tolist()))
        else:  # greedy by descending score (documented fallback, as for the token scorer)
            cells = sorted(((score[i][j], i, j) for i in range(len(system)) for j in range(len(gold))),
                           reverse=True)
            used_s: set[int] = set()
            used_g: set[int] = set()
            for _, i, j in cells:
                if i not in used_s and j not in used_g:
                    used_s.add(i)
                    used_g.add(j)
                    pairs.append((i, j))
    # the assignment pairs every quotation of the shorter side, overlapping or not
    for i, j in pairs:
        tally.add_pair(system[i], gold[j])
    for i in set(range(len(system))) - {i for i, _ in pairs}:
        tally.add_pair(system[i], None)
    for j in set(range(len(gold))) - {j for _, j in pairs}:
        tally.add_pair(None, gold[j])


def report(tally: Tally, seconds: float | None = None) -> dict:
    """The scores as a JSON-ready dict."""
    out = {
        "articles": tally.articles, "gold_quotes": tally.gold_quotes,
        "system_quotes": tally.system_quotes, "matched_quotes": tally.matched,
        "matcher": "scipy.linear_sum_assignment" if _lsa is not None else "greedy",
        "roles": {r: c.scores() for r, c in tally.roles.items()},
        "types": {t: {**c.scores(), "span_recall": tally.span_recall[t].scores()["recall"]}
                  for t, c in tally.typed.items()},
    }
    if seconds is not None:
        out["seconds"] = round(seconds, 2)
    return out


def evaluate(gold: str | Path, analyse: Callable[[str, str | None], list[dict]] | None = None,
             components: Iterable[str] | None = None) -> dict:
    """Run the pipeline over each gold article's text and score the quotes it finds.

    ``analyse(text, date)`` returns quote dicts; by default the lagebild pipeline (all components,
    or ``components``) runs on the text with the article's date.
    """
    if analyse is None:
        analyse = pipeline_analyser(components)
    articles = read_gold(gold)
    tally = Tally()
    authors = AuthorsTally()
    t0 = time.perf_counter()
    for art in articles:
        quotes = analyse(art.text, art.date)
        system = [system_quote(q, art.tokens) for q in quotes]
        score_article(tally, system, art.quotes)
        score_article_authors(authors, system, art.quotes)
    out = report(tally, time.perf_counter() - t0)
    out["authors_macro"] = authors.scores()
    return out


def pipeline_analyser(components: Iterable[str] | None = None) -> Callable[[str, str | None], list[dict]]:
    """An ``analyse(text, date)`` function over a lagebild pipeline built once."""
    from ..pipeline import build_pipeline

    nlp = build_pipeline(list(components) if components is not None else None)

    def analyse(text: str, date: str | None) -> list[dict]:
        doc = nlp.make_doc(text)
        doc._.dct = date
        doc._.dct_precision = "day" if date and len(date) == 10 else None
        return list(nlp(doc)._.quotes or [])

    return analyse


def format_table(result: dict) -> str:
    """A plain-text table of the scores per role and per type."""
    lines = [f"{result['articles']} articles, {result['gold_quotes']} gold quotes, "
             f"{result['system_quotes']} system quotes, {result['matched_quotes']} matched "
             f"({result['matcher']})", "",
             f"{'role':<22}{'P':>8}{'R':>8}{'F1':>8}{'system':>9}{'gold':>9}"]
    for role, s in result["roles"].items():
        lines.append(f"{role:<22}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}"
                     f"{s['system']:>9}{s['gold']:>9}")
    lines += ["", f"{'type (quote tokens)':<22}{'P':>8}{'R':>8}{'F1':>8}{'system':>9}{'gold':>9}"
                  f"{'span R':>9}"]
    for typ, s in result["types"].items():
        lines.append(f"{typ:<22}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}"
                     f"{s['system']:>9}{s['gold']:>9}{s['span_recall']:>9.3f}")
    if "authors_macro" in result:
        lines += ["", f"{'authors (macro)':<22}{'P':>8}{'R':>8}{'F1':>8}"]
        for name, s in result["authors_macro"].items():
            lines.append(f"{name:<22}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}")
    return "\n".join(lines)
