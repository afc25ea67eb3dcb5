"""A guard that records (and refuses) every network socket a test's code tries to open.

Python-level: ``socket.socket`` for any family but AF_UNIX, ``socket.create_connection`` and name
lookups. Native code (Qt) does not go through Python's socket module, so ``inet_sockets_open``
also reads this process's open file descriptors on Linux and finds any TCP/UDP socket among them.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest


@contextmanager
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    attempts: list[str] = []
    real_socket = socket.socket

    class GuardedSocket(real_socket):  # type: ignore[misc, valid-type]
        def __init__(self, family: Any = socket.AF_INET, type: Any = socket.SOCK_STREAM, proto: int = 0,
                     fileno: int | None = None) -> None:
            if fileno is None and family != getattr(socket, "AF_UNIX", object()):
                attempts.append(f"socket({family!r}, {type!r})")
                raise PermissionError("network access is not allowed in Careplan")
            super().__init__(family, type, proto, fileno)

    def refuse(name: str) -> Any:
        def refused(*args: object, **kwargs: object) -> Any:
            attempts.append(f"{name}{args[:2]!r}")
            raise PermissionError("network access is not allowed in Careplan")
        return refused

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse(name))
    yield attempts


def _socket_inodes_of(table: str) -> set[str]:
    path = Path("/proc/net") / table
    if not path.exists():
        return set()
    lines = path.read_text(encoding="ascii", errors="replace").splitlines()[1:]
    return {line.split()[9] for line in lines if len(line.split()) > 9}


def inet_sockets_open() -> list[str]:
    """TCP and UDP sockets (IPv4 and IPv6) this process holds open right now (Linux only; else [])."""
    if not sys.platform.startswith("linux"):
        return []
    inet = set().union(*(_socket_inodes_of(t) for t in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6")))
    found: list[str] = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:[") and target[8:-1] in inet:
            found.append(f"fd {fd.name}: {target}")
    return found
