"""A real throw-away PostgreSQL server for tests, started from Debian's `postgresql` package.

Why not pytest-postgresql's `postgresql_proc`: the tests run as root and PostgreSQL refuses to
run as root, so initdb/pg_ctl run as the `postgres` user (`runuser -u postgres --`) in a temporary
directory owned by that user. Connections go over TCP on 127.0.0.1 and a random free port; the
unix socket lives in the same temporary directory. `stop()`/`start()` let a test cut the line.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def _server_bin() -> Path:
    """TAFELRONDE_PG_BIN, else the newest /usr/lib/postgresql/<version>/bin (Debian installs the
    release's version: 15 on bookworm, 17 on trixie), else pg_ctl on the PATH."""
    if os.environ.get("TAFELRONDE_PG_BIN"):
        return Path(os.environ["TAFELRONDE_PG_BIN"])
    versions = [p.parent for p in Path("/usr/lib/postgresql").glob("*/bin/pg_ctl")]
    versions.sort(key=lambda b: int(b.parent.name) if b.parent.name.isdigit() else 0)
    if versions:
        return versions[-1]
    on_path = shutil.which("pg_ctl")
    return Path(on_path).parent if on_path else Path("/usr/lib/postgresql/15/bin")


BIN = _server_bin()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PgServer:
    """initdb + pg_ctl in a temp dir; superuser `postgres`, trust authentication on 127.0.0.1."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="tafelronde-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self._as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self._as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
            os.chmod(self.root, 0o755)

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as_postgres, *args], check=True, capture_output=True, timeout=60)

    def init(self) -> None:
        self._run(
            str(BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
            "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            str(BIN / "pg_ctl"), "-D", str(self.data), "-o", options, "-w", "-t", "30",
            "-l", str(self.root / "log"), "start",
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._run(str(BIN / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def running(self) -> bool:
        status = subprocess.run(
            [*self._as_postgres, str(BIN / "pg_ctl"), "-D", str(self.data), "status"],
            capture_output=True,
            timeout=60,
        )
        return status.returncode == 0

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str, database: str = "postgres") -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE need that)."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname=database, autocommit=True
        ) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    def destroy(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)
