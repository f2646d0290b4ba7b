"""Ujikon's Qt shell: shows ``app`` state and turns user gestures into ``app`` calls."""
