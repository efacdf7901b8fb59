#!/usr/bin/env python3
"""Writes the malformed GraphML and GEXF inputs beside this script.

Each file is one way an input can be broken; MalformedInputTests.swift holds, for each, the
message fragment the reader must report. Run: python3 make_malformed.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NS = 'xmlns="http://graphml.graphdrawing.org/xmlns"'
HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'


def graphml(body, keys=""):
    return f'{HEAD}<graphml {NS}>\n{keys}  <graph edgedefault="undirected">\n{body}  </graph>\n</graphml>\n'


def gexf(body, attributes="", graph='mode="static" defaultedgetype="undirected"'):
    return (f'{HEAD}<gexf xmlns="http://gexf.net/1.3" version="1.3">\n  <graph {graph}>\n{attributes}'
            f'    <nodes>\n      <node id="a" label="A"/>\n      <node id="b" label="B"/>\n    </nodes>\n'
            f'    <edges>\n{body}    </edges>\n  </graph>\n</gexf>\n')


BOMB = ('<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
        + "".join(f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
        + ']>\n')

FILES = {
    "graphml-empty.graphml": b"",
    "graphml-whitespace-only.graphml": b"\n   \n",
    "graphml-binary-garbage.graphml": bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0xFF, 0xD8]),
    "graphml-control-character.graphml": (HEAD + "<graphml>\x01</graphml>\n").encode(),
    "graphml-utf16.graphml": graphml('    <node id="a"/>\n').encode("utf-16"),
    "graphml-latin1.graphml": graphml('    <node id="z\u00fcrich"/>\n').encode("latin-1"),
    "graphml-truncated.graphml": graphml('    <node id="a"/>\n    <node id="b"/>\n').encode()[:-40],
    "graphml-truncated-in-tag.graphml": (HEAD + f'<graphml {NS}>\n  <graph edgedefault="undirected">\n    <node id="a').encode(),
    "graphml-mismatched-tags.graphml": graphml('    <node id="a">\n    </edge>\n').encode(),
    "graphml-entity-bomb.graphml": (HEAD + BOMB + f'<graphml {NS}><graph><node id="&lol9;"/></graph></graphml>\n').encode(),
    "graphml-xxe.graphml": (HEAD + '<!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
                            + f'<graphml {NS}><graph><node id="&xxe;"/></graph></graphml>\n').encode(),
    "graphml-undeclared-entity.graphml": graphml('    <node id="a&nbsp;b"/>\n').encode(),
    "graphml-bare-ampersand.graphml": graphml('    <node id="AT&T"/>\n').encode(),
    "graphml-lt-in-attribute.graphml": graphml('    <node id="a<b"/>\n').encode(),
    "graphml-missing-node-id.graphml": graphml('    <node id="a"/>\n    <node/>\n').encode(),
    "graphml-edge-missing-source.graphml": graphml('    <node id="a"/>\n    <edge target="a"/>\n').encode(),
    "graphml-edge-missing-target.graphml": graphml('    <node id="a"/>\n    <edge source="a"/>\n').encode(),
    "graphml-bad-attr-type.graphml": graphml('    <node id="a"/>\n',
                                             '  <key id="d0" for="node" attr.name="population" attr.type="integer"/>\n').encode(),
    "graphml-mistyped-value.graphml": graphml('    <node id="a"><data key="d0">abc</data></node>\n',
                                              '  <key id="d0" for="node" attr.name="population" attr.type="int"/>\n').encode(),
    "graphml-mistyped-boolean.graphml": graphml('    <edge source="a" target="b"><data key="d0">maybe</data></edge>\n',
                                                '  <key id="d0" for="edge" attr.name="active" attr.type="boolean"/>\n').encode(),
    "graphml-mistyped-default.graphml": graphml('    <node id="a"/>\n',
                                                '  <key id="d0" for="node" attr.name="area" attr.type="double">'
                                                '<default>wide</default></key>\n').encode(),
    "graphml-unknown-key.graphml": graphml('    <node id="a"><data key="d9">x</data></node>\n').encode(),
    "graphml-unterminated-comment.graphml": graphml('    <node id="a"/>\n    <!-- a comment that never ends\n').encode(),
    "graphml-unterminated-cdata.graphml": graphml('    <node id="a"><data key="d0"><![CDATA[text that never ends\n',
                                                  '  <key id="d0" for="node" attr.name="note"/>\n').encode(),
    "graphml-bad-edgedefault.graphml": graphml('').replace('edgedefault="undirected"', 'edgedefault="sideways"').encode(),
    "graphml-wrong-root.graphml": gexf("").encode(),
    "graphml-two-roots.graphml": (graphml('') + f'<graphml {NS}/>\n').encode(),
    "graphml-bad-sources-json.graphml": graphml('    <data key="d0">[{"title": "no id"}]</data>\n',
                                                '  <key id="d0" for="graph" attr.name="sources" attr.type="string"/>\n').encode(),
    "gexf-empty.gexf": b"",
    "gexf-truncated.gexf": gexf('      <edge source="a" target="b"/>\n').encode()[:-30],
    "gexf-entity-bomb.gexf": (HEAD + BOMB + '<gexf><graph><nodes><node id="&lol9;"/></nodes></graph></gexf>\n').encode(),
    "gexf-xxe.gexf": (HEAD + '<!DOCTYPE gexf [<!ENTITY xxe SYSTEM "http://attacker.invalid/x">]>\n'
                      + '<gexf><graph><nodes><node id="&xxe;"/></nodes></graph></gexf>\n').encode(),
    "gexf-missing-node-id.gexf": gexf('').replace('<node id="b" label="B"/>', '<node label="B"/>').encode(),
    "gexf-edge-missing-source.gexf": gexf('      <edge id="0" target="b"/>\n').encode(),
    "gexf-bad-spell-date.gexf": gexf('      <edge source="a" target="b" start="2009-13-45"/>\n',
                                     graph='mode="dynamic" defaultedgetype="undirected" timeformat="date"').encode(),
    "gexf-bad-spell-date-in-spells.gexf": gexf('      <edge source="a" target="b"><spells><spell start="someday"/></spells></edge>\n',
                                               graph='mode="dynamic" defaultedgetype="undirected" timeformat="date"').encode(),
    "gexf-bad-attribute-type.gexf": gexf('', '    <attributes class="node"><attribute id="0" title="x" type="int"/></attributes>\n').encode(),
    "gexf-mistyped-attvalue.gexf": gexf('      <edge source="a" target="b"><attvalues><attvalue for="0" value="abc"/></attvalues></edge>\n',
                                        '    <attributes class="edge"><attribute id="0" title="budget" type="long"/></attributes>\n').encode(),
    "gexf-unknown-attribute.gexf": gexf('      <edge source="a" target="b"><attvalues><attvalue for="7" value="1"/></attvalues></edge>\n').encode(),
    "gexf-bad-weight.gexf": gexf('      <edge source="a" target="b" weight="heavy"/>\n').encode(),
    "gexf-bad-edge-type.gexf": gexf('      <edge source="a" target="b" type="both"/>\n').encode(),
    "gexf-unterminated-comment.gexf": gexf('      <!-- never closed\n').encode(),
    "gexf-latin1.gexf": gexf('').replace('label="A"', 'label="M\u00fcnchen"').encode("latin-1"),
}

for name, content in FILES.items():
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(content)
