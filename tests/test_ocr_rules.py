"""Rules of the OCR path, on real inputs: Tesseract's word boxes as it gave
them for the generated scans, and small page images rendered here."""
from __future__ import annotations

import shutil

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.extract import ocr
from pipeline.extract.layout import layout_page

HAS_TESSERACT = shutil.which("tesseract") is not None
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
needs_tesseract = pytest.mark.skipif(not HAS_TESSERACT, reason="tesseract not installed")


def _data(words):
    """``image_to_data`` output for one Tesseract line: (text, conf, left, top, width, height)."""
    return {
        "text": [w[0] for w in words], "conf": [w[1] for w in words],
        "left": [w[2] for w in words], "top": [w[3] for w in words],
        "width": [w[4] for w in words], "height": [w[5] for w in words],
        "block_num": [1] * len(words), "par_num": [1] * len(words), "line_num": [1] * len(words),
    }


def _lines(data):
    words = ocr.words_from_data(data, 72 / 300)
    return [ln.text for ln in layout_page(words, [], 595, 842)]


def _render(text: str, dpi: int, pt: float = 10, fill: int = 0, width: int | None = None) -> Image.Image:
    font = ImageFont.truetype(FONT, round(pt * dpi / 72))
    probe = ImageDraw.Draw(Image.new("L", (1, 1)))
    w = width or int(probe.textlength(text, font=font)) + 40
    img = Image.new("L", (w, int(3 * pt * dpi / 72)), 255)
    ImageDraw.Draw(img).text((20, pt * dpi / 72), text, font=font, fill=fill)
    return img


# --------------------------------------------------------------------------
# words Tesseract separates are words


def test_ocr_words_join_with_a_space_even_where_their_boxes_touch():
    # seed scan, page 8: Tesseract's box of "har" runs over the "i" after it
    data = _data([("har", 96, 238, 989, 84, 33), ("i", 96, 318, 981, 18, 54), ("uppdrag", 96, 343, 989, 168, 41),
                  ("att", 96, 531, 992, 55, 30), ("samordna", 95, 602, 990, 202, 33)])
    assert _lines(data) == ["har i uppdrag att samordna"]


def test_text_layer_words_without_a_gap_still_join():
    # the same boxes as a text layer gives them (no confidence): one word in two fonts
    words = [w for w in ocr.words_from_data(_data([("IT", 96, 100, 989, 40, 33), ("-chef", 96, 140, 989, 90, 33)]),
                                            72 / 300)]
    for w in words:
        del w["conf"]
    assert [ln.text for ln in layout_page(words, [], 595, 842)] == ["IT-chef"]


# --------------------------------------------------------------------------
# a dash is flat, not a speck


def test_flat_dash_is_kept_a_flat_speck_is_not():
    # seed scan, page 10: "är målet – även ..."; the dash's box is 17 x 5 px
    line = [("är", 96, 236, 669, 39, 33), ("målet", 93, 291, 664, 116, 38), ("-", 88, 423, 687, 17, 5),
            ("även", 96, 458, 669, 96, 33), ("för", 96, 570, 669, 58, 33), ("andra", 96, 643, 669, 116, 33)]
    assert _lines(_data(line)) == ["är målet - även för andra"]
    speck = line[:2] + [("-", 88, 423, 687, 5, 5)] + line[3:]  # as flat, but no wider than high
    assert "-" not in " ".join(_lines(_data(speck))).split()


@needs_tesseract
def test_dash_between_words_survives_ocr():
    img = _render("Ökad samsyn och samarbete är målet – även för andra frågor", 300)
    words = [w["text"] for w in ocr.ocr_image(img, 72 / 300)]
    i = words.index("målet")
    assert words[i + 1] in {"-", "–", "—"} and words[i + 2] == "även"


# --------------------------------------------------------------------------
# specks of a 200 dpi scan rendered at 300 dpi


def _scan_with_speck(text: str, above: int) -> tuple[Image.Image, tuple[int, int]]:
    """``text`` at 200 dpi with a one-pixel speck ``above`` pixels over the
    final full stop, enlarged to 300 dpi as the reader renders it."""
    img = _render(text, 200)
    arr = np.asarray(img).copy()
    cols = np.nonzero((arr < 128).any(axis=0))[0]
    stop_cols = cols[cols > cols.max() - 4]
    rows = np.nonzero((arr[:, stop_cols] < 128).any(axis=1))[0]
    y, x = rows.min() - above, int(stop_cols.min()) + 1
    arr[y, x] = 40
    big = Image.fromarray(arr).resize((arr.shape[1] * 3 // 2, arr.shape[0] * 3 // 2), Image.BILINEAR)
    return big, (y * 3 // 2, x * 3 // 2)


def test_despeckle_removes_a_grey_speck_with_its_halo_and_keeps_the_stop():
    img, (y, x) = _scan_with_speck("medborgarna ser mycket olika ut.", above=6)
    before = np.asarray(img)
    assert before[y - 2:y + 3, x - 2:x + 3].min() > 100  # a grey blur, not black
    after = np.asarray(ocr.despeckle(img))
    assert (after[y - 2:y + 3, x - 2:x + 3] >= 200).all()  # no trace left that Tesseract could read
    stop = (slice(y + 5, y + 20), slice(x - 6, x + 6))
    assert (before[stop] < 128).sum() >= 9 and (after[stop] == before[stop]).all()


@needs_tesseract
def test_speck_over_a_full_stop_is_not_read_as_a_colon():
    img, _ = _scan_with_speck("medborgarna ser mycket olika ut.", above=6)
    words = [w["text"] for w in ocr.ocr_image(ocr.despeckle(img), 72 / 300)]
    assert words[-1] == "ut."


@pytest.mark.parametrize("fill", [150, 158, 165])
@pytest.mark.parametrize("pt", [7, 10])
def test_despeckle_keeps_grey_text(fill, pt):
    # grey text whose darkest pixels are sparse: not specks
    img = _render("Sveriges Kommuner och Landsting", 300, pt=pt, fill=fill)
    before, after = np.asarray(img), np.asarray(ocr.despeckle(img))
    changed = (before != after).sum()
    assert changed <= 0.01 * (before < 200).sum()
