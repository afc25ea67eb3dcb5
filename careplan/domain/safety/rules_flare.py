"""FLARE-UNLISTED: the flare plan lets the patient take a medicine the plan does not hold.

A medicine taken on a bad day is still taken: if it is not in the plan or among the current
medicines, no dose limit, interaction or MME check has counted it. Two ways this happens:

* the free text of "may take" names a catalog medicine (by id, generic name, a brand, or the
  local name from the brand table) that is neither planned nor current;
* a medicine chosen by item id (``FlarePlan.may_take_items``) is no longer in the plan.
"""

from __future__ import annotations

import re
from functools import cache

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_model import Drug
from careplan.domain.findings import Finding
from careplan.domain.safety.context import SafetyContext, join_words

# Words shorter than this are not medicine names worth matching ("gel", "oral").
_MIN_TERM = 4
_PARENS = re.compile(r"\s*\(([^)]*)\)")


def _base(drug: Drug) -> str:
    """The generic stem a patient would write: "diclofenac" for "Diclofenac 1% gel (topical)",
    "naproxen" for "Naproxen sodium", "oxycodone" for "Oxycodone/acetaminophen 5/325 mg"."""
    return re.split(r"[\s/(]", drug.name.strip().lower(), maxsplit=1)[0]


def _terms(drug: Drug, catalog: CatalogIndex) -> set[str]:
    """Every way the free text may name ``drug``: id, name, the name without its bracket,
    a one-word synonym in the bracket ("paracetamol"), brands, and the brand table's names."""
    name = drug.name.strip().lower()
    terms = {drug.id, drug.id.replace("-", " "), name, _PARENS.sub("", name).strip(), _base(drug)}
    for inner in _PARENS.findall(name):
        if " " not in inner.strip():
            terms.add(inner.strip())
    terms.update(b.lower() for b in drug.brands)
    for row in catalog.data.brands.entries:
        if row.drug == drug.id:
            terms.update(n.lower() for n in row.names)
            if row.generic:
                terms.add(row.generic.lower())
    return {t for t in terms if len(t) >= _MIN_TERM}


@cache
def _index(catalog: CatalogIndex) -> tuple[tuple[re.Pattern[str], frozenset[str]], ...]:
    """(pattern of one term, the drug ids it names), longest terms first."""
    named: dict[str, set[str]] = {}
    for drug in catalog.data.drugs:
        for term in _terms(drug, catalog):
            named.setdefault(term, set()).add(drug.id)
    ordered = sorted(named, key=len, reverse=True)
    return tuple((re.compile(rf"(?<![\w-]){re.escape(t)}(?![\w-])", re.IGNORECASE), frozenset(named[t])) for t in ordered)


def named_drugs(text: str, catalog: CatalogIndex) -> list[tuple[str, frozenset[str]]]:
    """The catalog medicines ``text`` names, as (the words found, the drug ids they can mean),
    in the order they appear; a longer name wins over a shorter one inside it."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, str, frozenset[str]]] = []
    for pattern, ids in _index(catalog):
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            found.append((start, match.group(0), ids))
    return [(words, ids) for _, words, ids in sorted(found)]


def flare_unlisted(ctx: SafetyContext) -> list[Finding]:
    """FLARE-UNLISTED (warning): the flare plan's "may take" names a medicine that is neither
    in the plan nor among the current medicines, or a chosen item that no longer exists."""
    flare = ctx.plan.flare_plan
    findings: list[Finding] = []
    known = {m.id for m in ctx.meds}
    missing = [i for i in dict.fromkeys(flare.may_take_items) if i not in known]
    if missing:
        findings.append(Finding(
            rule="FLARE-UNLISTED", severity="warning",
            title="Flare plan lists a medicine that is no longer in the plan",
            detail=(
                f"The flare plan's \"may take\" list refers to {len(missing)} medicine(s) that are neither planned nor "
                "current any more, so the handout cannot print their dose or limit. Choose again from the plan's medicines."
            ),
            items=tuple(missing),
        ))
    text = flare.may_take
    if not text.strip():
        return findings
    in_plan = {m.drug.id for m in ctx.meds if m.drug is not None}
    bases = {_base(m.drug) for m in ctx.meds if m.drug is not None}
    unlisted: list[str] = []
    for words, ids in named_drugs(text, ctx.catalog):
        candidates = [ctx.catalog.drugs[i] for i in sorted(ids)]
        # Covered when the plan holds that medicine, or another form of it ("diclofenac" and
        # the plan's diclofenac gel). A combination product's ingredient does not cover it:
        # a separate acetaminophen on a bad day is not counted in the plan's totals.
        if any(d.id in in_plan or _base(d) in bases for d in candidates):
            continue
        if words.lower() not in (u.lower() for u in unlisted):
            unlisted.append(words)
    if unlisted:
        names = join_words([f'"{w}"' for w in unlisted])
        findings.append(Finding(
            rule="FLARE-UNLISTED", severity="warning",
            title="Flare plan names a medicine that is not in the plan",
            detail=(
                f"The flare plan's \"may take\" text names {names}, which is neither planned nor among the current "
                "medicines: no dose limit, interaction or MME check counts it. Add it to the plan (and choose it for "
                "the flare plan) or take it out of the text."
            ),
        ))
    return findings
