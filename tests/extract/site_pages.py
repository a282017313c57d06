"""Pages of one made-up site, the Port Ellis Courier: the same furniture around different stories."""

STORIES = [
    ("Harbour dredging to start in spring", [
        "Dredging of the inner harbour will begin in April, the port authority said on Monday, after "
        "two years of delays caused by a dispute over where the removed silt should be dumped.",
        "The work is expected to take eleven weeks and will deepen the main channel by almost two "
        "metres, allowing larger ferries to dock at the passenger terminal during low tide.",
        "Fishing crews will be moved to the north quay while the dredgers operate, and the authority "
        "promised that mooring fees would be waived for the whole period of the works.",
        "Environmental groups welcomed the decision to take the silt to a licensed site inland "
        "rather than releasing it at sea, which had been the original plan rejected last year.",
    ]),
    ("Library extends opening hours for exam season", [
        "The central library will stay open until ten in the evening on weekdays from next month, "
        "giving students preparing for summer exams a quiet place to work after school.",
        "The council agreed to fund two extra staff members for the evening shifts, paid for by "
        "savings from the switch to cheaper lighting in the reading rooms last winter.",
        "Librarians said demand for study desks had grown every year, with queues forming at the "
        "entrance on Saturday mornings long before the doors opened to the public.",
        "The longer hours will be reviewed in September, and the council said they could become "
        "permanent if enough residents use the building during the evening.",
    ]),
    ("Coastal path reopens after landslip repairs", [
        "A two-mile section of the coastal path between the lighthouse and Gull Point reopened on "
        "Saturday, eight months after a landslip swept away part of the cliff-top route.",
        "Engineers moved the path several metres inland and installed new drainage to stop rain "
        "from soaking the soft clay that gave way during the storms of last autumn.",
        "Walkers returned in large numbers over the weekend, and the café at the lighthouse said "
        "it had its busiest day since the summer holidays ended last year.",
        "Rangers asked visitors to keep to the marked route and to keep dogs on leads near the "
        "cliff edge, where fences are still being replaced by volunteers.",
    ]),
    ("Ferry operator adds winter sailings to the islands", [
        "Islanders will get two extra ferry crossings a week this winter after the operator agreed "
        "to run a Tuesday and Thursday evening service from November to March.",
        "The decision follows a petition signed by more than a thousand residents who said the "
        "single daily sailing left them stranded after hospital appointments on the mainland.",
        "The operator said the new sailings would use its smaller vessel, which can dock even in "
        "rough weather that has previously forced cancellations of the larger boat.",
        "Fares will stay at last year's level, and residents with island addresses will continue "
        "to receive the discount introduced when the route was first subsidised.",
    ]),
    ("Fish market hall to be restored", [
        "The Victorian fish market hall on the quay will be restored with a grant from the national "
        "heritage fund, ending years of uncertainty over the future of the listed building.",
        "The roof, which has leaked for more than a decade, will be replaced first, followed by the "
        "cast iron columns that hold up the gallery where auctions once took place.",
        "Traders will move to a temporary market on the car park during the works, which are due "
        "to last about eighteen months once the contract has been signed.",
        "The council hopes the restored hall will host a weekly food market alongside the early "
        "morning fish auction, bringing more visitors to the harbour area.",
    ]),
]

# Furniture a generic cleaner cannot know is furniture: it reads like prose, but it is the same
# on every page of this site.
SITE_LINES = [
    "Independent news for Port Ellis and the coast since 1952, owned by its readers.",
    "Listen to the Courier Daily podcast every weekday morning from six o'clock.",
    "Got a story? Our newsroom on Quay Street reads every letter and message we receive.",
]
MENU = ["Home", "Harbour", "Council", "Islands", "Weather", "Letters"]
MOST_READ = ["Tide tables for the week ahead", "Council tax bills explained",
             "Where to watch the regatta fireworks"]


def site_page(index: int) -> str:
    title, paragraphs = STORIES[index]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    menu = "".join(f'<li><a href="/{m.lower()}">{m}</a></li>' for m in MENU)
    most_read = "".join(f'<li><a href="/read/{n}">{t}</a></li>' for n, t in enumerate(MOST_READ))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | Port Ellis Courier</title>
<link rel="canonical" href="https://courier.example/news/{index}">
</head><body>
<div class="consent"><p>We use cookies to keep this site working. <button>Accept</button></p></div>
<header><a href="/">Port Ellis Courier</a><ul class="nav">{menu}</ul></header>
<div class="story">
<h1>{title}</h1>
<p class="tagline">{SITE_LINES[0]}</p>
<div class="share">Share this story <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
{body}
<p class="promo">{SITE_LINES[1]}</p>
<p class="contact">{SITE_LINES[2]}</p>
<div class="most-read"><h3>Most read</h3><ul>{most_read}</ul></div>
</div>
<footer><p>Port Ellis Courier, 12 Quay Street, Port Ellis</p><a href="#top">Scroll Up</a></footer>
</body></html>"""
