"""Closed enumerations of the oversight register and training plans (no SQLAlchemy: pure rules
read them)."""

from __future__ import annotations

from enum import StrEnum


class MatterKind(StrEnum):
    """What reached the Organization Committee about a cadre or a personnel decision."""

    COMPLAINT = "complaint"  # khiếu nại (Luật Khiếu nại 2011)
    DENUNCIATION = "denunciation"  # tố cáo (Luật Tố cáo 2018; QĐ 296-QĐ/TW chương V)
    RECOMMENDATION = "recommendation"  # kiến nghị của MTTQ, tổ chức chính trị - xã hội
    INSPECTION = "inspection"  # kết luận kiểm tra, giám sát, thanh tra
    AUDIT = "audit"  # kết luận kiểm toán
    INVESTIGATION = "investigation"  # kết luận điều tra
    POSITION_BUYING = "position_buying"  # phản ánh "chạy chức, chạy quyền" (QĐ 114-QĐ/TW)


class MatterStatus(StrEnum):
    """received → assigned → verifying → concluded → closed (the register's flow)."""

    RECEIVED = "received"  # tiếp nhận, vào sổ
    ASSIGNED = "assigned"  # giao cơ quan, người xử lý
    VERIFYING = "verifying"  # đang xác minh
    CONCLUDED = "concluded"  # đã có kết luận
    CLOSED = "closed"  # kết thúc, lưu hồ sơ


FLOW = (
    MatterStatus.RECEIVED,
    MatterStatus.ASSIGNED,
    MatterStatus.VERIFYING,
    MatterStatus.CONCLUDED,
    MatterStatus.CLOSED,
)
OPEN_STATUSES = frozenset(FLOW[:3])


class MatterOutcome(StrEnum):
    """What the conclusion found (or why the matter ended without one)."""

    FOUNDED = "founded"  # đúng
    PARTLY_FOUNDED = "partly_founded"  # đúng một phần
    UNFOUNDED = "unfounded"  # sai, không có cơ sở
    NOT_ACCEPTED = "not_accepted"  # không thụ lý (không đủ điều kiện), lưu đơn
    TRANSFERRED = "transferred"  # chuyển cơ quan có thẩm quyền


VIOLATIONS = frozenset({MatterOutcome.FOUNDED, MatterOutcome.PARTLY_FOUNDED})
EARLY_ENDINGS = frozenset({MatterOutcome.NOT_ACCEPTED, MatterOutcome.TRANSFERRED})


class Sensitivity(StrEnum):
    """Who sees a matter's content: everyone who opens the register, or only on purpose."""

    NORMAL = "normal"  # nội dung hiện trong sổ, được in
    RESTRICTED = "restricted"  # hạn chế: nội dung chỉ hiện khi mở (ghi nhật ký), in khi chọn
    SECRET = "secret"  # mật: nội dung không bao giờ in hay xuất; chỉ xem khi mở (ghi nhật ký)


class Ground(StrEnum):
    """What a matter is about. The first five are the grounds a political-standard conclusion
    rests on (QĐ 367-QĐ/TW; HD 45 §III.2): a matter on them can make a conclusion stale."""

    HISTORY = "history"  # lịch sử chính trị bản thân
    FAMILY = "family"  # quan hệ gia đình
    ABROAD = "abroad"  # thân nhân ở nước ngoài
    FOREIGN_LINKS = "foreign_links"  # quan hệ với tổ chức, cá nhân nước ngoài
    POLITICAL_VIEWS = "political_views"  # quan điểm, tư tưởng chính trị
    ETHICS = "ethics"  # phẩm chất đạo đức, lối sống
    ASSETS = "assets"  # kê khai tài sản, thu nhập
    POSITION_BUYING = "position_buying"  # chạy chức, chạy quyền
    PROCEDURE = "procedure"  # quy trình, thẩm quyền công tác cán bộ
    DUTIES = "duties"  # thực hiện chức trách, nhiệm vụ


POLITICAL_GROUNDS = frozenset(
    {Ground.HISTORY, Ground.FAMILY, Ground.ABROAD, Ground.FOREIGN_LINKS, Ground.POLITICAL_VIEWS}
)


class RevocationTarget(StrEnum):
    """The kinds of decision a revocation can undo."""

    APPOINTMENT = "appointment"  # a signed appointment (decision row with its work-history line)
    PLANNING = "planning"  # a planning entry
    RATING = "rating"  # a finalised yearly rating


class CourseStatus(StrEnum):
    PLANNED = "planned"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class EnrollmentStatus(StrEnum):
    ASSIGNED = "assigned"  # cử đi học
    COMPLETED = "completed"  # hoàn thành, được cấp văn bằng/chứng chỉ
    FAILED = "failed"  # không hoàn thành
    WITHDRAWN = "withdrawn"  # rút khỏi khóa
