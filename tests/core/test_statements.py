"""Tallies, the "most divided" and "most agreement" measures, the default set and file import."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core import statements as st

THREE = st.SCALES["three"]
FIVE = st.SCALES["five"]


def tally(*counts: int, scale: st.Scale = THREE) -> st.Tally:
    return st.Tally(scale, counts)


def test_tally_from_stored_counts_ignores_junk_and_negatives() -> None:
    t = st.Tally.from_mapping(THREE, {"agree": 4, "doubt": -2, "disagree": None, "x": 9})
    assert t.counts == (4, 0, 0)
    assert t.total == 4
    assert t.shares() == (1.0, 0.0, 0.0)


def test_empty_tally_has_no_scores() -> None:
    t = st.Tally.empty(FIVE)
    assert t.counts == (0, 0, 0, 0, 0)
    assert t.consensus() is None and t.division() is None and t.agreement() is None


def test_everyone_on_one_position_is_full_consensus() -> None:
    assert tally(0, 7, 0).consensus() == pytest.approx(1.0)
    assert tally(0, 7, 0).division() == pytest.approx(0.0)


def test_even_split_over_both_ends_is_most_divided() -> None:
    assert tally(5, 0, 5).division() == pytest.approx(1.0)
    assert tally(3, 0, 0, 0, 3, scale=FIVE).division() == pytest.approx(1.0)


def test_even_spread_is_less_divided_than_a_split_room() -> None:
    """Entropy would call the even spread the most divided; an ordinal measure does not."""
    spread = tally(4, 4, 4).division()
    split = tally(6, 0, 6).division()
    assert spread == pytest.approx(2 / 3)
    assert spread < split
    # neighbours on the scale disagree less than opposite ends
    assert tally(5, 5, 0).division() < tally(5, 0, 5).division()


def test_division_depends_on_shares_not_room_size() -> None:
    assert tally(2, 1, 1).division() == pytest.approx(tally(20, 10, 10).division())


def test_agreement_runs_from_fully_agree_to_fully_disagree() -> None:
    assert tally(9, 0, 0).agreement() == pytest.approx(1.0)
    assert tally(0, 0, 9).agreement() == pytest.approx(0.0)
    assert tally(1, 2, 1).agreement() == pytest.approx(0.5)
    assert tally(0, 4, 0, 0, 0, scale=FIVE).agreement() == pytest.approx(0.75)


def test_overview_picks_most_agreement_and_most_divided() -> None:
    a = st.Statement("a", "Art is for everyone", "T1")
    b = st.Statement("b", "Full houses matter", "T1")
    c = st.Statement("c", "Summer halls stay open", "T2")
    d = st.Statement("d", "Not discussed", "T2")
    result = st.overview([(a, tally(10, 1, 0)), (b, tally(5, 1, 5)), (c, tally(2, 6, 2)),
                          (d, tally(0, 0, 0))])  # fmt: skip
    assert result.most_agreement is not None and result.most_agreement.statement.id == "a"
    assert result.most_divided is not None and result.most_divided.statement.id == "b"
    assert result.voted == 3
    assert result.votes == 11 + 11 + 10
    assert result.themes == ("T1", "T2")


def test_overview_without_votes_names_nothing() -> None:
    result = st.overview([(st.Statement("a", "x"), st.Tally.empty(THREE))])
    assert result.most_agreement is None and result.most_divided is None and result.voted == 0


def test_ties_go_to_more_votes() -> None:
    a, b = st.Statement("a", "one"), st.Statement("b", "two")
    result = st.overview([(a, tally(1, 0, 1)), (b, tally(4, 0, 4))])
    assert result.most_divided is not None and result.most_divided.statement.id == "b"


def test_unknown_scale_falls_back_to_three_positions() -> None:
    assert st.scale("seven") is THREE
    assert st.scale("five").positions == ("1", "2", "3", "4", "5")


def test_default_set_has_both_challenges_in_both_languages() -> None:
    nl, en = st.default_set("nl"), st.default_set("en")
    assert len(nl) == len(en) >= 12
    assert [s.id for s in nl] == [s.id for s in en]
    assert len({s.id for s in nl}) == len(nl)
    assert {s.theme for s in en} == {
        "From supply-driven to demand-driven",
        "From do-it-yourself residencies to production and development support",
    }
    assert nl[0].text != en[0].text and all(len(s.text) <= st.MAX_LENGTH for s in nl)


def test_config_with_own_list_wins_over_default_set() -> None:
    config = {"use_default_set": True,
              "statements": [{"id": "x1", "theme": "Mine", "text": "  Own words  "},
                             {"id": "x2", "text": ""}, "junk"]}  # fmt: skip
    assert st.from_config(config, "nl") == [st.Statement("x1", "Own words", "Mine")]
    assert st.from_config({"use_default_set": False}, "nl") == []
    assert st.from_config({"scale": "three", "use_default_set": True}, "en")[0].id == "demand-1"
    round_trip = st.to_config(st.default_set("en"))
    assert st.from_config({"statements": round_trip}, "nl") == st.default_set("en")


def test_parse_text_reads_themes_and_skips_blank_and_repeated_lines() -> None:
    text = (
        "# Demand\nAudiences choose.\n\n  Audiences   choose. \nArt leads.\n"
        "#Residencies\nKeys are not enough.\n"
    )
    found = st.parse_text(text)
    assert [(s.theme, s.text) for s in found] == [
        ("Demand", "Audiences choose."), ("Demand", "Art leads."),
        ("Residencies", "Keys are not enough."),
    ]  # fmt: skip
    assert len({s.id for s in found}) == 3


def test_read_file_handles_windows_encoding(tmp_path: Path) -> None:
    path = tmp_path / "stellingen.txt"
    path.write_bytes("Één café is genoeg.\r\nTweede stelling.\r\n".encode("cp1252"))
    assert [s.text for s in st.read_file(path)] == ["Één café is genoeg.", "Tweede stelling."]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The file is empty."),
        (b"  \n\n ", "The file is empty."),
        (b"# only a theme\n", "The file holds no statements."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "This is not a text file."),
        (("x" * 401).encode(), "Line 1 is longer than 400 characters"),
    ],
)
def test_bad_files_get_a_clear_message(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(st.StatementFileProblem) as caught:
        st.read_file(path)
    assert str(caught.value).startswith(message)
    assert caught.value.message  # a source text the UI translates


def test_too_many_statements_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(st.StatementFileProblem, match="more than 200"):
        st.parse_text("\n".join(f"Statement {i}" for i in range(250)))
    with pytest.raises(st.StatementFileProblem, match="cannot be read"):
        st.read_file(tmp_path / "missing.txt")
