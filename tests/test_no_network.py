"""check, validate, export and templates open no network socket (only AF_UNIX would be allowed)."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from careplan.cli import main
from tests.network_guard import inet_sockets_open, no_network

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def test_the_guard_catches_a_network_attempt(monkeypatch: pytest.MonkeyPatch) -> None:
    with no_network(monkeypatch) as attempts:
        with pytest.raises(PermissionError):
            socket.create_connection(("example.org", 443))
        with pytest.raises(PermissionError):
            socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        if hasattr(socket, "AF_UNIX"):
            socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close()  # local sockets stay allowed
    assert len(attempts) == 2


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_fd_scan_sees_an_open_inet_socket() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        assert inet_sockets_open()
    assert inet_sockets_open() == []


def test_check_validate_export_and_templates_use_no_network(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plans = sorted(EXAMPLES.glob("*.careplan.json"))
    assert plans
    with no_network(monkeypatch) as attempts:
        for n, plan in enumerate(plans):
            assert main(["validate", str(plan)]) == 0
            assert main(["check", "--json", str(plan)]) in (0, 1)
            code = main(["export", str(plan), "--handout", str(tmp_path / f"h{n}.pdf"), "--summary", str(tmp_path / f"s{n}.pdf"),
                         "--fhir", str(tmp_path / f"f{n}.json")])
            assert code in (0, 1)
        assert main(["templates", "list", "--json"]) == 0
        assert main(["new", "--template", "chronic-low-back-pain", "-o", str(tmp_path / "new.careplan.json")]) == 0
        assert main(["catalog", "drugs", "--json"]) == 0
    capsys.readouterr()
    assert attempts == []
    assert inet_sockets_open() == []
    assert list(tmp_path.glob("h*.pdf"))  # the exports really ran
