from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.cccd import cccd_facts, check_cccd, make_cccd, normalise_cccd
from desktop.domain.units import LEGACY_PROVINCES

provinces = st.sampled_from(sorted(LEGACY_PROVINCES))
genders = st.sampled_from(["male", "female"])
years = st.integers(1900, 2099)


@given(provinces, genders, years, st.integers(0, 999_999))
def test_made_cccd_is_valid_and_tells_its_facts(province, gender, year, serial):
    value = make_cccd(province, gender, year, serial)
    cleaned, problems = check_cccd(value, "cccd", gender, year)
    assert problems == [] and cleaned == value
    facts = cccd_facts(value)
    assert (facts.province_code, facts.gender, facts.birth_year) == (province, gender, year)


@given(provinces, genders, years, st.integers(0, 999_999))
def test_full_width_digits_and_spaces_are_normalised(province, gender, year, serial):
    value = make_cccd(province, gender, year, serial)
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in value)
    spaced = f"{value[:3]} {value[3:6]}.{value[6:]}"
    assert normalise_cccd(full_width) == value
    assert check_cccd(spaced)[0] == value


@given(st.text(alphabet="0123456789", min_size=0, max_size=20).filter(lambda s: len(s) != 12))
def test_wrong_length_is_refused_naming_the_field(text):
    value, problems = check_cccd(text, "cccd")
    assert value is None
    assert problems[0].field == "cccd"
    assert problems[0].code in ("cccd_length", "cccd_chars")


def test_each_rule_has_its_own_message():
    assert check_cccd("04219000012a")[1][0].code == "cccd_chars"
    assert check_cccd("003190000123")[1][0].code == "cccd_province"  # 003 is not a province
    good = make_cccd("042", "female", 1990, 123)
    assert check_cccd(good, gender="male")[1][0].code == "cccd_gender"
    assert check_cccd(good, birth_year=1991)[1][0].code == "cccd_year"
    message_vi = check_cccd(good, birth_year=1991)[1][0].message("vi")
    message_en = check_cccd(good, birth_year=1991)[1][0].message("en")
    assert "1990" in message_vi and "1991" in message_vi and "birth year" in message_en
