"""The rule report shown beside a form while it is filled: a few summary lines, then every
finding with its severity and legal source, then the fields that cannot be read yet."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.findings import Report, Severity

TONES = {"ok": "#1e7a34", "warn": "#8a5300", "block": "#b3261e", "": "#202020"}


def tone_of(report: Report) -> str:
    if report.blocked:
        return "block"
    return "warn" if report.findings else "ok"


def _heading(text: str) -> str:
    return f"<p style='margin-top:10px'><b>{escape(text)}</b></p>"


class RuleReportView(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("ruleReport")
        self.setStyleSheet("#ruleReport { background: #fafafa; }")
        heading = QLabel(f"<b>{escape(title)}</b>")
        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        self.lines: list[str] = []  # what is shown, as plain sentences (tests, copying)

    def show_report(
        self,
        summary: list[tuple[str, str, str]],
        report: Report,
        problems: tuple[str, ...] | list[str] = (),
    ) -> None:
        """``summary``: (label, value, tone) lines; tone is ok, warn, block or empty."""
        parts: list[str] = []
        self.lines = []
        for label, value, tone in summary:
            colour = TONES.get(tone, TONES[""])
            parts.append(
                f"<p style='margin:2px 0'>{escape(label)}: "
                f"<b style='color:{colour}'>{escape(value)}</b></p>"
            )
            self.lines.append(f"{label}: {value}")
        if problems:
            parts.append(_heading(_("Cannot be read yet")))
            for problem in problems:
                parts.append(
                    f"<p style='margin:2px 0; color:{TONES['block']}'>{escape(problem)}</p>"
                )
                self.lines.append(problem)
        findings = sorted(report, key=lambda f: f.severity is not Severity.BLOCK)
        if findings:
            parts.append(_heading(_("Findings")))
        for finding in findings:
            blocks = finding.severity is Severity.BLOCK
            badge = _("Blocks") if blocks else _("Warning")
            colour = TONES["block" if blocks else "warn"]
            sentence = finding.sentence()
            parts.append(
                f"<p style='margin:4px 0'><b style='color:{colour}'>{escape(badge)}</b> "
                f"{escape(sentence)}<br><span style='color:#6b6b6b; font-size:small'>"
                f"{escape(finding.rule_id)} · {escape(finding.source)}</span></p>"
            )
            self.lines.append(f"{badge}: {sentence}")
        if not findings and not problems:
            nothing = _("No rule finds anything to object to.")
            parts.append(f"<p style='margin-top:10px; color:{TONES['ok']}'>{escape(nothing)}</p>")
        self.body.setText("".join(parts))
