"""Time expressions: find them in news text and normalise them against the published date.

>>> import datetime
>>> [(t.text, t.date.iso) for t in find_time_expressions("Forces withdrew late on Monday.",
...                                                     datetime.date(2019, 2, 12))]
[('late on Monday', '2019-02-11')]
"""

from libya_events.dates._sections import (
    day_headings,
    heading_day,
    in_dateline_sections,
    in_day_sections,
    in_publication_month,
    publication_month,
    section_datelines,
)
from libya_events.dates._timex import (
    TimeExpression,
    find_time_expressions,
    normalize_time_expression,
    parse_published,
)

__all__ = [
    "TimeExpression",
    "day_headings",
    "find_time_expressions",
    "heading_day",
    "in_dateline_sections",
    "in_day_sections",
    "in_publication_month",
    "normalize_time_expression",
    "parse_published",
    "publication_month",
    "section_datelines",
]
