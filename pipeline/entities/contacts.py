"""Contact blocks: a name, phone numbers (E.164) and an e-mail address."""
from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from pipeline.entities.people import NAME_RE
from pipeline.profile import Profile
from pipeline.segment.lines import Frag, email_of, is_email_line, is_name_like, is_phone_line, strip_icons


@dataclass
class ContactRow:
    name: str | None
    phone: str | None
    phone_alt: str | None
    phone_raw: str | None
    email: str | None
    page: int | None


def to_e164(number: str, region: str = "SE") -> str | None:
    """``0150-576 25`` -> ``+4615057625``; None when it is not a valid number.

    >>> to_e164("0918 - 141 18")
    '+4691814118'
    """
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def normalise_email(text: str) -> str | None:
    try:
        return validate_email(text.strip(), check_deliverability=False).normalized.lower()
    except EmailNotValidError:
        return None


def split_phones(text: str, profile: Profile) -> list[str]:
    seps = "|".join(re.escape(s) for s in profile.alt_separators)
    return [p.strip() for p in re.split(r"\s+(?:" + seps + r")\s+", text) if p.strip()]


def contact(frags: list[Frag], profile: Profile) -> ContactRow:
    name = phone = phone_alt = phone_raw = email = None
    for f in frags:
        text = f.clean
        if is_phone_line(f.text, profile) and phone_raw is None:
            value = strip_icons(f.text, profile)
            phone_raw = value
            numbers = [to_e164(p, profile.default_region) for p in split_phones(value, profile)]
            numbers = [n for n in numbers if n]
            phone = numbers[0] if numbers else None
            phone_alt = numbers[1] if len(numbers) > 1 else None
        elif is_email_line(f.text, profile) and email is None:
            email = normalise_email(email_of(f.text, profile))
        elif name is None and is_name_like(text):
            name = text.strip()
        elif name is None and (m := NAME_RE.match(text.strip())) and text.strip()[m.end():m.end() + 1] == ",":
            name = m.group(1)  # "Anna Lind, utvecklingsledare"
    page = next((f.page for f in frags if f.page is not None), None)
    return ContactRow(name, phone, phone_alt, phone_raw, email, page)
