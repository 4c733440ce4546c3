"""Resolving spans a user (or an annotated corpus) gives, rather than spans the finder found.

``geo.places.resolve`` takes any list of mentions. A span the finder itself would never offer
(an adjective such as "Russian" or "European") still has a reading when someone gives it: the
country or the region it is the adjective of. Regions above countries carry the GeoNames id of
the same feature, so a user joining on ``geonameid`` finds them.
"""

from __future__ import annotations

import pytest

from geo.models import Mention
from geo.places import extract_mentions, load, normalize_name, resolve


@pytest.fixture(scope="module")
def gazetteer():
    return load()


def _given(text: str, surface: str) -> Mention:
    start = text.index(surface)
    return Mention(surface, start, start + len(surface), normalize_name(surface),
                   abbreviation=False)


@pytest.mark.parametrize(("text", "surface", "name", "country_code"), [
    ("European ministers met in Brussels to discuss sanctions.", "European", "Europe", ""),
    ("African Union troops guarded the road to Mogadishu.", "African", "Africa", ""),
    ("Asian markets fell after the strike on the tanker.", "Asian", "Asia", ""),
    ("West African leaders suspended Niger after the coup.", "West African", "West Africa", ""),
    ("Southeast Asian navies patrolled the strait.", "Southeast Asian", "Southeast Asia", ""),
    ("Middle Eastern airlines rerouted flights around Iran.", "Middle Eastern", "Middle East",
     ""),
    ("Russian shelling hit Kherson overnight.", "Russian", "Russia", "RU"),
    ("Sudanese refugees crossed into Chad.", "Sudanese", "Sudan", "SD"),
])
def test_a_given_adjective_is_its_country_or_region(gazetteer, text, surface, name,
                                                    country_code):
    (r,) = resolve([_given(text, surface)], gazetteer, text=text)
    assert r.place is not None, r.reason
    assert (r.place.name, r.place.country_code) == (name, country_code)


@pytest.mark.parametrize("text", [
    "European ministers met in Brussels to discuss sanctions.",
    "West African leaders suspended Niger after the coup.",
    "Sudanese refugees crossed into Chad.",
])
def test_the_finder_never_offers_an_adjective(gazetteer, text):
    first = text.split()[0]
    assert all(not m.text.startswith(first) for m in extract_mentions(text, gazetteer))


@pytest.mark.parametrize(("text", "geonameid"), [
    ("Tensions rose across the Middle East.", 6269133),
    ("The tanker sank in the Atlantic Ocean.", 3373405),
    ("The cyclone crossed the Indian Ocean.", 1545739),
    ("Shelling hit Eastern Ghouta overnight.", 173866),
    ("Haze covered much of Southeast Asia.", 6942346),
])
def test_regions_above_countries_carry_their_geonames_id(gazetteer, text, geonameid):
    found = [r for r in resolve(extract_mentions(text, gazetteer), gazetteer, text=text)
             if r.place is not None]
    assert [r.place.geonameid for r in found] == [geonameid]
