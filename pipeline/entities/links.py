"""Links: web addresses, videos and e-mail links, with the label printed for them."""
from __future__ import annotations

import re
from dataclasses import dataclass



@dataclass
class LinkRow:
    url: str
    kind: str
    label: str | None
    page: int | None


def link_kind(url: str, video_hosts: tuple[str, ...] = ()) -> str:
    """``email`` for mailto:, ``video`` for the profile's video hosts, else ``web``."""
    u = url.strip().lower()
    if u.startswith("mailto:"):
        return "email"
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", u)
    if any(host.startswith(h) for h in video_hosts):
        return "video"
    return "web"


def section_links(urls: list[tuple[str, int | None]], read_more: list[str], captions: list[str],
                  printed_emails: list[str] = (), video_hosts: tuple[str, ...] = ()) -> list[LinkRow]:
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
        rows.append(LinkRow(url, link_kind(url, video_hosts), None, page))
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
