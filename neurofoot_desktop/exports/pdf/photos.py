"""The report's photo page (issue 19), only when the person asks for it: for each foot and
view, the first and the latest photo of the period side by side with their dates, all on one
page: the summary may then be 5 pages instead of at most 4 (docs/json-format.md).
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Protocol

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument

from neurofoot_desktop.core.vocabulary import Foot, View
from neurofoot_desktop.exports import photo_rows
from neurofoot_desktop.exports.pdf.words import day, e, translate
from neurofoot_desktop.exports.pdf.words import foot as foot_name
from neurofoot_desktop.exports.period import Period, local_date
from neurofoot_desktop.storage.photos import PhotoRecord
from neurofoot_desktop.storage.repository import Profile, SessionRecord, Store

BOX = QSize(300, 180)  # logical pixels per photo: four rows of two fit on one A4/Letter page
SCALE = 2  # pixels per logical pixel kept in the PDF: sharp in print, small in size


class Context(Protocol):
    """What this section reads of sections.Context."""

    profile: Profile
    records: list[SessionRecord]
    first: date
    last: date
    tz: tzinfo | None
    generated_at: datetime
    doc: QTextDocument
    store: Store | None


def pairs(store: Store, c: Context) -> list[tuple[Foot, View, list[PhotoRecord]]]:
    """(foot, view, [first, latest]) for each foot and view with a photo in the period."""
    bounds = Period(c.first, c.last).bounds(c.tz)
    chosen = photo_rows.chosen(store, c.profile.id, {r.id for r in c.records}, bounds)
    out = []
    for foot in Foot:
        for view in (View.TOP, View.SOLE):
            found = [p for p in chosen if p.foot == foot and p.view == view]
            if found:
                out.append((foot, view, found[:1] + found[1:][-1:]))
    return out


def _img(c: Context, store: Store, p: PhotoRecord) -> str:
    image = QImage(str(p.path(store)))
    if image.isNull():  # a photo file gone or damaged: say so, keep the page
        return e(translate("Report", "(photo missing)"))
    image = image.scaled(BOX * SCALE, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    key = f"photo:p{c.profile.id}-{p.id}"
    c.doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(key), image)
    return (f"<img src='{key}' width='{image.width() // SCALE}' "
            f"height='{image.height() // SCALE}'/>")


def photo_page(c: Context) -> str:
    if c.store is None:
        return ""
    found = pairs(c.store, c)
    title = translate("Report", "Photos of the feet: first and latest")
    out = [f"<h2 style='page-break-before: always'>{e(title)}</h2>"]
    if not found:  # the words outside the f-string, where lupdate finds them
        none = translate("Report", "No photos in this period.")
        out.append(f"<p class='muted'>{e(none)}</p>")
        return "".join(out)
    views = {View.TOP: translate("Report", "top"), View.SOLE: translate("Report", "sole")}
    out.append("<table cellspacing='0' cellpadding='3'>")
    for foot, view, shown in found:
        label = translate("Report", "{foot}, {view}").format(foot=foot_name(foot.value),
                                                            view=views[view])
        out.append(f"<tr><td colspan='2'><b>{e(label)}</b></td></tr><tr>")
        for p in shown:
            when = day(local_date(p.taken_at, c.tz))
            out.append(f"<td valign='top'>{_img(c, c.store, p)}<br/>{e(when)}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)
