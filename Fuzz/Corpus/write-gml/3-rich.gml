graph [
  directed 1
  multigraph 1
  n 3
  title "t"
  twinning [
    attribute [ for "node" key "ok" type "boolean" ]
    attribute [ for "edge" key "flag" type "boolean" ]
  ]
  node [
    id 0
    label "a"
    name "A &quot;quoted&quot;, comma"
    type "city"
    country "Belarus"
    ok 1
    pop 12000
    graphics [
      fill "#ff0000"
      w 3
      h 3
      x 1.5
      y -2
    ]
  ]
  node [
    id 1
    label "b c"
    name "tab&#9;here"
    within "a"
    aliases "B;Bee"
  ]
  node [
    id 2
    label "d\e"
    name "back\slash"
    rank 0.25
  ]
  node [
    id 3
    label "42"
  ]
  node [
    id 4
    label "isolated"
  ]
  edge [
    source 0
    target 1
    key "x1"
    directed 0
    kind "twinning"
    date "2019-03"
    end_date "2021"
    status "signed"
    weight 2
    source_id "s"
    note "n,1"
  ]
  edge [
    source 1
    target 0
    key "x2"
    kind "memorandum"
    date "2020-01-02"
    weight 1.5
  ]
  edge [
    source 0
    target 1
    key "x3"
    weight 0
  ]
  edge [
    source 3
    target 3
    key "loop"
    flag 0
  ]
  edge [
    source 2
    target 0
    key "x5"
    amount 3.0
    count 7
  ]
]
