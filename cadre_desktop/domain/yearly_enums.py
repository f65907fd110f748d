"""Closed enumerations of the yearly records (free of SQLAlchemy, so pure rules can use them)."""

from __future__ import annotations

from enum import StrEnum


class EvaluationStatus(StrEnum):
    DRAFT = "draft"  # being prepared: self-review, reviews, appraisal, proposed rating
    FINAL = "final"  # rated by the competent level; never edited again


class CheckState(StrEnum):
    """The self-check of one of the 27 manifestations (NQ 04-NQ/TW)."""

    NONE = "none"  # không có biểu hiện
    PRESENT = "present"  # có biểu hiện
    REMEDIED = "remedied"  # đã khắc phục


class ReviewVenue(StrEnum):
    """Where a leader is reviewed (QĐ 366-QĐ/TW Điều 7): both places, or more."""

    PARTY_CELL = "party_cell"  # chi bộ nơi sinh hoạt
    LEADERSHIP_COLLECTIVE = "leadership_collective"  # tập thể lãnh đạo nơi công tác
    OTHER = "other"  # another post held concurrently


class DeclarationKind(StrEnum):
    """Phương thức kê khai (Luật PCTN 2018 Điều 36)."""

    FIRST = "first"  # lần đầu
    ANNUAL = "annual"  # hằng năm
    SUPPLEMENTARY = "supplementary"  # bổ sung (Phụ lục II)
    PERSONNEL = "personnel"  # phục vụ công tác cán bộ


class DeclarationStatus(StrEnum):
    DRAFT = "draft"
    COMPLETED = "completed"  # checked and received; never edited again


class Holder(StrEnum):
    """Whose asset or income a line is (Phụ lục I, mục I and II.10)."""

    DECLARANT = "declarant"
    SPOUSE = "spouse"
    CHILD = "child"  # minor child (con đẻ, con nuôi chưa thành niên)
    JOINT = "joint"  # thu nhập chung / sở hữu chung


class ChangeDirection(StrEnum):
    INCREASE = "increase"  # "+"
    DECREASE = "decrease"  # "−"
