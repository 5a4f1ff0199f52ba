"""Example values for any worksheet field: a preview of a filled sheet, and test data.

Every piece of text carries a marker so a test can find it back in a PDF or on screen.
"""

from __future__ import annotations

from typing import Any

from app.core.worksheet_fields import CHECK_STATES, Field, normalize


def sample_value(spec: Field, marker: str = "x", long: bool = False) -> Any:
    """A filled value of the field's type; `long` makes texts long enough to flow over pages."""
    filler = " ".join(["lorem ipsum dolor"] * 60) if long else ""

    def text(n: int | str) -> str:
        return f"{marker}{spec.key}{n} {filler}".strip()

    kind = spec.type
    if kind in ("text", "long_text"):
        return text(0)
    if kind == "list":
        return [text(n) for n in range(3)]
    if kind in ("table", "matrix"):
        return [[text(f"{r}c{c}") for c in range(len(spec.columns))] for r in range(len(spec.rows))]
    if kind == "checklist":
        return [
            {"state": CHECK_STATES[n % 3], "note": text(n) if n % 2 == 0 else ""}
            for n in range(len(spec.items))
        ]
    if kind == "assignment":
        keys = [o.key for o in spec.options]
        rows = [{"choice": keys[n % len(keys)], "note": text(n)} for n in range(len(spec.items))]
        extra = [{"item": text("own"), "choice": keys[0], "note": ""}] if spec.allow_extra else []
        return normalize(spec, {"rows": rows, "extra": extra})
    if kind == "steps":
        return [text(n) for n in range(len(spec.steps))]
    if kind == "groups":
        return [
            {"name": text(f"g{g}"), "lists": {o.key: [text(f"g{g}{o.key}")] for o in spec.options}}
            for g in range(2)
        ]
    if kind == "links":
        return [
            {"left": n % len(spec.left_terms), "right": n % len(spec.right_terms), "note": text(n)}
            for n in range(2)
        ]
    # poll
    own = [{"label": text("own"), "count": 2}] if spec.allow_extra else []
    return {"counts": [(n * 3) % 7 for n in range(len(spec.items))], "extra": own}
