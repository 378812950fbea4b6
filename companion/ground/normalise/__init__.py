"""Normalisation that knows the world: turns each side's own wording into comparable keys.

One module per kind of thing (places, schools, companies, skills, languages, interests and causes,
topics); `features` reads a whole Profile through all of them. Every lookup is offline, loads its table
lazily on first use, and is cached, so the companion starts fast and a store of thousands stays cheap.
"""
