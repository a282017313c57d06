"""Backups of a running site: the database (a consistent copy), the secret key and the media."""
