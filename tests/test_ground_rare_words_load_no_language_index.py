"""Reading an about for rare words both people write asks, of each word, whether it names a language: the small
table answers, never langcodes' name index (about 200 ms to import and more to load, on the first common ground of
a CLI `show` or a server)."""

import subprocess
import sys
import textwrap


def test_common_ground_of_two_abouts_never_imports_langcodes():
    code = textwrap.dedent("""
        import sys
        from companion.models import Profile
        from companion.ground.common_ground import find_common_ground
        me = Profile(site="linkedin", url="https://www.linkedin.com/in/me", name="Ana Ruiz",
                     about="I grow canola and write about Hidroituango, cooperatives and Deutsch lessons.",
                     languages=["Spanish", "English"])
        them = Profile(site="linkedin", url="https://www.linkedin.com/in/them", name="Ben Ode",
                       about="Canola farmer; I follow Hidroituango closely and teach Deutsch.",
                       languages=["English", "German"])
        ground = find_common_ground(me, them)
        print(sorted(c.label for c in ground.commonalities))
        print("langcodes" in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    assert "canola" in out[0].lower()  # the rare words were read
    assert out[1] == "False"
