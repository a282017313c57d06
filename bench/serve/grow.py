"""Grow a PostgreSQL demo site to many more articles in SQL, the way a bulk import would.

The site's reports are copied further back in time, a whole number of days per copy (each copy
lies before the one it was made from, no overlap), with new ids and slugs, their countries,
lead pictures and search index rows (the words are the same, so the stored vectors are too).
Then the day counts are recounted (site.settle then vacuums and analyses the database): the grown
site is consistent as if its reports had been stored one by one, in seconds per copy rather than hours.
The search index's GIN index (week and words) is dropped while rows go in and built again after, as a bulk load
should be done.
"""

import math
import subprocess

ARTICLE_COLUMNS = (
    "headline, summary, body, lead_image_url, language, status, section_id, source_id, agency, author"
)


def copy_sql(k: int, limit: int | None) -> str:
    """SQL for the k-th copy of the original rows (ids <= :top), `limit` of them (the newest)
    or all; ids move up by k * top, times back by k * span."""
    chosen = "SELECT id FROM articles_article WHERE id <= :top"
    if limit is not None:
        chosen += f" ORDER BY published_at DESC, id DESC LIMIT {limit}"
    shift, offset = f"{k} * :span * interval '1 day'", f"{k} * :top"
    return f"""
CREATE TEMP TABLE chosen_{k} ON COMMIT DROP AS {chosen};
INSERT INTO articles_article (id, slug, published_at, created_at, updated_at, original_url, fingerprint,
  breaking, pinned, withdrawal_notice, {ARTICLE_COLUMNS})
SELECT id + {offset}, left(slug, 110) || '-c{k}', published_at - {shift}, created_at - {shift}, updated_at - {shift},
  CASE WHEN original_url = '' THEN '' ELSE original_url || '#c{k}' END,
  CASE WHEN fingerprint = '' THEN '' ELSE left(fingerprint, 58) || '-c{k}' END,
  false, false, '', {ARTICLE_COLUMNS}
FROM articles_article WHERE id IN (SELECT id FROM chosen_{k});
INSERT INTO articles_article_places (article_id, place_id)
SELECT article_id + {offset}, place_id FROM articles_article_places WHERE article_id IN (SELECT id FROM chosen_{k});
INSERT INTO media_leadimage (article_id, image_id)
SELECT article_id + {offset}, image_id FROM media_leadimage WHERE article_id IN (SELECT id FROM chosen_{k});
INSERT INTO search_entry (article_id, language, published_at, section_id, source_id, row_key, vector)
SELECT article_id + {offset}, language, published_at - {shift}, section_id, source_id, row_key, vector
FROM search_entry WHERE article_id IN (SELECT id FROM chosen_{k});
"""


def script(have: int, target: int) -> str:
    copies = math.ceil((target - have) / have)
    parts = [
        "\\set ON_ERROR_STOP on",
        "SET maintenance_work_mem = '512MB';",
        "SELECT max(id) AS top, ceil(extract(epoch FROM max(published_at) - min(published_at)) / 86400)::int + 1 AS span"
        " FROM articles_article \\gset",
        "BEGIN;",
        "DROP INDEX IF EXISTS search_entry_period_vector;",
    ]
    for k in range(1, copies + 1):
        limit = target - have - (copies - 1) * have if k == copies else None
        parts.append(copy_sql(k, limit))
    parts += [
        "CREATE INDEX search_entry_period_vector ON search_entry USING gin (period, vector);",
        "SELECT setval(pg_get_serial_sequence('articles_article', 'id'), (SELECT max(id) FROM articles_article));",
        "COMMIT;",
    ]
    return "\n".join(parts)


def to(site, target: int) -> int:
    """Grow `site` (a built PostgreSQL site) to `target` articles; returns how many were added."""
    have = int(psql(site.database_url, "SELECT count(*) FROM articles_article"))
    if have >= target:
        return 0
    done = subprocess.run(["psql", site.database_url, "-q"], input=script(have, target), capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"growing {site.name} failed: {done.stderr.strip()[-2000:]}")
    site.newsdesk("recount")
    return int(psql(site.database_url, "SELECT count(*) FROM articles_article")) - have


def psql(url: str, sql: str) -> str:
    done = subprocess.run(["psql", url, "-tAc", sql], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"psql: {done.stderr.strip()}")
    return done.stdout.strip()
