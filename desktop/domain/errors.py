"""Errors the domain and services raise when input is refused.

A refused input never changes the database. Each problem names the field (or file
row) at fault and carries a message code so it can be shown in Vietnamese or English.
"""

from dataclasses import dataclass, field

from desktop.messages import message


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: which field, which rule, with what values."""

    field: str | None
    code: str
    params: dict = field(default_factory=dict)

    def message(self, lang: str = "vi") -> str:
        """The problem in plain words, field labels translated."""
        from desktop.domain.labels import KIND_LABELS, field_label, kind_label, value_label

        params = dict(self.params)
        if self.field and "field" not in params:
            params["field"] = field_label(self.field, lang)
        elif "field" in params:
            params["field"] = field_label(str(params["field"]), lang)
        if params.get("kind") in KIND_LABELS:  # a record kind, named in this language
            params["kind"] = kind_label(params["kind"], lang)
        for key in ("gender", "cccd_gender"):  # coded values are shown by their labels
            if key in params:
                params[key] = value_label("gender", params[key], lang)
        if isinstance(params.get("choices"), (list, tuple)):
            # coded choices are shown as their labels, never as internal codes
            labels_of = params.get("choice_field") or self.field or ""
            params["choices"] = ", ".join(value_label(labels_of, code, lang)
                                          for code in params["choices"])
        return message(self.code, lang, **params)


class InputRefused(Exception):
    """Input refused: a validation error, an unknown reference, a bad file.

    The command line maps it to exit code 2; the database is left unchanged.
    """

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__(self.message("en"))

    @classmethod
    def of(cls, message_code: str, field: str | None = None, **params) -> "InputRefused":
        """Shorthand for an error with a single problem."""
        return cls(Problem(field, message_code, params))

    def message(self, lang: str = "vi") -> str:
        """All problems, one per line."""
        return "\n".join(p.message(lang) for p in self.problems)

    def by_field(self) -> dict[str, list[Problem]]:
        """Problems grouped by the field they name (forms mark each field)."""
        out: dict[str, list[Problem]] = {}
        for p in self.problems:
            out.setdefault(p.field or "", []).append(p)
        return out


class ValidationError(InputRefused):
    """One or more fields of a record are invalid."""


class NotFound(InputRefused):
    """A record named by id or name does not exist."""


class DatabaseRefused(Exception):
    """The database file cannot be used (newer schema, not ours, damaged)."""

    def __init__(self, code: str, **params):
        self.code = code
        self.params = params
        super().__init__(message(code, "en", **params))

    def message(self, lang: str = "vi") -> str:
        return message(self.code, lang, **self.params)
