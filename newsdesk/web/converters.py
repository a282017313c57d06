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
