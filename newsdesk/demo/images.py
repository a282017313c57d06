"""Pictures for the demo: a landscape drawn by newsdesk with Pillow (a gradient sky, a sun, rows
of hills, the place's name), the same for the same key. The demo agency serves one per report
and names it in its page (og:image and a captioned figure) and its feed (media:content); the
demo site generator puts a small shared set straight into media storage.
"""

import random
from html import escape
from io import BytesIO

from PIL import Image, ImageDraw, ImageFont, ImageOps

from .lexicon import COUNTRIES

WIDTH, HEIGHT = 1200, 675
SKIES = [("#1d3557", "#f1a66a"), ("#0b6e99", "#d8f3ff"), ("#3a0ca3", "#ffb4a2"), ("#264653", "#e9c46a")]


def scene(key: str, place: str, width: int = WIDTH, height: int = HEIGHT) -> bytes:
    """A JPEG landscape for `key` with `place` written on it; the same key gives the same bytes."""
    rng = random.Random(key)
    image = sky(rng, width, height)
    draw = ImageDraw.Draw(image)
    sun_x, sun_y, radius = rng.uniform(0.1, 0.9) * width, rng.uniform(0.15, 0.4) * height, height * 0.08
    draw.ellipse((sun_x - radius, sun_y - radius, sun_x + radius, sun_y + radius), fill="#fff3c4")
    for row in range(4):
        draw.polygon(hills(rng, width, height, row), fill=shade(rng, row))
    label(draw, place, width, height)
    out = BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def sky(rng: random.Random, width: int, height: int) -> Image.Image:
    top, bottom = rng.choice(SKIES)
    gradient = Image.linear_gradient("L").resize((width, height))
    return ImageOps.colorize(gradient, top, bottom)


def hills(rng: random.Random, width: int, height: int, row: int) -> list[tuple[float, float]]:
    base = height * (0.55 + 0.1 * row)
    points = [(0.0, float(height))]
    for step in range(9):
        points.append((width * step / 8, base - rng.uniform(0, height * 0.12)))
    return points + [(float(width), float(height))]


def shade(rng: random.Random, row: int) -> tuple[int, int, int]:
    green = 120 - row * 22 + rng.randint(-10, 10)
    return (40 + row * 5, max(30, green), 50 + row * 8)


def label(draw: ImageDraw.ImageDraw, place: str, width: int, height: int) -> None:
    font = ImageFont.load_default(size=max(16, height // 10))
    left, bottom = width * 0.05, height * 0.93
    box = draw.textbbox((left, bottom), place, font=font, anchor="ls")
    draw.rectangle((box[0] - 16, box[1] - 12, box[2] + 16, box[3] + 12), fill=(0, 0, 0))
    draw.text((left, bottom), place, font=font, fill="white", anchor="ls")


# The demo agency's side: where a report's picture is, and how its page and feed name it.

def image_path(k: int) -> str:
    return f"/images/{k}.jpg"


CAPTIONS = {"en": "A view of {} (illustration)", "tr": "{} (temsili görsel)", "ar": "{} (صورة توضيحية)"}


def caption(place: str, language: str = "en") -> str:
    """The picture's caption in the report's language, naming its country as that language does."""
    names = {c.key: c for c in COUNTRIES}
    country = names.get(place)
    name = getattr(country, language, (place,))[0] if country and language in CAPTIONS else place
    return CAPTIONS.get(language, CAPTIONS["en"]).format(name)


def figure_html(k: int, place: str, language: str = "en") -> str:
    text = escape(caption(place, language))
    return f'<figure class="lead"><img src="{image_path(k)}" alt="{text}"><figcaption>{text}</figcaption></figure>'


def meta_html(base: str, k: int) -> str:
    return f'<meta property="og:image" content="{base}{image_path(k)}">'


def feed_media(base: str, k: int) -> str:
    return f'<media:content url="{base}{image_path(k)}" type="image/jpeg" medium="image"/>'


def report_number(path: str) -> int | None:
    """The report number in /images/<k>.jpg, else None."""
    name = path.removeprefix("/images/").removesuffix(".jpg")
    return int(name) if path.startswith("/images/") and path.endswith(".jpg") and name.isdigit() else None


# The demo site generator's side: one picture per place, kept in media storage, shared by reports.

def place_pictures(places: list[str]) -> dict[tuple[str, str], int]:
    """(Place name, language) -> id of its ready media Image, made (once) without any network:
    one picture per place and language, captioned in that language."""
    from newsdesk.media import storage
    from newsdesk.media.models import Image as MediaImage

    ids = {}
    for place in places:
        for language in CAPTIONS:
            address = f"demo:place/{place}/{language}"
            known = MediaImage.objects.filter(source_url=address, status=MediaImage.Status.READY).first()
            if known is not None and storage.original_path(known.sha256).exists():
                ids[place, language] = known.pk
                continue
            data = scene(address, place)
            ids[place, language] = MediaImage.objects.update_or_create(source_url=address, defaults={
                "sha256": storage.keep_original(data), "width": WIDTH, "height": HEIGHT, "format": "JPEG",
                "caption": caption(place, language), "status": MediaImage.Status.READY, "error": "",
            })[0].pk
    return ids
