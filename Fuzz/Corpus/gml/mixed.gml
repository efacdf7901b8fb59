graph [
  directed 1
  node [
    id 0
    label "n0"
    name "Zero &amp; <one>"
    graphics [
      x 0.5
    ]
  ]
  node [
    id 1
    label "n1"
  ]
  node [
    id 2
    label "n2"
    name "cdata &quot;label&quot;"
  ]
  edge [
    source 0
    target 1
    id "e0"
    kind "twinning"
    weight 2.5
  ]
  edge [
    source 1
    target 2
    id "e1"
    directed 0
    weight 1.0
    count 9
  ]
  edge [
    source 2
    target 2
    id "e2"
    weight 1.0
  ]
]
