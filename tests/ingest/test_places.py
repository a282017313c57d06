"""Where a report is about, in the three languages our agencies write."""

from newsdesk.ingest.places import find_places, headline_prefix


def test_turkish_dotted_capital_i_is_the_same_name():
    # "İran".casefold() is "i̇ran" (with a combining dot): it once failed the report's storing.
    assert headline_prefix("İran: Tahran'da görüşme") == ("Iran", "IR")
    assert find_places("IRAN VE IRAK", "İran ile Irak heyetleri bir araya geldi.", []) == [("Iran", "IR"), ("Iraq", "IQ")]


def test_turkish_and_arabic_names_of_the_region():
    assert find_places("Mısır: Kahire'de fuar", "Endonezya ve Azerbaycan", []) == [
        ("Egypt", "EG"), ("Indonesia", "ID"), ("Azerbaijan", "AZ")]
    assert find_places("ماليزيا: افتتاح معرض", "وفد من إندونيسيا و أذربيجان", []) == [
        ("Malaysia", "MY"), ("Indonesia", "ID"), ("Azerbaijan", "AZ")]
