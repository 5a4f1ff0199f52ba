"""The phone page as one self-contained HTML document (CSS and JS inlined, nothing external).

A Content-Security-Policy in the page forbids any request except the room's own WebSocket.
"""

from __future__ import annotations

from html import escape

from app import resources


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
        "script": resources.read_text("room/app.js") if token_ok else "",
        "ws": escape(ws_url if token_ok else ""),
        "token": escape(token if token_ok else ""),
        "state": "joining" if token_ok else "invalid",
        "invalid_hidden": "hidden" if token_ok else "",
    }
    for name, value in values.items():
        template = template.replace("{{" + name + "}}", value)
    return template
