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
