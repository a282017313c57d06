"""The public JSON API (/api/v1/): read-only, one for all editions, from the one visibility rule."""
