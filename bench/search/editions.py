"""Turn every tenth demo report into a Turkish or an Arabic one, so that searches in those
languages meet real articles at the demo site's size (the demo generator writes English only).

    NEWSDESK_DATA_DIR=... python -m bench.search.editions

Only for the benchmark's own data directory; the index is rebuilt afterwards by `reindex`.
"""

import os
import random

import django

TURKISH = {
    "places": ["İstanbul", "Ankara", "İzmir", "Şam", "Halep", "Bağdat", "Kahire", "Tahran", "Doha", "Bakü"],
    "headlines": [
        "{place}: Bakanlar toplantısında {topic} konusu görüşüldü",
        "{place}'da {topic} için yeni anlaşma imzalandı",
        "{place}: Meclis {topic} yasasını kabul etti",
        "{place}'daki ihracat yüzde {n} arttı",
        "{place}'da uluslararası kitap fuarı açıldı",
    ],
    "sentences": [
        "Yetkililer {place}'da yapılan görüşmelerin olumlu geçtiğini söyledi.",
        "Bakanlık, {topic} konusundaki ortak komitenin gelecek ay yeniden toplanacağını açıkladı.",
        "Toplantılara {place} ve bölge ülkelerinden heyetler katıldı.",
        "Açıklamaya göre {topic} alanında uzman ekipler değiş tokuş edilecek.",
        "İstatistik kurumu {topic} verilerini {place}'da yayımladı.",
        "Sözcü, ayrıntıların basın toplantısında duyurulacağını belirtti.",
    ],
    "topics": ["ticaret", "enerji", "su yönetimi", "sağlık", "eğitim", "turizm", "ulaştırma", "gıda güvenliği"],
}
ARABIC = {
    "places": ["إسطنبول", "أنقرة", "دمشق", "حلب", "بغداد", "القاهرة", "طهران", "الدوحة", "عمّان", "الرياض"],
    "headlines": [
        "{place}: الوزراء يبحثون {topic} في اجتماعٍ موسّع",
        "توقيع اتفاقية جديدة بشأن {topic} في {place}",
        "{place}: البرلمان يقرّ قانون {topic}",
        "ارتفاع الصادرات من {place} بنسبة {n} في المئة",
        "افتتاح معرض الكتاب الدولي في {place}",
    ],
    "sentences": [
        "قال مسؤولون في {place} إن المحادثات حول {topic} كانت بنّاءة.",
        "أعلنت الوزارة أن اللجنة المشتركة المعنية بـ{topic} ستجتمع مجددًا الشهر المقبل.",
        "شاركت في الاجتماعات وفود من {place} ودول المنطقة.",
        "وبحسب البيان، سيتبادل الطرفان فرق الخبراء في مجال {topic}.",
        "نشر مكتب الإحصاء في {place} أرقام {topic} يوم الخميس.",
        "وقال متحدث إن مزيدًا من التفاصيل سيُعلن في مؤتمر صحفي.",
    ],
    "topics": ["التجارة", "الطاقة", "إدارة المياه", "الصحة العامة", "التعليم العالي", "السياحة", "النقل", "الأمن الغذائي"],
}


def rewrite(rng: random.Random, words: dict) -> tuple[str, str, str]:
    values = {"place": rng.choice(words["places"]), "topic": rng.choice(words["topics"]), "n": rng.randint(3, 40)}
    headline = rng.choice(words["headlines"]).format(**values)
    sentences = [s.format(**values) for s in rng.sample(words["sentences"], k=4)]
    return headline, sentences[0], "".join(f"<p>{s}</p>" for s in sentences)


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    django.setup()
    from newsdesk.articles.models import Article

    rng = random.Random(2018)
    ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))[::10]
    for start in range(0, len(ids), 2000):
        batch = list(Article.objects.filter(pk__in=ids[start : start + 2000]))
        for i, article in enumerate(batch):
            article.language, words = ("tr", TURKISH) if i % 2 else ("ar", ARABIC)
            article.headline, article.summary, article.body = rewrite(rng, words)
        # bulk_update skips signals: the benchmark rebuilds the index next, and times that.
        Article.objects.bulk_update(batch, ["language", "headline", "summary", "body"])
    print(f"{len(ids):,} reports rewritten in Turkish and Arabic")


if __name__ == "__main__":
    main()
