"""The send guard: reads a draft and says whether it pitches, how big its ask is, and why.

Owns the rules (`pitch_guard.py`), the phrase matcher they run on (`patterns.py`), the small statistical
model and its weights (`model.py`, `data/guard_model.json`) and the labelled corpus they are trained and
scored on (`data/guard_corpus/`). It judges text only: what it knows of the recipient is handed to it
by the caller (see `companion.memory.recipient`). May import the base modules only, so common ground's
starters can be checked by it.
"""
