"""`tafelronde` / `python -m app`: a headless command when one is named, otherwise the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from app.cli import is_command_line

    if is_command_line(args):
        from app.cli import run

        return run(args)
    from app.ui.startup import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
