"""Word lists the extraction rules share. They are lower-case token texts as spaCy's English
tokenizer produces them; keeping them in one place keeps the rules readable."""

from __future__ import annotations

REPORT_VERBS = frozenset(
    {
        "said", "says", "say", "told", "tells", "tell", "reported", "reports",
        "report", "estimated", "estimates", "estimate", "confirmed", "confirms", "confirm",
        "announced", "announces", "claimed", "claims", "claim", "stated", "states", "added",
        "adds", "noted", "notes", "warned", "warns", "believes", "believe", "believed",
        "assessed", "assesses", "assess", "alleged", "alleges", "wrote", "writes", "revealed",
        "reveals", "indicated", "indicates", "disclosed", "briefed", "acknowledged",
        "acknowledges", "admitted", "admits", "insisted", "insists", "suggested", "suggests",
        "quoted", "cited", "informed", "informs",
        # "Seoul accuses Pyongyang of sending 3,000 soldiers": the accuser tells the figure.
        # Only the present, a standing charge like "says"; "accused" is mostly a second verb
        # ("said ... and accused Thailand of ...") or a passive ("was accused of").
        "accuse", "accuses",
    }
)  # fmt: skip
# "X put the toll at 3,000": a claim whose figure follows "at" (or, "put the number higher",
# the next sentence).
ESTIMATE_VERBS = frozenset({"put", "puts", "pegged", "pegs", "placed", "places"})
DENY_VERBS = frozenset(
    {
        "denied", "denies", "deny", "denying", "dismissed", "dismisses", "dismiss", "rejected",
        "rejects", "reject", "refuted", "refutes", "refute", "disputed", "disputes", "dispute",
        "rebuffed", "rebuffs",
    }
)  # fmt: skip
NEGATIONS = frozenset({"not", "n't", "never", "neither", "nor", "refused", "declined"})
AUXILIARIES = frozenset(
    {
        "has", "have", "had", "is", "was", "were", "are", "also", "previously", "earlier",
        "later", "again", "repeatedly", "already", "publicly", "separately", "reportedly",
        "officially", "then", "now", "since", "recently", "will", "would", "did", "does", "do",
    }
)  # fmt: skip
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
# A mention right after one of these is a place or a partner, never the one who acts.
PLACE_PREPOSITIONS = frozenset(
    {
        "to", "into", "in", "at", "on", "onto", "inside", "near", "towards", "toward", "across",
        "against", "for", "with", "via", "through", "within", "between", "among", "from",
        "over", "under", "around", "beyond", "along", "outside", "like", "than", "about",
        "including", "versus", "unlike",
    }
)  # fmt: skip
# Words that end the clause a figure sits in when looking left for its actor.
CLAUSE_BREAKS = frozenset(
    {
        ";", ":", "—", "–", "--", "that", "who", "which", "whom", "whose", "where", "while",
        "whereas", "but", "although", "though", "because", "after", "before", "when",
        "whether", "if", "unless",
    }
)  # fmt: skip
FUTURE_MARKERS = frozenset(
    {
        "will", "would", "could", "might", "may", "shall", "'ll", "plans", "plan", "planned",
        "planning", "intends", "intend", "intended", "expected", "expects", "expect", "aims",
        "aim", "due", "set", "prepared", "preparing", "ready", "wants", "want", "considering",
        "consider", "considers", "possible", "potential", "proposed", "proposes", "propose",
        "pledged", "pledges", "promised", "promises", "scheduled", "likely", "going",
        # "Revenues are projected at 81.3 billion lei": a forecast, not a result yet.
        "projected",
    }
)  # fmt: skip
# Verbs after "to" that make the figure a plan ("agreed to send 3,000 troops").
PLAN_VERBS = frozenset(
    {
        "send", "deploy", "dispatch", "supply", "provide", "deliver", "buy", "purchase", "sell",
        "transfer", "add", "recruit", "train", "mobilise", "mobilize", "raise", "reach", "hit",
        "cut", "increase", "boost", "commit", "contribute", "ship", "station", "move",
    }
)  # fmt: skip
POSSESSION_VERBS = frozenset(
    {
        "has", "have", "had", "maintains", "maintain", "boasts", "boast", "fields", "field",
        "possesses", "possess", "commands", "numbers", "totals", "comprises", "counts",
    }
)  # fmt: skip
WHOLE_FORCE_NOUNS = frozenset(
    {"army", "military", "armed forces", "standing army", "military force", "forces"}
)
QUALIFIERS: dict[tuple[str, ...], str] = {
    ("about",): "about", ("some",): "some", ("around",): "around", ("roughly",): "roughly",
    ("nearly",): "nearly", ("almost",): "almost", ("approximately",): "approximately",
    ("approx",): "approximately", ("approx.",): "approximately", ("over",): "over",
    ("under",): "under", ("estimated",): "estimated", ("an", "estimated"): "estimated",
    ("up", "to"): "up to", ("at", "least"): "at least", ("at", "most"): "at most",
    ("more", "than"): "more than", ("fewer", "than"): "fewer than",
    ("less", "than"): "less than", ("as", "many", "as"): "up to", ("close", "to"): "close to",
    ("upwards", "of"): "more than", ("just", "over"): "over", ("just", "under"): "under",
    ("in", "excess", "of"): "more than", ("~",): "about", ("almost", "exactly"): "about",
    ("only",): "only", ("just",): "only", ("exactly",): "exactly", ("precisely",): "exactly",
    ("above",): "above", ("below",): "below",
    # "no more than 3,000" caps the figure; read as "more than" it would say the opposite.
    ("no", "more", "than"): "at most", ("not", "more", "than"): "at most",
    ("no", "fewer", "than"): "at least", ("no", "less", "than"): "at least",
}  # fmt: skip
VAGUE_AMOUNTS = frozenset(
    {"dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions"}
)
VAGUE_DETERMINERS = frozenset({"several", "few", "many", "some"})
SCALE_WORDS = frozenset(
    {"thousand", "million", "billion", "trillion", "hundred", "dozen", "k", "m", "mn", "bn",
     "b", "tn", "mln", "bln", "lakh", "lakhs", "crore", "crores"}
)  # fmt: skip
NUMBER_WORDS = frozenset(
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen",
    }
)  # fmt: skip
ORDINALS = frozenset(
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth",
        "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth",
        "thousandth", "millionth", "billionth",
    }
)  # fmt: skip
CURRENCY_SYMBOLS = frozenset(
    {"$", "us$", "€", "£", "¥", "₩", "₽", "₴", "₹", "c$", "a$", "hk$", "usd", "eur", "gbp",
     "rs", "rs.", "chf",
     # The tokenizer splits "NZ$16 million", "NT$", "S$" off the number (`pipeline`); each
     # needs its symbol here, or the amount reads as no money at all.
     "nz$", "nt$", "s$", "$us", "$a",
     # ISO codes written before the amount ("PLN 3.9 bln", "KRW 66 trillion"); codes that are
     # also English words ("rub", "ron") stay out.
     "pln", "krw", "jpy", "cny", "uah", "inr", "mdl"}
)
DEAL_WORDS = frozenset(
    {
        "deal", "deals", "contract", "contracts", "sale", "sales", "purchase", "purchases",
        "purchased", "purchasing", "order", "orders", "ordered", "sold", "sell", "sells",
        "selling", "buy", "buys", "bought", "buying", "procure", "procured", "procurement",
        "export", "exports", "exported", "import", "imports", "imported", "agreement",
        "tender", "package",
    }
)  # fmt: skip
MONTHS = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar.", "apr", "apr.",
        "jun.", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov",
        "nov.", "dec", "dec.",
    }
)  # fmt: skip
WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
RELATIVE_TIMES = frozenset({"last", "next", "this", "earlier", "later", "previous", "coming"})
TIME_NOUNS = frozenset({"week", "month", "year", "weekend", "spring", "summer", "autumn",
                        "fall", "winter", "decade"})  # fmt: skip
