"""Short lines: page furniture in English, Turkish and Arabic goes; a short news sentence that
merely starts like furniture stays."""

import pytest

from newsdesk.extract import extract

LONG = {
    "en": "The port authority said on Monday that dredging of the inner harbour would begin in "
          "April, after two years of delays caused by a dispute over where the silt should go.",
    "tr": "Liman idaresi pazartesi günü yaptığı açıklamada, iç limandaki tarama çalışmalarının "
          "iki yıllık gecikmenin ardından nisan ayında başlayacağını duyurdu ve takvimi paylaştı.",
    "ar": "قالت سلطة الميناء يوم الاثنين إن أعمال تعميق الميناء الداخلي ستبدأ في شهر أبريل بعد "
          "عامين من التأخير بسبب خلاف حول المكان الذي ستنقل إليه الرواسب من القاع.",
}
CLOSING = {
    "en": "Fishing crews will be moved to the north quay while the dredgers operate, and mooring "
          "fees will be waived for the whole period of the works, the authority promised.",
    "tr": "Balıkçı tekneleri çalışmalar süresince kuzey rıhtımına taşınacak ve bağlama ücretleri "
          "tüm çalışma dönemi boyunca alınmayacak, idare bu konuda söz verdi.",
    "ar": "وسيتم نقل قوارب الصيد إلى الرصيف الشمالي أثناء عمل الحفارات، ووعدت السلطة بإعفاء "
          "أصحابها من رسوم الرسو طوال فترة الأعمال في الميناء.",
}
FURNITURE = {
    "en": ["Share this article", "Already have an account? Log in", "Subscribe to our newsletter",
           "Unlock this article and get unlimited access.", "End of Article", "Scroll Up",
           "Copyright © 2024 Wire", "Loading...", "Sponsored Ad", "[convertkit form=1630175]"],
    "tr": ["Paylaş", "İlgili Haberler", "Etiketler: Ekonomi, Liman", "Abone Ol", "Yukarı Çık",
           "Tüm hakları saklıdır."],
    "ar": ["شارك الخبر: فيسبوك | إكس", "أخبار ذات صلة", "الوسوم: اقتصاد", "اشترك الآن", "للأعلى",
           "جميع الحقوق محفوظة © 2024"],
}
STAMPS = {"en": "Updated: 3 May 2024 14:05", "tr": "Güncelleme: 3 Mayıs 2024 14:05",
          "ar": "تحديث: 3 مايو 2024"}
BYLINES = {"en": "Author: Ana Ruiz", "tr": "Yazar: Ayşe Kaya", "ar": "بقلم: سامي الخطيب"}
NEWS_LINES = {
    "en": ["Updated figures show 30 dead after the quake.",
           "Register to vote by Friday, officials urged.",
           "Log in to the portal was disabled for a week after the breach.",
           "Copyright infringement case opens in Ankara."],
    "tr": ["Abone olan kullanıcı sayısı yüzde on arttı.",
           "İlgili haberlerde belirtildiği gibi fiyatlar yükseldi."],
    "ar": ["اشترك في الاجتماع ممثلون عن المنظمات الإقليمية.",
           "كتب الرئيس رسالة إلى البرلمان يوم الأحد."],
}


def page(lang: str, lines: list[str]) -> str:
    body = "".join(f"<p>{line}</p>" for line in lines)
    direction = ' dir="rtl"' if lang == "ar" else ""
    return (f'<html lang="{lang}"{direction}><head><title>Liman</title></head><body><article>'
            f"<h1>Harbour</h1>{body}</article></body></html>")


@pytest.mark.parametrize("lang", ["en", "tr", "ar"])
def test_furniture_lines_go_and_news_lines_stay(lang):
    lines = [STAMPS[lang], BYLINES[lang], LONG[lang], *NEWS_LINES[lang], CLOSING[lang], *FURNITURE[lang]]
    # Furniture after the article, and one line of it between two paragraphs.
    lines.insert(4, FURNITURE[lang][0])
    text = extract(page(lang, lines), "https://wire.example/news/1").text
    kept = text.split("\n\n")
    assert [line for line in kept if line in [*FURNITURE[lang], STAMPS[lang], BYLINES[lang]]] == []
    assert [line for line in NEWS_LINES[lang] if line not in kept] == []
    assert LONG[lang] in kept and CLOSING[lang] in kept
