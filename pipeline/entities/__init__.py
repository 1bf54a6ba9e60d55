"""Entities stage: quotes, experiences, contacts, links and paragraphs.

Each module takes blocks of repaired text (see :mod:`pipeline.segment`) and
returns plain row dicts; ids and the publication's columns are added by
:mod:`pipeline.process`.
"""
