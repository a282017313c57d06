"""What can go wrong when newsdesk talks to an agency, in words an editor can act on."""


class FetchError(Exception):
    """A feed or page could not be fetched; the message is shown on the source."""

    retry_after: float | None = None


class NetworkError(FetchError):
    """DNS, connection refused or reset: the agency's server did not answer properly."""


class TimedOut(FetchError):
    pass


class TooLarge(FetchError):
    pass


class TooManyRedirects(FetchError):
    pass


class Refused(FetchError):
    """We will not connect there (a private address, a scheme we do not speak)."""


class HTTPStatusError(FetchError):
    def __init__(self, message: str, status: int, retry_after: float | None = None):
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class RobotsDisallowed(FetchError):
    pass


class FeedError(Exception):
    """The bytes fetched are not a feed we can read (HTML, broken XML, nothing in it)."""
