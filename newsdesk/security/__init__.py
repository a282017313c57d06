"""What keeps the site closed: response headers, login throttling, the admin's address."""
