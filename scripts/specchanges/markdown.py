"""Small pieces of Markdown shared by the breaking-change and upstream reports."""

from __future__ import annotations


def markdown_cell(text: str) -> str:
    """`text` made safe for one cell of a Markdown table."""
    return text.replace("|", "\\|").replace("\n", " ")
