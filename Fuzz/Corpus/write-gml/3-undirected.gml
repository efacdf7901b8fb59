graph [
  node [
    id 0
    label "1"
  ]
  node [
    id 1
    label "2"
    name "two"
  ]
  node [
    id 2
    label "3"
  ]
  edge [
    source 0
    target 1
    id "e0"
    weight 3
  ]
  edge [
    source 1
    target 2
    id "e1"
    kind "friendship"
    date "1998"
  ]
]
