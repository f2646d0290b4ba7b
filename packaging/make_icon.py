"""Draw Ujikon's icon (``packaging/ujikon.ico``: 16 to 256 pixels) with Pillow: a document on
a blue tile with a tick, the sign of a test passed. Run once after changing the drawing:

    uv run python packaging/make_icon.py

The .ico is committed, so building the bundle or the installer does not need this script."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)
BLUE = (21, 88, 156, 255)
PAPER = (250, 250, 247, 255)
LINE = (150, 165, 180, 255)
GREEN = (32, 150, 72, 255)


def draw(size: int = 256) -> Image.Image:
    s = size / 256
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle((0, 0, size - 1, size - 1), radius=int(44 * s), fill=BLUE)
    # The page, its folded corner, and three lines of text.
    fold = 42 * s
    left, top, right, bottom = 62 * s, 34 * s, 194 * s, 222 * s
    d.polygon(
        [(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)],
        fill=PAPER,
    )
    d.polygon([(right - fold, top), (right - fold, top + fold), (right, top + fold)], fill=LINE)
    if size >= 32:
        for n in range(3):
            y = top + (62 + 26 * n) * s
            d.rectangle((left + 20 * s, y, right - 24 * s, y + 9 * s), fill=LINE)
    # The tick.
    width = max(2, int(22 * s))
    d.line(
        [(92 * s, 168 * s), (122 * s, 196 * s), (176 * s, 132 * s)],
        fill=GREEN,
        width=width,
        joint="curve",
    )
    return image


def main() -> None:
    big = draw(256)
    big.save(
        HERE / "ujikon.ico",
        sizes=[(n, n) for n in SIZES],
        append_images=[draw(n) for n in SIZES[:-1]],
    )
    print(HERE / "ujikon.ico")


if __name__ == "__main__":
    main()
