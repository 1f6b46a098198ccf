"""Every user-facing text: chat replies, rule errors, CLI messages, alert furniture.

Kept in one module so wording stays consistent and a translation has one file to touch.
Texts are plain; adapters escape them for Telegram HTML or Slack mrkdwn.
"""

from __future__ import annotations

# --- the watch grammar ------------------------------------------------------------------------
GRAMMAR = (
    "<entity>  — any mention\n"
    "<entity> <measure> [<op> <number>] [by <who>]  — a figure tied to the entity\n"
    "<measure> <op> <number> [by <who>]  — a figure, any actor\n"
    "treaty [<party> ...] [<stage>] [by <who>]  — a treaty moving a stage"
)
EXAMPLE_MENTION = "North Korea"
EXAMPLE_FIGURE = "North Korea troops >= 10000"
EXAMPLE_ANY_ACTOR = "casualties > 100"
EXAMPLE_BY = "North Korea troops >= 10000 by Ukraine"
EXAMPLE_TREATY = "treaty Russia North Korea ratified"
EXAMPLE_PHRASE = '"Hanwha Aerospace"'
EXAMPLES = (
    EXAMPLE_MENTION,
    EXAMPLE_FIGURE,
    EXAMPLE_BY,
    'Poland deal >= $1bn',
    EXAMPLE_TREATY,
    EXAMPLE_PHRASE,
)


def example_quoted(word: str) -> str:
    return f'"{word}"'


RULE_EMPTY = "The watch is empty."
RULE_UNCLOSED_QUOTE = "A quoted phrase is not closed."
RULE_EMPTY_QUOTE = "A quoted phrase is empty."
RULE_UNKNOWN_NAME = "I don't know the name “{}”."
RULE_UNKNOWN_PARTY = "I don't know the treaty party “{}”."
RULE_UNKNOWN_MEASURE = "“{}” is not a measure I can count."
RULE_NO_NUMBER = "A number must follow the comparison."
RULE_BAD_NUMBER = "“{}” is not a number I can read."
RULE_NEED_OP = "A figure watch needs a comparison before its number."
RULE_BY_EMPTY = "“by” must be followed by who made the claim."
RULE_UNEXPECTED = "Unexpected “{}”."
RULE_MENTION_BY = "“by <who>” goes with a figure or a treaty watch, not a bare name."

EXPECT_ANY = (
    "a known name (country, leader, organisation), a \"quoted phrase\", a measure, or treaty"
)
EXPECT_CLOSING_QUOTE = "a closing quotation mark"
EXPECT_PHRASE = "some words inside the quotation marks"
EXPECT_NUMBER = "a number such as 10000, 10,000, 10k, 1.5m, $1bn or ten thousand"
EXPECT_WHO = "who made the claim: a known name or a \"quoted phrase\""
EXPECT_OP = "a comparison (>, >=, <, <=, =) and a number"
EXPECT_MEASURE = (
    "a measure: troops, casualties, deal (arms deal), or a counted noun such as tanks"
)
EXPECT_BY_OR_END = "“by <who>” or the end of the watch"
EXPECT_PARTY_OR_STAGE = (
    "a treaty party (a known name or \"quoted phrase\") or a stage: signed, approved, "
    "ratified, in force, suspended, withdrawn"
)


def rule_error(message: str, expected: str, example: str) -> str:
    return f"{message} Expected {expected}. Example: /watch {example}"


# --- alerts -----------------------------------------------------------------------------------
ALERT_PER = "per {}"
ALERT_OUTLET_OWN = "per {} (unattributed)"
ALERT_MENTION = "mentioned"
ALERT_VAGUE = "unspecified number"
ALERT_PLANNED = "planned"
ALERT_STAGE_TITLE = {
    "signed": "signed",
    "approved": "approved by a lower house",
    "ratified": "ratified",
    "in force": "in force",
    "suspended": "suspended",
    "withdrawn": "withdrawn",
}
ALERT_CHANGE_UP = "up from {old} reported on {date} by {who}"
ALERT_CHANGE_DOWN = "down from {old} reported on {date} by {who}"
ALERT_CHANGE_SAME = "same as {old} reported on {date} by {who}"
ALERT_WATCH = "Watch #{number}: {rule}"
BUTTON_MUTE = "Mute this watch"
BUTTON_UNWATCH = "Unwatch"

# --- chat replies -----------------------------------------------------------------------------
START = (
    "Tripwire is on for this chat.\n"
    "Add a watch: /watch North Korea troops >= 10000\n"
    "See /help for the full grammar, /watches for what you watch."
)
HELP_HEAD = "Tripwire pushes an alert when a news feed reports what you watch."
HELP_COMMANDS = (
    "/watch <rule> — add a watch\n"
    "/watches — list this chat's watches\n"
    "/unwatch N — remove watch N\n"
    "/feeds — the feeds read for this chat\n"
    "/addfeed URL — add an RSS/Atom feed\n"
    "/removefeed N — remove a feed you added\n"
    "/help — this text"
)
HELP_STAGES = "Stages: signed, approved, ratified, in force, suspended, withdrawn."
HELP_OPS = "Comparisons: > >= < <= =; numbers like 10000, 10,000, 10k, 1.5m, $1bn, ten thousand."


def help_text() -> str:
    examples = "\n".join(f"/watch {e}" for e in EXAMPLES)
    return "\n\n".join(
        [HELP_HEAD, "Watch grammar:\n" + GRAMMAR, HELP_OPS, HELP_STAGES,
         "Examples:\n" + examples, HELP_COMMANDS]
    )


WATCH_ADDED = "Watch #{number} added: {rule}"
WATCH_USAGE = "Tell me what to watch. Expected {}. Example: /watch {}"
WATCH_LIMIT = "This chat already has {limit} watches; remove one with /unwatch N first."
WATCHES_NONE = f"No watches yet. Example: /watch {EXAMPLE_FIGURE}"
WATCHES_HEAD = "Watches in this chat:"
WATCH_LINE = "#{number} {rule}"
WATCH_LINE_MUTED = "#{number} {rule} (muted until {until})"
UNWATCH_USAGE = "Which watch? Expected a watch number from /watches. Example: /unwatch 2"
UNWATCH_MISSING = "There is no watch #{number} here; /watches lists them."
UNWATCH_DONE = "Watch #{number} removed: {rule}"
MUTEWATCH_DONE = "Watch #{number} muted until {until}."
MUTE_USAGE = "How long? Expected a duration such as 30m, 2h or 1d. Example: /mute 2h"
FEEDS_NONE = "No feeds yet. Add one: /addfeed https://example.org/rss.xml"
FEEDS_HEAD = "Feeds read for this chat:"
FEED_LINE = "{number}. {title} — {url}{health}"
FEED_HEALTH_ERROR = " (failing: {error})"
FEED_HEALTH_DISABLED = " (disabled: {error})"
ADDFEED_USAGE = "Which feed? Expected an http(s) URL. Example: /addfeed https://example.org/rss.xml"
ADDFEED_DONE = "Feed added: {url}"
ADDFEED_EXISTS = "Already reading {url}."
ADDFEED_REFUSED = "I can't add that feed: {reason}"
REMOVEFEED_USAGE = "Which feed? Expected a number from /feeds. Example: /removefeed 2"
REMOVEFEED_MISSING = "There is no feed {number} that this chat added; /feeds lists them."
REMOVEFEED_DONE = "Feed removed: {url}"
UNKNOWN_COMMAND = "I don't know /{name}. /help lists what I can do."
NOT_ADMIN = "Only the chat's admins can change watches and feeds here."
NOT_ALLOWED = "This bot is private to its operator's chats."
INTERNAL_ERROR = "Something went wrong on my side; nothing was changed. Please try again."

# --- CLI --------------------------------------------------------------------------------------
CLI_BAD_RULE = "{path}:{line}: {message}"
CLI_BAD_JSON = "not a JSON object: {error}"
CLI_MISSING_FIELD = 'expected a JSON object with a string "{field}" field'
CLI_DEMO_HEAD = "Tripwire demo: {feeds} feed, {watches} watches, one poll"
CLI_DEMO_DONE = "{alerts} alerts pushed to the console chat."
CLI_FEED_ADDED = "added feed {id}: {url}"
CLI_FEED_EXISTS = "feed {id} already present: {url}"
CLI_FEED_REMOVED = "removed feed {id}"
CLI_FEED_MISSING = "no feed with id {id}"
CLI_DB_UPGRADED = "database at {url} is up to date"

# --- Slack ------------------------------------------------------------------------------------
SLACK_CONFIRM_TITLE = "Remove this watch?"
SLACK_CONFIRM_UNWATCH = "This chat will stop receiving alerts for this watch."
SLACK_CONFIRM_DENY = "Keep it"
SLACK_LINK_LABEL = "article"
SLACK_MENTION_EMPTY = f"Mention me with a command, e.g. @Tripwire watch {EXAMPLE_FIGURE}"


# --- Telegram ---------------------------------------------------------------------------------
TELEGRAM_LINK_LABEL = "Read the article"
TELEGRAM_UNDATED = "undated"
TELEGRAM_COMMAND_MENU = {
    "start": "Turn Tripwire on for this chat",
    "help": "The watch grammar and examples",
    "watch": "Add a watch, e.g. North Korea troops >= 10000",
    "watches": "List this chat's watches",
    "unwatch": "Remove watch N",
    "feeds": "The feeds read for this chat",
    "addfeed": "Add an RSS/Atom feed by URL",
    "removefeed": "Remove a feed this chat added",
}
TELEGRAM_COMMAND_MENU_DEFAULT = "Tripwire command"


# --- analyst features: backtest, trend charts, digests, quiet hours ----------------------------
HELP_ANALYST = (
    "/backtest N [30d] — what watch N would have caught in stored articles\n"
    "/trend N — a chart of every reported value of a figure watch\n"
    "/digest daily 08:00 | off — one digest a day instead of alert by alert\n"
    "/timezone Europe/Kyiv — the chat's time zone for digests and quiet hours\n"
    "/quiet 22:00-07:00 | off — hold alerts at night, summary in the morning\n"
    "/mute 2h — hold every alert for a while; /unmute ends it with a summary"
)
HELP_COMMANDS += "\n" + HELP_ANALYST
TELEGRAM_COMMAND_MENU.update({
    "backtest": "What watch N would have caught, e.g. /backtest 1 30d",
    "trend": "Chart of a figure watch over time, e.g. /trend 1",
    "digest": "Daily digest: /digest daily 08:00 or /digest off",
    "timezone": "The chat's time zone, e.g. /timezone Europe/Kyiv",
    "quiet": "Quiet hours, e.g. /quiet 22:00-07:00",
    "mute": "Hold all alerts for a while, e.g. /mute 2h",
    "unmute": "End a mute now, with a summary",
})

WATCH_LINE_STATS = "#{number} {rule} — {stats}"
WATCH_STATS = "last alert {last}, {week} in 7 days"
WATCH_STATS_NEVER = "no alerts yet"
WATCH_STATS_MUTED = ", muted until {until}"

BACKTEST_USAGE = (
    "Which watch, over how long? Expected a watch number from /watches and an optional "
    "period such as 7d or 30d. Example: /backtest 1 30d"
)
BACKTEST_HEAD = (
    "Backtest of watch #{number} ({rule}) over {articles} stored article{s} "
    "from {first} to {last}:"
)
BACKTEST_NO_ARTICLES = (
    "There are no stored articles from the last {period} to test watch #{number} on."
)
BACKTEST_COUNT = "It would have sent {count} alert{s}."
BACKTEST_NONE = "It would have sent no alert: loosen it or wait for more news."
BACKTEST_ALERT = "• {date} · {headline}\n  “{quote}” — {per}\n  {link}"
BACKTEST_MORE = "…and {count} more."
BACKTEST_UNDATED = "undated"
BACKTEST_UNPARSABLE = "Watch #{number} no longer parses: {error}"
CLI_BACKTEST_HEAD = "{rule}: {count} alert{s} in {articles} article{s} from {first} to {last}"
CLI_BACKTEST_EMPTY = "{rule}: no stored articles since {since}"
CLI_BAD_SINCE = "--since expects a period such as 30d, 12h or 90m, got {value!r}"

TREND_USAGE = "Which figure watch? Expected a watch number from /watches. Example: /trend 1"
TREND_NOT_FIGURE = (
    "Watch #{number} is not a figure watch, so there is nothing to chart. "
    "Example of one: /watch North Korea troops >= 10000"
)
TREND_TOO_FEW = "Only {count} reported value{s} of {what} so far; a chart needs two."
TREND_POINT = "• {date} · {value} — per {who}"
TREND_CAPTION = "{what}: {count} reported values from {first} to {last} by {claimants}"
TREND_TITLE = "{what} as reported"
TREND_UNATTRIBUTED = "unattributed"
TREND_THRESHOLD = "watch threshold {op} {value}"
TREND_AXIS_VALUE = "reported value"
TREND_AXIS_DATE = "date of report"

DIGEST_USAGE = (
    "Expected daily and a time, or off. Example: /digest daily 08:00 (in the chat's time "
    "zone; set it with /timezone Europe/Kyiv)"
)
DIGEST_ON = "Alerts now come as one digest a day at {at} ({zone})."
DIGEST_OFF = "Digest off: alerts come one by one again."
DIGEST_HEAD = "Digest of {now} ({zone}): {count} alert{s}"
DIGEST_WATCH = "Watch #{number}: {rule} ({count})"
DIGEST_ENTRY = "• {}"
DIGEST_MORE = "• …and {count} more"
SUMMARY_MUTE_HEAD = "Mute over: {count} alert{s} arrived meanwhile."
SUMMARY_QUIET_HEAD = "Quiet hours over: {count} alert{s} waited for you."
SUMMARY_NOTHING = "Nothing arrived."
TIMEZONE_USAGE = "Which time zone? Expected an IANA name. Example: /timezone Europe/Kyiv"
TIMEZONE_UNKNOWN = (
    "I don't know the time zone “{name}”. Expected an IANA name such as Europe/Kyiv or "
    "America/New_York."
)
TIMEZONE_DONE = "Time zone set to {zone}; it is {local} there now."
QUIET_USAGE = "Expected a local window or off. Example: /quiet 22:00-07:00"
QUIET_ON = "Quiet hours {window} ({zone}): alerts wait and arrive as one summary when they end."
QUIET_OFF = "Quiet hours off."
CHAT_MUTE_USAGE = "How long? Expected a duration such as 30m, 2h or 1d. Example: /mute 2h"
CHAT_MUTE_DONE = "All alerts held until {until}; nothing is dropped, a summary follows."
CHAT_UNMUTE_DONE = "Mute ended; held alerts follow in one summary."
CHAT_UNMUTE_NONE = "This chat is not muted."
PREFS_ZONE = "Time zone: {zone} (now {local})"
PREFS_DIGEST = "Digest: daily at {at}"
PREFS_QUIET = "Quiet hours: {window}"
PREFS_MUTED = "Muted until {until}"

# ---------------------------------------------------------------------------- Feeds (ingestion)
ALSO_REPORTED = "{outlet}; also reported by {others}"
FEED_DISABLED_NOTICE = (
    "I stopped reading {url} after {failures} failed attempts in a row. Last error: {error}. "
    "Remove it with /removefeed, or add it again once it works."
)
FEED_HEALTH_OK = " (ok, checked every {every})"
FEED_HEALTH_NEW = " (ok, checked every {every}, last new item {ago} ago)"
FEED_HEALTH_FAILING = " (failing {failures}× in a row: {error})"
ADDFEED_HTML_PAGE = (
    "That address is a web page, not a feed. It links to this feed: {feed}\n"
    "Add it with: /addfeed {feed}"
)
ADDFEED_OPML_DONE = (
    "Imported {added} feed{s} from the list ({existing} already read, {failed} refused)."
)
ADDFEED_OPML_REFUSED_LINE = "• {url}: {reason}"
ADDFEED_OPML_EMPTY = "That subscription list holds no feed URLs."
CLI_OPML_IMPORTED = "imported {added} new feed(s), {existing} already present"
