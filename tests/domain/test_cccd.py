import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.cccd import cccd_facts, check_cccd, make_cccd, normalise_cccd
from desktop.domain.units import LEGACY_PROVINCES
from tests.moment import TODAY

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
    assert "(90)" in message_vi and "1991" in message_vi and "birth year" in message_en


@pytest.mark.parametrize("digit, gender, century", [
    ("0", "male", 1900), ("1", "female", 1900), ("2", "male", 2000), ("3", "female", 2000),
    ("4", "male", 2100), ("5", "female", 2100), ("6", "male", 2200), ("7", "female", 2200),
    ("8", "male", 2300), ("9", "female", 2300)])
def test_every_century_digit_as_the_circular_assigns_it(digit, gender, century):
    """Circular 07/2016/TT-BCA: digit 4 in pairs from the 1900s upward, men even."""
    facts = cccd_facts(f"001{digit}45123456")
    assert (facts.gender, facts.birth_year) == (gender, century + 45)


@pytest.mark.parametrize("number", ["001330012356", "001812345678", "001912345678",
                                    "001412345678"])
def test_a_number_implying_a_birth_in_the_future_is_refused(number):
    value, problems = check_cccd(number, "cccd", today=TODAY)
    assert value is None and problems[0].code == "cccd_future"
    assert problems[0].params["digit"] == number[3]


def test_a_mismatch_names_the_digit_that_disagrees():
    # born 1990 (digit 4 = 0, digits 5-6 = 90) but typed as 2090: the century differs
    _, problems = check_cccd("001090012345", "cccd", "male", 2090)
    assert [p.code for p in problems] == ["cccd_century_year"]
    assert "thứ 4" in problems[0].message("vi") and "2090" in problems[0].message("vi")
    _, problems = check_cccd("001090012345", "cccd", "male", 1991)
    assert [p.code for p in problems] == ["cccd_year"]
    assert "(90)" in problems[0].message("vi")
    _, problems = check_cccd("001090012345", "cccd", "female", 1990)
    assert "Nữ" in problems[0].message("vi") and "Nam" in problems[0].message("vi")
    assert "female" not in problems[0].message("vi")
