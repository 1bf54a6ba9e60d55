"""Links: web addresses, videos and e-mail links, with the label printed for them."""
from __future__ import annotations

import re
from dataclasses import dataclass

_VIDEO = re.compile(r"^(?:https?://)?(?:www\.)?(?:youtu\.be|youtube\.com|vimeo\.com|play\.|video\.)", re.IGNORECASE)


@dataclass
class LinkRow:
    url: str
    kind: str
    label: str | None
    page: int | None


def link_kind(url: str) -> str:
    u = url.strip()
    if u.lower().startswith("mailto:"):
        return "email"
    if _VIDEO.match(u):
        return "video"
    return "web"


def section_links(urls: list[tuple[str, int | None]], read_more: list[str], captions: list[str],
                  printed_emails: list[str] = ()) -> list[LinkRow]:
    """Pair a section's listed URLs with its read-more titles and video captions.

    A title printed over two lines carries the same link twice; the repeat
    is one link.  Titles and captions pair with their links in order.
    """
    rows: list[LinkRow] = []
    prev = None
    for url, page in urls:
        if url == prev:
            continue
        prev = url
        rows.append(LinkRow(url, link_kind(url), None, page))
    webs = [r for r in rows if r.kind == "web"]
    for r, title in zip(webs, read_more):
        r.kind = "read_more"
        r.label = title
    videos = [r for r in rows if r.kind == "video"]
    for r, cap in zip(videos, captions):
        r.label = cap
    # An e-mail link's label is the address as the contact block prints it.
    for r in rows:
        if r.kind == "email":
            addr = r.url.split(":", 1)[1].lower()
            r.label = next((e for e in printed_emails if e == addr), None)
    return rows
