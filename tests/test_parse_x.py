"""X / Twitter profiles: legacy 2015-2018, React 2022-2025 with JSON-LD, Nitter, and the pages that are
not rendered profiles. Expected values were read off each saved page (its JSON-LD and rendered DOM)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from shared_pages import real_page

from companion.errors import NotAProfile
from companion.parsers import detect_site, parse_profile

FIXTURES = Path(__file__).parent / "fixtures"


def own_page(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class Expected:
    file: str
    url: str
    name: str
    handle: str
    bio_starts: str
    location: str | None
    websites: tuple[str, ...]
    followers: int | None
    joined: str | None
    post: str | None
    not_post: str | None = None  # a retweet/reply by someone else shown on the page
    partial: bool = False


REAL = [
    Expected("react-guest_2022-12_Kikobeats.html", "https://twitter.com/Kikobeats", "#!/kiko/beats", "Kikobeats",
             "engineering ▲ @vercel; founder of http://microlink.io", "PORT_ALREADY_USED",
             ("http://kikobeats.com",), 3324, "2010-01-02", "Trying to break things – what could be the max URL"),
    Expected("react-guest_2023-01_k4rliky.html", "https://twitter.com/k4rliky", "Brad, what are you gonna do?",
             "k4rliky", "Research Scientist interested in Quantum Computing", "***On Map Dungeon***",
             ("https://karliky.com",), 1221, "2010-05-23", "Study explores topological beaming of light",
             not_post="I hope you’re walking into the New Year"),
    Expected("react-guest_2025-12_Kikobeats.html", "https://x.com/Kikobeats", "Kiko Beats", "Kikobeats",
             "Building web infra & open source", "PORT_ALREADY_USED", ("http://kikobeats.com",), 3893,
             "2010-01-02", "It's online https://vercel.vercel.vercel.app"),
    Expected("react-guest_2025-12_javilop.html", "https://x.com/javilop", "Javi López ⛩️", "javilop",
             "Comparto tutoriales, herramientas y noticias de IA", None, (), 86423, "2008-08-29",
             "Le pasé los vídeos de mis vacaciones a una IA"),
    Expected("react-loggedin_2025-04_perceptnet.html", "https://x.com/perceptnet", "rob cheung", "perceptnet",
             "co-founder @SubstrateLabs", "nyc", (), 338, "2017-09-20", "Sweet 18th century hash table"),
    Expected("legacy-loggedin_2015-03_Milano_JS.html", "https://twitter.com/Milano_JS", "Milano JS", "Milano_JS",
             "Javascript User Group Milano #milanojs", "Milan, Italy", ("http://milanojs.com",), 312, "2013-11-15",
             "Il meetup del 10 è sold out!", not_post="Angular 2 is built on TypeScript"),
    Expected("legacy-permalink-loggedin_2017-04_ocdvids.html", "https://twitter.com/ocdvids/status/856886314138042368",
             "Satisfying Videos", "ocdvids", "Showing the most Statisfying things on twitter", None, (), None,
             "2017-01-18", "pic.twitter.com/3fe2eQypS4", not_post="بعدين مع دينك؟", partial=True),
    Expected("legacy-permalink-guest_2018-07_ocdvids.html", "https://twitter.com/ocdvids/status/856886314138042368",
             "Satisfying Videos", "ocdvids",
             "Showing the most Statisfying things on twitter - (content taken down at owners request)", None, (),
             None, "2017-01-18", "pic.twitter.com/3fe2eQypS4", not_post="@Char_Braddock", partial=True),
    Expected("nitter_2020-09_DGNSREKT.html", "https://nitter.net/DGNSREKT", "DGNSREKT", "DGNSREKT",
             "TOO THE MOON!!!", "Moon", ("https://github.com/dgnsrekt",), 119, "2014-05-02",
             "FREE #bitcoin Find the private key and get the btc.",
             not_post="It’s weird that no one tries to compete with bitcoin"),
]


@pytest.mark.parametrize("case", REAL, ids=lambda c: c.file)
def test_real_x_page_gives_the_profile_it_shows(case: Expected):
    profile = parse_profile(real_page(f"twitter/{case.file}"), case.url)
    assert profile.site == "x"
    assert profile.name == case.name
    assert profile.handle == case.handle
    assert profile.url == f"https://x.com/{case.handle}"
    assert profile.headline.startswith(case.bio_starts)
    assert profile.location == case.location
    assert tuple(profile.websites) == case.websites
    assert profile.followers == case.followers
    assert profile.joined == case.joined
    texts = [p.text for p in profile.posts]
    if case.post:
        assert any(t.startswith(case.post) for t in texts), texts
    if case.not_post:
        assert not any(case.not_post in t for t in texts)
    assert profile.partial is case.partial


def test_professional_category_is_kept_as_an_interest():
    profile = parse_profile(real_page("twitter/react-guest_2023-01_k4rliky.html"), "https://twitter.com/k4rliky")
    assert profile.interests == ["Science & Technology"]


def test_react_post_carries_its_date_and_canonical_link():
    profile = parse_profile(real_page("twitter/react-loggedin_2025-04_perceptnet.html"), "https://x.com/perceptnet")
    post = next(p for p in profile.posts if p.text == "Sweet 18th century hash table")
    assert post.date == "2025-03-19"
    assert post.url == "https://x.com/perceptnet/status/1902427816769081377"
    assert all(p.url.startswith("https://x.com/perceptnet/status/") for p in profile.posts)


def test_logged_in_page_never_takes_the_viewer_for_the_owner():
    # The logged-in 2025 page's app state belongs to the viewer "0thernet" (SELECTORS.md §3).
    html = real_page("twitter/react-loggedin_2025-04_perceptnet.html")
    assert "0thernet" in html
    profile = parse_profile(html, "https://x.com/perceptnet")
    assert "0thernet" not in profile.model_dump_json()


def test_legacy_nitter_post_dates_are_read_day_first():
    profile = parse_profile(real_page("twitter/nitter_2020-09_DGNSREKT.html"), "https://nitter.net/DGNSREKT")
    pinned = next(p for p in profile.posts if p.text.startswith("FREE #bitcoin"))
    assert pinned.date == "2019-04-27"  # title "27/4/2019, 05:45:08"
    assert pinned.url == "https://x.com/DGNSREKT/status/1122013789686325248"


@pytest.mark.parametrize(("file", "says"), [
    ("react-loggedin-unloaded-shell_2025-04.html", "not rendered the profile yet"),
    ("react-partial_2024-05_Kikobeats.html", "link-preview meta tags"),
    ("ssr-og_2024-01_Kikobeats.html", "link-preview meta tags"),
    ("ssr-og_2024-12_Kikobeats.html", "link-preview meta tags"),
    ("ssr-og_2024-12_javilop.html", "link-preview meta tags"),
])
def test_real_x_pages_that_are_not_rendered_profiles_say_so(file, says):
    with pytest.raises(NotAProfile, match=says):
        parse_profile(real_page(f"twitter/{file}"), "https://x.com/Kikobeats")


# ---------------------------------------------------------------- own fixtures (run in a fresh clone)


def test_react_profile_reads_json_ld_and_rendered_hooks():
    profile = parse_profile(own_page("x_react_2025.html"), "https://x.com/anasousa_dev")
    assert profile.name == "Ana Sousa 🌊"
    assert profile.handle == "anasousa_dev"
    assert profile.headline == "Frontend @lisbonstartups. Talks: https://talks.example.pt"
    assert profile.location == "Lisboa, Portugal"
    assert profile.websites == ["https://anasousa.example.pt"]  # t.co expanded from JSON-LD relatedLink
    assert profile.followers == 12873  # exact JSON-LD count, not the rendered "12.8K"
    assert profile.joined == "2012-03-09"
    assert [p.text for p in profile.posts] == [
        "Shipped our design system today. Thanks everyone who reviewed it 🙌",
        "Quem vem ao meetup de quinta?",
    ]
    assert profile.posts[0].date == "2024-05-13"
    assert profile.partial is False
    assert "the_viewer" not in profile.model_dump_json()


def test_react_profile_without_json_ld_falls_back_to_the_rendered_dom():
    html = own_page("x_react_2025.html")
    start = html.index('<script type="application/ld+json"')
    html = html[:start] + html[html.index("</script>", start) + len("</script>"):]
    profile = parse_profile(html, "https://x.com/anasousa_dev")
    assert profile.name == "Ana Sousa 🌊"  # the emoji comes from the <img alt>
    assert profile.handle == "anasousa_dev"
    assert profile.followers == 12_800  # "12.8K Followers"
    assert profile.joined == "2012-03"  # "Joined March 2012"
    assert profile.websites == ["https://anasousa.example.pt"]


def test_json_ld_alone_gives_a_partial_profile():
    html = own_page("x_react_2025.html")
    html = html[: html.index("<body>")] + "<body><div id='react-root'></div></body></html>"
    profile = parse_profile(html, "https://x.com/anasousa_dev")
    assert profile.name == "Ana Sousa 🌊"
    assert profile.headline == "Frontend @lisbonstartups. Talks: https://t.co/AbCdEf1234"
    assert profile.partial is True


def test_og_only_bot_page_is_not_a_profile_even_with_name_and_bio():
    with pytest.raises(NotAProfile, match="link-preview"):
        parse_profile(own_page("x_og_only_bot_page.html"), "https://x.com/anasousa_dev")


def test_unloaded_shell_is_not_a_profile_and_not_the_viewer():
    with pytest.raises(NotAProfile, match="not rendered"):
        parse_profile(own_page("x_unloaded_shell.html"), "https://x.com/anasousa_dev")


BARE_HANDLE_HEADER = "<div data-testid='UserName'><div dir='ltr'><span>@nobody_here_123</span></div></div>"


@pytest.mark.parametrize("header", ["", BARE_HANDLE_HEADER])
def test_deleted_account_page_is_not_a_profile(header):
    html = (f"<html><body><div data-testid='primaryColumn'>{header}<div data-testid='emptyState'>"
            "<span>This account doesn’t exist</span><span>Try searching for another.</span>"
            "</div></div></body></html>")
    with pytest.raises(NotAProfile, match="cannot be shown"):
        parse_profile(html, "https://x.com/nobody_here_123")


def test_legacy_profile_reads_the_card_counts_and_own_tweets_only():
    profile = parse_profile(own_page("x_legacy_2016.html"), "https://twitter.com/oskarlind")
    assert (profile.name, profile.handle) == ("Oskar Lind", "oskarlind")
    assert profile.headline == "Maps, trains and #opendata in Gothenburg."
    assert profile.location == "Göteborg, Sverige"
    assert profile.websites == ["https://oskarlind.example.se"]  # the link's title, not t.co
    assert profile.followers == 2305
    assert profile.joined == "2011-04-05"  # init-data profile_user, whose screen name matches the card
    assert [p.text for p in profile.posts] == ["New tram map is out: example.se/map"]
    assert profile.posts[0].date == "2016-02-18"
    assert "the_viewer" not in profile.model_dump_json()


def test_legacy_init_data_of_another_user_is_not_used_for_the_join_date():
    html = own_page("x_legacy_2016.html").replace("&quot;screen_name&quot;:&quot;oskarlind&quot;",
                                                  "&quot;screen_name&quot;:&quot;the_viewer&quot;")
    assert parse_profile(html, "https://twitter.com/oskarlind").joined is None


def test_nitter_on_an_unknown_host_is_recognised_from_the_page():
    html = own_page("x_nitter.html")
    assert detect_site("https://mirror.example/ravik", None) == "web"
    profile = parse_profile(html, "https://mirror.example/ravik")
    assert profile.site == "x"
    assert (profile.name, profile.handle, profile.url) == ("Ravi K", "ravik", "https://x.com/ravik")
    assert profile.followers == 1337
    assert profile.joined == "2015-09-07"
    assert [p.text for p in profile.posts] == ["Finally a 2000 rating in blitz."]
    assert profile.posts[0].date == "2020-08-30"


@pytest.mark.parametrize("url", [
    "https://x.com/jack", "https://twitter.com/jack", "https://mobile.twitter.com/jack",
    "https://www.x.com/jack?lang=en", "https://nitter.net/jack", "https://nitter.privacydev.net/jack",
])
def test_x_and_nitter_urls_are_detected(url):
    assert detect_site(url) == "x"


def test_sign_in_wall_is_not_a_profile():
    html = ("<html><body><div id='react-root'><div data-testid='primaryColumn'><h1>Sign in to X</h1>"
            "<button data-testid='LoginForm_Login_Button'>Log in</button></div></div></body></html>")
    with pytest.raises(NotAProfile, match="sign-in wall"):
        parse_profile(html, "https://x.com/jack")


def test_guest_page_login_buttons_do_not_make_an_unloaded_page_a_sign_in_wall():
    html = ("<html><body><div id='react-root'><div data-testid='primaryColumn'></div>"
            "<a data-testid='login' href='/login'>Log in</a><a data-testid='signup'>Sign up</a></div></body></html>")
    with pytest.raises(NotAProfile, match="not rendered the profile yet"):
        parse_profile(html, "https://x.com/jack")
