import re

import pytest

from desktop.domain.dates import check_birth, check_date
from desktop.domain.periods import month_bounds
from desktop.domain.errors import ValidationError
from desktop.domain.hlc import HybridClock, Timestamp
from desktop.domain.kinds import KINDS, clean_record
from desktop.messages import MESSAGES
from desktop.domain.stages import TRACKS, check_transition

from tests.moment import TODAY  # noqa: E402


def test_every_message_exists_in_both_languages_with_the_same_placeholders():
    for code, (vi, en) in MESSAGES.items():
        assert vi.strip() and en.strip(), code
        assert set(re.findall(r"{(\w+)}", vi)) == set(re.findall(r"{(\w+)}", en)), code


def test_no_visit_in_the_future_but_a_follow_up_may_be():
    assert check_date("24/11/2026", "date", TODAY)[1][0].code == "date_future"
    assert check_date("24/11/2026", "follow_up_date", TODAY, allow_future=True)[0] == "2026-11-24"
    assert check_date("31/02/2026", "date", TODAY)[1][0].code == "date_invalid"


def test_birth_may_be_a_year_alone():
    assert check_birth("1975", "birth", TODAY)[0] == (1975, None)
    assert check_birth("05/06/1975", "birth", TODAY)[0] == (1975, "1975-06-05")
    assert check_birth("1875", "birth", TODAY)[1][0].code == "birth_range"


def test_stages_move_forward_and_back_only_as_a_correction():
    assert check_transition("eid", "not_started", "level2_activated") == []
    assert check_transition("eid", "level2_activated", "level1")[0].code == "stage_backwards"
    assert check_transition("eid", "level2_activated", "level1", correction=True) == []
    assert check_transition("health", "registered", "bogus")[0].code == "choice_invalid"


@pytest.mark.parametrize("track", ["eid", "health"])
def test_every_single_step_back_needs_a_correction(track):
    """One step back is as much a step back as three: each one, on both tracks."""
    stages = TRACKS[track]
    for lower, higher in zip(stages, stages[1:]):
        assert check_transition(track, higher, lower)[0].code == "stage_backwards"
        assert check_transition(track, higher, lower, correction=True) == []
        assert check_transition(track, lower, higher) == []


def test_clean_record_names_every_bad_field_at_once():
    with pytest.raises(ValidationError) as info:
        clean_record(KINDS["resident"], {"full_name": "", "phone": "123", "cccd": "12",
                                         "birth": "3000", "colour": "red"}, TODAY)
    fields = {p.field for p in info.value.problems}
    assert {"phone", "cccd", "birth", "colour", "household", "full_name"} <= fields
    assert "Số điện thoại" in info.value.message("vi")
    assert "Phone" in info.value.message("en")


def test_choices_accept_codes_and_labels_without_diacritics():
    clean = clean_record(KINDS["resident"], {"household": "x", "full_name": "nguyễn  văn a",
                                             "eid_stage": "da kich hoat muc 2",
                                             "has_smartphone": "x", "gender": "Nữ"}, TODAY)
    assert clean["eid_stage"] == "level2_activated"
    assert clean["has_smartphone"] is True and clean["gender"] == "female"
    assert clean["full_name"] == "Nguyễn Văn A"  # NFC, one space, capitalised


@pytest.mark.parametrize("typed, stored", [
    ("nguyễn văn an", "Nguyễn Văn An"), ("NGUYỄN VĂN AN", "Nguyễn Văn An"),
    ("h'hen niê", "H'Hen Niê"), ("Y Khu Niê Kđăm", "Y Khu Niê Kđăm"),
    ("Nguye\u0302\u0303n  Thi\u0323 Hà", "Nguyễn Thị Hà")])
def test_person_names_are_stored_capitalised_and_composed(typed, stored):
    assert clean_record(KINDS["member"], {"full_name": typed}, TODAY)["full_name"] == stored


@pytest.mark.parametrize("typed", ["Nguyễn Văn 123", "Trần Thị 😀", "=HYPERLINK(1)",
                                   "Lê\u0007Văn", "Lê Văn\u202e"])
def test_person_names_take_letters_only(typed):
    with pytest.raises(ValidationError) as info:
        clean_record(KINDS["member"], {"full_name": typed}, TODAY)
    assert info.value.problems[0].code in ("name_chars", "text_control")


def test_control_characters_are_refused_in_every_text():
    with pytest.raises(ValidationError) as info:
        clean_record(KINDS["household"], {"hamlet": "x", "head_name": "An",
                                          "address": "Số 5\x00"}, TODAY)
    assert info.value.problems[0].code == "text_control"
    assert "U+0000" in info.value.message("vi")
    note = clean_record(KINDS["visit"], {"date": "2026-11-01", "household": "x",
                                         "notes": "dòng 1\ndòng 2"}, TODAY)
    assert note["notes"] == "dòng 1\ndòng 2"  # notes keep their lines


def test_month_bounds_cross_the_year():
    assert month_bounds("2026-12") == ("2026-12-01", "2027-01-01")


def test_hybrid_clock_never_goes_back_and_passes_what_it_sees():
    wall = [1000]
    clock = HybridClock("aaaa", None, now_ms=lambda: wall[0])
    first = clock.tick()
    wall[0] = 500  # the laptop's clock is set back
    second = clock.tick()
    assert second > first
    remote = Timestamp(10_000_000, 3, "bbbb")
    seen = clock.observe(remote)
    assert seen > remote and clock.tick() > seen
    assert str(seen) > str(remote)  # text order is clock order
    assert clock.is_far_ahead(Timestamp(500 + 86_400_001, 0, "c"))


def test_event_services_are_counts_by_service_type():
    kind = KINDS["event"]
    clean = clean_record(kind, {"date": "10/11/2026", "place": "Sân UBND xã",
                                "services": {"vneid_install": 40, "So suc khoe dien tu": "25",
                                             "payment": 0}}, TODAY)
    assert clean["services"] == {"vneid_install": 40, "health_book": 25}
    for bad in ({"karaoke": 3}, {"payment": -1}, {"payment": "nhiều"}, [1, 2]):
        with pytest.raises(ValidationError) as info:
            clean_record(kind, {"date": "10/11/2026", "place": "X", "services": bad}, TODAY)
        assert info.value.problems[0].field == "services"
