import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.phone import check_phone, normalise_phone
from desktop.domain.text import nfc, search_key

prefixes = st.sampled_from(["03", "05", "07", "08", "09"])
rest = st.text(alphabet="0123456789", min_size=8, max_size=8)


@given(prefixes, rest)
def test_every_typed_form_gives_the_same_number(prefix, digits):
    number = prefix + digits
    forms = [number, f"{number[:4]} {number[4:7]} {number[7:]}", f"{number[:4]}.{number[4:]}",
             "+84" + number[1:], "+84 " + number[1:3] + " " + number[3:], "0084" + number[1:],
             "".join(chr(ord(c) + 0xFEE0) for c in number)]
    assert {normalise_phone(f) for f in forms} == {number}


@given(st.sampled_from(["01", "02", "04", "06"]), rest)
def test_wrong_prefix_is_refused(prefix, digits):
    value, problems = check_phone(prefix + digits, "phone")
    assert value is None and problems[0].field == "phone" and problems[0].code == "phone_invalid"


def test_wrong_lengths_and_letters_are_refused():
    for bad in ("091234567", "09123456789", "09l2345678", "", "+8591234567"):
        assert normalise_phone(bad) is None


names = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐ ",
                min_size=1, max_size=30)


@given(names)
def test_search_key_ignores_composition_case_and_marks(name):
    decomposed = unicodedata.normalize("NFD", name)
    assert search_key(name) == search_key(decomposed) == search_key(name.upper())
    assert all(ord(ch) < 128 for ch in search_key(name))


@given(names)
def test_nfc_is_idempotent_and_composed(name):
    once = nfc(unicodedata.normalize("NFD", name))
    assert once == nfc(once)
    assert unicodedata.is_normalized("NFC", once)


def test_the_example_from_the_brief():
    assert search_key("Nguyễn Thị Diệu Bình") == "nguyen thi dieu binh"
    assert search_key("Đặng Văn Đức") == "dang van duc"


@given(st.sampled_from(["3", "5", "7", "8", "9"]), rest)
def test_a_phone_that_lost_its_leading_zero_in_excel(first, digits):
    assert normalise_phone(first + digits) == "0" + first + digits
