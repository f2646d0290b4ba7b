"""Ujikon's Qt shell: shows ``app`` state and turns user gestures into ``app`` calls."""

from ui.pyside_sources import answer_from_file_bytes

answer_from_file_bytes()  # before the window's modules are imported (see ui.pyside_sources)
