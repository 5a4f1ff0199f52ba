"""`tafelronde template import FILE` and `tafelronde template export KEY -o FILE`.

The same checks as File › Import template: the file is read within bounds, validated, and stored
under its key in the user's templates folder (a key that is not a plain name is refused, so no
file outside that folder is ever written). Export writes a built-in template as shipped (both
languages) or a user template as stored, atomically.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import fail
from app.core.atomic import OutputError, write_text
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.i18n import translate

NAME = "template"
IMPORTED = QT_TRANSLATE_NOOP("cli", "Template “{title}” imported as {key}.")
UNKNOWN = QT_TRANSLATE_NOOP("cli", "Unknown template: {key}. Known: {known}")
WRITE_FAILED = QT_TRANSLATE_NOOP("SessionFile", "Cannot write {path}: {reason}")


def add_arguments(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("template", help="import or export a session template file")
    actions = parser.add_subparsers(dest="template_action", metavar="ACTION", required=True)
    importing = actions.add_parser("import", help="add a template file to your templates")
    importing.add_argument("file", type=Path)
    importing.set_defaults(handler=run_import)
    export = actions.add_parser("export", help="write a template (built-in or yours) to a file")
    export.add_argument("key", help="template key (see 'tafelronde templates')")
    export.add_argument("-o", "--output", type=Path, required=True, help="file to write (.json)")
    export.set_defaults(handler=run_export)


def _error(error: UserError) -> int:
    from app.i18n import user_text

    return fail(user_text(error))


def run_import(options: argparse.Namespace) -> int:
    from app.core import templates
    from app.i18n import preferred_language
    from app.paths import user_templates_dir

    try:
        template = templates.import_file(
            options.file, user_templates_dir(), options.lang or preferred_language()
        )
    except templates.TemplateError as error:
        return _error(error)
    except OutputError:
        raise  # app.cli.run says which file and why, exit 1
    except OSError as error:  # the templates folder cannot be written
        reason = error.strerror or str(error)
        return fail(translate("SessionFile", WRITE_FAILED, path=user_templates_dir(),
                               reason=reason))  # fmt: skip
    print(translate("cli", IMPORTED, title=template.title, key=template.key))
    return 0


def run_export(options: argparse.Namespace) -> int:
    from app import resources
    from app.core import templates
    from app.paths import user_templates_dir

    key = options.key
    try:
        if key in templates.builtin_keys():
            text = resources.read_text(f"templates/{key}.json")
        else:
            path = templates.path_in(user_templates_dir(), key)
            if not path.is_file():
                known = templates.builtin_keys() + [
                    t.key for t in templates.user_templates(user_templates_dir(), "nl")
                ]
                return fail(translate("cli", UNKNOWN, key=key, known=", ".join(known)))
            text = templates.dumps(templates.load_file(path))
        write_text(options.output, text)
    except templates.TemplateError as error:
        return _error(error)
    except OutputError:
        raise  # app.cli.run says which file and why, exit 1
    except OSError as error:
        reason = error.strerror or str(error)
        return fail(translate("SessionFile", WRITE_FAILED, path=options.output, reason=reason))
    print(options.output)
    return 0
