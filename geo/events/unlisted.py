"""Places the places stage did not list: names the gazetteer lacks that the words around
them set as places ("the town of Kuriga", "deployed to Yelwata", "retook Kalaka", "gunmen
stormed Kwanar Dutse"), kept as unresolved mentions so that an event there is not dropped or
moved elsewhere."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence

from geo.events.arms import fighting_men, speaks_of_arms
from geo.events.lexicon import ARMED_ACRONYMS, MONTH, PEOPLE_HARMED
from geo.events.slots import FACILITY
from geo.events.words import SENTENCE_END
from geo.lazy_regex import lazy
from geo.models import LOW_CONFIDENCE, Mention, Resolution
from geo.places.gazetteer import Gazetteer
from geo.places.normalize import normalize_name
from geo.places.unknown import ADJECTIVE_ENDS
from geo.prefilter import Anchored, Searcher, Spotted, leftmost, trie, word_start

__all__ = ["UNLISTED", "unlisted"]

# A name the gazetteer lacks, set as a place by the words around it: "the town of Kuriga",
# "Abu Shouk camp", "Mbera refugee camp".
_NAME = r"[A-Z][\w’'-]+(?:[ -](?:al-|el-|ad-|as-)?[A-Z][\w’'-]+){0,2}"
# Each kind of name with a test of the words it cannot match without. A text that fails it
# is not searched for that kind: a kind that can match nowhere in a text changes nothing,
# and the names before "camp" or "Airport" cost the most to try. (The words are tested one
# by one: one pattern of them would stop at every t, c, s ... or capital.) Each kind is a
# pattern of its own written with word_start's look-behind for \b, so that a search skips
# ahead to the letters it starts with (a name: a capital) instead of trying every position.
_NOUNS_OF = ("town", "village", "city", "camp", "district", "neighbo", "settlement", "locality",
             "commune", "municipality", "area")
# ("Air Base", "Naval Base" hold "Base": "Air" alone, as in "Air Force", is no test)
_FACILITY_WORDS = ("Airport", "Airbase", "Airfield", "Base", "Barracks", "Camp", "Crossing",
                   "Bridge", "Dam", "Port", "Works", "Plant", "Factory", "Mill", "Refinery")
# (as one pattern, a trie: these words open with capitals, few in a text, so one search
# is quicker than fifteen tests)
_FACILITY_TEST = lazy(trie(_FACILITY_WORDS))
# ("south-east of" and "northwest of" hold "east of" and "west of")
_COMPASS_OF = ("north of", "south of", "east of", "west of")
# What may follow a name that ends a place: punctuation, a preposition or a date word ("took
# Kalaka on Monday"; not "moved to Phase 3", "fighting in Parliament Street").
_PLACE_FOLLOWS = (r"(?![\w’'-])(?=\s*(?:[,.;:()]|$|(?:on|in|near|after|from|as|and|at|by|during|"
                  r"early|late|last|this|overnight|yesterday|today|with|while|before|until|when|which|"
                  r"where|amid|following|without|"
                  r"village|town|city|district|locality|area|region)\b))")
# Everyday verbs of moving set a place only with forces or people on the move before them,
# or with officials who travel in a story of arms ("The Special Representative travelled to
# Pibor today", not a minister who "moved to Finance" in a reshuffle)
_EVERYDAY_MOVES = ("moved", "shifted", "walk", "travel", "returned", "crossed", "head",
                   "relocated", "transferred")
_OFFICIALS_TRAVELLED = lazy(
    r"\b(?:envoys?|ministers?|president|delegations?|secretary|representatives?|coordinators?|"
    r"commissioners?|officials?|governors?|ambassadors?|mission)\b[^.;]{0,60}?\btravel\w*"
    r"(?:\s+[\w-]+){0,3}\s+(?:to|towards?|into)\s+$", re.I)
_MOVERS = lazy(
    r"\b(?:troops|forces|soldiers|fighters|militants|rebels|insurgents|militia\w*|army|police|"
    r"civilians|residents|families|people|refugees|villagers|displaced|IDPs|thousands|"
    r"hundreds|groups|units|convoys?|column|others|many|most|some|terrorists|gunmen|"
    r"attackers|assailants|survivors|households|returnees|evacuees|migrants)\b[^.;]{0,60}$",
    re.I)
# Where a move went: "deployed to Yelwata", "had withdrawn towards Ras Lanuf", "fled into
# Kalehe", "moved on to Lekuangole" (a verb of moving before "to", then the name and what ends
# a place); where fighting was: "fled fighting in Shasha", "a battle to control Hawzen". The
# text is searched for the words before a capital (_CUE: one scan from space to space), and
# only there for the verb or noun before them (most texts hold many verbs of moving, and few
# of these before a capital).
_CUE = re.compile(r" (?:(?P<to>to|towards?|into)|in|at|for|to control|control of) (?=[A-Z])")
_CUED_NAME = lazy(rf"{_NAME}{_PLACE_FOLLOWS}")
# The verbs of moving and the nouns of fighting that may end the text before a cue: tested
# first with str.endswith (in C), then as whole words
_MOVED_VERBS = (
    "deployed", "redeployed", "withdrew", "withdrawn", "withdrawing", "retreated", "retreating",
    "fled", "fleeing", "relocated", "advanced", "advancing", "headed", "heading", "marched",
    "marching", "bussed", "transferred", "evacuated", "moved", "shifted", "walked", "walking",
    "travelled", "traveled", "travelling", "traveling", "returned", "crossed", "fell back")
# ("crossed by boat to Lungi", "travelled on foot to Adre")
_MOVED_TAILS = (" back", " on", " by boat", " by bus", " by road", " by sea", " by air",
                " by truck", " by train", " on foot")
_MOVED_WORDS = tuple(verb + tail for verb in _MOVED_VERBS for tail in ("", *_MOVED_TAILS))
_FOUGHT_NOUNS = ("fighting", "clashes", "battle", "battles", "hostilities", "shelling",
                 "gunfight", "gunfights", "firefight", "firefights", "airstrike", "airstrikes",
                 "strike", "strikes", "bombardment")
# ... or with a verb of happening between, as in "Fighting erupted in Ngouboua" or "clashes
# were reported at Mesraba" (a sentence may open with them: both cases are listed)
_HAPPENED = ("erupted", "broke out", "raged", "continued", "flared", "flared up", "resumed",
             "intensified", "escalated", "took place", "was reported", "were reported",
             "has erupted", "have erupted", "has broken out", "have broken out",
             "have been reported", "has been reported")
_FOUGHT_WORDS = tuple(w for words in ("battle for", *_FOUGHT_NOUNS, *(
    f"{noun} {verb}" for noun in (*_FOUGHT_NOUNS, "violence", "gunfire") for verb in _HAPPENED))
    for w in (words, words.capitalize()))


def _either_case(words: Sequence[str]) -> str:
    """:func:`word_start` of ``words`` (lower case) each also capitalised: "[Ff]ighting"."""
    return word_start(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in words)


# The same words as one pattern, written by their parts (one alternative per word compiled
# slowly: the verbs of moving with their tails are 330 words): a pattern that ends with \Z
# matches from a start only the word that runs from there to the end, whatever its form.
_MOVED_BEFORE = lazy(word_start(_MOVED_VERBS) + f"(?:{'|'.join(_MOVED_TAILS)})?" + r"\Z")
_HAPPENED_AFTER = f" (?:{'|'.join(_HAPPENED)})"
_FOUGHT_BEFORE = lazy(
    f"(?:{_either_case(['battle for'])}|{_either_case(_FOUGHT_NOUNS)}(?:{_HAPPENED_AFTER})?"
    f"|{_either_case(['violence', 'gunfire'])}{_HAPPENED_AFTER})" + r"\Z")


def _arms_near(text: str, a: int, b: int) -> bool:
    """Fighting men or arms within 200 characters of a fight told with a verb of happening
    at ``text[a:b]`` ("Fighting erupted in Ngouboua" after "Boko Haram fighters ..."), the
    fight's own words left out (they are words of fighting too)."""
    return fighting_men(text[max(0, a - 200):a] + " " + text[b:b + 200])


def _cued_names(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, after an everyday verb of moving) of each name the words before it set
    as where a move went or fighting was."""
    for cue in _CUE.finditer(text):
        at, after, moving = cue.start(), cue.end(), cue.group("to") is not None
        words, before = (_MOVED_WORDS, _MOVED_BEFORE) if moving else (
            _FOUGHT_WORDS, _FOUGHT_BEFORE)
        name = _CUED_NAME.match(text, after) if text.endswith(words, 0, at) else None
        word = None if name is None else before.search(text, max(0, at - 40), at)
        if word is not None and " " in word.group() and not moving and not _arms_near(
                text, word.start(), word.end()):
            continue  # "Fighting erupted in Parliament", "in EastEnders": no arms near
        if word is not None:
            yield after, name.end(), moving and word.group().startswith(_EVERYDAY_MOVES)
        elif not moving and text.endswith(PEOPLE_HARMED, 0, at) and _HARMED_BEFORE.search(
                text, max(0, at - 90), at):
            name = _CUED_NAME.match(text, after)
            if name is not None:
                yield after, name.end(), False


_NAME_AT = r"[A-Z](?<!\w.)" + _NAME.removeprefix("[A-Z]")  # _NAME after a non-word character
# ... or after an Arabic article in lower case: "al-Anad Air Base"
_ARTICLED = r"(?<![\w-])(?:al|el|ad|as|an|ar|at|ash)-" + _NAME
_UNLISTED_BRANCHES: tuple[tuple[Callable[[str], object], Searcher], ...] = (
    # (tried only in the word before each "of" and a capital, see Anchored: the nouns
    # start with common letters, "a", "c", "d", "s", "t", which a search would stop at)
    (lambda text: any(noun in text for noun in _NOUNS_OF),
     Anchored(re.compile(word_start(["town", "village", "city", "camp", "district",
                                     "neighbou?rhood", "settlement", "locality", "commune",
                                     "municipality", "area"])
                         + rf"\s+of\s+(?P<a>{_NAME})"),
              re.compile(r"of\s+[A-Z]"), 1)),
    # (each kind that opens with a name is tried only in the words before the word after it
    # that it needs, see Anchored: here a name of at most 3 runs and one word more)
    (re.compile("camp").search,
     Anchored(re.compile(rf"(?P<b>{_NAME_AT})\s+(?:(?:refugee|IDP|displacement)\s+)?camp\b"),
              re.compile("camp"), 4)),
    # a name before the kind of place it is: "gunmen killed 12 people in Tungan Kara
    # village", "the Dar es Salam neighbourhood" (one place: not "a Christian village", an
    # indefinite description, nor "villages", nor "the Druze town of X", whose name follows)
    (lambda text: any(noun in text for noun in _KIND_AFTER),
     Anchored(re.compile(rf"(?<!\b[Aa] )(?<!\b[Aa]n )(?P<g>{_NAME_AT})\s+(?:village|town|"
                         r"community|settlement|locality|neighbou?rhood|district|territory|"
                         r"township|county|woreda|chiefdom|County|Territory|Township|Woreda|"
                         r"Chiefdom|LGA|Local\s+Government\s+Area)"
                         r"(?![\w’'-])(?!\s+of\b)"),
              re.compile("village|town|community|settlement|locality|neighbo|district|"
                         "territory|county|woreda|chiefdom|County|Territory|Township|Woreda|"
                         "Chiefdom|LGA|Local Government"), 3)),
    # "struck a fuel depot near Tinzaouaten", "clashes were reported around Kamanyola", "on
    # the outskirts of Kirotshe", "on the road north of Ancuabe"
    (lambda text: "near" in text or "around" in text or "outskirts" in text
     or any(w in text for w in _COMPASS_OF),
     # (tried where str.find spots the words' first letters, see Spotted: a search stops
     # at every word starting with a, e, n, o, s or w)
     Spotted(re.compile(word_start(["near", "around", "outskirts of",
                                    "north(?:-?(?:east|west))? of",
                                    "south(?:-?(?:east|west))? of", "east of", "west of"])
                        + rf"\s+(?P<d>{_NAME})"))),
    # a facility's own name: "X International Airport", "X Air Base", "X Iron and Steel
    # Works", "X Nuclear Power Plant" (before the last word of the facility: the name's 3
    # runs, "International" and two more words, each perhaps after "and")
    (_FACILITY_TEST.search,
     Anchored(re.compile(
         rf"(?P<c>(?:{_ARTICLED}|{_NAME_AT})\s+(?:International\s+)?(?:Airport|Air\s+Base|"
         r"Airbase|Airfield|Naval\s+Base|Base|Barracks|Refugee\s+Camp|Camp|Border\s+Crossing|"
         r"Crossing|Bridge|Dam|Port|(?:(?:and\s+)?[A-Z][\w’'-]+\s+){0,2}(?:Works|Plant|"
         r"Factory|Mill|Refinery)(?!\s+[A-Z])))(?![\w’'-])"),
         re.compile("Air|Base|Barracks|Camp|Crossing|Bridge|Dam|Port|Works|Plant|Factory|Mill|"
                    "Refinery"), 8)),
    # a post of forces at a place: "an attack on a FAT post at Sanloaga", "the army base in
    # Kpinkankandi", "a checkpoint at Dar Salam"
    (lambda text: any(w in text for w in _POST_WORDS),
     Spotted(re.compile(word_start(["post", "outpost", "checkpoint", "base", "positions?",
                                    "garrison", "barracks"])
                        + rf"\s+(?:at|in)\s+(?P<e>{_NAME})(?![\w’'-])"))),
    # a named work in lower case: "bombed the Calueque dam" (a kind of its own, tested on
    # its own words: "dam" stands in "damage" and "Amsterdam", and the names before these
    # words cost as much to try as those before "Airport")
    (lambda text: any(w in text for w in _WORK_WORDS),
     Anchored(re.compile(
         rf"(?P<f>{_NAME_AT})\s+(?:dam|bridge|airfield|airstrip|border\s+crossing)\b"),
         re.compile("dam|bridge|airfield|airstrip|border"), 3)),
)


# (the lower units of DR Congo, Myanmar, Kenya or Liberia, Ethiopia and Sierra Leone:
# "Kalehe territory", "Paletwa township", "Baringo county", "Sasiga woreda", "Kpaka chiefdom",
# and as a name's last word: "Renk County"; Nigeria's "Zurmi LGA")
_KIND_AFTER = ("village", "town", "community", "settlement", "locality", "neighbo", "district",
               "territory", "county", "woreda", "chiefdom", "County", "Territory", "Township",
               "Woreda", "Chiefdom", "LGA", "Local Government")
_POST_WORDS = ("post", "checkpoint", "base", "position", "garrison", "barracks")
_WORK_WORDS = ("dam", "bridge", "airfield", "airstrip", "crossing")


def _unlisted_names(text: str) -> Iterator[re.Match[str]]:
    """What one pattern of all three kinds of name (their alternation) finds in ``text``,
    searched without the kinds that cannot match in it."""
    kept = [pattern for test, pattern in _UNLISTED_BRANCHES if test(text)]
    if len(kept) == 1:
        return kept[0].finditer(text)
    return leftmost(kept, text)


_NOT_NAMES = frozenset("""The A An This That These Those Their Its His Her Our Every Each Some
    Any No One Two Three Refugee Refugees IDP Military Army Police Government UN Public
    State National Responsibility Operation Operations Control Interest Concern
    General Colonel Commander Captain Sheikh Emir President Minister Ambassador
    Kilometre Kilometer Km KM Mile Route Highway""".split())
# ... and, before the kind of place ("the Christian village", "the Border town", "Olympic
# village", "the Russian-occupied town"), descriptions: a faith, a side, an adjective
_DESCRIBING = frozenset("""Christian Muslim Catholic Protestant Alawite Druze Sunni Shia Shiite
    Hindu Buddhist Jewish Yazidi Bedouin Border Frontline Coastal Rural Remote Nearby
    Neighbouring Neighboring Local Main Old New Olympic""".split())

# The object of a verb of taking ground is a place: "retook Kalaka", "captured Bunagana and
# Ishasha". A name followed by a lower-case noun names people or units ("captured Hamas
# fighters", "seized Russian positions") and is left alone, as are months and weekdays.
_CONTROL_OF = r"\s+(?:full\s+|complete\s+)?control\s+of"
# ... each name with the day it was taken, if told ("captured Vodiane on 27 August and
# Prechystivka on 10 September"; the month names are no places)
_WITH_DAY = (rf"(?:\s+on\s+(?:\d{{1,2}}\s+{MONTH}|{MONTH}\.?\s+\d{{1,2}}(?!\d))"
             r"(?:,?\s+\d{4})?|\s+the\s+(?:next|following)\s+day|\s+a\s+day\s+later)?")
# (tried only where the first letters of a verb stand, see Spotted: they start with common
# letters, which a search would stop at)
_TAKEN = Spotted(re.compile(
    word_start(["recaptur(?:ed|ing)", "captur(?:ed|ing)", "seiz(?:ed|ing)",
                "ret(?:ook|aken|aking)", "overr(?:an|un|unning)", "reoccup(?:ied|ying)",
                "occup(?:ied|ying)", r"t(?:ake|aking|ook)(?=\s+[A-Z])", "liberat(?:ed|ing)",
                "regain(?:ed|ing)"] + [verb + _CONTROL_OF for verb in (
                    "took", "taken", "taking", "seized", "seizing", "gained", "regained",
                    "wrested")])
    + r"\s+(?:the\s+(?:town|village|city|locality|settlement)s?\s+of\s+)?"
    rf"(?P<names>{_NAME}{_WITH_DAY}(?:(?:,\s*|,?\s+and\s+){_NAME}{_WITH_DAY}){{0,5}})"
    rf"{_PLACE_FOLLOWS}"))
# A text with none of these words has no match of _TAKEN, so is not searched for one (a
# substring test per word: faster than one pattern of them all, which stops at every c, s, r,
# o and l).
_TAKEN_WORDS = ("captur", "seiz", "retook", "retak", "overr", "liberat", "regain", "control",
                "occup")
# ... nor for "took/take X" without one: a capital after one of these verbs
_TAKE_HINT = re.compile(word_start(["t(?:ake|aking|ook)"]) + r"\s+[A-Z]")
_ONE_NAME = lazy(_NAME)
# The object of a verb of attack is where the attack was, when the name is no group, people
# or demonym the gazetteer knows ("gunmen stormed Kwanar Dutse on Tuesday", "raided Tungan
# Kara and Gidan Dawa", "air strikes hit Hpakant", "government forces entered Adan Yabaal"
# (armed men before the verb, as for all of these): not "attacked Hamas", "attacked Fulani
# herders", "shelled Russian positions", which a lower-case noun or the gazetteer's lists rule
# out, nor "three shots struck Baker", an everyday word; "targeted" takes people too often).
_STRUCK = Spotted(re.compile(  # (see _TAKEN)
    word_start(["attack(?:ed|ing)", "raid(?:ed|ing)", "storm(?:ed|ing)", "shell(?:ed|ing)",
                "bomb(?:ed|ing)", "besieg(?:ed|ing)", "overr(?:an|un|unning)", "hit",
                "struck", "pound(?:ed|ing)", "entered"])
    # (a list after its kind: "attacked the villages of Anga, Ntuleni and Macomia")
    + r"\s+(?:the\s+(?:town|village|city|locality|settlement|communit(?:y|ie))s?\s+of\s+)?"
    rf"(?P<names>{_NAME}(?:(?:,\s*|,?\s+and\s+){_NAME}){{0,3}}){_PLACE_FOLLOWS}"))
_STRUCK_WORDS = ("attack", "raid", "storm", "shell", "bomb", "besieg", "overr", "hit", "struck",
                 "pound", "entered")
# ... and the object of a visit ("Governor Uba Sani visited Kuriga on Thursday"), when it is no
# person, group, people or everyday word ("visited Ruto", "visited Fulani herders")
_INSTITUTION = re.compile(r"\b(?:School|College|University|Hospital|Studios?|Palace|Academy|"
                          r"Cent(?:re|er)|Museum|Church|Cathedral|Mosque|Stadium|Park)$")
_VISITED = re.compile(r"\bvisit(?:ed|ing)\s+(?P<names>" + _NAME + r")" + _PLACE_FOLLOWS)
_NO_PLACE_ENTERED = lazy(r"\s+(?:service|office|politics|talks|negotiations)\b")
# ... and the names a sentence opens with as the subject of such a verb in the passive
# ("Humera, near the border with Sudan, was captured by the army", "Kalemie and Moba were
# shelled overnight"): verbs that take ground or bombard it, not those that also take people,
# firms or ships ("Haniyeh was targeted", "Aramco was attacked", "Boeing was hit by a
# strike"). "captured" and "seized" need arms named after them ("by rebels"); "besieged" too
# ("by shoppers" is none); a name that is an everyday English word is none ("Positions were
# shelled"); nor one whose sentence names a place after the verb, which the event is at
# ("Bergdahl was captured by Taliban fighters after leaving his post in Paktika province").
_PASSIVE_TAKEN = lazy(
    word_start(["was", "were", "been"]) + r"\s+(?:[a-z]+ly\s+)?(?P<verb>"
    r"(?:re)?captured|seized|retaken|overrun|liberated|occupied|shelled|bombed|bombarded|"
    r"besieged|encircled)(?![\w’'-])")
_PASSIVE_WORDS = ("captured", "seized", "retaken", "overrun", "liberated", "occupied",
                  "shelled", "bombed", "bombarded", "besieged", "encircled")
_NEED_ARMS = frozenset(("captured", "seized", "besieged"))
_PASSIVE_SUBJECT = lazy(
    rf"\s*(?P<names>{_NAME}(?:(?:,\s*|,?\s+and\s+){_NAME}){{0,3}})"
    r"(?:,\s+[^,.;:!?]{3,80},)?\s+(?:had\s+|has\s+|have\s+)?")
# (the clause of the verb ends at a comma or a clause of its own: "Hpakant was shelled again
# on Sunday as fighting spread across Kachin state")
_NEXT_CLAUSE = lazy(r",|;|\s(?:as|while|when|amid|and)\s")
_OPENING = lazy(r".*(?:[.!?;]\s|\n)", re.S)  # all before a sentence (or a line)


def _passive_subjects(text: str, gazetteer: Gazetteer, starts: Sequence[int]
                      ) -> Iterator[tuple[int, int]]:
    """(start, end) of each name a sentence opens with as the subject of a passive verb of
    taking ground or bombarding it (see _PASSIVE_TAKEN); ``starts`` are the offsets of the
    places found (sorted)."""
    for m in _PASSIVE_TAKEN.finditer(text):
        opening = _OPENING.match(text, max(0, m.start() - 160), m.start())
        start = opening.end() if opening else 0
        if not opening and m.start() > 160:
            continue
        subject = _PASSIVE_SUBJECT.fullmatch(text, start, m.start())
        if subject is None:
            continue
        end = SENTENCE_END.search(text, m.end(), m.end() + 200)
        stop = end.start() if end else m.end() + 200
        clause = _NEXT_CLAUSE.search(text, m.end(), stop)
        k = bisect_left(starts, m.end())
        if k < len(starts) and starts[k] < (clause.start() if clause else stop):
            continue  # a place named after the verb: the event is there
        after = text[m.end():stop]
        if m.group("verb") in _NEED_ARMS and not (
                speaks_of_arms(after) or _ARMED_ACRONYMS.search(after)):
            continue  # "Gold was seized at the port", "Harrods was besieged by shoppers"
        for n in _ONE_NAME.finditer(text, subject.start("names"), subject.end("names")):
            name = n.group()
            if not (_english(name, gazetteer) or _person(text, *n.span())
                    or _group(name, gazetteer)):
                yield n.span()


# Where people were killed or taken: "killed 12 villagers in Tungan Kara", "abducted more
# than 40 passengers at Kaura": the text before a cue ends with such a verb and its object.
# (PEOPLE_HARMED, the words such a text ends with, are tested first with str.endswith)
_HARMED_BEFORE = lazy(
    word_start(["killed", "kidnapped", "abducted", "wounded", "injured", "massacred",
                "executed", "beheaded", "shot dead"])
    + r"\s+(?:[\w,-]+\s+){0,4}?(?:" + "|".join(PEOPLE_HARMED) + r")\Z")
# ... but not a building or a body inside a place named next ("took control of Parliament
# and the central bank in Niamey": the capture is at Niamey)
_INSIDE_NEXT = lazy(r"[^,.;:()]{0,60}?\b(?:in|at|inside|within)\s+(?:the\s+)?$")
# ... nor a person: "seized Mohammed Ali, a local commander", "captured General X"
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|who|whose|his|her)\b")
_PLACE_APPOSITIVE = lazy(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:town|village|city|hub|district|locality|"
    r"settlement|area|region|base|camp|crossing|port|stronghold|suburb|border|capital|"
    r"outpost|junction)s?\b", re.I)
_GIVEN_NAMES = frozenset("""Mohammed Mohamed Muhammad Mohammad Mahamat Ahmed Ahmad Ali Abdul
    Abdel Abdullah Abdallah Omar Umar Osman Usman Hassan Hasan Hussein Husain Ibrahim Ismail
    Yusuf Youssef Mustafa Mostafa Khalid Khaled Mahmoud Salah Said Saleh Hamza Amir Bashir
    Idris Musa Moussa Issa Adam Yahya Tariq Karim Ahmadou Amadou Mamadou Boubacar Ousmane
    Oumar Abubakar Aliyu Sani Bello John James David Michael Joseph Peter Paul Jean Pierre
    Emmanuel Moses Samuel Daniel Vladimir Sergei Sergey Dmitry Oleksandr Andriy Viktor Igor
    Yevgeny Alexander Aung Min Maung""".split())
_TITLED = re.compile(r"\b(?:General|Gen\.|Colonel|Col\.|Commander|Major|Captain|Lt\.|"
                     r"Sheikh|Emir|President|Minister|Ambassador|Mr\.?|Dr\.?)\s+$")


def _person(text: str, a: int, b: int) -> bool:
    """A name read as a person: a common given name then a surname, a title before it, or
    an appositive after it ("Mohammed Ali, a local commander")."""
    words = text[a:b].split()
    return ((len(words) >= 2 and words[0] in _GIVEN_NAMES)
            or (_APPOSITIVE.match(text, b) is not None
                and _PLACE_APPOSITIVE.match(text, b) is None)
            or _TITLED.search(text, max(0, a - 12), a) is not None)
_CALENDAR = frozenset("""January February March April May June July August September October
    November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())
UNLISTED = "not in the gazetteer"
"""Reason of every resolution :func:`unlisted` makes."""


def _inside_next(text: str, end: int, starts: Sequence[int]) -> bool:
    """A resolved place the name at ``end`` lies in follows it ("Kwanar Dutse in Zamfara
    State"): an event there is placed by that place."""
    return any(_INSIDE_NEXT.fullmatch(text, end, x) for x in starts if end < x <= end + 80)


def _object_names(text: str, m: re.Match[str], gazetteer: Gazetteer | None
                  ) -> Iterator[tuple[int, int]]:
    """The spans of the names in ``m``'s "names" group that are no person, group, people or
    everyday English word (the places a verb governs)."""
    return (n.span() for n in _ONE_NAME.finditer(text, m.start("names"), m.end("names"))
            if not _person(text, *n.span()) and not _group(n.group(), gazetteer)
            and not _english(n.group(), gazetteer))


def unlisted(text: str, ordered: Sequence[Resolution], gazetteer: Gazetteer | None = None
             ) -> list[Resolution]:
    """Unresolved mentions for names the words around them set as places, that the places
    stage did not find ("attacked Abu Shouk camp north of El Fasher", "the town of Kuriga",
    "deployed to Yelwata", "fled fighting in Shasha", "clashes around Kamanyola"),
    so that an event there is kept: at a resolved qualifier ("approximate") or with no
    geometry ("unresolved"), never dropped or moved elsewhere. The names a verb of taking
    ground governs ("retook Kalaka", "captured Bunagana and Ishasha") are places too, unless
    they are people ("seized Mohammed Ali, a commander") or inside a place named next
    ("took control of Parliament in Niamey"). So are the names a verb of attack governs
    ("gunmen stormed Kwanar Dutse"), unless ``gazetteer`` lists them as a group or a people
    ("attacked Hamas"; with no gazetteer these objects are not read), and so are the names
    a sentence opens with as the subject of such a verb in the passive ("Humera was captured
    by federal forces", see _PASSIVE_TAKEN). A facility named
    after a town the text resolves ("the Battle of Hostomel Airport") is placed at that
    town, with a confidence below :data:`~geo.models.LOW_CONFIDENCE` (a guess, flagged on
    its events)."""
    spans = [(r.mention.start, r.mention.end) for r in ordered]
    named_after = {r.mention.text.lower(): r for r in ordered if r.place is not None
                   and r.place.kind == "city"}
    starts = [s for s, _ in spans]
    out = []
    found: list[tuple[int, int]] = []
    for m in _unlisted_names(text):
        group = next(g for g, name in m.groupdict().items() if name)
        if group == "g" and (_describes(m.group(group)) or (
                gazetteer is not None and gazetteer.demonym(normalize_name(m.group(group))))):
            continue  # "the Russian-occupied town", "the Christian village", "French
            # territory": no name
        if group in ("a", "b", "c") or not _person(text, m.start(group), m.end(group)):
            found.append((m.start(group), m.end(group)))  # (not "walked around General X")
    for a, b, everyday in _cued_names(text):
        # an everyday verb of moving only with forces or people on the move before it, or
        # officials travelling where arms are told
        if everyday and not _MOVERS.search(text, max(0, a - 100), a) and not (
                _OFFICIALS_TRAVELLED.search(text, max(0, a - 120), a)
                and speaks_of_arms(text[max(0, a - 300):b + 100])):
            continue
        if not _person(text, a, b):
            found.append((a, b))
    for m in _TAKEN.finditer(text) if any(w in text for w in _TAKEN_WORDS) or (
            _TAKE_HINT.search(text)) else ():
        if _inside_next(text, m.end("names"), starts):
            continue  # a resolved place it is in follows: the event is there
        found.extend(n.span() for n in _ONE_NAME.finditer(text, m.start("names"), m.end("names"))
                     if not _person(text, *n.span()))
    for m in _STRUCK.finditer(text) if any(w in text for w in _STRUCK_WORDS) else ():
        if not _armed_before(text, m.start(), gazetteer):
            continue  # "Eberhart, 45, attacked Sgt. Gale": a crime, its object a person
        if m.group().startswith("entered") and _NO_PLACE_ENTERED.match(text, m.end("names")):
            continue  # "entered Parliament", "entered Russian service"
        if _inside_next(text, m.end("names"), starts):
            continue  # "attacked Kwanar Dutse in Zamfara State": the event is there
        found.extend(_object_names(text, m, gazetteer))
    for m in _VISITED.finditer(text) if gazetteer is not None and "visit" in text else ():
        # (in a story of arms, the sentence and the text just before: not "The minister
        # visited Tesla", "fans visited Graceland"; nor an institution's name)
        if _INSTITUTION.search(m.group("names")) or not speaks_of_arms(
                text[max(0, m.start() - 300):m.end() + 100]):
            continue
        if not _inside_next(text, m.end("names"), starts):
            found.extend(_object_names(text, m, gazetteer))
    if gazetteer is not None and any(w in text for w in _PASSIVE_WORDS):
        found.extend(_passive_subjects(text, gazetteer, starts))
    for a, b in sorted(set(found)):
        name = text[a:b]
        owner = max(name.rfind("’s "), name.rfind("'s "))
        if owner > 0:  # "Tigray's Togoga village": the name after its container's
            a += owner + 3
            name = text[a:b]
        first = name.split()[0]
        if first in _NOT_NAMES or first in _CALENDAR or (name.isupper() and len(name) > 1):
            continue
        k = bisect_left(starts, b)
        if (k < len(spans) and spans[k][0] < b) or (k and spans[k - 1][1] > a):
            continue  # named already (wholly or in part)
        if any(x < b and a < y for x, y in ((r.mention.start, r.mention.end) for r in out)):
            continue
        mention = Mention(name, a, b, name.lower())
        facility = FACILITY.search(name)
        town = named_after.get(name[:facility.start()].strip().lower()) if facility else None
        if town is not None and town.place is not None:
            # "the Battle of Hostomel Airport", with Hostomel resolved elsewhere: the facility
            # is at the town it is named after: a guess, so of low confidence (flagged)
            out.append(Resolution(mention, town.place, min(town.confidence, LOW_CONFIDENCE) / 2,
                                  f"{UNLISTED}; at {town.mention.text}, its namesake"))
            continue
        out.append(Resolution(mention, None, 0.0, UNLISTED))
    return out


# Who attacks: armed men, their weapons ("drones struck"), or an armed group's short name or
# listed name ("RSF stormed", "Boko Haram raided") in the words before the verb of its
# sentence (not any acronym: "The NDP attacked Poilievre", "CNN attacked Fox").
# (the words of arms are arms.speaks_of_arms'; the groups' short names are these)
_ARMED_ACRONYMS = lazy(rf"\b(?:{'|'.join(ARMED_ACRONYMS)})\b")
_SENTENCE_START = lazy(r".*[.!?;]\s", re.S)
_CAPITALISED = lazy(r"[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)*")


def _armed_before(text: str, at: int, gazetteer: Gazetteer | None) -> bool:
    """Whether the words of its sentence before ``at`` (at most 120 characters) name armed
    men, their weapons or a group the gazetteer lists (not a person's assault: "Eberhart,
    45, attacked Sgt. Gale")."""
    start = max(0, at - 120)
    opening = _SENTENCE_START.match(text, start, at)
    before = text[opening.end() if opening else start:at]
    return speaks_of_arms(before) or _ARMED_ACRONYMS.search(before) is not None or (
        gazetteer is not None and any(normalize_name(m.group()) in gazetteer.not_places()
                                      for m in _CAPITALISED.finditer(before)))


def _describes(name: str) -> bool:
    """A word that describes a place rather than naming it: "Christian", "Olympic",
    "Russian-occupied", "Hezbollah-dominated"."""
    words = name.split()
    return words[0] in _DESCRIBING or bool(_HYPHEN_LOWER.search(name)) or (
        len(words) == 1 and name.endswith(ADJECTIVE_ENDS))


_HYPHEN_LOWER = lazy(r"-[a-z]")
# Not places but people, faiths or institutions a verb of attack may govern: "attacked
# Christians on Sunday", "stormed Parliament"
_NOT_STRUCK = frozenset("""Christians Muslims Jews Hindus Buddhists Shias Sunnis Alawites Druze
    Yazidis Parliament Congress Senate Palace Cabinet Assembly Presidency""".split())


def _english(name: str, gazetteer: Gazetteer | None) -> bool:
    """A one-word name that is an everyday English word: a person or a thing rather than a
    place ("shots struck Bell", "Shops were attacked")."""
    return gazetteer is not None and " " not in name and gazetteer.english(name.lower())


def _group(name: str, gazetteer: Gazetteer | None) -> bool:
    """Whether ``name`` is (or, with no gazetteer to ask, may be) a group, an institution or
    a people rather than a place: "Hamas", "Wagner", "Malians"."""
    if gazetteer is None or name.split()[0] in _NOT_STRUCK:
        return True
    key = normalize_name(name)
    return key in gazetteer.not_places() or gazetteer.demonym(key) is not None

