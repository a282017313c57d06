"""Countries in English, Turkish and Arabic (from CLDR) and where a text says it is about. Pure:
read by ingestion (filing reports under places) and by stories (telling events apart)."""
