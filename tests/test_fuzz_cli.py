"""Hypothesis fuzzing of the command line's option parsing: odd dates, limits, formats, paths with `[`/`]` and
markup, unknown options. Whatever the arguments, sitroom answers with exit 0, 1 (an input failed) or 2 (usage) and
a message, never a traceback and never 3 (sitroom itself failed). Budget: tests/fuzzing.py."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from fuzzing import fuzz, odd_date
from sitroom.cli import EXIT_INPUT_FAILED, EXIT_USAGE, app

runner = CliRunner()
STORY = "Russian forces shelled Kherson on 12 October 2022, killing three civilians, the governor said.\n"


@pytest.fixture(scope="module")
def place(tmp_path_factory):
    """A store with one document, an input folder with a text, an empty file and a binary file, names with [ ]."""
    root = tmp_path_factory.mktemp("cli fuzz [x]")
    inputs = root / "in [1]"
    inputs.mkdir()
    (inputs / "story].txt").write_text(STORY)
    (inputs / "[empty].txt").write_text("")
    (inputs / "bin[.dat").write_bytes(b"\x00\x01\x02\xff" * 10)
    db = root / "store [a].db"
    assert runner.invoke(app, ["ingest", str(inputs), "--db", str(db)]).exit_code == EXIT_INPUT_FAILED
    return root, inputs, db


dates = st.one_of(odd_date.filter(lambda v: isinstance(v, str)),
                  st.sampled_from(["2022", "2022-10", "2022-W42", "2022-W99", "2022-13", "20221016", "2022-10-16T10:00",
                                   "１２３４", "2022-02-29", "2024-02-29", "-5", "0", "[2022]"]))
limits = st.one_of(st.integers(min_value=-3, max_value=10**20).map(str),
                   st.sampled_from(["", "1.5", "many", "0x10", "1e3", "[1]", "Ⅻ"]))
texts = st.one_of(st.text(max_size=20), st.sampled_from(["[bold]x[/]", "[", "]", "[/]", "%s", "--db", "-", "MOBILIZE"]))
formats = st.one_of(st.sampled_from(["table", "json", "csv", "md", "text", "html", "telegram", "tg-archive", "feed",
                                     "warc", "xml", ""]), st.text(max_size=8))


def path_like(place_):
    root, inputs, db = place_
    names = st.one_of(st.sampled_from([str(inputs), str(inputs / "story].txt"), str(inputs / "[empty].txt"),
                                       str(inputs / "bin[.dat"), str(root / "missing [2].txt"), str(db), "-", "",
                                       str(root), "https://", "http://[::1", "ftp://x/y"]),
                      st.text(alphabet="[]/ab.-*?:", max_size=12).map(lambda s: str(root / s) if s else s))
    return names


def argv(place_):
    """A command line: a command, some of its options (with odd values), maybe unknown tokens."""
    root, inputs, db = place_
    paths = path_like(place_)
    option = st.one_of(
        st.tuples(st.just("--since"), dates), st.tuples(st.just("--until"), dates),
        st.tuples(st.just("--limit"), limits), st.tuples(st.just("--format"), formats),
        st.tuples(st.just("--type"), texts), st.tuples(st.just("--published"), dates),
        st.tuples(st.just("--dct"), dates), st.tuples(st.just("--layers"), texts),
        st.tuples(st.just("--subject"), texts), st.tuples(st.just("--kind"), texts),
        st.tuples(st.just("--source"), texts), st.tuples(st.just("--min-size"), limits),
        st.tuples(st.just("--id"), texts), st.tuples(st.just("--lang"), texts), st.tuples(st.just("--match"), texts),
        st.tuples(st.just("--date"), dates), st.tuples(st.just("--urls"), paths),
        st.tuples(st.just("--db"), st.one_of(st.just(str(db)), paths)),
        st.tuples(st.sampled_from(["--bogus", "-x", "--", "--help=no", "--limit"]), st.one_of(texts, st.just(""))))
    command = st.sampled_from(["events", "timeline", "figures", "claims", "contradictions", "clusters", "extract",
                               "annotate", "ingest", "backup", "split-cluster", "brief", "nosuch"])

    @st.composite
    def build(draw):
        cmd = draw(command)
        args = [cmd]
        if cmd in ("extract", "annotate", "ingest", "backup", "split-cluster") or draw(st.booleans()):
            args += draw(st.lists(paths, min_size=0, max_size=2))
        for name, value in draw(st.lists(option, max_size=4)):
            args += [name, value]
        if "--db" not in args and cmd != "backup":
            args += ["--db", str(db)]
        if cmd == "backup":
            args += ["--db", str(db)]
        if cmd == "brief" and not any(a in args for a in ("--out", "--email-to", "--atom")):
            args += ["--out", str(root / "brief [b].txt")]
        return args
    return build()


def test_cli_arguments_never_crash(place, monkeypatch):
    monkeypatch.chdir(place[0])                  # a generated relative path ("-", "x.db") lands here, not in the repo
    @fuzz(200)
    @given(argv(place))
    def check(args):
        r = runner.invoke(app, args, catch_exceptions=True)
        if r.exception is not None and not isinstance(r.exception, SystemExit):
            raise AssertionError(f"sitroom {args!r} raised {type(r.exception).__name__}: {r.exception}") \
                from r.exception
        assert r.exit_code in (0, EXIT_INPUT_FAILED, EXIT_USAGE), (args, r.exit_code, r.output[-1500:])
        assert "Traceback" not in r.output, (args, r.output[-1500:])
        if r.exit_code:
            assert r.output.strip(), (args, "failed without saying why")
    check()
