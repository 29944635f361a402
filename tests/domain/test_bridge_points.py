"""Bridge-point names as offices write them are one point: prefix, case, diacritics."""

from desktop.domain.bridge_points import bridge_point_key, same_bridge_point


def test_the_prefix_case_and_diacritics_are_ignored():
    key = bridge_point_key("UBND xã Tân Ninh")
    for written in ("Điểm cầu UBND xã Tân Ninh", "điểm cầu ubnd xa tan ninh",
                    "DIEM CAU: UBND XA TAN NINH", "Điểm cầu - UBND xã Tân Ninh",
                    "  ubnd  XÃ tân ninh "):
        assert bridge_point_key(written) == key, written


def test_a_name_is_not_cut_inside_or_emptied():
    assert bridge_point_key("Điểm cầu") == "diem cau"
    assert bridge_point_key("Nhà văn hóa điểm cầu số 2") == "nha van hoa diem cau so 2"
    assert not same_bridge_point("Điểm cầu thôn 1", "Điểm cầu thôn 2")
    assert not same_bridge_point("", "")
