"""The list's filter bar: the personnel status reaches the query; older saved filters still load."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pytestqt.qtbot import QtBot

from ui.pages.list_page import ListPage


def test_the_status_filter_builds_the_query_and_reads_old_saved_filters(
    qtbot: QtBot, store: Any
) -> None:
    page = ListPage(store, "vi")
    qtbot.addWidget(page)
    combo = page.filters.planned
    combo.setCurrentIndex(combo.findData("appointed"))
    query = page.model.query
    assert query.appointed_on == dt.date.today().isoformat()
    assert (query.planned, query.proposed) == (None, None)
    combo.setCurrentIndex(combo.findData("proposed"))
    assert page.model.query.proposed is True and page.model.query.appointed_on is None
    page.restore({"planned": False})  # saved before the status filter existed
    assert combo.currentData() == "not_planned"
    assert page.model.query.planned is False
    assert page.state()["status"] == "not_planned"
