import json

from policywatch.cli.output import Format, emit


def test_table_prints_markup_in_data_as_text(capsys):
    emit([{"headline": "[/x] Rules [bold]tighten[/bold] <!channel>"}], Format.table)
    out = capsys.readouterr().out
    assert "[/x] Rules [bold]tighten[/bold] <!channel>" in out


def test_json_lines_and_csv(capsys):
    rows = [{"a": 1, "b": ["x", "y"]}, {"a": 2, "b": []}]
    emit(rows, Format.json)
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == rows
    emit(rows, Format.csv)
    assert capsys.readouterr().out.splitlines() == ["a,b", '1,"x, y"', "2,"]


def test_time_columns_name_their_zone_on_an_empty_result(capsys):
    """A time column's header names the zone whether or not a row has a time in it."""
    from datetime import UTC, datetime

    columns = ["first_seen", "headline", "status_changed"]
    full = [{"first_seen": datetime(2026, 11, 3, 14, 5, tzinfo=UTC), "headline": "h",
             "status_changed": None}]  # fmt: skip
    for rows in (full, []):
        emit(rows, Format.table, columns=columns)
        header = " ".join(capsys.readouterr().out.split())
        assert "first seen (UTC)" in header, rows
        assert "status changed (UTC)" in header, rows
        emit(rows, Format.csv, columns=columns)
        assert capsys.readouterr().out.splitlines()[0] == (
            "first_seen,headline,status_changed,time_zone"
        )


def test_counts_in_titles_agree_with_their_number():
    from policywatch.cli.output import counted

    assert counted(1, "development") == "1 development"
    assert counted(0, "development") == "0 developments"
    assert counted(5, "row") == "5 rows"
