graph [
  directed 1
  description "Agreements between Belarusian actors and their partners in China and other Asian countries, 1955&#8211;2025, each with its verbatim French quote and source line."
  title "Belarus&#8211;Asia cooperation network (from Boris Zalessky's five books)"
  sources "[{&quot;id&quot;:&quot;zalessky-000&quot;,&quot;author&quot;:&quot;Boris Zalessky&quot;,&quot;file&quot;:&quot;000_5fdd3d81b54b8d5d.txt&quot;,&quot;latest_cited&quot;:2021,&quot;note&quot;:&quot;The seed text has no title page: it opens with the chapter '&quot;},{&quot;id&quot;:&quot;zalessky-001&quot;,&quot;author&quot;:&quot;Boris Zalessky&quot;,&quot;file&quot;:&quot;001_f21a39a7f882b9b9.txt&quot;,&quot;latest_cited&quot;:2023,&quot;note&quot;:&quot;The seed text has no title page: it opens with the chapter '&quot;},{&quot;id&quot;:&quot;zalessky-002&quot;,&quot;title&quot;:&quot;Commerce, coop&#233;ration, innovation. Partenariat entre le Bela&quot;,&quot;author&quot;:&quot;Boris Zalessky&quot;,&quot;year&quot;:2024,&quot;publisher&quot;:&quot;&#201;ditions Notre Savoir (Our Knowledge Publishing; imprint Sci&quot;,&quot;identifier&quot;:&quot;ISBN 978-620-8-36975-0&quot;,&quot;file&quot;:&quot;002_a9bce4143f6ce1c0.txt&quot;,&quot;latest_cited&quot;:2024,&quot;note&quot;:&quot;Author printed as 'Boris Zalesskij'. Copyright 2024. Transla&quot;,&quot;original_isbn&quot;:&quot;978-3-659-62768-2&quot;},{&quot;id&quot;:&quot;zalessky-003&quot;,&quot;title&quot;:&quot;Les limites du partenariat durable. Partie I. D&#233;fis mondiaux&quot;,&quot;author&quot;:&quot;Boris Zalessky&quot;,&quot;publisher&quot;:&quot;&#201;ditions universitaires europ&#233;ennes&quot;,&quot;file&quot;:&quot;003_b76f7b9700ca9d24.txt&quot;,&quot;latest_cited&quot;:2017,&quot;note&quot;:&quot;French machine translation (by the publisher's AI) of the Ru&quot;,&quot;original_isbn&quot;:&quot;978-3-330-19614-8&quot;},{&quot;id&quot;:&quot;zalessky-004&quot;,&quot;author&quot;:&quot;Boris Zalessky&quot;,&quot;file&quot;:&quot;004_83a77f56793cbc8a.txt&quot;,&quot;latest_cited&quot;:2025,&quot;note&quot;:&quot;The seed text has no title page: it opens with the introduct&quot;}]"
  node [
    id 0
    label "hunan-province"
    name "Hunan Province"
    type "region"
    country "China"
    within "china"
    aliases "Hunan;province chinoise de Hunan;province du Hunan"
  ]
  node [
    id 1
    label "irkutsk-region"
    name "Irkutsk Region"
    type "region"
    country "Russia"
    within "russia"
    aliases "oblast d'Irkoutsk;Priangarie;r&#233;gion d'Irkoutsk"
  ]
  node [
    id 2
    label "kopyl-district"
    name "Kopyl District"
    type "district"
    country "Belarus"
    within "minsk-region"
    aliases "district de Kopyl"
  ]
  node [
    id 3
    label "malaysia"
    name "Malaysia"
    type "country"
    country "Malaysia"
    aliases "Malaisie"
  ]
  node [
    id 4
    label "ministry-of-science-and-technology-of-china"
    name "Ministry of Science and Technology of China"
    type "government_body"
    country "China"
    aliases "minist&#232;re chinois de la science et de la technologie;minist&#232;re de la science et de la technologie de la R&#233;publique populaire de Chine"
  ]
  node [
    id 5
    label "minsk"
    name "Minsk"
    type "city"
    country "Belarus"
    within "belarus"
    aliases "capitale bi&#233;lorusse"
  ]
  node [
    id 6
    label "minsk-region"
    name "Minsk Region"
    type "region"
    country "Belarus"
    within "belarus"
    aliases "Minshchina;Minskshchina;oblast de Minsk;r&#233;gion capitale bi&#233;lorusse;r&#233;gion capitale du Belarus;r&#233;gion capitale du B&#233;larus;r&#233;gion de la capitale;r&#233;gion de la capitale bi&#233;lorusse;r&#233;gion de Minsk;voblast de Minsk"
  ]
  node [
    id 7
    label "minsk-tractor-works"
    name "Minsk Tractor Works"
    type "firm"
    country "Belarus"
    aliases "Minsk Tractor Plant;Minsk Tractor Plant (MTZ);MTW;MTZ;tracteurs BELARUS;usine de tracteurs de Minsk;usine de tracteurs de Minsk (MTZ)"
  ]
  node [
    id 8
    label "mogilev-fez"
    name "Mogilev FEZ"
    type "industrial_park"
    country "Belarus"
    within "mogilev-region"
    aliases "FEZ &quot;Mogilev&quot;;zone de libre-&#233;change &quot;Mogilev&quot;;zone franche &quot;Mogilev&quot;"
  ]
  node [
    id 9
    label "mogilev-region"
    name "Mogilev Region"
    type "region"
    country "Belarus"
    within "belarus"
    aliases "oblast de Mogilev;r&#233;gion bi&#233;lorusse de Mogilev;r&#233;gion de Mogilev;r&#233;gion de Moguilev;r&#233;gion orientale du Belarus"
  ]
  node [
    id 10
    label "national-assembly-of-belarus"
    name "National Assembly of Belarus"
    type "government_body"
    country "Belarus"
    aliases "Assembl&#233;e nationale du B&#233;larus"
  ]
  node [
    id 11
    label "parliament-of-malaysia"
    name "Parliament of Malaysia"
    type "government_body"
    country "Malaysia"
    aliases "Parlement malaisien"
  ]
  node [
    id 12
    label "sabah-state"
    name "Sabah State"
    type "region"
    country "Malaysia"
    within "malaysia"
    aliases "&#201;tat de Sabah"
  ]
  node [
    id 13
    label "sbi-rubber"
    name "SBI Rubber"
    type "firm"
    country "Belarus"
    aliases "&quot;SBI Rubber&quot; S.A."
  ]
  node [
    id 14
    label "shenyang"
    name "Shenyang"
    type "city"
    country "China"
    within "liaoning-province"
    aliases "administration chinoise de Shenyang"
  ]
  node [
    id 15
    label "state-committee-on-science-and-technology-of-belarus"
    name "State Committee on Science and Technology of Belarus"
    type "government_body"
    country "Belarus"
    aliases "Comit&#233; d'&#201;tat bi&#233;lorusse pour la science et la technologie;Comit&#233; d'&#201;tat pour la science et la technologie;Comit&#233; d'&#201;tat pour la science et la technologie de la R&#233;publique du B&#233;larus;Comit&#233; d'&#201;tat pour la science et la technologie du Belarus;Comit&#233; d'&#201;tat pour la science et la technologie du B&#233;larus;State Committee for Science and Technology of Belarus"
  ]
  node [
    id 16
    label "turkey"
    name "Turkey"
    type "country"
    country "Turkey"
    aliases "Turquie"
  ]
  node [
    id 17
    label "wanzhou-district"
    name "Wanzhou District"
    type "district"
    country "China"
    within "chongqing"
    aliases "district de Wanzhou"
  ]
  node [
    id 18
    label "belarus"
    name "Belarus"
    type "country"
    country "Belarus"
    aliases "Bi&#233;lorussie;B&#233;larus;R&#233;publique du Belarus;R&#233;publique du B&#233;larus"
  ]
  node [
    id 19
    label "china"
    name "China"
    type "country"
    country "China"
    aliases "Chine;Empire c&#233;leste;Empire du Milieu;RPC;R&#233;publique populaire de Chine"
  ]
  node [
    id 20
    label "chongqing"
    name "Chongqing"
    type "region"
    country "China"
    within "china"
    aliases "ville de Chongqing"
  ]
  node [
    id 21
    label "liaoning-province"
    name "Liaoning Province"
    type "region"
    country "China"
    within "china"
    aliases "Liaoning;province de Liaoning"
  ]
  node [
    id 22
    label "russia"
    name "Russia"
    type "country"
    country "Russia"
    aliases "F&#233;d&#233;ration de Russie;Russie"
  ]
  edge [
    source 2
    target 17
    id "a0101"
    directed 0
    kind "memorandum"
    date "2016"
    status "signed"
    source_id "zalessky-000"
    locator "3259"
    quote "Dans le m&#234;me temps, un m&#233;morandum a &#233;t&#233; sign&#233; pour d&#233;velopper les relations de jumelage entre le district de Kopyl de la r&#233;gion de Minsk et le district de Wanzhou de Chongqing."
    act "a0101"
    note "memorandum on developing twinning relations"
  ]
  edge [
    source 5
    target 14
    id "a0102"
    directed 0
    kind "cooperation"
    date "2016"
    status "signed"
    source_id "zalessky-000"
    locator "2886"
    quote "la capitale du Belarus : Changchun (1992), Beijing (1997), Shenzhen (2013), Shenyang (2016), Shanghai (2018)"
    url "https://china.mfa.gov.by/ru/bilateral/regional/info/."
    act "a0102"
    note "twinned or partner cities of the capital; a partner, not a twin: line 3381 says Minsk's only twinnings with Chinese cities were Beijing, Changchun and Shenzhen"
  ]
  edge [
    source 6
    target 12
    id "a0103"
    directed 0
    kind "cooperation"
    date "2016"
    status "planned"
    source_id "zalessky-003"
    locator "487"
    quote "Cependant, la r&#233;gion de la capitale esp&#232;re que les exportations vers le march&#233; malaisien ne se limiteront pas aux seuls engrais potassiques. Leur gamme peut &#234;tre &#233;tendue aux v&#233;hicules agricoles et commerciaux ainsi qu'aux produits alimentaires. Du c&#244;t&#233; malaisien, l'&#201;tat de Sabah sera impliqu&#233; dans cette coop&#233;ration interr&#233;gionale."
    url "http://www.belta.by/regions/view/minskaja-oblast-planiruet-razvivat-sotrudnichestvo-s-malajzijskim-shtatom-sabah-224590-2016/"
    act "a0103"
    note "interregional cooperation; date from footnote"
  ]
  edge [
    source 7
    target 1
    id "a0104"
    directed 0
    kind "joint_venture"
    date "2016"
    status "planned"
    source_id "zalessky-003"
    locator "861"
    quote "l'attention des constructeurs b&#233;larussiens est attir&#233;e par le territoire d'Ousole- Sibirsko&#239;e, un territoire de d&#233;veloppement social et &#233;conomique avanc&#233;, cr&#233;&#233; dans la r&#233;gion russe, o&#249; un r&#233;gime fiscal sp&#233;cial est en place et o&#249; pourrait bien appara&#238;tre une production d'assemblage de tracteurs b&#233;larussiens"
    url "http://www.belta.by/economics/view/sborochnoe-proizvodstvo-traktorov-belarus-mozhet-pojavitsja-v-irkutskoj-oblasti-222392-2016/"
    act "a0104"
    note "possible assembly production of Belarusian (BELARUS) tractors in the Usolye-Sibirskoye territory of advanced development; actor MTZ from footnote title"
    unnamed_party "irkutsk-region"
  ]
  edge [
    source 7
    target 3
    id "a0105"
    kind "trade_contract"
    date "2016"
    status "planned"
    source_id "zalessky-003"
    locator "460"
    quote "La Malaisie envisage la possibilit&#233; d'acheter du mat&#233;riel MTZ pour travailler dans les rizi&#232;res"
    url "http://www.belta.by/economics/view/malajzija-rassmatrivaet-vozmozhnost-zakupki-tehniki-mtz-dlja-raboty-na-risovyh-poljah-224664-2016/"
    act "a0105"
    note "Malaysia considers purchasing MTZ machinery for rice fields"
    unnamed_party "malaysia"
  ]
  edge [
    source 9
    target 0
    id "a0106"
    directed 0
    kind "twinning"
    date "2016"
    status "signed"
    source_id "zalessky-000"
    locator "2884"
    quote "Mogilev : Jiangsu (1997), Henan (2008), Hunan (2016), Shaanxi (2018), Tianjin (2019)"
    url "https://china.mfa.gov.by/ru/bilateral/regional/info/."
    act "a0106"
    also_locator "2975;457;1581"
    also_source "zalessky-000;zalessky-002;zalessky-004"
    kind_other "cooperation"
    note "twinned or partner regions list / partner region of Mogilev Region / interregional cooperation"
  ]
  edge [
    source 10
    target 11
    id "a0107"
    directed 0
    kind "parliamentary"
    date "2016"
    status "signed"
    source_id "zalessky-003"
    locator "384"
    quote "Enfin, en 2016, les parties ont sign&#233; le M&#233;morandum sur la coop&#233;ration interparlementaire, notant que &quot; le B&#233;larus et la Malaisie ont la base n&#233;cessaire"
    url "http://www.belta.by/politics/view/andrejchenko-u-belarusi-i-malajzii-est-osnova-dlja-uglublenija-politicheskogo-dialoga-224305-2016/"
    act "a0107"
    note "memorandum on interparliamentary cooperation"
  ]
  edge [
    source 13
    target 8
    id "a0108"
    kind "park_residency"
    date "2016"
    status "signed"
    source_id "zalessky-003"
    locator "1344"
    quote "Dans la r&#233;gion de Mogilev, seulement sur le territoire de la zone franche &quot;Mogilev&quot;, trois projets avec l'attraction des investissements turcs sont r&#233;alis&#233;s en m&#234;me temps : &quot;Carbeltex&quot; S.A. - production des textiles de maison ; &quot;SBI Rubber&quot; S.A. - production des articles en caoutchouc"
    url "http://www.belta.by/economics/view/sozdanie-turetskoj-promyshlennoj-zony-v-sez-mogilev-perspektivnyj-proekt-administratsija-218783-2016/"
    act "a0108"
    note "Turkish investment project, rubber goods"
  ]
  edge [
    source 15
    target 4
    id "a0109"
    directed 0
    kind "roadmap"
    date "2016"
    status "signed"
    source_id "zalessky-003"
    locator "1424"
    quote "&quot; pour 2016-2017, une liste de 25 projets scientifiques et techniques conjoints bi&#233;lorusses-chinois a &#233;t&#233; pr&#233;par&#233;e et approuv&#233;e79."
    url "http://www.belta.by/society/view/luchshie-sovmestnye-proekty-molodyh-uchenyh-belarusi-i-kitaja-poluchat-finansovuju-podderzhku-221347-2016/"
    act "a0109"
    note "list of 25 joint scientific and technical projects for 2016-2017"
  ]
  edge [
    source 16
    target 8
    id "a0110"
    kind "investment"
    date "2016"
    status "planned"
    source_id "zalessky-003"
    locator "1344"
    quote "Dans la r&#233;gion de Mogilev, seulement sur le territoire de la zone franche &quot;Mogilev&quot;, trois projets avec l'attraction des investissements turcs sont r&#233;alis&#233;s en m&#234;me temps : &quot;Carbeltex&quot; S.A. - production des textiles de maison ; &quot;SBI Rubber&quot; S.A. - production des articles en caoutchouc ; &quot;BelEms&quot; S.A. - organisation de l'hygi&#232;ne personnelle signifie production. Il est suppos&#233; qu'&#224; l'avenir toute la zone industrielle turque appara&#238;tra dans cette ZFE."
    url "http://www.belta.by/economics/view/sozdanie-turetskoj-promyshlennoj-zony-v-sez-mogilev-perspektivnyj-proekt-administratsija-218783-2016/"
    act "a0110"
    note "planned Turkish industrial zone in the FEZ"
    unnamed_party "turkey"
  ]
]
