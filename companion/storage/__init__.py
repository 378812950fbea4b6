"""Storage: where Rapport keeps what it remembers, on this machine only.

Owns the TinyDB store (`store.py`, the only importer of tinydb: sharded, durable, kept in memory) and the
data directory (`data_dir.py`: where it lives, and the lock that lets one server own it). May import only
the base modules (`companion.models`, `companion.errors`, `companion.gc_pause`).
"""
