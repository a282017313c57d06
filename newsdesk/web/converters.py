"""Path converters for dated addresses: /2018/07/20/ (zero-padded, as readers and links expect)."""

from django.urls import register_converter


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
