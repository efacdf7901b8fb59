graph [
  directed 1
  node [ id 0 label "a &quot;b&quot;" graphics [ x 1.0 y 2.0 ] ]
  node [ id 1 label "c" weight 3 ]
  edge [ source 0 target 1 weight 2 kind "twinning" ]
  edge [ source 1 target 0 directed 0 ]
]
