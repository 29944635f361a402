"""Reading single values as people type them: yes/no, numbers, coded choices."""

from desktop.domain.labels import VALUE_LABELS
from desktop.domain.text import search_key

YES = {"1", "true", "yes", "y", "x", "co", "c", "dung", "v", "✓", "✔", "roi", "da co"}
NO = {"0", "false", "no", "n", "khong", "k", "chua", "chua co", "khong co", "-"}


def parse_bool(value) -> bool | None:
    """"Có", "có", "x", "yes", 1 -> True; "Không", "no", 0 -> False; blank -> None.

    Raises ValueError for anything else, so a typo is reported, not guessed.
    """
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return bool(value)
    key = search_key(str(value))
    if key == "":
        return None
    if key in YES:
        return True
    if key in NO:
        return False
    raise ValueError(value)


def parse_choice(field: str, value, choices: tuple[str, ...]) -> str:
    """Accept a code ("level2_activated") or its label in either language, with or
    without diacritics ("da kich hoat muc 2"); raise ValueError otherwise."""
    text = str(value).strip()
    if text in choices:
        return text
    key = search_key(text)
    for code in choices:
        if search_key(code) == key:
            return code
        vi, en = VALUE_LABELS.get(field, {}).get(code, (None, None))
        if key in (search_key(vi), search_key(en)):
            return code
    raise ValueError(value)


def parse_number(value, integer: bool = True):
    """"1.200" (vi thousands), "12,5" (vi decimal), 1200 -> a number; ValueError otherwise."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        if integer and float(value) != int(value):
            raise ValueError(value)
        return int(value) if integer else float(value)
    text = str(value).strip().replace(" ", "")
    if integer:
        text = text.replace(".", "") if text.count(".") and all(
            len(part) == 3 for part in text.split(".")[1:]) else text
        return int(text)
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".")
    return float(text.replace(",", "."))
