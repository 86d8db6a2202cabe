"""French source texts for the generated pages, with their provenance.

Every text is a French Wikinews article (fr.wikinews.org, CC BY 2.5, attribution
"Wikinews"), found as stored copies of the article pages (or of the revision that created
them). Wiki markup of the stored revision is resolved to the text it displays
(``[[w:Charlie Hebdo|Charlie Hebdo]]`` -> ``Charlie Hebdo``); nothing else is changed.
tools/pagegen/SOURCES.md lists the same provenance.
"""

from __future__ import annotations

WIKINEWS = "Wikinews (fr), CC BY 2.5"

TEXTS: dict[str, dict] = {
    "fr_sichuan_seisme": {
        "title": "Chine : puissants tremblements de terre",
        "url": "http://fr.wikinews.org/wiki/Chine%20:%20puissants%20tremblements%20de%20terre",
        "date": "2013-04-20",
        "licence": WIKINEWS,
        "paragraphs": [
            "Un puissant tremblement de terre de magnitude 6,6 sur l'échelle de magnitude du "
            "moment a eu lieu en Chine, dans l'ouest de la province de Sichuan (à 00:02:48 UTC). "
            "Son épicentre se situe à 12,3 km de profondeur. Ce séisme a été suivi de nombreuses "
            "répliques, de 01:02:56 UTC à 01:37:28 UTC, avec une magnitude comprise entre 4,6 et "
            "5,1. Selon un nouveau bilan provisoire il y aurait 100 morts et plus de 2000 "
            "blessés.",
            "Cette région sujette aux tremblements de terre a été marqué durement par près de "
            "90 000 morts en mai 2008 lors d'un tremblement de terre de magnitude 8.0.",
            "De nouvelles répliques ont eu lieu entre 07:18:32 et 20:53:43 UTC avec des "
            "magnitudes comprises entre 4,4 et 5,2.",
        ],
        "subheads": {2: "Nouvelles répliques"},
    },
    "fr_chili_seisme": {
        "title": "Un séisme fait au moins 214 morts au Chili",
        "url": "https://fr.wikinews.org/wiki/Un_s%C3%A9isme_fait_au_moins_214_morts_au_Chili",
        "date": "2010-02-27",
        "licence": WIKINEWS,
        "paragraphs": [
            "L'US Geological Survey a enregistré un séisme de magnitude 8,8 sur l'échelle du "
            "moment, dont l'épicentre se situe à une centaine de kilomètres de la ville "
            "chilienne Concepción. Une alerte au tsunami a été lancée au Chili, au Pérou et en "
            "Équateur, mais aussi au Japon, sur les côtes est. « Il est possible qu'un tsunami se "
            "produise dans l'océan Pacifique », a estimé un responsable de la météo nippone.",
            "À 3 h 52, heure locale, une première secousse a été ressentie au Chili, suivie de "
            "près par une seconde, moins violente, causant la mort d'au moins 16 personnes, a "
            "annoncé la présidente Michelle Bachelet. Ce nombre a été revu à la hausse dans la "
            "matinée, puis augmenté dans la soirée : les dernières estimations en date, 12 "
            "heures après la catastrophe font état de 214 morts et 400 000 personnes "
            "potentiellement sinistrées.",
            "La secousse a été ressentie jusqu'à la capitale, à 320 kilomètres de l'épicentre. "
            "Les autorités américaines ont estimées qu'il était peu probable qu'un tsunami "
            "atteigne les côtes des États-Unis ou du Canada. « Les autorités locales devront "
            "agir de façon appropriée », a déclaré le centre d'alerte des tsunamis dans le "
            "Pacifique.",
            "D'après le Haut-commissariat de la République en Polynésie française, une vague de "
            "4 mètres de hauteur a touché l'île d'Hiva Oa, et d'environ deux mètres pour les "
            "premières séries de vagues sur le reste des îles Marquises entre 7h et 8h heure "
            "locale (17h et 18h GMT) sans provoquer de victime. Dans l'ensemble, les archipels "
            "de la Polynésie ont été moins touchés ; deux bateaux de pêche ont sombré, mais il "
            "n'y a aucune victime.",
        ],
    },
    "fr_charlie_incendie": {
        "title": "Incendie au siège de Charlie Hebdo",
        "url": "https://fr.m.wikinews.org/wiki/Sp%C3%A9cial:MobileDiff/375623",
        "date": "2011-11-02",
        "licence": WIKINEWS,
        "paragraphs": [
            "Un incendie a ravagé les bureaux parisiens du journal satirique français Charlie "
            "Hebdo. L'incendie s'est déclenché vers une heure du matin. Il a détruit "
            "partiellement les bureaux sans faire de blessés ou de victimes. L'enquête a été "
            "confiée à la brigade criminelle de la police judiciaire de la préfecture de police "
            "de Paris.",
            "L'incendie intervient alors que le magazine allait publier le même jour un numéro "
            "spécial intitulé « Charia Hebdo », suite à la victoire du parti islamiste Ennahda "
            "aux élections tunisiennes.",
            "Dans la matinée, le ministre de l'intérieur, Claude Guéant s'est rendu sur place. "
            "Il a déclaré « Tout sera fait pour retrouver les auteurs de cet attentat parce "
            "qu'il faut bien appeler ça un attentat ».",
        ],
    },
    "fr_nevada_avion": {
        "title": "États-Unis : un avion s'écrase durant un spectacle aérien au Nevada",
        "url": "https://fr.wikinews.org/wiki/Spécial:MobileDiff/359726",
        "date": "2011-09-16",
        "licence": WIKINEWS,
        "paragraphs": [
            "Durant un spectacle aérien au Nevada, un avion s'est écrasé tout près des "
            "spectateurs, faisant ainsi 3 morts, incluant le pilote, et 75 blessés selon les "
            "autorités.",
            "D'après les nombreux témoins de cette catastrophe, l'avion se serait soudainement "
            "élevé de façon anormale et aurait ensuite piqué vers le sol pour ensuite s'écraser "
            "lourdement à quelques mètres seulement des spectateurs. L'avion s'est désintégré "
            "lors de l'impact. L’événement s'est produit vers 16 h 00 (heure locale). De "
            "nombreuses ambulances sont immédiatement venus porter assistance aux victimes.",
        ],
        "caption": "L'avion s'est désintégré lors de l'impact.",
    },
    "fr_troyes_minibus": {
        "title": "France : un accident entre un minibus et un camion fait 6 morts près de Troyes",
        "url": "http://fr.wikinews.org/wiki/France_:_un_accident_entre_un_minibus_et_un_camion_fait_6_morts_pr%C3%A8s_de_Troyes",
        "date": "2014-07-22",
        "licence": WIKINEWS,
        "paragraphs": [
            "Un accident a eu lieu entre un minibus scolaire et un camion sur la départementale "
            "619, à hauteur de la commune de Courteranges non loin de Troyes ce mardi 22 "
            "juillet. Selon le premier bilan provisoire cinq enfants et le chauffeur du minibus "
            "seraient morts à la suite de la collision. Le véhicule transportait deux "
            "animatrices scolaires et sept enfants. La circulation a été interrompue pour "
            "permettre l'intervention des secours.",
            "Rappelons qu'en 2013, 3 427 personnes ont perdu la vie lors d'un accident de la "
            "circulation en France soit une moyenne de 9,7 tués par jour.",
        ],
    },
    "fr_rome_metro": {
        "title": "Italie : Accident de métro à Rome",
        "url": "https://fr.m.wikinews.org/wiki/Sp%C3%A9cial:MobileLanguages/Italie_:_Accident_de_m%C3%A9tro_%C3%A0_Rome",
        "date": "2006-10-17",
        "licence": WIKINEWS,
        "paragraphs": [
            "Une rame de métro est rentrée en collision avec une autre à l'arrêt à la station "
            "Vittorio située à Rome. Une femme de 30 ans aurait été tuée et une soixantaine de "
            "personnes seraient blessées dont une dizaine gravement. Ces chiffres ne sont pas "
            "définitifs.",
        ],
    },
    "fr_mondial_2018": {
        "title": "Coupe du monde de football 2018 : la France enlève le trophée",
        "url": "https://fr.wikinews.org/wiki/Coupe_du_monde_de_football_2018_:_la_France_enl%C3%A8ve_le_troph%C3%A9e",
        "date": "2018-07-15",
        "licence": WIKINEWS,
        "paragraphs": [
            "L'équipe de France de football a remporté la Coupe du Monde au stade Loujniki de "
            "Moscou. Leurs adversaires, les Croates, ont donné du fil à retordre face aux "
            "Français, malgré les trois prolongations qu'ils ont dû jouer lors des tours "
            "précédents. La France rejoint l'Uruguay et l'Argentine, elles aussi doubles "
            "championnes du monde.",
            "Didier Deschamps, entraineur et sélectionneur, entre dans le cercle très fermé des "
            "personnalités ayant gagné la coupe du Monde en tant que joueur et entraineur "
            "rejoignant Mario Zagallo (1958, 1962, 1970, 1994) et Franz Beckenbauer (1974, "
            "1990).",
        ],
        "table": [
            ["France", "4 – 2", "Croatie"],
            ["Stade", "Loujniki", "Moscou"],
            ["Affluence", "78 011", "spectateurs"],
            ["Arbitre", "Néstor Pitana", ""],
        ],
    },
    "fr_discovery_juillet": {
        "title": "La navette spatiale Discovery sera lancée en juillet",
        "url": "https://fr.wikinews.org/wiki/La_navette_spatiale_Discovery_sera_lanc%C3%A9e_en_juillet",
        "date": "2006-04-29",
        "licence": WIKINEWS,
        "paragraphs": [
            "La NASA a déclaré que, comme cela était prévu, la Navette spatiale Discovery sera "
            "lancée dans l'espace au mois de juillet et toutes les mesures de sécurité "
            "nécessaires seront mises en œuvre jusqu'au lancement.",
            "Des tests réalisés sur la fusée par la NASA ont trouvé qu'il n'y avait plus aucune "
            "raison de retarder davantage le lancement. Ces tests ont montré que la glace "
            "susceptible de tomber sur la fusée n'endommagerait pas le fuselage.",
        ],
    },
}
