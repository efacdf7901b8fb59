graph [
  description "Agreements between Belarusian actors and their partners in China and other Asian countries, 1955&#8211;2025, each with its verbatim French quote and source line."
  title "Belarus&#8211;Asia cooperation network (from Boris Zalessky's five books)"
  sources "[{&quot;id&quot;:&quot;zalessky-000&quot;,&quot;author&quot;:&quot;Boris Zalessky&quot;,&quot;file&quot;:&quot;000_5fdd3d81b54b8d5d.txt&quot;,&quot;latest_cited&quot;:2021,&quot;note&quot;:&quot;The seed text has no title page: it opens with the chapter '&quot;},{&quot;id&quot;:&quot;zalessky-001&quot;,&quot;author&quot;:&quot;Boris Zalessky&quot;,&quot;file&quot;:&quot;001_f21a39a7f882b9b9.txt&quot;,&quot;latest_cited&quot;:2023,&quot;note&quot;:&quot;The seed text has no title page: it opens with the chapter '&quot;},{&quot;id&quot;:&quot;zalessky-002&quot;,&quot;title&quot;:&quot;Commerce, coop&#233;ration, innovation. Partenariat entre le Bela&quot;,&quot;author&quot;:&quot;Boris Zalessky&quot;,&quot;year&quot;:2024,&quot;publisher&quot;:&quot;&#201;ditions Notre Savoir (Our Knowledge Publishing; imprint Sci&quot;,&quot;identifier&quot;:&quot;ISBN 978-620-8-36975-0&quot;,&quot;file&quot;:&quot;002_a9bce4143f6ce1c0.txt&quot;,&quot;latest_cited&quot;:2024,&quot;note&quot;:&quot;Author printed as 'Boris Zalesskij'. Copyright 2024. Transla&quot;,&quot;original_isbn&quot;:&quot;978-3-659-62768-2&quot;},{&quot;id&quot;:&quot;zalessky-003&quot;,&quot;title&quot;:&quot;Les limites du partenariat durable. Partie I. D&#233;fis mondiaux&quot;,&quot;author&quot;:&quot;Boris Zalessky&quot;,&quot;publisher&quot;:&quot;&#201;ditions universitaires europ&#233;ennes&quot;,&quot;file&quot;:&quot;003_b76f7b9700ca9d24.txt&quot;,&quot;latest_cited&quot;:2017,&quot;note&quot;:&quot;French machine translation (by the publisher's AI) of the Ru&quot;,&quot;original_isbn&quot;:&quot;978-3-330-19614-8&quot;},{&quot;id&quot;:&quot;zalessky-004&quot;,&quot;author&quot;:&quot;Boris Zalessky&quot;,&quot;file&quot;:&quot;004_83a77f56793cbc8a.txt&quot;,&quot;latest_cited&quot;:2025,&quot;note&quot;:&quot;The seed text has no title page: it opens with the introduct&quot;}]"
  node [
    id 0
    label "belarusian-universal-commodity-exchange"
    name "Belarusian Universal Commodity Exchange"
    type "firm"
    country "Belarus"
    aliases "bourse bi&#233;lorusse;bourse b&#233;larussienne;Bourse universelle des marchandises de Bi&#233;lorussie;Bourse universelle des marchandises de Bi&#233;lorussie (BUTB);Bourse universelle des marchandises du Belarus (BUTB);Bourse universelle des marchandises du Belarus (BUTE);BUBS;BUCE;BUTB;BUTB (Belarusian Universal Commodity Exchange)"
  ]
  node [
    id 1
    label "chongqing"
    name "Chongqing"
    type "region"
    country "China"
    within "china"
    aliases "ville de Chongqing"
  ]
  node [
    id 2
    label "eurasian-economic-commission"
    name "Eurasian Economic Commission"
    type "organisation"
    aliases "CEE;Commission &#233;conomique eurasienne;Conseil de la CEE"
  ]
  node [
    id 3
    label "minsk-region"
    name "Minsk Region"
    type "region"
    country "Belarus"
    within "belarus"
    aliases "Minshchina;Minskshchina;oblast de Minsk;r&#233;gion capitale bi&#233;lorusse;r&#233;gion capitale du Belarus;r&#233;gion capitale du B&#233;larus;r&#233;gion de la capitale;r&#233;gion de la capitale bi&#233;lorusse;r&#233;gion de Minsk;voblast de Minsk"
  ]
  node [
    id 4
    label "myanmar"
    name "Myanmar"
    type "country"
    country "Myanmar"
  ]
  node [
    id 5
    label "taomu-suzhou-information-technology"
    name "Taomu (Suzhou) Information Technology"
    type "firm"
    country "China"
  ]
  node [
    id 6
    label "zhejiang-province"
    name "Zhejiang Province"
    type "region"
    country "China"
    within "china"
    aliases "province de Zhejiang;province du Zhejiang"
  ]
  node [
    id 7
    label "belarus"
    name "Belarus"
    type "country"
    country "Belarus"
    aliases "Bi&#233;lorussie;B&#233;larus;R&#233;publique du Belarus;R&#233;publique du B&#233;larus"
  ]
  node [
    id 8
    label "china"
    name "China"
    type "country"
    country "China"
    aliases "Chine;Empire c&#233;leste;Empire du Milieu;RPC;R&#233;publique populaire de Chine"
  ]
  edge [
    source 3
    target 1
    id "a0501"
    kind "cooperation"
    date "2023-06"
    status "signed"
    source_id "zalessky-002"
    locator "393"
    quote "Il convient de rappeler que la r&#233;gion capitale du Belarus a sign&#233; un accord de coop&#233;ration avec cette ville chinoise en 2002. En mars 2017, des relations de jumelage ont &#233;t&#233; &#233;tablies entre les r&#233;gions. &#8309;&#8311;En juin dernier, lors de l'ouverture de l'exposition de biens et services chinois sur le site du parc industriel sino-bi&#233;lorusse &quot;Great Stone&quot;, o&#249; l'exposition th&#233;matique du pavillon d'exposition des biens d'exportation de Chongqing a &#233;t&#233; pr&#233;sent&#233;e et o&#249; &quot;plus de 20 entreprises de la ville sur une surface d'environ 300 m&#232;tres carr&#233;s ont plac&#233; les produits de l'ing&#233;nierie m&#233;canique, y compris les voitures, les motos et les composants&quot; , les parties ont conclu un accord visant &#224; intensifier la coop&#233;ration dans divers domaines."
    act "a0501"
    also_locator "1398"
    also_source "zalessky-004"
    note "agreement to intensify cooperation, concluded at the exhibition of Chinese goods and services at Great Stone / agreed to intensify cooperation at the opening of the exhibition of Chinese goods at Great Stone; year from the 2023 context (roadmap one month later)"
  ]
  edge [
    source 3
    target 6
    id "a0502"
    kind "joint_venture"
    date "2023-06"
    status "planned"
    source_id "zalessky-002"
    locator "125"
    quote "En juin 2023, lors des entretiens entre les d&#233;l&#233;gations du Comit&#233; de la sant&#233; de la province du Zhejiang et du D&#233;partement principal de la sant&#233; du Comit&#233; ex&#233;cutif r&#233;gional de Minsk, ils ont discut&#233; des orientations du d&#233;veloppement de ce centre, &quot;la fourniture de m&#233;dicaments en provenance de Chine, la possibilit&#233; de former les m&#233;decins de la r&#233;gion de la capitale &#224; de nouvelles m&#233;thodes&quot;.&#8310; La partie bi&#233;lorusse a &#233;galement propos&#233; d'examiner la question de l'organisation de la production conjointe d'additifs biologiquement actifs et de m&#233;dicaments &#224; base de plantes&quot;."
    url "https://www.belta.by/regions/view/minskaja-oblast-i-provintsija-chzhetszjan-namereny-razvivat-sotrudnichestvo-v-sfere-traditsionnoj-574675-2023/"
    act "a0502"
    note "proposed joint production of dietary supplements and herbal medicines"
  ]
  edge [
    source 4
    target 2
    id "a0503"
    kind "memorandum"
    date "2023-06"
    status "signed"
    source_id "zalessky-004"
    locator "306"
    quote "Enfin, d&#232;s 2021, le Myanmar a exprim&#233; son int&#233;r&#234;t pour la coop&#233;ration avec l'UEEA et a sign&#233; en juin 2023 un m&#233;morandum de coop&#233;ration avec les Cinq Eurasie"
    url "https://eec.eaeunion.org/news/eek-i-myanma-podpisali-memorandum-o-vzaimodeystvii/"
    act "a0503"
  ]
  edge [
    source 5
    target 0
    id "a0504"
    kind "membership"
    date "2023-06"
    status "signed"
    source_id "zalessky-002"
    locator "245"
    quote "En juin 2023, une autre grande soci&#233;t&#233; d'importation chinoise a annonc&#233; son intention d'augmenter ses achats de produits de bois sci&#233; sur la BUTB - il s'agit de **Taomu (Suzhou) Information Technology**."
    url "https://www.belta.by/economics/view/krupnyj-kitajskij-importer-nameren-naraschivat-zakupki-piloproductsi-na-butb-571701-2023/"
    act "a0504"
    note "buyer of sawn timber through BUTB; intends to increase purchases (June 2023 announcement)"
  ]
]
