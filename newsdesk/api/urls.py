"""The API's one NinjaAPI: its routers, its errors in plain words, its throttle, its documents."""

from django.http import JsonResponse
from ninja import NinjaAPI, Swagger
from ninja.errors import ValidationError

from . import articles, directory, figures
from .throttling import ClientRateThrottle

api = NinjaAPI(
    title="newsdesk API",
    version="1",
    description="Read-only: published articles of every edition, their sections, places and "
    "sources, and the daily counts. Rate-limited per client (429 with Retry-After).",
    urls_namespace="api",
    throttle=[ClientRateThrottle()],
    # Served from the package's own static files ("ninja" is installed); no validator badge,
    # which would call an outside service.
    docs=Swagger(settings={"validatorUrl": None}),
)
api.add_router("", articles.router)
api.add_router("", directory.router)
api.add_router("", figures.router)


@api.exception_handler(ValidationError)
def bad_parameters(request, exc: ValidationError):
    """400 with each wrong parameter named: 'limit: Input should be less than or equal to 100'."""
    problems = []
    for error in exc.errors:
        where = ".".join(str(part) for part in error.get("loc", ())[1:]) or "request"
        problems.append(f"{where}: {error.get('msg', 'invalid')}")
    return api.create_response(request, {"detail": "; ".join(problems)}, status=400)


def not_found(request, rest=""):
    """Any other address under /api/: a JSON answer, as clients of the API expect."""
    return JsonResponse({"detail": f"no such API address: {request.path}"}, status=404)
