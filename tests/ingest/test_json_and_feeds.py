"""JSON files and RSS/Atom feeds: input people actually have (issue 15). Feeds written for lagebild."""

import json

import pytest

from lagebild.article import Article
from lagebild.errors import InputProblem
from lagebild.ingest.readers import ReaderOptions, read_bytes

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Testdienst</title>
<item><title>Gipfel in Rom</title><link>https://example.org/a</link>
<pubDate>Sun, 06 Mar 2022 10:00:00 +0100</pubDate>
<description>&lt;p&gt;Die Außenminister trafen sich am Samstag in Rom.&lt;/p&gt;</description></item>
<item><title>Streik</title><link>https://example.org/b</link>
<pubDate>Mon, 07 Mar 2022 08:30:00 +0100</pubDate>
<description>Die Gewerkschaft rief zum Streik auf.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Test</title>
<entry><title>Wahl</title><link href="https://example.org/c"/><id>c</id>
<published>2022-03-06T09:00:00+01:00</published>
<summary>Das Parlament wählte am Freitag einen neuen Präsidenten.</summary></entry></feed>"""


def articles(items):
    return [i for i in items if isinstance(i, Article)]


@pytest.mark.parametrize("name", ["news.rss", "news.xml"])
def test_rss_feed_gives_one_article_per_item_with_date_title_and_link(name):
    got = articles(read_bytes(RSS.encode(), name, ReaderOptions()))
    assert [(a.title, a.date, a.url) for a in got] == [
        ("Gipfel in Rom", "2022-03-06", "https://example.org/a"),
        ("Streik", "2022-03-07", "https://example.org/b")]
    assert got[0].text == "Die Außenminister trafen sich am Samstag in Rom."


def test_atom_feed_entry_is_read():
    (a,) = articles(read_bytes(ATOM.encode(), "news.atom", ReaderOptions()))
    assert (a.date, a.url) == ("2022-03-06", "https://example.org/c") and a.text.startswith("Das Parlament")


def test_json_file_with_one_article_object():
    data = json.dumps({"id": "w1", "date": "2022-03-06", "text": "Die Regierung tagte am Montag."}).encode()
    (a,) = articles(read_bytes(data, "a.json", ReaderOptions()))
    assert (a.id, a.date) == ("w1", "2022-03-06")


def test_json_file_with_a_list_reports_problems_per_record():
    data = json.dumps([{"text": "Die Regierung tagte."}, {"title": "ohne Text"}]).encode()
    items = list(read_bytes(data, "a.json", ReaderOptions()))
    assert len(articles(items)) == 1
    assert [p.location for p in items if isinstance(p, InputProblem)] == ["record 2"]


def test_wikinews_style_json_text_field_is_found():
    data = json.dumps({"documentName": "x", "originalText": "Der Kanzler reiste nach Paris."}).encode()
    (a,) = articles(read_bytes(data, "12345.json", ReaderOptions(date="2005-08-05")))
    assert a.text == "Der Kanzler reiste nach Paris." and a.date == "2005-08-05"


def test_json_file_is_never_read_as_article_text():
    data = json.dumps({"foo": 1}).encode()
    items = list(read_bytes(data, "a.json", ReaderOptions()))
    assert not articles(items) and isinstance(items[0], InputProblem)
