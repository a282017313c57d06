"""`newsdesk demo-agency`, the hyphenated spelling of demo_agency."""

from .demo_agency import Command  # noqa: F401
