"""What the rules say about an action, shown before the officer confirms it: each finding with
its message, its legal source and its rule id, blocks first."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.findings import Finding, Report, Severity
from ui import colours

Words = Callable[[Finding], str]
BLOCK_COLOUR, WARN_COLOUR, GOOD_COLOUR = colours.BLOCK, colours.WARN, colours.GOOD


def _ordered(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: f.severity is not Severity.BLOCK)


def finding_line(finding: Finding, words: Words) -> str:
    """One line for a message box: "Chặn: … (QĐ 377-QĐ/TW Đ19) [PLANNING_NOT_UPWARD]"."""
    kind = _("Blocks") if finding.severity is Severity.BLOCK else _("Warning")
    return f"{kind}: {words(finding)} ({finding.source}) [{finding.rule_id}]"


def finding_lines(findings: Iterable[Finding], words: Words) -> list[str]:
    return [finding_line(f, words) for f in _ordered(findings)]


def report_html(
    report: Report, words: Words, *, empty: str | None = None, standing: bool = False
) -> str:
    """The report as rich text: a headline, then one paragraph per finding. ``standing``:
    the report is about a record already made (a planned cadre today), not an action."""
    if not report.findings:
        text = empty if empty is not None else _("No rule objects to this action.")
        return f'<p style="color:{GOOD_COLOUR}"><b>✓ {html.escape(text)}</b></p>'
    if report.blocked:
        head = (
            _("Today the rules stand against this; the record needs attention.")
            if standing
            else _("The rules block this action; it will be refused and nothing written.")
        )
        parts = [f'<p style="color:{BLOCK_COLOUR}"><b>✗ {html.escape(head)}</b></p>']
    else:
        head = (
            _("Warnings about this record today:")
            if standing
            else _("Warnings: confirming records them in the audit log with the action.")
        )
        parts = [f'<p style="color:{WARN_COLOUR}"><b>⚠ {html.escape(head)}</b></p>']
    for f in _ordered(report.findings):
        colour = BLOCK_COLOUR if f.severity is Severity.BLOCK else WARN_COLOUR
        mark = "✗" if f.severity is Severity.BLOCK else "⚠"
        parts.append(
            f'<p style="margin-left:8px"><span style="color:{colour}">{mark}</span> '
            f"{html.escape(words(f))}<br>"
            f'<span style="color:#555">{html.escape(f.source)} · {f.rule_id}</span></p>'
        )
    return "".join(parts)


class ReportView(QLabel):
    """A panel with the rule report (or a problem with what was typed)."""

    def __init__(self, words: Words, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self.report: Report | None = None
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(
            "QLabel { background: #f7f7f4; border: 1px solid #d8d8d0; border-radius: 4px;"
            " padding: 8px; }"
        )
        self.setMinimumHeight(64)

    def show_report(
        self, report: Report, *, empty: str | None = None, standing: bool = False
    ) -> None:
        self.report = report
        self.setText(report_html(report, self.words, empty=empty, standing=standing))

    def show_problem(self, sentence: str) -> None:
        """What was typed cannot be checked yet (a date, a missing field)."""
        self.report = None
        self.setText(f'<p style="color:{WARN_COLOUR}">{html.escape(sentence)}</p>')

    def show_note(self, sentence: str) -> None:
        self.report = None
        self.setText(f'<p style="color:#555">{html.escape(sentence)}</p>')

    def plain_text(self) -> str:
        """The text shown, without markup (for tests and screen readers)."""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(self.text())
        return document.toPlainText()
