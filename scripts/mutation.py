"""Mutation testing over chosen layers: killed / survived / total and the kill rate per module.

    python scripts/mutation.py                       # every group below
    python scripts/mutation.py attribution modality  # some groups
    python scripts/mutation.py --list                # the groups, their modules and test files
    python scripts/mutation.py fuse --show-survivors # also print the diff of each surviving mutant
    python scripts/mutation.py attribution --only src/sitroom/analyze/attribution/_figures.py   # some modules

A mutant is a small change to the code (a flipped comparison, a dropped argument, a changed constant); a test suite
that notices it "kills" it. A surviving mutant is a missing test, not a curiosity.

The tester is mutmut (pinned in the `test` extras). Each group runs in its own scratch folder
(`.mutation/<group>/`, ignored by git): a copy of `src/` and `tests/` with a generated `pyproject.toml` that
restricts mutmut to the group's modules and the test files that exercise them. mutmut records which tests call
which function, so each mutant runs only the tests that reach it; a mutant that runs longer than
`--timeout-multiplier` times its tests' clean run counts as killed ("timeout"). The machine is small and shared:
`--max-children` defaults to 1. A rerun of an unchanged group reuses mutmut's cache; `--fresh` starts over.

Each group runs a fixed share of its mutants (see GROUPS; `--sample 1` for all): enough to compare two runs, and
a full run of fuse/ would take hours here.

Before / after numbers for issue 9: benchmarks/mutation_baseline.md.

Mutants of lines that no selected test reaches are reported as "no tests" and count as not killed.
The kill rate is killed / (total - skipped).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRATCH = ROOT / ".mutation"

# group → (module globs relative to the repo, test files that exercise them, share of mutants run by default).
# The share keeps a run within ~15 minutes on a shared 2-core machine; the sample is a fixed hash of each mutant's
# name, so two runs over the same code (before / after new tests) test the same mutants. `--sample 1` runs all.
# tests/test_fuse_e2e.py is left out of the fuse group: its fixture analyses documents for 40 s before any test.
GROUPS: dict[str, tuple[list[str], list[str], float]] = {
    "assembly": (
        ["src/sitroom/analyze/_pipeline.py", "src/sitroom/analyze/_assemble.py"],
        ["tests/test_pipeline.py", "tests/test_assemble.py"],
        0.5,
    ),
    "attribution": (
        ["src/sitroom/analyze/attribution/*.py", "src/sitroom/analyze/voices.py"],   # voices: the shared lexicon
        ["tests/test_attribution.py", "tests/test_attribution_coreference.py", "tests/test_attribution_discourse.py",
         "tests/test_attribution_figures.py", "tests/test_attribution_slavic_pronoun.py",
         "tests/test_attribution_sources.py", "tests/test_attribution_voices.py",
         "tests/test_claims_denials.py", "tests/test_claims_discourse.py",
         "tests/test_claims_news_patterns.py", "tests/test_claims_news_sources.py", "tests/test_discourse_reports.py", "tests/test_modality.py",
         "tests/test_pipeline.py", "tests/test_voices.py"],
        0.35,
    ),
    "attribution_en": (  # the English attribution layer as it stands: cues, sources, the finder, a figure's claimant
        # past its cue, the trailing speaker and the discourse carry-over (paragraph scope, quotations over several
        # sentences, "the ministry" / pronoun resolution, "According to X:" lists, the headline's "..., says X")
        ["src/sitroom/analyze/attribution/_cues.py", "src/sitroom/analyze/attribution/_discourse.py",
         "src/sitroom/analyze/attribution/_figures.py", "src/sitroom/analyze/attribution/_finder.py",
         "src/sitroom/analyze/attribution/_sources.py", "src/sitroom/analyze/attribution/_tail.py"],
        ["tests/test_attribution.py", "tests/test_attribution_bracket_credit.py", "tests/test_attribution_coreference.py",
         "tests/test_attribution_discourse.py", "tests/test_attribution_figures.py",
         "tests/test_attribution_outlets4.py", "tests/test_attribution_outlets5.py",
         "tests/test_attribution_quote_titles.py", "tests/test_attribution_sources.py",
         "tests/test_attribution_topic_colon.py", "tests/test_attribution_trailing_speaker.py",
         "tests/test_attribution_voices.py", "tests/test_claims_denials.py", "tests/test_claims_discourse.py",
         "tests/test_claims_news_patterns.py", "tests/test_claims_news_sources.py", "tests/test_discourse_reports.py",
         "tests/test_pipeline.py", "tests/test_attribution_mutation.py"],
        0.1,
    ),
    "attribution6": (  # the three big English attribution modules alone (session mut6): cues, sources, discourse
        ["src/sitroom/analyze/attribution/_cues.py", "src/sitroom/analyze/attribution/_sources.py",
         "src/sitroom/analyze/attribution/_discourse.py"],
        ["tests/test_attribution.py", "tests/test_attribution_bracket_credit.py", "tests/test_attribution_coreference.py",
         "tests/test_attribution_demonym_body.py", "tests/test_attribution_discourse.py",
         "tests/test_attribution_figures.py", "tests/test_attribution_outlets4.py", "tests/test_attribution_outlets5.py",
         "tests/test_attribution_possessive_figure.py", "tests/test_attribution_quote_titles.py",
         "tests/test_attribution_sources.py", "tests/test_attribution_topic_colon.py",
         "tests/test_attribution_trailing_speaker.py", "tests/test_attribution_transcript_turns.py",
         "tests/test_attribution_voices.py", "tests/test_claims_denials.py", "tests/test_claims_discourse.py",
         "tests/test_claims_news_patterns.py", "tests/test_claims_news_sources.py", "tests/test_discourse_reports.py",
         "tests/test_pipeline.py", "tests/test_attribution_mutation.py", "tests/test_attribution_mutation6.py"],
        0.15,
    ),
    "claims_finder": (  # the English claims finder (session mut6): which figures are claims, owner/location fallbacks
        ["src/sitroom/analyze/claims/_finder.py"],
        ["tests/test_claims.py", "tests/test_claims_denials.py", "tests/test_claims_discourse.py",
         "tests/test_claims_elliptic.py", "tests/test_claims_figure_rules.py", "tests/test_claims_kinds.py",
         "tests/test_claims_live_blog.py", "tests/test_claims_more_to_follow.py", "tests/test_claims_news_patterns.py",
         "tests/test_claims_news_sources.py", "tests/test_claims_not_counts.py", "tests/test_claims_part_of_whole.py",
         "tests/test_claims_plural_demonyms.py", "tests/test_claims_restated_count.py", "tests/test_claims_status.py",
         "tests/test_claims_status_mutation.py", "tests/test_claims_supplier.py", "tests/test_claims_where.py",
         "tests/test_claims_wire_phrasing.py", "tests/test_claims_outlets4.py", "tests/test_claims_outlets5.py",
         "tests/test_claims_outlets6.py", "tests/test_claims_outlets7.py", "tests/test_claims_places_outlets.py",
         "tests/test_claims_status_outlets.py", "tests/test_claims_where_outlets.py",
         "tests/test_claims_finder_mutation.py"],
        0.15,
    ),
    "modality": (
        ["src/sitroom/analyze/modality/*.py"],
        ["tests/test_modality.py", "tests/test_pipeline.py", "tests/test_voices.py"],
        1.0,
    ),
    "claims": (      # the English claims layer (the ru/uk rules in claims/_slavic/ have their own tests)
        ["src/sitroom/analyze/claims/_status.py", "src/sitroom/analyze/claims/_where.py",
         "src/sitroom/analyze/claims/_kinds.py", "src/sitroom/analyze/claims/_elliptic.py"],
        ["tests/test_claims.py", "tests/test_claims_denials.py", "tests/test_claims_discourse.py",
         "tests/test_claims_news_sources.py", "tests/test_claims_not_counts.py", "tests/test_claims_status_outlets.py",
         "tests/test_claims_where_outlets.py", "tests/test_claims_kinds.py", "tests/test_claims_status.py",
         "tests/test_claims_where.py", "tests/test_claims_elliptic.py"],
        0.3,
    ),
    "quantities": (  # the number reader: digits and number words, bounds, qualifiers, ranges; ru/uk numerals
        ["src/sitroom/analyze/quantities/*.py"],
        ["tests/test_quantities.py", "tests/test_quantities_lists.py", "tests/test_quantities_slavic.py",
         "tests/test_quantities_mutation.py"],
        0.05,
    ),
    "claims_slavic": (   # the ru/uk claims: counted kind, owner, status
        ["src/sitroom/analyze/claims/_slavic/_counted.py", "src/sitroom/analyze/claims/_slavic/_owner.py",
         "src/sitroom/analyze/claims/_slavic/_status.py"],
        ["tests/test_claims_slavic.py", "tests/test_claims_slavic_discourse.py", "tests/test_claims_slavic_full.py",
         "tests/test_claims_slavic_owner_status.py", "tests/test_claims_slavic_owners.py",
         "tests/test_claims_slavic_mutation.py"],
        0.2,
    ),
    "timex": (       # time expressions: patterns, calendar, relative dates, periods, tense, the ru/uk tagger
        ["src/sitroom/analyze/timex/*.py"],
        ["tests/test_timex.py", "tests/test_timex_conventions.py", "tests/test_timex_generalise.py",
         "tests/test_timex_generalise2.py", "tests/test_timex_news.py", "tests/test_timex_news_cues.py",
         "tests/test_timex_slavic.py", "tests/test_timex_unseen.py", "tests/test_timex_vague_past.py",
         "tests/test_timex_mutation.py"],
        0.035,
    ),
    "coder_args": (  # the event coder's argument rules: actor, target, context, fallbacks (country_target), ranking
        ["src/sitroom/analyze/coder/args/*.py"],
        ["tests/test_coder.py", "tests/test_coder_args.py", "tests/test_coder_short.py", "tests/test_coder_short3.py",
         "tests/test_coder_short4.py", "tests/test_coder_short_args.py", "tests/test_coder_mutation.py"],
        0.06,
    ),
    "claims_status": (   # the English status rules alone (flow nouns, partitive wholes, place-holding verbs)
        ["src/sitroom/analyze/claims/_status.py"],
        ["tests/test_claims.py", "tests/test_claims_status.py", "tests/test_claims_status_callup.py",
         "tests/test_claims_status_outlets.py", "tests/test_claims_status_mutation.py"],
        0.15,
    ),
    "places": (      # the gazetteer lookup, region words, the resolver's mentions and context, country of the text
        ["src/sitroom/analyze/places/_gazetteer.py", "src/sitroom/analyze/places/_resolver.py"],
        ["tests/test_places.py", "tests/test_places_demonym_alias.py", "tests/test_claims_places_outlets.py",
         "tests/test_places_mutation.py"],
        0.5,
    ),
    "fusion": (      # fuse/ as it stands: series keys and assembly, contradictions and tolls, near-duplicates, clusters
        ["src/sitroom/fuse/*.py"],
        ["tests/test_fuse.py", "tests/test_fuse_cli.py", "tests/test_fuse_links.py", "tests/test_fuse_rules.py",
         "tests/test_fuse_series_join.py", "tests/test_fuse_series_join_window.py", "tests/test_fuse_series_labels.py",
         "tests/test_fuse_sub_places.py", "tests/test_fuse_tolls.py", "tests/test_fuse_unstated_status.py",
         "tests/test_store_fusion.py", "tests/test_store_sub_places.py", "tests/test_claims_displaced_series.py",
         "tests/test_fuse_mutation.py"],
        0.2,
    ),
    "fuse": (
        ["src/sitroom/fuse/*.py"],
        ["tests/test_fuse.py", "tests/test_fuse_cli.py", "tests/test_fuse_links.py", "tests/test_fuse_reports.py",
         "tests/test_fuse_rules.py"],
        0.2,
    ),
}

KILLED = {"killed", "timeout", "caught by type check", "segfault"}
# mutmut's exit-code → status table (mutmut.stats.status_by_exit_code), kept here so the report needs no import
_STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 2: "interrupted", None: "not checked",
           33: "no tests", 34: "skipped", 35: "suspicious", 36: "timeout", 37: "caught by type check",
           -24: "timeout", 24: "timeout", 152: "timeout", 255: "timeout", -11: "segfault", -9: "segfault"}


def _pyproject(modules: list[str], tests: list[str], timeout_multiplier: float) -> str:
    def toml_list(xs: list[str]) -> str:
        return "[" + ", ".join(json.dumps(x) for x in xs) + "]"
    return f"""[tool.pytest.ini_options]
testpaths = ["tests"]
addopts = "-q -p no:cacheprovider"
# mutmut hands node ids back to pytest; escaped ids ("test_x[\\u0417…]", from Cyrillic parameters) would not match
disable_test_id_escaping_and_forfeit_all_rights_to_community_support = true

[tool.mutmut]
source_paths = ["src"]
only_mutate = {toml_list(modules)}
pytest_add_cli_args_test_selection = {toml_list(tests)}
timeout_multiplier = {timeout_multiplier}
use_git_change_detection = false
"""


def _prepare(name: str, modules: list[str], tests: list[str], timeout_multiplier: float, fresh: bool) -> Path:
    work = SCRATCH / name
    if fresh and work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.db", "*.db-*")
    for folder in ("src", "tests"):
        if (work / folder).exists():
            shutil.rmtree(work / folder)
        shutil.copytree(ROOT / folder, work / folder, ignore=ignore)
    (work / "pyproject.toml").write_text(_pyproject(modules, tests, timeout_multiplier), encoding="utf-8")
    return work


_GENERATE = """
import os
from mutmut.__main__ import create_mutants
from mutmut.utils.file_utils import copy_also_copy_files, copy_src_dir
os.makedirs("mutants", exist_ok=True)
copy_src_dir()
copy_also_copy_files()
create_mutants(1)
"""


def _in_sample(name: str, share: float) -> bool:
    return share >= 1 or int(hashlib.sha1(name.encode()).hexdigest()[:8], 16) < share * 2 ** 32


def _sample(work: Path, share: float) -> list[str]:
    """Generate the mutants (without running them) and pick the fixed-hash sample; written to sample.txt."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    subprocess.run([sys.executable, "-c", _GENERATE], cwd=work, env=env, check=True, stdout=subprocess.DEVNULL)
    names = [n for meta in sorted((work / "mutants").glob("src/**/*.py.meta"))
             for n in json.loads(meta.read_text(encoding="utf-8")).get("exit_code_by_key", {})]
    picked = [n for n in names if _in_sample(n, share)]
    (work / "sample.txt").write_text("\n".join(picked) + "\n", encoding="utf-8")
    return picked


def _run_mutmut(work: Path, max_children: int, names: list[str] | None = None) -> int:
    # no PYTHONPATH: mutmut puts the mutated copy (mutants/src) first on sys.path itself; a PYTHONPATH entry for a
    # folder that does not exist yet would be cached as "nothing here" by the import system and shadow it
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    cmd = [sys.executable, "-m", "mutmut", "run", "--max-children", str(max_children), *(names or [])]
    log = work / "mutmut.log"
    with log.open("w", encoding="utf-8") as out:
        rc = subprocess.call(cmd, cwd=work, env=env, stdout=out, stderr=subprocess.STDOUT)
    if rc != 0:
        print(f"mutmut failed in {work} (exit {rc}); last lines of {log}:", file=sys.stderr)
        print("\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-20:]), file=sys.stderr)
    return rc


def _sampled(work: Path) -> set[str] | None:
    f = work / "sample.txt"
    return set(f.read_text(encoding="utf-8").split()) if f.exists() else None


def _results(work: Path) -> dict[str, Counter]:
    """module path → Counter of statuses of the sampled mutants, read from mutmut's `.meta` files."""
    out: dict[str, Counter] = {}
    base = work / "mutants"
    sample = _sampled(work)
    for meta in sorted(base.glob("src/**/*.py.meta")):
        data = json.loads(meta.read_text(encoding="utf-8"))
        codes = {k: v for k, v in data.get("exit_code_by_key", {}).items() if sample is None or k in sample}
        if not codes:
            continue
        module = meta.relative_to(base).as_posix()[: -len(".meta")]
        out[module] = Counter(_STATUS.get(c, "suspicious") for c in codes.values())
    return out


def _survivors(work: Path) -> list[str]:
    names = []
    sample = _sampled(work)
    for meta in sorted((work / "mutants").glob("src/**/*.py.meta")):
        codes = json.loads(meta.read_text(encoding="utf-8")).get("exit_code_by_key", {})
        names += [k for k, c in codes.items()
                  if _STATUS.get(c) in ("survived", "no tests") and (sample is None or k in sample)]
    return names


_SHOW = """
import sys
from mutmut.mutation.diff_apply import get_diff_for_mutant
for name in sys.stdin.read().split():
    print("#", name)
    print(get_diff_for_mutant(name))
    print()
"""


def show_survivors(work: Path) -> None:
    """The diff of every surviving (or untested) mutant, in one process."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    subprocess.run([sys.executable, "-c", _SHOW], cwd=work, env=env, input="\n".join(_survivors(work)), text=True)


def _row(name: str, c: Counter) -> tuple[str, int, int, int, int, str]:
    killed = sum(c[s] for s in KILLED)
    total = sum(c.values()) - c["skipped"]
    rate = f"{100 * killed / total:.1f}%" if total else "-"
    return name, killed, c["survived"], c["no tests"], total, rate


def report(group: str, results: dict[str, Counter]) -> Counter:
    print(f"\n## {group}")
    print(f"{'module':58} {'killed':>7} {'survived':>8} {'no tests':>8} {'total':>6} {'kill rate':>9}")
    all_ = Counter()
    for module, c in results.items():
        all_ += c
        print("{:58} {:>7} {:>8} {:>8} {:>6} {:>9}".format(*_row(module.removeprefix("src/sitroom/"), c)))
    print("{:58} {:>7} {:>8} {:>8} {:>6} {:>9}".format(*_row(f"{group} (all)", all_)))
    return all_


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("groups", nargs="*", help=f"groups to run (default: all of {', '.join(GROUPS)})")
    ap.add_argument("--list", action="store_true", help="print the groups and exit")
    ap.add_argument("--max-children", type=int, default=1, help="parallel mutant runs (default 1: a shared machine)")
    ap.add_argument("--timeout-multiplier", type=float, default=10.0,
                    help="a mutant running this many times longer than its clean tests is killed (default 10)")
    ap.add_argument("--sample", type=float, default=None,
                    help="share of each group's mutants to run (default: the group's own share; 1 = all)")
    ap.add_argument("--only", nargs="+", default=None, metavar="GLOB",
                    help="mutate only these modules (globs relative to the repo) of the group; own scratch folder")
    ap.add_argument("--fresh", action="store_true", help="forget mutmut's cached results for these groups")
    ap.add_argument("--tag", default=None,
                    help="own scratch folder (.mutation/<group>@<tag>): run a second copy beside an unfinished one")
    ap.add_argument("--report-only", action="store_true", help="print the last results without running")
    ap.add_argument("--show-survivors", action="store_true", help="print the diff of every surviving mutant")
    args = ap.parse_args(argv)

    if args.list:
        for name, (modules, tests, share) in GROUPS.items():
            print(f"{name} (sample {share:.0%}): {' '.join(modules)}\n    tests: {' '.join(tests)}")
        return 0
    unknown = [g for g in args.groups if g not in GROUPS]
    if unknown:
        ap.error(f"unknown group(s) {', '.join(unknown)}; known: {', '.join(GROUPS)}")

    total = Counter()
    failed = []
    for group in args.groups or list(GROUPS):
        modules, tests, share = GROUPS[group]
        share = args.sample if args.sample is not None else share
        name = group
        if args.only:
            modules = args.only
            name = group + "--" + "-".join(Path(m).stem.strip("_*") or "all" for m in modules)
        if args.tag:
            name += "@" + args.tag
        work = SCRATCH / name
        if not args.report_only:
            work = _prepare(name, modules, tests, args.timeout_multiplier, args.fresh)
            names = _sample(work, share) if share < 1 else None
            if share >= 1:
                (work / "sample.txt").unlink(missing_ok=True)
            print(f"running {group} ({' '.join(modules)}; "
                  f"{f'{len(names)} sampled mutants' if names is not None else 'all mutants'}) ...", flush=True)
            if _run_mutmut(work, args.max_children, names) != 0:
                failed.append(group)
                continue
        total += report(name, _results(work))
        if args.show_survivors:
            show_survivors(work)
    if len(args.groups or GROUPS) > 1:
        print("\n## total")
        print("{:58} {:>7} {:>8} {:>8} {:>6} {:>9}".format(*_row("all groups", total)))
    if failed:
        print(f"\nFAILED: {', '.join(failed)} (see .mutation/<group>/mutmut.log)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
