"""Word lists of the genre: titles, speech verbs, channels, movement triggers.

These are closed classes of English news wording, not facts about the world (those
live in the data files of the knowledge base and the gazetteer).
"""

from __future__ import annotations

import re

__all__ = [
    "CHANNELS",
    "COMMON_CAPITALISED",
    "FIRST_NAMES",
    "GROUP_NOUNS",
    "MOVEMENT_TRIGGERS",
    "NAME_CONNECTORS",
    "SPEECH_VERBS",
    "TITLE_WORDS",
]

# Words that open a person's title ("spokesman Ahmed Mismari", "Colonel Gaddafi").
TITLE_WORDS = frozenset(
    """
    spokesman spokeswoman spokesperson commander general gen colonel col brigadier major captain
    lieutenant marshal field minister president premier chairman chairwoman chief head leader envoy
    ambassador mayor governor secretary-general secretary adviser advisor official director
    speaker deputy vice-chairman vice-president member lawmaker mp emir king prince sheikh
    dr doctor judge prosecutor representative ruler
    """.split()
)

# Common first names of people in Libya stories; a strong signal for an unknown person.
FIRST_NAMES = frozenset(
    """
    abdel abdul abd abdullah abdallah abdelhakim abdulhamid ahmed ahmad ali mohamed mohammed mohammad
    muhammad mahmoud mustafa moustafa omar osama usama khalifa khaled khalid fathi fayez faiez faiz
    salem salah saleh saif ibrahim ismail youssef yousef hassan hussein hussain hamid hamed idris
    aguila aqila agila abdessalam abdelrahim abdel-rahim othman osman kais qais rida ridha nuri
    nouri jamal kamal tarek tariq walid wissam haitham hisham mabrouk milad nasser naser rafallah
    faraj faisal fawzi ghassan suleiman sulaiman sadiq sadek emad imad adel adil anas ayoub bashir
    najla hanan fatima aisha stephanie richard martin jan bernardino antonio ban roland mevlut
    recep vladimir emmanuel donald barack hillary angela giuseppe luigi jean boris joe
    mike mark john david james robert william michael peter paul george
    """.split()
)

# Lower-case connectors inside names: "Abdel Hakim Belhaj", "Saif al-Islam", "Bani Walid".
NAME_CONNECTORS = frozenset({"al", "el", "bin", "ben", "ibn", "abu", "abou", "bani", "ould", "ad", "as", "ash"})

# Capitalised words that are never a person, place or actor by themselves.
COMMON_CAPITALISED = frozenset(
    """
    the a an he she it they we i you his her its their our this that these those there here
    but and or so yet for nor if when while after before as at by in on of to from with without
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    house gate twitter facebook forces force army government council ministry minister president
    prime state states islamic national united nations libyan arab western eastern southern
    northern central west east south north reuters ap afp associated press agency news
    sources source officials official residents witnesses pictures video output hours last later earlier
    many some several hundreds thousands dozens members another other one two three four five
    military security health interior foreign defence defense oil gas field airport base hotel city
    town village district region capital road coastal international
    """.split()
)

# Plural nouns that make an armed group out of a descriptive phrase ("Chadian rebels").
GROUP_NOUNS = frozenset(
    """
    rebels militants militias militiamen mercenaries fighters tribesmen factions gunmen jihadists
    insurgents extremists loyalists cells troops soldiers brigades guards
    """.split()
)

# How a statement was made: surface cue -> the schema's channel name.
CHANNELS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), name)
    for p, name in (
        (r"\b(?:on|via|in a post on|posted on|wrote on|tweet(?:ed)?|on (?:his|her|its) )\s*(?:twitter|x)\b", "Twitter"),
        (r"\btweet(?:ed|s)?\b|\bon x\b|\b(?:twitter|x) (?:account|post)", "Twitter"),
        (r"\bfacebook\b", "Facebook"),
        (r"\btelevised (?:address|speech)|\b(?:address|speech) (?:on|broadcast on) (?:state )?television\b|\bin a televised\b", "televised address"),
        (r"\bnews conference\b|\bpress conference\b|\bbriefing\b", "news conference"),
        (r"\b(?:by )?(?:tele)?phone\b|\bphone call\b", "telephone"),
        (r"\binterview\b", "interview"),
        (r"\bvideo\b", "video"),
        (r"\bstatement\b|\bcommuniqu[eé]\b", "statement"),
    )
)

# Verbs that introduce speech; the value says whether the verb takes reported content.
SPEECH_VERBS = frozenset(
    """
    said says say saying told tell tells telling added adds stated announced announces declared
    declares warned warns claimed claims insisted insists vowed vows pledged pledges promised
    urged urges called calls appealed appeals accused accuses denied denies confirmed confirms
    reported reports wrote writes tweeted posted stressed stresses noted notes explained
    acknowledged admitted argued asserted demanded demands welcomed welcomes condemned condemns
    threatened threatens rejected rejects
    """.split()
)

# Movement triggers: kind -> regular expressions over lower-case folded text.
# A ``{P}`` marks where the object (the place) is expected to follow.
MOVEMENT_TRIGGERS: dict[str, tuple[str, ...]] = {
    "capture": (
        r"(?:gained|regained|took|taken|take|taking|takes|seized|seize|seizing|seizes|assumed|wrested|won|"
        r"retook|retaken|retake|retaking|recaptured|recapture|recapturing|secured|securing|"
        r"tightened|extended|extending|established|imposed)"
        r"(?: full| total| complete| back)? (?:control|hold|grip) (?:of|over)",
        r"(?:took|taken|take|taking|takes) over",
        r"completed (?:its|their|the) (?:takeover|capture|seizure) of",
        r"(?:completed|complete) (?:its|their|the) takeover",
        r"drove [\w' -]{1,40}? out of",
        r"driven [\w' -]{1,40}? out of",
        r"driving [\w' -]{1,40}? out of",
        r"(?:swept|rolled|stormed|burst|moved|pushed|poured) into",
        r"overran|overrun|overrunning",
        r"stormed|storming|storm",
        r"captured|capture|capturing|captures",
        r"seized|seize|seizing|seizes",
        r"retook|retaken|retake|retaking|retakes|recaptured|recapture|recapturing",
        r"took|taken|taking",
        r"entered|enter|entering|enters",
        r"liberated|liberate|liberating",
        r"fell to|falling to",
    ),
    "advance": (
        r"launched (?:an?|its|their|the|his) (?:[\w-]+ ){0,2}(?:offensive|assault|attack|push|campaign)"
        r"(?: (?:on|against|to (?:take|capture|seize)|toward|towards|into))?",
        r"started (?:an?|its|their|the|his) (?:[\w-]+ ){0,2}(?:offensive|assault|campaign|push)",
        r"(?:advanced|advancing|advance|advances) (?:on|toward|towards|into|to|further)?",
        r"(?:pushed|pushing|push|pushes)(?: [\w]+){0,2} (?:toward|towards|on|beyond|into)",
        r"(?:moved|moving|move|moves|marched|marching|march) (?:on|against|toward|towards)",
        r"moved to within",
        r"clos(?:ed|ing|e) in on",
        r"(?:headed|heading|head|heads) (?:westwards|eastwards|southwards|northwards|west|east|south|north)?\s*(?:toward|towards|to|in the direction of)",
        r"reached|reaching|reach",
        r"converged on|converging on",
    ),
    "deploy": (
        r"(?:sent|sending|send|sends|dispatched|dispatching|dispatch|deployed|deploying|deploy|deploys|"
        r"airlifted|shipped|ferried|flown|flew|mobilised|mobilized|moved|moving|brought|bringing)"
        r"(?: in)?(?: [\w-]+){0,4}? (?:reinforcements|troops|forces|fighters|units|vehicles|convoys|"
        r"aircraft|planes|jets|drones|equipment|weapons|tanks|mercenaries|teams|aid|ships|warships|"
        r"soldiers|personnel|commander|commanders|men|military|units)",
        r"(?:sent|dispatched|deployed|airlifted|flown|ferried|shipped) (?:in |to |by )",
        r"set up an air bridge",
        r"(?:were|was|been) (?:airlifted|flown|deployed|sent|dispatched|stationed)",
        r"reinforcements (?:arrived|were sent|poured)",
    ),
    "withdraw": (
        r"(?:withdrew|withdrawn|withdraw|withdrawing|withdraws|retreated|retreat|retreating|retreats|"
        r"fled|flee|fleeing|flees|escaped|escape|escaping)",
        r"(?:pulled|pulling|pull|pulls) (?:back|out)",
        r"fell back|falling back|fall back",
        r"(?:abandoned|abandoning|abandon|abandons|evacuated|evacuating|evacuate|left|leaving|leave|quit)",
        r"tried to (?:escape|flee)",
        r"(?:were|was|been) (?:driven|forced|pushed) (?:out|back)",
    ),
    "travel": (
        r"(?:flew|flown|flying|fly|flies) (?:to|into|in)",
        r"flew",
        r"(?:arrived|arriving|arrive|arrives|landed|landing|lands) (?:in|at|on)",
        r"arrived|arrives",
        r"(?:travelled|traveled|travelling|traveling|travel|travels|went|go|goes|going|returned|returning|return|returns|drove|driven|headed|heading|came|come|moved|moving) (?:to|into|back to|back)",
        r"returned|returning",
        r"visited|visiting|visit|visits|toured|touring|tour|tours",
    ),
}
