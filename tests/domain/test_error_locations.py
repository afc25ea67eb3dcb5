"""Where a problem is, in one line: a key a hostile file made up is quoted and escaped."""

from __future__ import annotations

from careplan.domain.errors import location


def test_plain_keys_read_as_a_path() -> None:
    assert location(("modules", 0, "medication", "items", 1, "dose")) == "modules[0].items[1].dose"


def test_made_up_keys_are_quoted_and_stay_on_one_line() -> None:
    for key in ("\n", "\u2028", "a\rb", ""):
        text = location(("follow_up", key))
        assert text == f"follow_up[{key!r}]"
        assert text.isprintable(), text
