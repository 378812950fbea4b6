"""The relationship memory: people, and everything you have done and promised with them.

Owns people and their merged profiles (`people.py`), capture of a page into a person (`capture.py`),
your own profile (`me.py`), notes, interactions, tie strength and stages, check-ins, promises, what the
guard is told about a recipient (`recipient.py`), dates in plain words, forgetting, and import and
export (`importers/`, `exporters.py`). May import everything below it: the base modules,
`companion.storage`, `companion.parsers`, `companion.guard` and `companion.ground`; never the API or
the CLI.
"""
