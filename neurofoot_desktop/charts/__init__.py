"""Charts drawn with QPainter from core.history's numbers: one code path for the screen and
the PDF. Each chart is a function painting into a rectangle of any QPainter (a widget, an
image for the report); colours come in a Palette, the words from the "Charts" context.
Imports QtGui only (no widgets), so the report can be made without a window."""
