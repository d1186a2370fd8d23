"""The news tokenizer: German quote marks, compounds, numbers, abbreviations."""

import pytest


@pytest.mark.parametrize("text,expected", [
    ("Ein 13-1/2-Jahres-Hoch.", ["Ein", "13-1/2-Jahres-Hoch", "."]),
    ("Die US-Regierung reagierte.", ["Die", "US-Regierung", "reagierte", "."]),
    ("Ein 3:1-Sieg", ["Ein", "3:1-Sieg"]),
    ("der 24-jährige Minister", ["der", "24-jährige", "Minister"]),
])
def test_number_and_hyphen_compounds_stay_whole(blank_nlp, text, expected):
    assert [t.text for t in blank_nlp.make_doc(text)] == expected


@pytest.mark.parametrize("text,quote_open,quote_close", [
    ("„Wir verhandeln“, sagte sie.", "„", "“"),
    ("»Wir verhandeln«, sagte sie.", "»", "«"),
    ("‚Wir verhandeln‘, sagte sie.", "‚", "‘"),
    ('"Wir verhandeln", sagte sie.', '"', '"'),
])
def test_quote_marks_are_separate_tokens(blank_nlp, text, quote_open, quote_close):
    toks = [t.text for t in blank_nlp.make_doc(text)]
    assert toks[0] == quote_open and toks[1] == "Wir" and toks[3] == quote_close


@pytest.mark.parametrize("text,token", [
    ("Das kostet z.B. viel.", "z.B."),
    ("Es waren 3,5 Mio. Euro.", "Mio."),
    ("Am 5. März kam es.", "5."),
    ("Im 20. Jahrhundert war es.", "20."),
])
def test_abbreviations_and_ordinals_keep_their_stop(blank_nlp, text, token):
    assert token in [t.text for t in blank_nlp.make_doc(text)]


@pytest.mark.parametrize("text,expected", [
    ("von 1914-1918", ["von", "1914", "-", "1918"]),
    ("im Winter 1912/13", ["im", "Winter", "1912", "/", "13"]),
    ("264–260 v. Chr.", ["264", "–", "260", "v.", "Chr."]),
    ("am 18./19. September", ["am", "18.", "/", "19.", "September"]),
])
def test_number_ranges_split_so_each_end_can_be_a_date(blank_nlp, text, expected):
    assert [t.text for t in blank_nlp.make_doc(text)] == expected


def test_year_at_sentence_end_gives_up_its_stop(blank_nlp):
    toks = [t.text for t in blank_nlp.make_doc("Das geschah im Jahr 2018. Danach nicht.")]
    assert toks[4:6] == ["2018", "."]
