"""The clinician summary's numbered source list: the sources of the findings present, each work once.

A source is numbered by its identity, not its wording: the same FDA communication cited with two
different summaries of what it says is one work, so one number ("FDA Drug Safety Communication,
31 Aug 2016: ..." and "...: boxed warning ..." share the part before the first ": "; two citations
with the same address are one work too). Only what the findings cite is listed: a red flag or a
phone line the handout prints is not a finding's evidence, and a Wyoming page has no place in a
Texas patient's summary.

Working notes never print: a citation that only says a source was not found is left out, and
notes such as "(status not confirmed)", machine addresses (api.fda.gov, repository paths) and
"secondary copy" remarks are taken out of what prints (the catalog keeps them for its editors).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from careplan.domain.catalog_model import Source
from careplan.domain.findings import Finding
from careplan.domain.plan import CarePlan
from careplan.export.context import RenderContext

SourceKey = str

# A citation that is nothing but a note about a missing source.
_NOTE_ONLY = re.compile(
    r"^(?:secondary(?:/vendor)?\b|vendor (?:page|claim)\b|unverified\b|careplan [\w -]*table\b)|"
    r"\b(?:primary source not found|no (?:official )?source found|no official source)\b",
    re.IGNORECASE)
# Notes inside a citation: "(status not confirmed)", "(secondary sources only)", "- verify".
_NOTE_PARTS = re.compile(
    r"\s*\([^()]*\b(?:not confirmed|unverified|not verified|verify|secondary (?:copy|sources?)|checked in)\b[^()]*\)"
    r"|\s*[-\u2013\u2014]\s*(?:verify|not verified)\b[^;.]*",
    re.IGNORECASE)
# Repository paths and file names ("input/cql/OMTKData.cql", "facts.md").
_PATHS = re.compile(r"\s*\(?\b[\w.-]+(?:/[\w.-]+)*\.(?:cql|md|py|json|ya?ml)\b(?:\s+v[\d.]+)?\)?", re.IGNORECASE)
# Addresses a reader cannot open as a page: query APIs and repository trees.
_MACHINE_URL = re.compile(r"//api\.|/api/|\.json\b|rxnav|github\.com/.+/(?:tree|blob)/", re.IGNORECASE)


def source_key(source: Source) -> SourceKey:
    """A source's identity: the work it names (the citation up to its first ": ")."""
    work = source.citation.split(": ", 1)[0]
    return " ".join(work.split()).lower()


def _url_key(url: str) -> str:
    return re.sub(r"^https?://(?:www\.)?", "", url.strip()).rstrip("/").lower()


def printable(source: Source) -> Source | None:
    """The source as it may print, without working notes and machine addresses; None when the
    citation is only a note that no source was found."""
    if _NOTE_ONLY.search(source.citation):
        return None
    citation = _PATHS.sub("", _NOTE_PARTS.sub("", source.citation)).strip(" ,;")
    url = source.url if source.url and not _MACHINE_URL.search(source.url) else None
    return Source(citation=citation, url=url, grade=source.grade)


@dataclass
class SourceList:
    """The findings' sources in print order, numbered from 1, each work once."""

    entries: list[Source] = field(default_factory=list)
    _numbers: dict[str, int] = field(default_factory=dict)

    def _number(self, source: Source) -> int | None:
        found = self._numbers.get(source_key(source))
        if found is None and source.url:
            found = self._numbers.get(_url_key(source.url))
        return found

    def add(self, source: Source) -> None:
        shown = printable(source)
        if shown is None or self._number(source) is not None:
            return
        self.entries.append(shown)
        number = len(self.entries)
        self._numbers[source_key(source)] = number
        if source.url:
            self._numbers.setdefault(_url_key(source.url), number)

    def refs(self, finding: Finding) -> list[int]:
        """The numbers a finding cites, in ascending order, each once."""
        return sorted({n for s in finding.sources if (n := self._number(s)) is not None})

    @property
    def numbers(self) -> dict[str, int]:
        return dict(self._numbers)


def source_list(plan: CarePlan, ctx: RenderContext) -> SourceList:
    """The numbered sources of this summary: those of its findings, in the order they cite them
    (the same numbers on every call for one render)."""
    out = SourceList()
    for finding in ctx.report.findings:
        for source in finding.sources:
            out.add(source)
    return out
