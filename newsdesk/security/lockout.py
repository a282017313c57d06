"""The page a throttled sign-in gets: what happened and when to try again, in plain words."""

import math

from django.conf import settings
from django.shortcuts import render


def locked_out(request, original_response=None, credentials=None):
    minutes = math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "minutes": minutes}
    # 429 Too Many Requests: the status scripts and proxies understand as "slow down".
    return render(request, "security/locked_out.html", context, status=429)
