"""The server-side drawings: network and map are SVG with links, from the libraries, offline."""

import pytest

from lagebild.web import graphics


NET = {"nodes": [{"id": "Kirgistan", "weight": 3}, {"id": "Tadschikistan", "weight": 3}, {"id": "Russland", "weight": 1}],
       "edges": [{"source": "Kirgistan", "target": "Tadschikistan", "count": 2, "cooperation": 0, "conflict": 2},
                 {"source": "Russland", "target": "Kirgistan", "count": 1, "cooperation": 1, "conflict": 0}]}


def test_network_is_svg_with_a_link_per_actor():
    svg = graphics.network_svg(NET)
    assert svg.startswith("<svg")
    for name in ("Kirgistan", "Tadschikistan", "Russland"):
        assert f'xlink:href="/actor?key={name}"' in svg and f">{name}<" in svg
    assert 'target="_blank"' not in svg


def test_network_of_nothing_is_none():
    assert graphics.network_svg({"nodes": [], "edges": []}) is None


def test_the_same_network_gives_the_same_drawing():
    assert graphics.network_svg(NET) == graphics.network_svg(NET)


def test_topojson_arcs_are_decoded_and_reversed():
    topo = {"transform": {"scale": [1, 1], "translate": [0, 0]}, "arcs": [[[0, 0], [2, 0], [0, 2]], [[2, 2], [-2, -2]]]}
    arcs = graphics._decode_arcs(topo)
    assert arcs == [[(0, 0), (2, 0), (2, 2)], [(2, 2), (0, 0)]]
    assert graphics._ring(arcs, [0, 1]) == [(0, 0), (2, 0), (2, 2), (0, 0)]
    assert graphics._ring(arcs, [~1]) == [(0, 0), (2, 2)]


def test_a_ring_across_the_antimeridian_is_not_drawn_across_the_map():
    arcs = [[(179.0, 60.0), (-179.0, 61.0), (-178.0, 62.0)]]
    assert [x for x, _ in graphics._ring(arcs, [0])] == [179.0, 181.0, 182.0]


def test_places_are_found_by_their_german_names():
    lon, lat = graphics.place_position("Kiew")
    assert 30 < lon < 31 and 50 < lat < 51
    assert graphics.place_position("Kiew", "DEU") is None  # another country's Kiew is not this one
    assert graphics.place_position("Nirgendwo an der Grenze") is None


@pytest.fixture()
def world():
    try:
        return graphics.world_countries()
    except graphics.MapDataMissing:
        pytest.skip("world-atlas is not installed (make setup)")


def test_world_has_the_countries_with_iso_codes(world):
    codes = {iso for iso, _, _ in world}
    assert {"DEU", "UKR", "KGZ", "TJK", "RUS", "XKX"} <= codes


def test_map_links_countries_and_places(world):
    svg = graphics.world_map_svg({"KGZ": 3, "TJK": 2}, [{"name": "Bischkek", "country": "KGZ", "events": 2}],
                                 "&date_from=2023-11-01")
    assert 'id="country-KGZ"' in svg and 'id="country-TJK"' in svg and 'id="country-DEU"' not in svg
    assert "/events?country=KGZ&amp;date_from=2023-11-01" in svg
    assert "/events?place=Bischkek" in svg and ">Bischkek<" in svg


def test_a_missing_boundary_file_is_said_plainly(monkeypatch, tmp_path):
    monkeypatch.setattr(graphics, "WORLD_FILE", tmp_path / "nope.json")
    graphics.world_countries.cache_clear()
    try:
        with pytest.raises(graphics.MapDataMissing, match="make setup"):
            graphics.world_countries()
    finally:
        graphics.world_countries.cache_clear()


def test_quad_bars_link_each_period_and_skip_empty_classes():
    series = [{"period": "2023-10", "verbal_cooperation": 0, "material_cooperation": 0, "verbal_conflict": 2,
               "material_conflict": 1},
              {"period": "2023-11", "verbal_cooperation": 3, "material_cooperation": 0, "verbal_conflict": 0,
               "material_conflict": 0}]
    svg = graphics.quad_bars_svg(series, link=lambda p: f"/events?month={p}")
    assert 'id="bar-verbal_conflict-2023-10"' in svg and 'id="bar-verbal_cooperation-2023-11"' in svg
    assert 'id="bar-verbal_cooperation-2023-10"' not in svg  # a zero is no bar
    assert 'xlink:href="/events?month=2023-11"' in svg and "material cooperation" not in svg
    assert graphics.quad_bars_svg([]) is None


def test_roles_run_to_the_date_given_not_to_today():
    roles = [{"role": "Präsident", "start_date": "2021-01-28", "end_date": None, "origin": "kb"},
             {"role": "Sprecher", "start_date": None, "end_date": None}]
    svg = graphics.roles_svg(roles, until="2023-11")
    assert 'id="role-0"' in svg and 'id="role-1"' not in svg and ">Präsident<" in svg
    assert svg == graphics.roles_svg(roles, until="2023-11")
    assert graphics.roles_svg([{"role": "x"}]) is None
