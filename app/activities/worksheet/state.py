"""Where a worksheet activity's pieces live: its definition, its instances and filled values.

Definitions come from the built-in folder and the app data folder's worksheets/ folder (an
organiser's own files). Values are keyed rows "ws:<instance>:<field>" in the activity's results;
instances (one per group, say) are listed in the activity's config.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.core import worksheets
from app.core.worksheets import Catalogue, Definition, Instance
from app.storage.agenda import config_of
from app.storage.errors import ConflictError
from app.storage.store import Store


def custom_dir() -> Path | None:
    """The organiser's own definitions: <app data>/worksheets (None when it cannot be made)."""
    try:
        from app.paths import data_dir

        folder = data_dir() / "worksheets"
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    except OSError:
        return None


def load_catalogue() -> Catalogue:
    return worksheets.catalogue(custom_dir())


def definition_for(
    store: Store, activity_id: int, catalogue: Catalogue | None = None
) -> Definition | None:
    activity = store.agenda.get(activity_id)
    if activity is None:
        return None
    key = config_of(activity).get("worksheet")
    return (catalogue or load_catalogue()).get(key) if isinstance(key, str) else None


def instances(store: Store, activity_id: int) -> list[Instance]:
    activity = store.agenda.get(activity_id)
    return worksheets.instances_of(config_of(activity) if activity else {})


def save_instances(store: Store, activity_id: int, items: list[Instance]) -> None:
    """Write the instance list into the config, retrying once if another laptop changed it."""
    for attempt in range(3):
        activity = store.agenda.get(activity_id)
        if activity is None:
            return
        config = config_of(activity)
        config["instances"] = worksheets.instances_config(items)
        try:
            store.agenda.update(activity_id, expected_version=activity.version, config=config)
            return
        except ConflictError:
            if attempt == 2:
                raise


def read_values(
    store: Store, definition: Definition, activity_id: int, instance: str
) -> dict[str, Any]:
    rows = store.results.all(activity_id, worksheets.instance_prefix(instance))
    return worksheets.values_from_rows(definition, rows, instance)


def write_value(store: Store, activity_id: int, instance: str, field_key: str, value: Any) -> None:
    store.results.set(activity_id, worksheets.row_key(instance, field_key), value)


def remove_instance_values(store: Store, activity_id: int, instance: str) -> None:
    for key in store.results.all(activity_id, worksheets.instance_prefix(instance)):
        store.results.delete(activity_id, key)
