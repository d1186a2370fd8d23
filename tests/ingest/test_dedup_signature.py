"""Near-duplicate signatures stay comparable with those already stored: the permutations drawn
once for all articles are the ones datasketch draws for each new MinHash."""

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
