"""Images in documents without PDF transparency.

An image with an alpha channel becomes a PDF soft mask, and print paths that flatten
transparency (Ghostscript in CUPS, many printer drivers) then rasterise the whole page, text
and all. So images are flattened onto white; where one image must show through another (a
stamp over a signature), white is masked out with a colour-key mask, which is not transparency.
"""

from __future__ import annotations

from io import BytesIO

from PIL import Image as PILImage

# Colour-key mask for near-white pixels (r, g, b ranges): the paper shows through.
WHITE_KEY = [235, 255, 235, 255, 235, 255]


def opaque_image(data: bytes) -> BytesIO:
    """``data`` (PNG/JPEG) as an RGB PNG flattened onto white."""
    with PILImage.open(BytesIO(data)) as img:
        img.load()
        picture: PILImage.Image = img
        if img.mode in ("RGBA", "LA", "P", "PA"):
            rgba = img.convert("RGBA")
            picture = PILImage.new("RGB", rgba.size, (255, 255, 255))
            picture.paste(rgba, mask=rgba.getchannel("A"))
        out = BytesIO()
        picture.convert("RGB").save(out, format="PNG")
    out.seek(0)
    return out
