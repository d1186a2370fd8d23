"""Quality gate: share of GermEval 2014 dev gold entities (outer PER/LOC/ORG, no deriv/part)
that the KB resolves to an actor at the sentence's date. Floors only move up, or down on purpose.
Run with ``-s`` to see the numbers."""

from __future__ import annotations

import pytest

FLOORS = {"LOC": 0.46, "ORG": 0.12, "PER": 0.04}  # measured 0.463, 0.125, 0.046


def gold_entities(path):
    """``(label, text, date)`` of every outer entity of the GermEval TSV at ``path``."""
    out, date, span = [], None, None
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("#"):
            date = line.rsplit("[", 1)[-1].rstrip("]")
            continue
        parts = line.split("\t")
        tag = parts[2] if len(parts) > 2 else "O"
        if span and not tag.startswith("I-"):
            out.append((span[0], " ".join(span[1]), date))
            span = None
        if tag.startswith("B-"):
            span = (tag[2:], [parts[1]])
        elif tag.startswith("I-") and span:
            span[1].append(parts[1])
    return out


@pytest.fixture(scope="module")
def coverage(shared_data, kb):
    counts: dict[str, list[int]] = {}
    for label, text, date in gold_entities(shared_data / "germeval2014" / "NER-de-dev.tsv"):
        if label not in FLOORS:
            continue
        c = counts.setdefault(label, [0, 0])
        c[1] += 1
        c[0] += kb.resolve(text, label, date) is not None
    shares = {label: hit / total for label, (hit, total) in counts.items()}
    print("\nGermEval dev gold entities resolved: " + ", ".join(
        f"{label} {counts[label][0]}/{counts[label][1]} = {shares[label]:.3f}" for label in sorted(counts)))
    return shares


@pytest.mark.parametrize("label", sorted(FLOORS))
def test_kb_coverage_of_gold_entities_stays_above_floor(coverage, label):
    assert coverage[label] >= FLOORS[label]
