"""Whether the clinic has reviewed the wording of a handout's language (DESIGN.md, Patient
language): the summary states it, the export warns the clinician until it is recorded."""

from __future__ import annotations

from collections.abc import Iterable

from careplan.domain.languages import LanguageReview, base_language, language_name, review_for
from careplan.export.patient_catalog import SOURCE_LANGUAGE, catalog_version


def needs_review(language: str, reviews: Iterable[LanguageReview]) -> bool:
    """True for a translated handout whose wording (this catalog version) has no recorded review."""
    if base_language(language) == SOURCE_LANGUAGE:
        return False
    return review_for(reviews, language, catalog_version(language)) is None


def review_statement(language: str, reviews: Iterable[LanguageReview]) -> str:
    """One line for the clinician: the handout's language and the state of its review."""
    name = language_name(language)
    if base_language(language) == SOURCE_LANGUAGE:
        return name
    version = catalog_version(language)
    review = review_for(reviews, language, version)
    if review is None:
        return (f"{name}; wording {version} not yet reviewed by this clinic "
                "(record the review in Preferences, Handout languages)")
    return f"{name}; wording {version} reviewed by {review.reviewed_by} on {review.reviewed_on.isoformat()}"


def review_warning(language: str, reviews: Iterable[LanguageReview]) -> str | None:
    """The export's warning while a translated handout's wording is unreviewed, else None."""
    if not needs_review(language, reviews):
        return None
    return (f"the {language_name(language)} handout wording ({catalog_version(language)}) has not been reviewed by "
            "your clinic; check the handout before you give it, and record the review in Preferences")
