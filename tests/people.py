"""Names for test data: names take letters only, so numbered rows get letter names."""


def letters(n: int) -> str:
    """A distinct capitalised word for each number: 0 -> "A", 25 -> "Z", 26 -> "Ba"."""
    out = ""
    while True:
        n, r = divmod(n, 26)
        out = "abcdefghijklmnopqrstuvwxyz"[r] + out
        if not n:
            return out.capitalize()
