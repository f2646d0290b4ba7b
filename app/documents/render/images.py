"""Images in documents without PDF transparency.

An image with an alpha channel becomes a PDF soft mask, and print paths that flatten
transparency (Ghostscript in CUPS, many printer drivers) then rasterise the whole page, text
and all. So images are flattened onto white; where one image must show through another (a
stamp over a signature), white is masked out with a colour-key mask, which is not transparency.

The same few images (the office logo, an official's signature and stamp) go into most
documents, so each is decoded and flattened once per process (``opaque_reader``), not once
per document.
"""

from __future__ import annotations

from functools import lru_cache
from io import BytesIO

from PIL import Image as PILImage
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

# Colour-key mask for near-white pixels (r, g, b ranges): the paper shows through.
WHITE_KEY = [235, 255, 235, 255, 235, 255]


def opaque_picture(data: bytes) -> PILImage.Image:
    """``data`` (PNG/JPEG) as an RGB image flattened onto white. Raises what PIL raises for
    data that is no image."""
    with PILImage.open(BytesIO(data)) as img:
        img.load()
        picture: PILImage.Image = img
        if img.mode in ("RGBA", "LA", "P", "PA"):
            rgba = img.convert("RGBA")
            picture = PILImage.new("RGB", rgba.size, (255, 255, 255))
            picture.paste(rgba, mask=rgba.getchannel("A"))
        return picture.convert("RGB")


@lru_cache(maxsize=16)
def opaque_reader(data: bytes) -> ImageReader:
    """``opaque_picture(data)`` for ReportLab, kept for the process. The reader keeps its
    pixels, which are read here, so a later document (on any thread) only reads them."""
    reader = ImageReader(opaque_picture(data))
    reader.getRGBData()
    return reader


class Picture(Flowable):
    """An image from ``opaque_reader`` drawn at ``width`` × ``height``, as ReportLab's
    ``Image`` draws it (centred when it stands alone in a frame)."""

    def __init__(self, reader: ImageReader, width: float, height: float) -> None:
        super().__init__()
        self.reader = reader
        self.width, self.height = width, height
        self.hAlign = "CENTER"

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, self.width, self.height, mask="auto")
