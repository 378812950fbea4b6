"""Common ground: what two profiles share, how telling each shared thing is, and what to say about it.

Owns the matching of schools, employers, places, skills, languages, interests, causes and topics
(`normalise/`, with its curated tables in `data/`), rarity weighting over your contacts (`rarity.py`),
the comparison itself (`common_ground.py`), conversation starters (`starters.py`) and introductions
worth making (`intros.py`). May import the base modules, `companion.storage`, `companion.parsers` and
`companion.guard` (starters are checked by the guard), never the memory, the API or the CLI.
"""
