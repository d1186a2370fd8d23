"""A malformed line of triggers.tsv fails loudly when the lexicon is read (lagebild.nlp.events.lexicon):
an automatic merge once fused two lines of one verb into "REJECT;SANCTION", which matched nothing."""

from __future__ import annotations

import pytest

from lagebild.nlp.events.lexicon import _parse_trigger


@pytest.mark.parametrize("row, message", [
    (["aus|schließen", "V", "REJECT;SANCTION", "-;expel", "schließt/schloss/geschlossen", "obj=zustimmung"],
     "unknown type"),
    (["Angriff", "X", "ASSAULT", "-", "-", "-"], "unknown part of speech"),
    (["Angriff", "N", "ASSAULT", "-", "-", "obj=x,wrongflag"], "unknown flag"),
])
def test_a_malformed_row_is_refused(row, message):
    with pytest.raises(ValueError, match=message):
        _parse_trigger(row)


@pytest.mark.parametrize("row, type_", [
    (["aus|schließen", "V", "REJECT", "-", "schließt/schloss/geschlossen", "obj=zustimmung"], "REJECT"),
    (["ab|halten", "V", "LIGHT", "-", "hält/hielt/gehalten", "-"], "LIGHT"),
])
def test_a_wellformed_row_is_read(row, type_):
    assert _parse_trigger(row).type == type_
