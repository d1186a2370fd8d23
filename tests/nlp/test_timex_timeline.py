"""The story's reference time inside histories (issue 12): which dates move it, which do not.

The sentences are written for lagebild. Each case names the expression whose value shows where
the story stands after the date under test.
"""

from __future__ import annotations

import pytest

from lagebild.nlp.timex import tag_text


def _value(text, expr, dct=None, mode="narrative"):
    """The value of the first timex whose text is ``expr``."""
    found = [t["value"] for t in tag_text(text, dct, mode) if t["text"] == expr]
    assert found, f"{expr!r} not tagged in {text!r}"
    return found[0]


# "Bis zum März 1776 hatte er …" opens its sentence: the story has arrived there.
@pytest.mark.parametrize("text,expr,value", [
    (("Im Herbst 1775 belagerten die Truppen die Stadt. Bis zum März 1776 hatte der General "
      "neue Geschütze. Am 4. März griff er an."), "4. März", "1776-03-04"),
    (("Am 2. Mai 1944 begann der Vormarsch. Bis Februar 1945 erreichten die Verbände den Fluss. "
      "Am 9. Februar wurde die Brücke gesprengt."), "9. Februar", "1945-02-09"),
    (("Im Juni 1915 begann die Offensive. Bis zum September gelang die Einnahme mehrerer Städte. "
      "Im selben Monat trat der Minister zurück."), "selben Monat", "1915-09"),
])
def test_a_sentence_opening_with_bis_moves_the_story(text, expr, value):
    assert _value(text, expr) == value


# "bis 1915" inside a sentence ends a range: the story stays where it was.
@pytest.mark.parametrize("text,expr,value", [
    (("Am 5. Mai 1912 wurde die Festung übergeben, die bis 1915 besetzt blieb. "
      "Am 9. Mai zogen die Truppen ab."), "9. Mai", "1912-05-09"),
    (("Im April 1920 begann der Feldzug, der die Grenze bis 1923 verschob. "
      "Am 7. Mai fiel die Hauptstadt."), "7. Mai", "1920-05-07"),
])
def test_bis_in_mid_sentence_leaves_the_story(text, expr, value):
    assert _value(text, expr) == value


# A year right after a noun names that thing's time, not the story's.
@pytest.mark.parametrize("text,expr,value", [
    (("Im Jahr 1917 setzten die Alliierten mehr Panzer ein als bei der Offensive an der Somme 1916. "
      "Die Angriffe begannen im April."), "April", "1917-04"),
    (("Im Mai 1778 wuchs die Hoffnung mit dem Kriegseintritt Frankreichs 1779. "
      "Am 28. Juni kam es zur Schlacht."), "28. Juni", "1778-06-28"),
    (("Im Juli 1936 brach der Aufstand aus; er glich dem Putschversuch der Generäle 1935. "
      "Am 20. Juli landeten die ersten Truppen."), "20. Juli", "1936-07-20"),
])
def test_a_year_after_a_noun_does_not_move_the_story(text, expr, value):
    assert _value(text, expr) == value


# ... but a year the clause's verb is dated by is a step of the story.
@pytest.mark.parametrize("text,expr,value", [
    (("Im Mai 1788 gab es Unruhen. Die Bauern hatten 1789 eine schlimme Missernte erlitten. "
      "Im Juli stürmten sie die Festung."), "Juli", "1789-07"),
    (("Die Flotte siegte im Jahr 1571 vor der Küste. Die Gegner bauten 1572 neue Schiffe, "
      "und im Sommer liefen sie aus."), "Sommer", "1572-SU"),
])
def test_a_year_after_the_verb_moves_the_story(text, expr, value):
    assert _value(text, expr) == value


# A number after the full stop of a sentence opens the next one ("… Truppen. 258 v. Chr. …").
@pytest.mark.parametrize("text,expr,value", [
    (("Im Jahr 261 v. Chr. griffen die Karthager an und bedrängten die Truppen. 258 v. Chr. "
      "befehligten die Konsuln des Jahres die Flotte."), "des Jahres", "BC0258"),
    (("Die Stadt fiel im Jahr 1453 nach langer Belagerung. 1461 eroberten die Truppen "
      "das Kaiserreich, und im Herbst kehrte das Heer zurück."), "Herbst", "1461-FA"),
])
def test_a_year_opening_a_sentence_after_a_full_stop_moves_the_story(text, expr, value):
    assert _value(text, expr) == value


# A history of antiquity fed with today's date is still told as a history.
@pytest.mark.parametrize("text,expr,value", [
    (" ".join(f"Im Jahr {260 - 3 * k} v. Chr. zog das Heer der Republik erneut gegen die Stadt."
              for k in range(9)) + " Heute erinnert ein Museum an die Kriege.", "Heute", "PRESENT_REF"),
    (" ".join(f"{230 - 2 * k} v. Chr. schloss der Feldherr einen neuen Vertrag mit den Städten."
              for k in range(9)) + " Am 2. August griff er an.", "2. August", "BC0214-08-02"),
])
def test_years_before_christ_make_a_dated_text_a_history(text, expr, value):
    assert _value(text, expr, dct="2011-02-16", mode="auto") == value


# The first member of a range or list takes the year its partner names.
@pytest.mark.parametrize("text,expr,value,dct,mode", [
    ("Im August 1916 kämpften sie am Fluss. Schon von Mai bis November 1915 hatte es dort Angriffe gegeben.",
     "Mai", "1915-05", None, "narrative"),
    ("Das Geschehen zwischen Juli und Oktober 1789 veränderte das Land.", "Juli", "1789-07",
     None, "narrative"),
    ("Zwischen Juni und August 2019 stieg die Zahl der Anträge stark an.", "Juni", "2019-06",
     "2022-03-10", "auto"),
    ("Im Juni, Juli und August 1944 landeten die Verbände an der Küste.", "Juni", "1944-06",
     None, "narrative"),
])
def test_a_range_member_takes_its_partners_year(text, expr, value, dct, mode):
    assert _value(text, expr, dct=dct, mode=mode) == value


def test_a_range_member_with_its_own_year_keeps_it():
    text = "Vom Mai 1914 bis zum Juni 1916 dauerte die Belagerung."
    assert _value(text, "Mai 1914") == "1914-05"


# A story told forward crosses the new year: a month shortly after the story's month is next year's.
@pytest.mark.parametrize("text,expr,value,dct", [
    ("Am 20. Dezember 1944 begann die Offensive in den Ardennen. Am 3. Januar griffen die Alliierten an.",
     "3. Januar", "1945-01-03", None),
    ("Im November 1942 schlossen die Truppen die Armee ein. Im Februar ergaben sich die letzten Einheiten.",
     "Februar", "1943-02", None),
    ("Am 20. Dezember 1944 begann die Offensive in den Ardennen. Am 3. Januar griffen die Alliierten an.",
     "3. Januar", "1945-01-03", "2019-12-16"),
])
def test_a_month_after_the_new_year_is_the_next_years(text, expr, value, dct):
    assert _value(text, expr, dct=dct, mode="auto" if dct else "narrative") == value


@pytest.mark.parametrize("text,expr,value", [
    # months before the story's month in the same year, or half a year back, stay in its year
    ("Im Dezember 1916 stockte die Offensive, die im Juli begonnen hatte.", "Juli", "1916-07"),
    ("Im November 1942 schlossen die Truppen die Armee ein. Im August hatten sie die Stadt erreicht.",
     "August", "1942-08"),
    # "desselben Jahres" names the story's year itself
    ("Im Dezember 1944 begann die Offensive. Am 3. Januar desselben Jahres war sie geplant worden.",
     "3. Januar desselben Jahres", "1944-01-03"),
])
def test_a_month_far_before_the_story_or_of_the_same_year_keeps_the_year(text, expr, value):
    assert _value(text, expr) == value


# A comparison or a life date glances away: the story stays.
@pytest.mark.parametrize("text,expr,value", [
    ("Im Mai 1940 griff die Armee an, wie schon im September 1939 im Osten. Am 12. Juni fiel die Stadt.",
     "12. Juni", "1940-06-12"),
    (("Der General, geboren 1890 in Posen, übernahm im Mai 1940 das Kommando. Am 12. Juni erreichte er "
      "die Küste."), "12. Juni", "1940-06-12"),
    (("Im März 1921 trat die Ministerin zurück, gestorben am 2. Mai 1920 war ihr Vorgänger. "
      "Am 4. April folgte die Wahl."), "4. April", "1921-04-04"),
])
def test_a_comparison_or_life_date_does_not_move_the_story(text, expr, value):
    assert _value(text, expr) == value


# Decades written as words get the decade's own value.
@pytest.mark.parametrize("text,expr,value", [
    ("In den Zwanzigerjahren wuchs die Stadt rasch.", "Zwanzigerjahren", "192"),
    ("Das Werk stammt aus den frühen neunziger Jahren.", "neunziger Jahren", "199"),
    ("In den Sechzigern zogen viele Familien in die Vororte.", "Sechzigern", "196"),
    ("Anfang der Achtzigerjahre kam die Krise.", "Anfang der Achtzigerjahre", "198"),
])
def test_a_decade_in_words_is_a_decade(text, expr, value):
    assert _value(text, expr) == value


def test_a_banknote_is_not_a_decade():
    assert tag_text("Er bezahlte das Brot mit einem Zwanziger.") == []


# The first year of a range before Christ is a year before Christ too.
@pytest.mark.parametrize("text,expr,value", [
    ("Der Erste Punische Krieg (264–241 v. Chr.) begann auf Sizilien.", "264", "BC0264"),
    ("Von 58 bis 51 v. Chr. eroberte der Feldherr Gallien.", "58", "BC0058"),
])
def test_the_first_year_of_a_range_before_christ(text, expr, value):
    assert _value(text, expr) == value


# The story is at a day: a bare year or season of another year in mid-sentence glances away.
@pytest.mark.parametrize("text,expr,value", [
    (("Am 29. Oktober 1918 meuterten die Matrosen. In Bayern folgte im Frühjahr 1919 eine Räterepublik. "
      "Am 9. November erreichte der Aufstand die Hauptstadt."), "9. November", "1918-11-09"),
    (("Am 3. März 1776 landeten die Truppen. Die Stadt hielt sich, bis sie 1777 fiel. "
      "Am 17. März zogen die Briten ab."), "17. März", "1776-03-17"),
])
def test_a_bare_year_after_a_day_does_not_move_the_story(text, expr, value):
    assert _value(text, expr) == value


@pytest.mark.parametrize("text,expr,value", [
    # a year opening its sentence is a step of the story, even after a day
    (("Am 29. Oktober 1918 meuterten die Matrosen. Im Frühjahr 1919 folgte eine Räterepublik. "
      "Am 2. Mai wurde sie niedergeschlagen."), "2. Mai", "1919-05-02"),
    # so is the year of a heading, a short line of its own
    (("Am 30. Dezember 1916 lehnten sie das Angebot ab.\n\nKriegsjahr 1917\n\nIm März brach die "
      "Revolution aus."), "März", "1917-03"),
])
def test_a_year_opening_a_sentence_or_heading_after_a_day_moves_the_story(text, expr, value):
    assert _value(text, expr) == value


# "v. Chr." does not end a sentence: a year named earlier in the sentence is what "Folgejahr" counts from.
@pytest.mark.parametrize("text,expr,value", [
    (("Im Jahr 211 v. Chr. fiel die Stadt. Der Feldherr siegte schließlich 206 v. Chr. in Spanien, "
      "was den Gegner im Folgejahr zum Rückzug zwang."), "Folgejahr", "BC0205"),
    (("Im Jahr 58 v. Chr. begann der Feldzug. Der Prokonsul schlug 52 v. Chr. den Aufstand nieder "
      "und kehrte im Folgejahr nach Rom zurück."), "Folgejahr", "BC0051"),
])
def test_a_year_before_christ_stays_in_its_sentence(text, expr, value):
    assert _value(text, expr) == value


# In a dated article, a bare year of a background paragraph holds for a yearless date of the next
# paragraph told in the past; a date announced in the present or future is the article's.
@pytest.mark.parametrize("text,dct,expr,value", [
    (("Im Jahr 1989 begannen in Leipzig die Montagsdemonstrationen.\n\nAm 9. Oktober zogen 70.000 "
      "Menschen über den Ring."), "2019-10-09", "9. Oktober", "1989-10-09"),
    (("Die Werft wurde 1952 gegründet und baute zunächst Fischkutter.\n\nIm März lief dort das "
      "erste Frachtschiff vom Stapel."), "2022-06-01", "März", "1952-03"),
    ("Der Konzern wurde 1998 gegründet.\n\nAm 7. Mai soll die Hauptversammlung stattfinden.",
     "2022-03-10", "7. Mai", "2022-05-07"),
    ("Der Verein wurde 1998 gegründet.\n\nAm Dienstag stellte er seinen neuen Trainer vor.",
     "2022-03-10", "Dienstag", "2022-03-08"),
])
def test_a_background_year_holds_for_the_next_paragraph_told_in_the_past(text, dct, expr, value):
    assert _value(text, expr, dct=dct, mode="news") == value


# "am Morgen des 30. Juli" names the story's day; only a lower-case "morgen" means tomorrow.
@pytest.mark.parametrize("text,dct,expr,value", [
    (("Der Krieg begann am 28. Juli 1914. Als der Zar am Morgen des 30. Juli die Mobilmachung "
      "befahl, war es zu spät."), "2014-07-28", "Morgen des 30. Juli", "1914-07-30TMO"),
    ("Die Stadt fiel am 3. Mai 1945. Am Abend des 4. Mai zogen die Truppen ein.", "2020-05-03",
     "Abend des 4. Mai", "1945-05-04TEV"),
])
def test_a_part_of_a_named_day_follows_the_story(text, dct, expr, value):
    assert _value(text, expr, dct=dct, mode="news") == value


# A speaker's "heute" inside a quotation does not bring the story back to the article's present.
@pytest.mark.parametrize("text,dct,expr,value", [
    (("Am 12. Juli 1789 rief ein Redner: „Sie werden uns noch heute angreifen!“ Am 14. Juli "
      "stürmte die Menge die Festung."), "2019-07-14", "14. Juli", "1789-07-14"),
    (("Im Oktober 1962 sagte der Präsident: »Wir entscheiden heute.« Am 28. Oktober lenkte "
      "die Gegenseite ein."), "2022-10-16", "28. Oktober", "1962-10-28"),
])
def test_a_quoted_today_does_not_return_the_story_to_the_present(text, dct, expr, value):
    assert _value(text, expr, dct=dct, mode="news") == value


def test_an_unquoted_today_returns_the_story_to_the_present():
    text = "Am 12. Juli 1789 rief ein Redner zum Aufstand. Heute erinnert eine Tafel daran. Am 14. Juli wird gefeiert."
    assert _value(text, "14. Juli", dct="2019-07-10", mode="news") == "2019-07-14"


# In a dated article, a range's year and a year named earlier in the sentence come before the
# story's time.
@pytest.mark.parametrize("text,dct,expr,value", [
    ("Im Mai 1940 begann der Angriff. Zwischen Februar und August 1941 sanken 300 Schiffe.",
     "2020-05-10", "Februar", "1941-02"),
    (("Im Jahr 1981 begann der Krieg. Durch die Blockade sanken Anfang 1984 die Exporte, um Mitte "
      "des Jahres wieder zu steigen."), "2011-02-16", "Mitte des Jahres", "1984"),
])
def test_a_dated_article_prefers_the_sentences_own_year(text, dct, expr, value):
    assert _value(text, expr, dct=dct, mode="news") == value


# After a closed range of days the story stands at its end.
@pytest.mark.parametrize("text,expr,value", [
    (("Im August 1776 sammelte sich die Flotte. Zwischen dem 22. und 25. August landeten die Truppen. "
      "Am nächsten Morgen griffen sie an."), "nächsten Morgen", "1776-08-26TMO"),
    (("Im Mai 1915 tagte der Rat. Vom 3. bis 7. Juni verhandelten die Gesandten. Zwei Tage später "
      "reisten sie ab."), "Zwei Tage später", "1915-06-09"),
])
def test_after_a_closed_range_the_story_stands_at_its_end(text, expr, value):
    assert _value(text, expr) == value


def test_the_end_of_an_open_range_does_not_move_the_story():
    text = "Am 3. Mai 1915 begann die Offensive, die bis zum 20. Juni dauerte. Zwei Tage später fiel die Stadt."
    assert _value(text, "Zwei Tage später") == "1915-05-05"


# Dates, seasons and centuries before Christ keep their era.
@pytest.mark.parametrize("text,expr,value", [
    ("Am 2. August 216 v. Chr. siegte das Heer bei Cannae.", "2. August 216 v. Chr.", "BC0216-08-02"),
    ("Im Mai 431 v. Chr. fielen die Truppen in Attika ein.", "Mai 431 v. Chr.", "BC0431-05"),
    ("Im Frühjahr 218 v. Chr. brach das Heer auf.", "Frühjahr 218 v. Chr.", "BC0218-SP"),
    ("Im 5. Jahrhundert v. Chr. blühte die Stadt.", "5. Jahrhundert v. Chr.", "BC04"),
])
def test_an_expression_before_christ_keeps_its_era(text, expr, value):
    assert _value(text, expr) == value


# "im folgenden Winter", "im darauffolgenden Frühjahr": the first such season after the story's time.
@pytest.mark.parametrize("text,expr,value", [
    ("Im Juni 1941 begann der Angriff. Im folgenden Winter stockte er.", "folgenden Winter", "1941-WI"),
    (("Im Herbst 1944 erreichten die Truppen die Grenze. Im darauffolgenden Frühjahr fiel die "
      "Hauptstadt."), "darauffolgenden Frühjahr", "1945-SP"),
    ("Im Oktober 1812 zog das Heer ab. Im nächsten Sommer kehrte es zurück.", "nächsten Sommer", "1813-SU"),
])
def test_the_following_season_comes_after_the_story(text, expr, value):
    assert _value(text, expr) == value


@pytest.mark.parametrize("text,expr,value", [
    ("In der ersten Hälfte des Jahres 1916 tobte die Schlacht.", "ersten Hälfte des Jahres 1916", "1916-H1"),
    ("Im Jahr 1916 tobte die Schlacht. In der zweiten Jahreshälfte folgte die Offensive.",
     "zweiten Jahreshälfte", "1916-H2"),
])
def test_a_half_of_the_year_is_a_half_year(text, expr, value):
    assert _value(text, expr) == value


# The story stays at its day when the next year is named in passing, but a month before the day's
# month then means that next year.
@pytest.mark.parametrize("text,expr,value", [
    (("Am 17. Juni 1775 stürmten die Briten den Hügel. Die Belagerung endete erst im Frühjahr 1776, "
      "als die Briten abzogen. Am 4. März besetzten die Truppen die Höhen."), "4. März", "1776-03-04"),
    (("Am 17. Juni 1775 stürmten die Briten den Hügel. Die Belagerung endete erst im Frühjahr 1776, "
      "als die Briten abzogen. Am 3. Juli übernahm der General das Kommando."), "3. Juli", "1775-07-03"),
])
def test_a_next_year_named_in_passing_takes_the_earlier_months(text, expr, value):
    assert _value(text, expr) == value


# An age is no date: "ein 64 Jahre alter Mann" is not "in 64 Jahren" ("ein" ends in "in").
@pytest.mark.parametrize("text", [
    "Der Täter, ein 64 Jahre alter Deutscher, wurde festgenommen.",
    "Ein fünf Jahre altes Mädchen wurde leicht verletzt.",
    "Sein 40 Jahre alter Bruder half beim Löschen.",
])
def test_an_age_is_not_a_date_in_the_future(text):
    assert all(t["type"] != "DATE" for t in tag_text(text, "2005-09-13"))


def test_in_years_is_still_a_date_ahead():
    assert _value("Die Brücke soll in fünf Jahren fertig sein.", "fünf Jahren", dct="2005-09-13",
                  mode="news") == "2010"


# Nothing told in the past happens in a year still to come: the article's own year holds.
@pytest.mark.parametrize("text,expr,value", [
    (("Die Weltmeisterschaft 2011 wird in Deutschland ausgetragen. Im Laufe des Jahres waren "
      "vier Bewerber ausgeschieden."), "Laufe des Jahres", "2007"),
    (("Die Weltmeisterschaft 2011 wird in Deutschland ausgetragen. Das hatte der Verband bereits "
      "im September beschlossen."), "September", "2007-09"),
])
def test_a_future_year_is_not_the_time_of_a_past_sentence(text, expr, value):
    assert _value(text, expr, dct="2007-10-30", mode="news") == value


def test_a_future_year_is_the_time_of_an_announcement():
    text = "Die Weltmeisterschaft 2011 wird in Deutschland ausgetragen. Im Juni beginnt das Turnier."
    assert _value(text, "Juni", dct="2007-10-30", mode="news") == "2011-06"


# "in N Jahren" in a past-tense sentence is a span of time, not a date ahead of the article.
@pytest.mark.parametrize("text,expr,value", [
    ("Er lernte in 16 Jahren Selbststudium, wie man Geigen baut.", "16 Jahren", "P16Y"),
    ("Die Firma hatte in drei Monaten zwei Werke gebaut.", "drei Monaten", "P3M"),
])
def test_in_years_told_in_the_past_is_a_duration(text, expr, value):
    assert _value(text, expr, dct="2017-02-24", mode="news") == value


@pytest.mark.parametrize("text,expr,value", [
    ("Die Brücke soll in fünf Jahren fertig sein.", "fünf Jahren", "2022"),
    ("In zehn Jahren wird die Stadt doppelt so groß sein.", "zehn Jahren", "2027"),
])
def test_in_years_told_ahead_is_a_date(text, expr, value):
    assert _value(text, expr, dct="2017-02-24", mode="news") == value


# A four-digit amount of money or of a measure is no year.
@pytest.mark.parametrize("text", [
    "Nach heutigem Maßstab entspräche dies einem Preis von 2079 US-Dollar.",
    "Die Reparatur kostete den Verein 1800 Euro.",
    "Das Schutzgebiet umfasst 1350 Hektar Wald.",
])
def test_an_amount_is_not_a_year(text):
    assert tag_text(text, "2007-11-01") == []


def test_a_year_before_an_amount_is_a_year():
    assert _value("Die Stadt hatte 1939 noch 5000 Einwohner.", "1939") == "1939"


# In a dated article, what is announced does not happen in a year gone by, and "vor N Jahren"
# counts from the article's date whatever the story's time.
@pytest.mark.parametrize("text,dct,expr,value", [
    ("Der Jahresabschluss für 2004 wird im April veröffentlicht.", "2005-03-11", "April", "2005-04"),
    (("Bereits im Dezember 2005 war der Betrieb beendet worden. Der Absturz wird am 23. September "
      "erwartet."), "2011-09-20", "23. September", "2011-09-23"),
    ("Der Verein wurde 1922 gegründet. Die Idee hatte der Präsident bereits vor 20 Jahren.",
     "2005-10-28", "vor 20 Jahren", "1985"),
])
def test_an_announcement_or_a_count_back_speaks_from_the_article_date(text, dct, expr, value):
    assert _value(text, expr, dct=dct, mode="news") == value


# A past-tense sentence with a passive or modal infinitive ("mussten … werden") is still told in
# the past: it follows the story.
@pytest.mark.parametrize("text,expr,value", [
    ("Im Juni 1950 begann der Krieg. Im Juli mussten die Truppen zurückgenommen werden.", "Juli", "1950-07"),
    ("Im Juni 1950 begann der Krieg. Bis Anfang August gelang es den Truppen, ebenbürtig zu werden.",
     "Anfang August", "1950-08"),
])
def test_a_past_sentence_with_werden_follows_the_story(text, expr, value):
    assert _value(text, expr, dct="2020-06-25", mode="news") == value


# A number before "folgenden/letzten Tage" counts them ("den beiden folgenden Tagen" = P2D).
@pytest.mark.parametrize("text,expr,value", [
    ("Am 24. Dezember 1914 und den beiden folgenden Tagen ruhten die Waffen.", "beiden folgenden Tagen", "P2D"),
    ("In den drei folgenden Wochen fielen Tausende.", "drei folgenden Wochen", "P3W"),
    ("Die beiden letzten Tage der Konferenz verliefen ruhig.", "beiden letzten Tage", "P2D"),
])
def test_a_count_before_a_relation_word_is_a_duration(text, expr, value):
    assert _value(text, expr) == value


# A year of three digits without its era takes the story's era.
@pytest.mark.parametrize("text,expr,value", [
    ("Im Jahr 150 v. Chr. rüstete Karthago auf. Das Jahr 149 brachte den Krieg.", "Das Jahr 149", "BC0149"),
    ("Im Jahr 800 wurde Karl zum Kaiser gekrönt.", "Jahr 800", "0800"),
])
def test_a_short_year_takes_the_storys_era(text, expr, value):
    assert _value(text, expr) == value


# Only a heading's first date opens its section; a date after a slash is the second of a pair.
@pytest.mark.parametrize("text,expr,value", [
    (("Im Mai 1778 zogen die Truppen ab.\n\nSavannah, 29. Dezember 1778/16. September bis 10. Oktober 1779\n\n"
      "Die Briten nahmen die Stadt ein. Im Laufe des folgenden Jahres kehrte die Flotte zurück."),
     "Laufe des folgenden Jahres", "1779"),
    (("Am 3. Mai 1915 begann die Offensive. Die Stadt fiel am 5. Mai 1915/6. Juni 1916 zweimal. "
      "Zwei Tage später griffen sie wieder an."), "Zwei Tage später", "1915-05-07"),
])
def test_only_the_first_date_of_a_heading_or_pair_moves_the_story(text, expr, value):
    assert _value(text, expr) == value


# A name right after the verb is the subject: the year after it dates the clause.
@pytest.mark.parametrize("text,expr,value", [
    (("Im Jahr 219 v. Chr. belagerte er die Stadt. Dann überquerte Hannibal 218 v. Chr. die Alpen. "
      "Im Dezember siegte er."), "Dezember", "BC0218-12"),
    ("Im Mai 1940 griff die Armee an. Danach besetzte Japan 1941 die Kolonie. Im Juli fiel die Stadt.",
     "Juli", "1941-07"),
])
def test_a_year_after_the_subject_moves_the_story(text, expr, value):
    assert _value(text, expr) == value
