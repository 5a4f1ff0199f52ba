"""The phone page as one self-contained HTML document (CSS and JS inlined, nothing external).

The script is the frame (resources/room/app.js) followed by the view script of every registered
activity kind's phone part (the registry, in its order), then the call that starts the page.
A Content-Security-Policy in the page forbids any request except the room's own WebSocket.
"""

from __future__ import annotations

from html import escape
from importlib import resources as package_files

from app import resources
from app.activities import registry


def script_text(reference: str) -> str:
    """A view script: a resource name ("room/views/vote.js"), or "package:file.js" for a kind
    that lives in its own package (a plug-in outside app/)."""
    package, sep, name = reference.partition(":")
    if not sep:
        return resources.read_text(reference)
    if ".." in name.split("/") or name.startswith("/"):
        raise resources.ResourceError(f"unsafe view script name: {reference!r}")
    return package_files.files(package).joinpath(name).read_text(encoding="utf-8")


def page_script() -> str:
    """app.js, every kind's view script, then the start, for the page's one <script> element.
    Each goes into a script element of its own, so a kind's broken view script (a syntax error)
    costs only that view, never the frame or the other kinds."""
    parts = [resources.read_text("room/app.js")]
    parts += [script_text(reference) for reference in registry.view_scripts()]
    parts.append("Tafelronde.start();\n")
    # a script's own text can never end its <script> element early
    return "</script>\n<script>".join(part.replace("</", "<\\/") for part in parts)


def render(token_ok: bool, ws_url: str, token: str) -> str:
    """The page for a request: the app when the token is right, a polite refusal otherwise."""
    template = resources.read_text("room/index.html")
    policy = (
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
        f"connect-src {ws_url}; img-src data:; base-uri 'none'; form-action 'self'"
    )
    values = {
        "policy": escape(policy),
        "style": resources.read_text("room/style.css"),
        "script": page_script() if token_ok else "",
        "ws": escape(ws_url if token_ok else ""),
        "token": escape(token if token_ok else ""),
        "state": "joining" if token_ok else "invalid",
        "invalid_hidden": "hidden" if token_ok else "",
    }
    for name, value in values.items():
        template = template.replace("{{" + name + "}}", value)
    return template
