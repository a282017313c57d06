"""Benchmark of newsdesk's article extractor against plain baselines on a labelled page set."""
