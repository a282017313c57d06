"""How much text the import's language detection needs: answers and time per sample length.

    python bench/import/languages.py [--reports 600] [--pages DIR]

Two labelled sets of Latin-script text, read as the import reads a post (headline, then the
body's text): the demo wire's English and Turkish reports (their language is known), and the
extraction development set's pages (each labelled by the classifier's answer on its whole text,
at least 1,500 characters; short samples are scored by agreement with that answer). Arabic is
left out: the import tells it by its script, without the classifier.
"""

import argparse
import json
import random
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import py3langid

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
PAGES = ROOT.parent / "shared" / "extraction-dev" / "wcxb-articles" / "ground-truth"
LENGTHS = (100, 150, 200, 250, 300, 400)


def demo_reports(count: int) -> list[tuple[str, str]]:
    """(language, headline and body text) of the demo wire's reports, English and Turkish."""
    from newsdesk.demo.wire import Wire
    from newsdesk.desk.posts import plain

    wire = Wire(random.Random(7), {"en": 0.5, "tr": 0.5})
    found: list[tuple[str, str]] = []
    day = datetime(2024, 5, 6, 6)
    while len(found) < count:
        moments = [day + timedelta(minutes=20 * k) for k in range(40)]
        found += [(r.language, f"{r.headline}\n{plain(r.body_html)}") for r in wire.day(moments)]
        day += timedelta(days=1)
    return found[:count]


def pages(folder: Path) -> list[tuple[str, str]]:
    """(the classifier's answer on the whole text, headline and text) of pages with enough text."""
    found = []
    for path in sorted(folder.glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8")).get("ground_truth") or {}
        text = " ".join((truth.get("main_content") or "").split())
        if len(text) >= 1500:
            found.append((py3langid.classify(text)[0], f"{truth.get('title') or ''}\n{text}"))
    return found


def score(name: str, labelled: list[tuple[str, str]]) -> None:
    """Right answers, time, and agreement with the import's former sample (400 characters)."""
    former = [py3langid.classify(text[:400])[0] for _, text in labelled]
    for length in LENGTHS:
        started = time.process_time()
        answers = [py3langid.classify(text[:length])[0] for _, text in labelled]
        per_call = (time.process_time() - started) / len(labelled) * 1000
        right = sum(a == label for a, (label, _) in zip(answers, labelled, strict=True))
        wrong = sorted({f"{label}->{a}" for a, (label, _) in zip(answers, labelled, strict=True) if a != label})
        same = sum(a == b for a, b in zip(answers, former, strict=True))
        print(f"{name:>6} {length:>4} chars: {right}/{len(labelled)} right ({100 * right / len(labelled):.1f}%), "
              f"{same} as at 400, {per_call:.3f} ms a text{'  wrong: ' + ', '.join(wrong[:8]) if wrong else ''}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=600)
    parser.add_argument("--pages", type=Path, default=PAGES)
    args = parser.parse_args()
    py3langid.classify("warm up the model")
    score("demo", demo_reports(args.reports))
    if args.pages.is_dir():
        found = pages(args.pages)
        print(f"pages: {len(found)}, languages {sorted({label for label, _ in found})}")
        score("pages", found)
    print(f"reproduce: python bench/import/languages.py --reports {args.reports} --pages {args.pages}")


if __name__ == "__main__":
    main()
