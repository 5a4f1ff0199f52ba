"""Beamer window, timer view and chime: colours by state, aligned ticks, the silent fallback."""

from __future__ import annotations

import builtins

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

import app.widgets.sound as sound
from app.core.clock import FakeClock
from app.core.countdown import State
from app.ui.beamer.window import BeamerWindow, choose_screen
from app.widgets.fit_label import FitLabel
from app.widgets.sound import Chime
from app.widgets.timer import TimerController, TimerControls, TimerView


def _background(view: TimerView) -> str:
    return view.palette().window().color().name()


def test_timer_view_colours_follow_the_states(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    controller = TimerController(clock, 120, warning=60, chime=Chime(loader=lambda path: None))
    view = TimerView(controller)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    states: list[str] = []
    controller.stateChanged.connect(states.append)
    assert view.digits.text() == "02:00" and _background(view) == "#000000"
    controller.start()
    clock.advance(61)
    controller.on_timeout()
    assert controller.state() is State.WARNING
    assert view.digits._color == QColor("#ffc400")
    with qtbot.waitSignal(controller.reachedZero, timeout=100):
        clock.advance(60)
        controller.on_timeout()
    assert _background(view) != "#000000" or view.is_flashing()
    clock.advance(65)
    controller.on_timeout()
    assert view.digits.text() == "+01:06"
    assert states == ["running", "warning", "overtime"]
    controller.pause()
    assert controller.state() is State.PAUSED and not controller.is_scheduled()


def test_ticks_are_scheduled_just_after_each_second_boundary(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    controller = TimerController(clock, 600)
    assert controller.interval_ms() is None and not controller.is_scheduled()
    controller.start()
    assert controller.is_scheduled()
    assert controller.interval_ms() == 1002  # a whole second until 09:59, landing 2 ms after
    clock.advance(0.3004)  # a late or early wake-up does not shift later ticks
    controller.on_timeout()
    assert controller.interval_ms() == 702
    controller.add_minutes(1)
    assert controller.text() == "11:00"
    controller.add_minutes(-2)
    assert controller.text() == "09:00"
    controller.reset()
    assert controller.state() is State.IDLE and not controller.is_scheduled()


def test_chime_falls_back_to_a_flash_when_qt_multimedia_cannot_load(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    real_import = builtins.__import__

    def no_multimedia(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name.startswith("PySide6.QtMultimedia"):
            raise ImportError("libpulse.so.0: cannot open shared object file")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_multimedia)
    chime = Chime()
    assert sound.load_backend(sound.resources.path(sound.SOUND)) is None
    clock = FakeClock()
    controller = TimerController(clock, 1, chime=chime)
    view = TimerView(controller)
    qtbot.addWidget(view)
    results: list[bool] = []
    chime.played.connect(results.append)
    controller.start()
    with qtbot.waitSignal(controller.flash, timeout=100):
        clock.advance(1.5)
        controller.on_timeout()
    assert results == [False] and not chime.audible
    assert view.is_flashing()
    flashed = _background(view)
    view._flash_step()
    assert _background(view) != flashed  # it blinks
    for _ in range(TimerView.FLASHES):
        view._flash_step()
    assert not view.is_flashing()
    clock.advance(10)
    controller.on_timeout()
    assert results == [False]  # one chime per zero, not per tick


def test_chime_plays_through_a_working_backend(qtbot) -> None:  # type: ignore[no-untyped-def]
    plays: list[str] = []

    class Player:
        def play(self) -> None:
            plays.append("ding")

    chime = Chime(loader=lambda path: Player() if path.is_file() else None)
    with qtbot.assertNotEmitted(chime.flash):
        assert chime.play()
    assert plays == ["ding"] and chime.audible


def test_chime_survives_a_backend_that_throws(qtbot) -> None:  # type: ignore[no-untyped-def]
    def broken(path):  # type: ignore[no-untyped-def]
        raise OSError("no device")

    chime = Chime(loader=broken)
    with qtbot.waitSignal(chime.flash, timeout=100):
        assert chime.play() is False


def test_timer_controls_drive_the_controller(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    controller = TimerController(clock, 300)
    controls = TimerControls(controller)
    qtbot.addWidget(controls)
    assert controls.toggle.text() == "Start"
    controls.toggle.click()
    assert controller.state() is State.RUNNING and controls.toggle.text() == "Pause"
    controls.plus.click()
    assert controls.display.text() == "06:00"
    controls.minus.click()
    controls.toggle.click()
    assert controls.toggle.text() == "Resume"
    controls.reset.click()
    assert controller.state() is State.IDLE


def test_fit_label_grows_with_its_box(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = FitLabel("12:34", bold=True)
    qtbot.addWidget(label)
    label.resize(400, 200)
    small = label.pixel_size()
    label.resize(1600, 800)
    assert label.pixel_size() > 3 * small
    label.setText("a much longer sentence that has to wrap over several lines")
    assert label.pixel_size() < 800


def test_black_and_pause_screens(qtbot) -> None:  # type: ignore[no-untyped-def]
    beamer = BeamerWindow("Sector day")
    qtbot.addWidget(beamer)
    with qtbot.waitSignal(beamer.blackChanged):
        beamer.toggle_black()
    assert beamer.current_view() is beamer.black
    beamer.set_pause(True, "Back at 11:15")
    assert beamer.current_view() is beamer.black  # black wins until switched off
    beamer.set_black(False)
    assert beamer.current_view() is beamer.pause
    assert beamer.pause.message.text() == "Back at 11:15"
    beamer.set_pause(False)
    assert beamer.current_view() is beamer.content()


def test_f5_toggles_full_screen_and_escape_leaves_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    beamer = BeamerWindow("Sector day")
    qtbot.addWidget(beamer)
    assert beamer.place() is None  # one screen: an ordinary window
    assert beamer.isVisible() and not beamer.isFullScreen()
    qtbot.keyClick(beamer, Qt.Key.Key_F5)
    assert beamer.isFullScreen()
    qtbot.keyClick(beamer, Qt.Key.Key_Escape)
    assert not beamer.isFullScreen()


def test_the_beamer_goes_to_the_screen_that_is_not_the_laptop() -> None:
    laptop, projector, third = object(), object(), object()
    assert choose_screen([laptop], laptop) is None
    assert choose_screen([laptop, projector], laptop) is projector
    assert choose_screen([projector, laptop], laptop) is projector
    assert choose_screen([laptop, projector, third], projector, avoid=laptop) is projector


@pytest.mark.parametrize("seconds", [0.0, 59.0])
def test_beamer_timer_text_is_sized_from_the_screen_height(qtbot, seconds: float) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    controller = TimerController(clock, seconds + 1, caption="Meet as many people as you can")
    view = TimerView(controller)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    assert view.digits.pixel_size() >= 1080 // 4
    assert view.caption.pixel_size() >= 1080 // 20  # body text: at least 1/20 of the height


def test_an_hour_of_ticks_does_not_exhaust_python(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 on Python 3.11 lost a reference to None on every void call and to True
    on every emit(): an hour of ticks aborted the interpreter. pyproject.toml keeps that
    version out; this test fails (or aborts) if it comes back."""
    import sys

    clock = FakeClock()
    controller = TimerController(clock, 3600)
    view = TimerView(controller)
    qtbot.addWidget(view)
    controller.start()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(3600):
        clock.advance(controller.interval_ms() / 1000)
        controller.on_timeout()
    assert controller.text() == "00:00"
    # about ten Qt calls per tick: a lost reference per call would show as tens of thousands
    assert sys.getrefcount(None) > none_before - 500
    assert sys.getrefcount(True) > true_before - 500


def test_overtime_red_shows_inside_the_beamer_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    """What the room sees (a grab), not just a palette: no beamer stylesheet paints it over."""
    clock = FakeClock()
    controller = TimerController(clock, 60, chime=Chime(loader=lambda path: None))
    beamer = BeamerWindow("Sector day")
    qtbot.addWidget(beamer)
    view = TimerView(controller)
    beamer.set_content(view)
    beamer.resize(960, 540)
    beamer.show()
    controller.start()
    clock.advance(30)
    controller.on_timeout()
    picture = beamer.grab().toImage()
    assert picture.pixelColor(5, 5) == QColor("#000000")
    clock.advance(100)
    controller.on_timeout()
    view._flashes_left = 0  # look at the steady colour, not the fallback blink
    view.refresh()
    picture = beamer.grab().toImage()
    assert picture.pixelColor(5, 5) == QColor("#b3001b")


def test_pause_screen_shows_the_session_title_in_white(qtbot) -> None:  # type: ignore[no-untyped-def]
    beamer = BeamerWindow("Sector day")
    qtbot.addWidget(beamer)
    beamer.resize(960, 540)
    beamer.show()
    beamer.set_pause(True, "Coffee")
    picture = beamer.grab().toImage()
    upper = [
        picture.pixelColor(x, y).lightness() for x in range(0, 960, 4) for y in range(60, 270, 4)
    ]
    assert max(upper) > 200  # the title is drawn light on black, not black on black


def test_beamer_goes_full_screen_on_the_projector_and_falls_back_when_unplugged(
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    """Two fake screens (a child process: offscreen screens are fixed at start-up)."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).with_name("beamer_two_screens.py")
    config = tmp_path / "screens.json"
    done = subprocess.run(
        [sys.executable, str(script), "--config", str(config)], capture_output=True, timeout=60
    )
    assert done.returncode == 0 and config.is_file()
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run(
        [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["console"] == "laptop"
    window = seen["console_window"]  # maximised on the 1366x768 laptop, the phones dock closed
    assert window["maximised"] and 1200 <= window["width"] <= 1366 and window["height"] <= 768
    assert window["phones_dock_hidden"]
    assert seen["start"] == {"screen": "projector", "full": True, "visible": True, "width": 1920}
    unplugged = seen["unplugged"]
    assert unplugged["screen"] == "laptop" and unplugged["visible"] and not unplugged["full"]
    assert 320 <= unplugged["width"] < 1366  # a window beside the console, not a full screen
    assert seen["index_after_key"] == 0  # PageDown in the fallback window still drives the agenda
    assert seen["plugged_in"]["screen"] == "projector" and seen["plugged_in"]["full"]


def test_a_beamer_closed_by_hand_comes_back_with_f5_and_follows_screens_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    beamer = BeamerWindow("Sector day")
    qtbot.addWidget(beamer)
    beamer.show()
    assert beamer.is_following()
    beamer.close()
    assert not beamer.isVisible() and not beamer.is_following()
    beamer.toggle_fullscreen()  # the console's F5 or its full-screen button
    assert beamer.isVisible() and beamer.isFullScreen() and beamer.is_following()
