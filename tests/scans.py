"""Scanned copies of PDFs, made in the test: pages printed to images and read back as a scanner gives them.

Each page is rendered with PDFium at 200 dpi in greyscale, turned by a slight
skew (alternately each way, as a sheet fed crooked), given mild Gaussian noise
from a seeded generator, and written back as an image-only PDF at the same
resolution: no text layer at all, the same pages, the same size.
"""

from __future__ import annotations

from pathlib import Path

#: The scan's resolution, skew (degrees) and noise (grey levels, standard deviation).
SCAN_DPI = 200
SKEW_DEGREES = 0.6
NOISE_SIGMA = 12.0


def scan_pdf(source: Path, target: Path, *, pages: range | None = None, seed: int = 16) -> Path:
    """Write an image-only 'scan' of ``source`` (or of its ``pages``, 0-based) to ``target``; deterministic."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    rng = np.random.default_rng(seed)
    images: list[Image.Image] = []
    pdf = pdfium.PdfDocument(str(source))
    try:
        for index in pages if pages is not None else range(len(pdf)):
            page = pdf[index]
            image = page.render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L")
            page.close()
            angle = SKEW_DEGREES if index % 2 == 0 else -SKEW_DEGREES
            image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
            noisy = np.asarray(image, dtype=np.float32) + rng.normal(0.0, NOISE_SIGMA, (image.height, image.width))
            images.append(Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8), "L"))
    finally:
        pdf.close()
    images[0].save(target, "PDF", resolution=SCAN_DPI, save_all=True, append_images=images[1:])
    return target
