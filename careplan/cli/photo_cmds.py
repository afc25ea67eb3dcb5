"""``careplan photos``: the clinic's own exercise photos, printed in handouts instead of the drawings."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from careplan.cli.output import EXIT_OK, CliError
from careplan.domain.catalog import load_catalog
from careplan.storage.exercise_photos import PhotoError, PhotoLibrary


def register(sub: Any) -> None:
    photos = sub.add_parser("photos", help="list, set or remove the clinic's own exercise photos (PNG or JPEG)")
    photos.add_argument("action", nargs="?", default="list", choices=("list", "set", "remove"))
    photos.add_argument("exercise", nargs="?", metavar="EXERCISE", help="a catalog exercise id (set, remove)")
    photos.add_argument("image", nargs="?", metavar="IMAGE", help="set: the photo file")
    photos.set_defaults(func=cmd_photos)


def cmd_photos(args: argparse.Namespace) -> int:
    catalog = load_catalog()
    library = PhotoLibrary()
    if args.action == "list":
        if args.exercise or args.image:
            raise CliError("'photos list' takes no arguments")
        found, problems = library.checked(set(catalog.exercises))
        for problem in problems:
            print(f"careplan: {problem}", file=sys.stderr)
        for exercise_id, path in sorted(found.items()):
            print(f"{exercise_id:<32} {path}")
        return EXIT_OK
    if not args.exercise:
        raise CliError(f"'photos {args.action}' needs an exercise id (see 'careplan catalog exercises')")
    if args.exercise not in catalog.exercises:
        raise CliError(f"no exercise {args.exercise!r} in the catalog (see 'careplan catalog exercises')")
    name = catalog.exercises[args.exercise].name
    try:
        if args.action == "set":
            if not args.image:
                raise CliError("'photos set' needs an exercise id and an IMAGE file")
            stored = library.attach(args.exercise, Path(args.image))
            print(f"{name}: the handout shows your photo ({stored})")
        else:
            if args.image:
                raise CliError("'photos remove' takes only an exercise id")
            removed = library.remove(args.exercise)
            print(f"{name}: " + ("photo removed; the handout shows the drawing" if removed else "had no photo"))
    except PhotoError as exc:
        raise CliError(str(exc)) from None
    return EXIT_OK
