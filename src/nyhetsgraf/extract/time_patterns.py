"""The pattern table: one named, verbose regular expression per kind of time expression.

Why a module of its own: the patterns only *find* candidate spans; what a match means is
decided by its handler (``time_dates``, ``time_durations``, ``time_periods``) and the order
of preference by ``times.RULES``. Keeping the expressions together makes overlaps between
them visible in one place.
"""

from __future__ import annotations

import re

from nyhetsgraf.extract.time_vocabulary import (
    _MONTH_ABBRS,
    _MONTH_NAMES,
    _POD_WORDS,
    _WEEKDAY_NAMES,
    APPROX,
    CLOCK,
    DUR_UNIT,
    NUM,
)

# ---------------------------------------------------------------------------------------------
# Patterns: one named, verbose pattern per kind of expression
# ---------------------------------------------------------------------------------------------

FLAGS = re.VERBOSE | re.IGNORECASE

NUMERIC_DATE = re.compile(
    r"""
    (?<![\w.])
    (?: (?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})      # 05.09.2023, 5.9.23
      | (?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}) )              # 2023-09-05
    (?![\w]|\.\d)
""",
    FLAGS,
)

TEXT_DATE = re.compile(
    rf"""
    (?<!\w)
    (?:(?P<wd>{_WEEKDAY_NAMES})(?:en)?\s*,?\s+(?:den\s+)?)?       # (fredag) (den)
    (?P<d>\d{{1,2}})\.\s*                                        # 5.
    (?:(?P<mon>{_MONTH_NAMES})|(?P<abbr>{_MONTH_ABBRS})\.?)      # september / sept.
    (?:\s+(?:(?P<y>\d{{4}})(?!\d)                              # 2023
           |(?P<ry>i\s+år|i\s+fjor|neste\s+år|i\s+forfjor)))?     # i fjor
    (?:\s*,?\s*{CLOCK})?                                          # klokken 12
    (?!\w)
""",
    FLAGS,
)

MONTH = re.compile(
    rf"""
    (?<!\w)
    (?:(?P<mod>(?:ved\s+)?(?:begynnelsen|starten|midten|slutten|utgangen|enden)\s+av
             |neste|forrige|førre|sist|kommende)\s+)?
    (?P<mon>{_MONTH_NAMES})
    (?:\s+(?:(?P<y>\d{{4}})(?!\d)
           |(?P<ry>i\s+år|i\s+fjor|i\s+forfjor|neste\s+år|året\s+etter|året\s+før)))?
    (?!\w)
""",
    FLAGS,
)

YEAR = re.compile(
    r"""
    (?<![\w.,])
    (?P<y>1[5-9]\d\d|20\d\d)
    (?![\w]|,\d|\.\d|[ \u00a0\u202f]\d{3})
""",
    FLAGS,
)

DECADE = re.compile(
    r"""
    (?<!\w)
    (?:(?P<mod>(?:på\s+|i\s+)?(?:begynnelsen|starten|midten|slutten|utgangen)\s+av(?:\s+det)?)\s+)?
    (?: (?P<num>\d{2,4})-(?:tallet|talet|tallets|talets|årene|åra)
      | (?P<word>tjue|tretti|førti|femti|seksti|sytti|åtti|nitti)(?:tallet|talet|tallets) )
    (?!\w)
""",
    FLAGS,
)

CENTURY = re.compile(
    r"""
    (?<!\w)
    (?:det\s+)?(?P<n>\d{1,2})\.\s*(?:århundre|hundreår)(?:t|et)?
    (?!\w)
""",
    FLAGS,
)

WEEKDAY = re.compile(
    rf"""
    (?<!\w)
    (?:(?:klokken|klokka|kl\.?)\s*(?P<h0>\d{{1,2}})(?:[.:](?P<mi0>\d{{2}}))?\s+)?   # klokken 13 torsdag
    (?:(?P<rel>neste|forrige|førre|sist|siste|kommende|førstkommande|førstkommende|denne|
              hver|kvar|annenhver|annakvar)\s+)?
    (?:(?P<mod>sent|seint|tidlig|tidleg|natt\s+til|natta\s+til|natt\s+mot|natta\s+mot)\s+)?
    (?P<wd>{_WEEKDAY_NAMES})(?P<suf>ens|en|s|er|ar|ane|ene)?
    (?:\s+(?P<pod>{_POD_WORDS}))?
    (?:\s*,?\s*{CLOCK})?
    (?!\w)
""",
    FLAGS,
)

DEICTIC_DAY = re.compile(
    rf"""
    (?<!\w)
    (?: (?P<day>i\s+(?:forgårs|forgårs|går|dag|morgen|morgon|overmorgen|overmorgon))
        (?:\s+(?P<pod>{_POD_WORDS}|tidlig|tidleg))?
      | i\s+(?P<podonly>kveld|natt|morges|formiddag|føremiddag|ettermiddag|kveldinga|morgest) )
    (?:\s*,?\s*{CLOCK})?
    (?!\w)
""",
    FLAGS,
)

REL_PERIOD = re.compile(
    r"""
    (?<!\w)
    (?:(?P<mod>(?:ved\s+)?(?:utgangen|slutten|begynnelsen|starten|midten)\s+av)\s+)?
    (?: (?P<fjor>i\s+fjor|i\s+forfjor|fjoråret|fjorårets|i\s+år(?!\s+\d{4})|året\s+før|året\s+etter|
                 inneværende\s+år|dette\s+året|i\s+helgen|i\s+helga|i\s+helg)
      | (?:(?:i|om|på)\s+)?(?P<rel>neste|forrige|førre|sist|kommende|komande|denne|dette)\s+
        (?P<unit>uke|uka|uken|veke|veka|måned|måneden|månad|månaden|år|året|helg|helga|helgen) )
    (?!\w)
""",
    FLAGS,
)

WEEK_NUMBER = re.compile(
    r"""
    (?<!\w)(?:uke|veke)\s+(?P<w>\d{1,2})(?!\d|,\d)
""",
    FLAGS,
)

AGO = re.compile(
    rf"""
    (?<!\w)
    (?:(?P<for>for)\s+)?
    (?:{APPROX}\s+)?
    (?P<n>{NUM}|en|ei|et|ett|ein|eit|eitt)\s+(?P<unit>{DUR_UNIT})\s+(?:siden|sidan)
    (?!\w)
""",
    FLAGS,
)

AHEAD = re.compile(
    rf"""
    (?<!\w)
    om\s+(?:{APPROX}\s+)?
    (?P<n>{NUM}|en|ei|et|ett|ein|eit|eitt)\s+(?P<unit>{DUR_UNIT})
    (?!\w)
""",
    FLAGS,
)

DURATION = re.compile(
    rf"""
    (?<!\w)
    (?:(?P<det>de|det|den|dei)\s+(?P<dir>siste|neste|kommende|komande|første|forrige|førre|seinaste|
                                      nærmeste|kommande)\s+)?
    (?P<approx>{APPROX}\s+)?
    (?:(?P<n>{NUM})\s+|(?P<art>en|ei|et|ett|ein|eit|eitt)\s+|
       (?P<vague>flere|fleire|noen|nokre|mange|få|par|et\s+par|eit\s+par)\s+)?
    (?P<adj>(?:[a-zæøå]+(?:te|de|e))\s+)?                     # "25 spilte minutter", "flere intense timer"
    (?P<unit>{DUR_UNIT})
    (?!\w)
""",
    FLAGS,
)

COMPOUND_DURATION = re.compile(
    rf"""
    (?<!\w)
    (?P<n1>{NUM}|en|ei|et|ett|ein|eit|eitt)\s+(?P<u1>{DUR_UNIT})\s+og\s+
    (?P<n2>{NUM}|en|ei|et|ett|ein|eit|eitt)\s+(?P<u2>{DUR_UNIT})
    (?!\w)
""",
    FLAGS,
)

QUARTER = re.compile(
    r"""
    (?<!\w)
    (?P<ord>første|fyrste|andre|annet|tredje|fjerde|[1-4]\.)\s+kvartal(?:et)?
    (?:\s+(?:(?P<y>(?:19|20)\d\d)|(?P<rel>i\s+fjor|i\s+år|neste\s+år|i\s+forfjor)))?
    (?!\w)
""",
    FLAGS,
)

QUARTER_HOUR = re.compile(
    r"""
    (?<!\w)
    (?: (?P<n>et|ett|eit|eitt|ett|tre|to)\s+kvarter(?:et)?
      | kvarteret(?=\s+(?:etter|før|senere|seinare|tidligere|seinere))
      | (?:en|ein|ei)\s+halvtime(?:n)? | halvtimen )
    (?!\w)
""",
    FLAGS,
)

SEASON = re.compile(
    r"""
    (?<!\w)
    (?:(?P<pre>i\s+fjor|i\s+forfjor|neste|forrige|førre|sist|kommende|komande|denne|
              i\s+løpet\s+av|gjennom|utover|over|til|i|om|hele|heile|før|etter|fra|frå)\s+)?
    (?P<season>vår|sommer|sommar|høst|haust|vinter)(?P<suf>en|ens|a|s)?
    (?:\s+(?:(?P<y>\d{4})(?!\d)|(?P<ry>i\s+fjor|i\s+år|neste\s+år)))?
    (?!\w)
""",
    FLAGS,
)

HOLIDAY = re.compile(
    r"""
    (?<!\w)
    (?:(?P<mod>(?:rett|like|kort|helt)\s+(?:før|etter|inn\s+mot))\s+)?
    (?P<hol>romjul(?:en|a)?|julaften|julaftan|julehelgen|julehelga|juleferien|jul(?:en|a)?
          |nyttårsaften|nyttårsaftan|nyttårshelgen|nyttårshelga|nyttår(?:et)?
          |påskeaften|påskehelgen|påskeferien|påsk(?:en|a|e)|pinse(?:n)?|pinsa|sankthans|jonsok)
    (?:\s+(?P<y>\d{4})(?!\d))?
    (?!\w)
""",
    FLAGS,
)

CLOCK_TIME = re.compile(
    rf"""
    (?<!\w)
    (?: {CLOCK}
      | (?<![\d.,:])(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?::(?P<s2>[0-5]\d))?(?![\d:])
      | (?:i\s+)?(?P<h3>[01]?\d|2[0-3])(?:[.:](?P<mi3>[0-5]\d))?-tid(?:en|a)     # i 15.30-tiden
      | (?<![\d.,:])(?P<h4>[01]\d|2[0-3])\.(?P<mi4>00|1[3-9]|[2-5]\d)   # "det 07.40": not a month
        (?![\d,]|\.\d|\s*(?:prosent|%|kr|kroner|mill|milliard|meter|sekund|poeng)) )
""",
    FLAGS,
)

SET_EVERY = re.compile(
    rf"""
    (?<!\w)
    (?P<every>hver|hvert|kvar|kvart|annenhver|annethvert|annakvar)\s+
    (?P<unit>dag|uke|veke|måned|månad|år|time|morgen|morgon|kveld|natt|helg|sommer|sommar|vinter|høst|
             haust|vår|{_WEEKDAY_NAMES})
    (?!\w)
""",
    FLAGS,
)

# "i årevis", "i timevis": an unknown number of units
MANY_UNITS = re.compile(
    r"""
    (?<!\w)(?:i\s+)?(?P<unit>timevis|dagevis|dagesvis|ukevis|ukesvis|vekevis|månedsvis|månadsvis|årevis|årvis)
    (?!\w)
""",
    FLAGS,
)

PRESENT_REF = re.compile(
    r"""
    (?<!\w)
    (?:nå\s+til\s+dags|nåtildags|no\s+til\s+dags|nå\s+for\s+tiden|no\s+for\s+tida|
       i\s+våre\s+dager|i\s+våre\s+dagar|i\s+vår\s+tid|i\s+dagens\s+samfunn)
    (?!\w)
""",
    FLAGS,
)
