"""Give back the references to None that PySide6 6.12.0 loses on Python 3.11.

That release returns None from every C++ method that returns nothing without taking a
reference (it assumes Python 3.12's immortal None). The foot diagram calls hundreds of such
methods per frame at 30 frames a second, so within seconds None's count would reach zero and
the interpreter would abort ("none_dealloc"). Each guarded call measures None's count before
and after and adds back what was lost. Measured, not assumed: on a fixed PySide6 or Python
3.12+ the probe finds no loss and the guard does nothing.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

from PySide6.QtCore import QPointF

P = ParamSpec("P")
R = TypeVar("R")


def _loses_none() -> bool:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(32):
        point.setX(1.0)  # returns nothing
    return sys.getrefcount(None) - before <= -32


ACTIVE = _loses_none()


def _give_back(lost: int) -> None:
    # ob_refcnt is the first field of every object in CPython 3.11; one write instead of
    # hundreds of Py_IncRef calls keeps the guard cheap enough for every frame.
    ctypes.c_ssize_t.from_address(id(None)).value += lost


def keeps_none(fn: Callable[P, R]) -> Callable[P, R]:
    """Wrap a slot, event handler or paint routine so it gives back what PySide6 lost."""
    if not ACTIVE:
        return fn

    @wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        # Both readings are taken in this frame with nothing else holding None on the stack,
        # except the result itself when it is None; tests/ui check there is no drift.
        before = sys.getrefcount(None)
        try:
            result = fn(*args, **kwargs)
        except BaseException:
            lost = before - sys.getrefcount(None)
            if lost > 0:
                _give_back(lost)
            raise
        lost = before - sys.getrefcount(None) + (result is None)
        if lost > 0:
            _give_back(lost)
        return result

    return wrapper
