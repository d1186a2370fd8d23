"""Near-duplicate signatures stay comparable with those already stored: lagebild computes the
MinHash of datasketch's "affine32" scheme itself (value for value, checked here against
datasketch, which only the tests import) and bands it as datasketch's LSH does."""

from __future__ import annotations

import pytest
from datasketch import MinHash

from lagebild.ingest import dedup


def _plain(text: str) -> MinHash:
    words = dedup._WORD.findall(text.lower())
    shingles = {" ".join(words[i:i + dedup.SHINGLE]) for i in range(len(words) - dedup.SHINGLE + 1)} \
        if len(words) >= dedup.SHINGLE else {" ".join(words)}
    mh = MinHash(num_perm=dedup.NUM_PERM, scheme=dedup.SCHEME)
    mh.update_batch(s.encode("utf-8") for s in shingles)
    return mh


@pytest.mark.parametrize("text", [
    "Die Außenminister beider Länder trafen sich am Montag in Wien zu Gesprächen über die Grenze.",
    "Kurz.",
    "Der Stadtrat vertagte die Abstimmung über den Haushalt auf die kommende Woche.",
])
def test_signature_equals_a_fresh_minhash(text):
    assert dedup.to_bytes(dedup.signature(text)) == dedup.to_bytes(_plain(text))


def test_near_copy_is_found_with_shared_permutations():
    a = ("Die Regierung in Rom kündigte am Dienstag neue Hilfen für die vom Hochwasser betroffenen Regionen "
         "im Norden des Landes an. Insgesamt sollen zwei Milliarden Euro bereitgestellt werden, sagte der "
         "Minister nach einer Kabinettssitzung. Die Opposition nannte die Summe zu gering und verlangte eine "
         "Sondersitzung des Parlaments. Bürgermeister mehrerer Gemeinden am Po berichteten von überfluteten "
         "Straßen, gesperrten Brücken und Hunderten Menschen, die ihre Häuser verlassen mussten. Der "
         "Wetterdienst rechnet bis zum Wochenende mit weiterem Regen in den Alpen.")
    index = dedup.NearDuplicateIndex()
    index.add("a", dedup.signature(a))
    assert index.original_of(dedup.signature(a.replace("Dienstag", "Mittwoch"))) == "a"


def test_the_bands_are_those_datasketch_chooses_for_the_threshold():
    from datasketch import MinHashLSH
    lsh = MinHashLSH(threshold=dedup.THRESHOLD, num_perm=dedup.NUM_PERM)
    assert (lsh.b, lsh.r) == (dedup.BANDS, dedup.ROWS)


def test_a_stored_signature_reads_back_equal():
    mh = dedup.signature("Der Stadtrat vertagte die Abstimmung über den Haushalt auf die kommende Woche.")
    assert dedup.from_bytes(dedup.to_bytes(mh)).jaccard(mh) == 1.0


def test_a_different_story_is_no_near_copy():
    index = dedup.NearDuplicateIndex()
    index.add("a", dedup.signature("Die Regierung in Rom kündigte am Dienstag neue Hilfen für die Regionen "
                                   "im Norden an, sagte der Minister nach einer Kabinettssitzung in Rom."))
    other = dedup.signature("Der Verein aus Graz gewann am Samstag das Derby gegen den Stadtrivalen mit "
                            "drei zu eins, nachdem er zur Pause noch zurückgelegen hatte.")
    assert index.original_of(other) is None


def test_the_ingest_signatures_import_neither_datasketch_nor_scipy():
    import subprocess
    import sys
    code = "import sys, lagebild.ingest.dedup; print('datasketch' in sys.modules, 'scipy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
