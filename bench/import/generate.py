"""Write a WordPress export (WXR 1.2) shaped like the original portal: 140,211 news posts from
2015 on (40-48 a weekday, 26-40 a weekend day), one country category each (15% a second one),
a few tags, four authors, excerpts, a featured image (an attachment item) for a third of them,
and a few pages. About 0.6 GB; deterministic for a seed.

    python bench/import/generate.py OUT.xml [--posts N] [--seed S]
"""

import argparse
import random
from datetime import date, datetime, timedelta
from xml.sax.saxutils import escape

SITE = "http://old-portal.example.org"
CATEGORIES = [
    "Syria", "Iraq", "Yemen", "Turkey", "Lebanon", "Libya", "Egypt", "Iran", "Saudi Arabia", "Jordan",
    "Palestine", "Israel", "Afghanistan", "Qatar", "Kuwait", "Bahrain", "Oman", "Tunisia", "Sudan", "Algeria",
]
WEIGHTS = [14, 10, 8, 8, 6, 6, 6, 6, 5, 4, 5, 4, 4, 2, 2, 2, 2, 2, 2, 2]
TAGS = ["ceasefire", "elections", "refugees", "economy", "health", "aid", "protests", "talks"]
AUTHORS = [("newsdesk", "News Desk"), ("hasan", "Hasan Demir"), ("layla", "Layla Haddad"), ("omar", "Omar Aziz")]
WORDS = (
    "the of and to in a is that for on was with he it as at by from officials said government forces "
    "security military told reported according statement minister president country region local "
    "police army attack killed civilians residents border talks peace deal agreement ceasefire aid "
    "humanitarian refugees camp families children water food health hospital schools economy crisis "
    "market currency bank oil exports budget parliament election vote party opposition protest capital "
    "province district village town road airport convoy operation troops militia clashes shelling "
    "monday tuesday wednesday thursday friday saturday sunday week month year people city council"
).split()
PAGES = [("about", "About us"), ("contact", "Contact"), ("advertise", "Advertise"), ("privacy", "Privacy policy")]


def slugify(text: str) -> str:
    return "-".join(text.lower().split())[:180]


def cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def header(out) -> None:
    out.write(
        '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" '
        'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<title>Old Portal</title>\n'
        f"<link>{SITE}</link>\n<description>News</description>\n<language>en-US</language>\n"
        f"<wp:wxr_version>1.2</wp:wxr_version>\n<wp:base_site_url>{SITE}</wp:base_site_url>\n"
        f"<wp:base_blog_url>{SITE}</wp:base_blog_url>\n"
    )
    for n, (login, name) in enumerate(AUTHORS, 1):
        out.write(
            f"<wp:author><wp:author_id>{n}</wp:author_id><wp:author_login>{cdata(login)}</wp:author_login>"
            f"<wp:author_email>{cdata(login + '@example.org')}</wp:author_email>"
            f"<wp:author_display_name>{cdata(name)}</wp:author_display_name></wp:author>\n"
        )
    for n, name in enumerate(CATEGORIES, 100):
        out.write(
            f"<wp:category><wp:term_id>{n}</wp:term_id><wp:category_nicename>{cdata(slugify(name))}"
            f"</wp:category_nicename><wp:category_parent>{cdata('')}</wp:category_parent>"
            f"<wp:cat_name>{cdata(name)}</wp:cat_name></wp:category>\n"
        )
    for n, tag in enumerate(TAGS, 200):
        out.write(
            f"<wp:tag><wp:term_id>{n}</wp:term_id><wp:tag_slug>{cdata(tag)}</wp:tag_slug>"
            f"<wp:tag_name>{cdata(tag.capitalize())}</wp:tag_name></wp:tag>\n"
        )
    out.write("<generator>https://wordpress.org/?v=6.1</generator>\n")


def item(out, *, post_id, title, link, guid, creator, content, excerpt, when, slug, status, kind,
         terms=(), meta=(), extra="") -> None:
    local = when.strftime("%Y-%m-%d %H:%M:%S")
    gmt = (when - timedelta(hours=3)).strftime("%Y-%m-%d %H:%M:%S")
    out.write(
        f"<item>\n<title>{escape(title)}</title>\n<link>{link}</link>\n"
        f"<pubDate>{when:%a, %d %b %Y %H:%M:%S} +0000</pubDate>\n<dc:creator>{cdata(creator)}</dc:creator>\n"
        f'<guid isPermaLink="false">{guid}</guid>\n<description></description>\n'
        f"<content:encoded>{cdata(content)}</content:encoded>\n<excerpt:encoded>{cdata(excerpt)}</excerpt:encoded>\n"
        f"<wp:post_id>{post_id}</wp:post_id>\n<wp:post_date>{cdata(local)}</wp:post_date>\n"
        f"<wp:post_date_gmt>{cdata(gmt)}</wp:post_date_gmt>\n<wp:post_modified>{cdata(local)}</wp:post_modified>\n"
        f"<wp:post_modified_gmt>{cdata(gmt)}</wp:post_modified_gmt>\n<wp:comment_status>{cdata('open')}</wp:comment_status>\n"
        f"<wp:ping_status>{cdata('open')}</wp:ping_status>\n<wp:post_name>{cdata(slug)}</wp:post_name>\n"
        f"<wp:status>{cdata(status)}</wp:status>\n<wp:post_parent>0</wp:post_parent>\n<wp:menu_order>0</wp:menu_order>\n"
        f"<wp:post_type>{cdata(kind)}</wp:post_type>\n<wp:post_password>{cdata('')}</wp:post_password>\n"
        f"<wp:is_sticky>0</wp:is_sticky>\n{extra}"
    )
    for domain, nicename, name in terms:
        out.write(f'<category domain="{domain}" nicename="{nicename}">{cdata(name)}</category>\n')
    for key, value in meta:
        out.write(f"<wp:postmeta><wp:meta_key>{cdata(key)}</wp:meta_key><wp:meta_value>{cdata(value)}</wp:meta_value></wp:postmeta>\n")
    out.write("</item>\n")


class Writer:
    def __init__(self, rnd: random.Random):
        self.rnd = rnd
        self.cum = []
        total = 0.0
        for i in range(len(WORDS)):
            total += 1.0 / (1 + i) ** 0.6
            self.cum.append(total)

    def sentence(self) -> str:
        words = self.rnd.choices(WORDS, cum_weights=self.cum, k=self.rnd.randint(8, 18))
        return " ".join(words).capitalize() + "."

    def paragraph(self) -> str:
        parts, n = [], 0
        while n < 56:
            s = self.sentence()
            parts.append(s)
            n += s.count(" ") + 1
        return " ".join(parts)


def posts(out, count: int, rnd: random.Random) -> None:
    w, day, post_id, used = Writer(rnd), date(2015, 1, 1), 1000, set()
    attachments = []
    while count > 0:
        n = min(count, rnd.randint(40, 48) if day.weekday() < 5 else rnd.randint(26, 40))
        for sec in sorted(rnd.sample(range(6 * 3600, 24 * 3600 - 60), n)):
            when = datetime.combine(day, datetime.min.time()) + timedelta(seconds=sec)
            cats = {rnd.choices(range(len(CATEGORIES)), weights=WEIGHTS)[0] for _ in range(2 if rnd.random() < 0.15 else 1)}
            words = rnd.choices(WORDS, cum_weights=w.cum, k=rnd.randint(8, 12))
            words[rnd.randrange(len(words))] = CATEGORIES[min(cats)]
            title = " ".join(words).capitalize()
            slug = slugify(title)
            slug = f"{slug}-{post_id}" if slug in used else slug
            used.add(slug)
            body = "\n\n".join(w.paragraph() for _ in range(8))
            terms = [("category", slugify(CATEGORIES[c]), CATEGORIES[c]) for c in sorted(cats)]
            if rnd.random() < 0.3:
                tag = rnd.choice(TAGS)
                terms.append(("post_tag", tag, tag.capitalize()))
            meta = []
            if rnd.random() < 0.33:
                attachments.append((post_id + 500000, when, slug))
                meta.append(("_thumbnail_id", str(post_id + 500000)))
            item(out, post_id=post_id, title=title, link=f"{SITE}/{when:%Y/%m/%d}/{slug}/", guid=f"{SITE}/?p={post_id}",
                 creator=rnd.choice(AUTHORS)[0], content=body, excerpt=w.sentence(), when=when, slug=slug,
                 status="publish", kind="post", terms=terms, meta=meta)
            post_id += 1
        count -= n
        day += timedelta(days=1)
    for attachment_id, when, slug in attachments:  # WordPress exports them after: higher ids
        url = f"{SITE}/wp-content/uploads/{when:%Y/%m}/{slug[:40]}.jpg"
        item(out, post_id=attachment_id, title=slug[:40], link=f"{SITE}/{when:%Y/%m/%d}/{slug}/{slug[:40]}/",
             guid=url, creator="newsdesk", content="", excerpt="", when=when, slug=slug[:40], status="inherit",
             kind="attachment", extra=f"<wp:attachment_url>{cdata(url)}</wp:attachment_url>\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--posts", type=int, default=140211)
    parser.add_argument("--seed", type=int, default=20170128)
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    with open(args.out, "w", encoding="utf-8", buffering=1 << 20) as out:
        header(out)
        for n, (slug, title) in enumerate(PAGES, 1):
            item(out, post_id=n, title=title, link=f"{SITE}/{slug}/", guid=f"{SITE}/?page_id={n}", creator="newsdesk",
                 content=f"{title} of the portal.\n\nWrite to desk@example.org.", excerpt="",
                 when=datetime(2015, 1, 1, 9), slug=slug, status="publish", kind="page")
        posts(out, args.posts, rnd)
        out.write("</channel>\n</rss>\n")


if __name__ == "__main__":
    main()
