"""Path converters for dated addresses: /2018/07/20/ (zero-padded, as readers and links expect)."""

import re

from django.urls import register_converter

# An article id as a list's keyset cursor (?before=, ?after=): ASCII digits only (str.isdigit()
# also takes "²" and "٣").
CURSOR = re.compile(r"[0-9]{1,18}")


class Digits:
    width = 2

    def __init__(self):
        self.regex = f"[0-9]{{{self.width}}}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):0{self.width}d}"


class FourDigits(Digits):
    width = 4


register_converter(FourDigits, "yyyy")
register_converter(Digits, "nn")


class RowId:
    """A database id: at most 18 digits, so that no address can overflow a 64-bit integer
    column (PostgreSQL would fail the query)."""

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(int(value))


register_converter(RowId, "id")


class Slug:
    """A slug as addresses carry it: any characters but '/' and control characters. No slug
    holds a control character, and PostgreSQL refuses a query with NUL in it (a 500, not a 404)."""

    regex = r"[^/\x00-\x1f\x7f]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(Slug, "slug_text")
