"""mkdocs hooks for the documentation site (``hooks:`` in mkdocs.yml).

``<!-- map -->`` in a page becomes the map image when ``docs/map.png`` exists
(another part of the project draws it) and a plain sentence otherwise, so that
``mkdocs build --strict`` never fails on a missing image.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

MARKER = "<!-- map -->"
_MISSING = "*(A map of the parsed events appears here once `docs/map.png` has been drawn.)*"


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Put the map image (or the sentence saying it is not drawn yet) in place of the marker."""
    if MARKER not in markdown:
        return markdown
    docs = Path(config["docs_dir"])
    if (docs / "map.png").is_file():
        depth = page.file.src_uri.count("/")
        image = "../" * depth + "map.png"
        return markdown.replace(
            MARKER,
            f"![A map of the example articles: places, movement arrows by kind and uncertainty circles]({image})",
        )
    return markdown.replace(MARKER, _MISSING)


# --------------------------------------------------------------------------- doctests in docstrings

try:  # mkdocs is only installed with the ``docs`` extra
    from markdown import Extension, Markdown
    from markdown.preprocessors import Preprocessor
    from mkdocs.plugins import event_priority
except ImportError:  # pragma: no cover
    pass
else:
    _ROLE = re.compile(r":(?:py:)?(?:class|meth|func|attr|mod|data|exc|obj|const):`(~?)([^`]+)`")

    def _role_to_code(match: re.Match[str]) -> str:
        """``:class:`~a.b.C``` (a Sphinx role) as Markdown code: `` `C` `` (or the full path without ``~``)."""
        target = match.group(2)
        return f"`{target.rsplit('.', 1)[-1] if match.group(1) else target}`"

    class _DoctestFences(Preprocessor):
        """Fence ``>>>`` sessions (and their output) as ``pycon`` code; Sphinx roles become code.

        Docstrings keep their examples as bare doctest sessions, which Markdown would
        otherwise read as prose (and ``[('a', 1)]`` as a link reference).
        """

        def run(self, lines: list[str]) -> list[str]:
            return self._fence([_ROLE.sub(_role_to_code, line) if "`" in line else line for line in lines])

        def _fence(self, lines: list[str]) -> list[str]:
            out: list[str] = []
            in_fence = False
            in_session = False
            for line in lines:
                stripped = line.lstrip()
                if stripped.startswith(("```", "~~~")) and not in_session:
                    in_fence = not in_fence
                    out.append(line)
                    continue
                if in_fence:
                    out.append(line)
                    continue
                if not in_session and stripped.startswith(">>>") and line == stripped:
                    out.extend(["", "```pycon"])
                    in_session = True
                elif in_session and not line.strip():
                    out.extend(["```", ""])
                    in_session = False
                out.append(line)
            if in_session:
                out.append("```")
            return out

    class DoctestExtension(Extension):
        """The Markdown extension that registers :class:`_DoctestFences`."""

        def extendMarkdown(self, md: Markdown) -> None:
            md.preprocessors.register(_DoctestFences(md), "doctest_fences", 40)

    @event_priority(100)  # before mkdocstrings reads the extension list
    def on_config(config: Any) -> Any:
        """Add the doctest fencing to the site's (and mkdocstrings') Markdown extensions."""
        config.markdown_extensions.append(DoctestExtension())
        return config
