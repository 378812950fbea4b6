"""Every sentence about a damaged store file gives the same advice: bring back that one file first
(`companion restore --only-damaged`), never only the whole-store rollback that loses everyone else's changes."""

from pathlib import Path

from companion.storage.store import REPAIR_HINT, damaged


def test_a_file_that_could_not_be_read_advises_the_one_file_repair():
    message = str(damaged(Path("/tmp/store/people-0a.json"), "not JSON"))
    assert REPAIR_HINT in message and "--only-damaged" in message
