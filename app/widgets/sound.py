"""The chime at zero: Qt Multimedia when it can play, otherwise silence plus a visual flash.

Qt Multimedia is loaded lazily on first use and only through `load_backend()`, so a machine
without sound libraries or audio device (or a missing QtMultimedia module) costs nothing and never
crashes: `Chime.play()` then emits `flash` and the timer view blinks instead. The bundled WAV is
our own: `write_chime()` synthesises it with the standard `wave` module.
"""

from __future__ import annotations

import logging
import math
import struct
import wave
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QtMsgType, QUrl, Signal, qInstallMessageHandler

from app import resources
from app.core.atomic import atomic_write

log = logging.getLogger(__name__)
SOUND = "sounds/chime.wav"


class Player(Protocol):
    def play(self) -> None: ...


@contextmanager
def _quiet_qt() -> Iterator[None]:
    """Route Qt's messages to our log while probing audio (missing libraries are expected)."""

    def to_log(mode: QtMsgType, context: Any, message: str) -> None:
        del mode, context
        log.debug("audio: %s", message)

    previous = qInstallMessageHandler(to_log)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def load_backend(path: Path) -> Player | None:
    """A QSoundEffect for the file, or None when Qt Multimedia or an audio output is missing."""
    try:
        with _quiet_qt():
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if not QMediaDevices.audioOutputs():
                log.info("no audio output: the chime falls back to a flash")
                return None
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.9)
            if effect.status() == QSoundEffect.Status.Error:
                return None
            return effect
    except Exception as error:  # ImportError, missing shared libraries, plugin errors
        log.info("Qt Multimedia unavailable (%s): the chime falls back to a flash", error)
        return None


class Chime(QObject):
    """Plays the bundled chime; emits `flash` when it cannot, so the view can blink instead."""

    flash = Signal()
    played = Signal(bool)  # True = audible, False = fell back to the flash

    def __init__(
        self,
        parent: QObject | None = None,
        loader: Callable[[Path], Player | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._loader = loader
        self._player: Player | None = None
        self._loaded = False

    def prepare(self) -> bool:
        """Load the sound ahead of time (loading is asynchronous); True when sound can play."""
        if not self._loaded:
            self._loaded = True
            loader = self._loader or load_backend
            try:
                self._player = loader(resources.path(SOUND))
            except Exception as error:  # a broken backend must never stop the session
                log.warning("chime could not load: %s", error)
                self._player = None
        return self._player is not None

    @property
    def audible(self) -> bool:
        return self._player is not None

    def play(self) -> bool:
        """Chime (or flash); returns True when the sound was started."""
        if self.prepare() and self._player is not None:
            try:
                with _quiet_qt():
                    self._player.play()
                self.played.emit(True)
                return True
            except Exception as error:
                log.warning("chime could not play: %s", error)
                self._player = None
        self.flash.emit()
        self.played.emit(False)
        return False


_shared: Chime | None = None


def shared_chime() -> Chime:
    """One chime for the whole app, so two views of one timer never ring twice."""
    global _shared
    if _shared is None:
        _shared = Chime()
    return _shared


def write_chime(path: Path, rate: int = 22050) -> None:
    """Synthesise the bundled chime: two soft bell tones (E6, then A5) with a fading tail."""
    notes = [(1318.5, 0.0), (880.0, 0.28)]
    length = 1.6
    frames = bytearray()
    for i in range(int(rate * length)):
        t = i / rate
        sample = 0.0
        for frequency, begin in notes:
            if t >= begin:
                age = t - begin
                envelope = min(1.0, age / 0.005) * math.exp(-age * 3.2)
                sample += envelope * (
                    math.sin(2 * math.pi * frequency * age)
                    + 0.3 * math.sin(2 * math.pi * 2.01 * frequency * age)
                )
        frames += struct.pack("<h", int(max(-1.0, min(1.0, sample * 0.45)) * 32767))
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path) as handle, wave.open(handle, "wb") as out:  # never half a chime
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
