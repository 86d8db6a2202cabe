"""German source texts for the generated pages, with their provenance.

Every text is a German Wikinews article (CC BY 2.5, attribution "Wikinews"), found as
stored copies of de.wikinews.org articles republished on de.wikiactu.com, whose pages carry
Wikinews' licence note ("This text comes from Wikinews ... Creative Commons Attribution 2.5").
Transcribed as stored; picture captions that the stored copy ran into the text are left
out; the dateline ("Prag (Tschechien), 27.04.2012 –") is kept apart in ``dateline``.
tools/pagegen/SOURCES.md lists the same provenance.
"""

from __future__ import annotations

WIKINEWS = "Wikinews (de), CC BY 2.5"

TEXTS: dict[str, dict] = {
    "de_aurora_kino": {
        "title": "Schießerei in einem Kino in Colorado: Viele Tote und Verletzte",
        "url": "http://de.wikiactu.com/?cat=5193",
        "date": "2012-07-21",
        "licence": WIKINEWS,
        "dateline": "Denver (Colorado) (Vereinigte Staaten), 21.07.2012 –",
        "paragraphs": [
            "Bei einer Schießerei in einem Kino in Aurora bei Denver, der Hauptstadt Colorados "
            "in den Vereinigten Staaten, wurden am Freitag gegen 0:30 Uhr Ortszeit mindestens "
            "zwölf Personen getötet, 38 weitere wurden verletzt. Die meisten der Opfer starben "
            "an Ort und Stelle, vier von ihnen erlagen ihren Schussverletzungen im Krankenhaus. "
            "Zunächst hieß es, der Schütze habe 14 Personen tödlich getroffen, doch am frühen "
            "Morgen in Denver korrigierte die Polizei die Zahl der Opfer um zwei nach unten.",
            "Die Polizei nahm den Tatverdächtigten fest, der keine Gegenwehr leistete. Nach den "
            "Angaben von Frank Fania von der Polizei in Aurora sei das Motiv des Schützen noch "
            "unklar. Der Mann habe angegeben, in seiner Wohnung Sprengsätze deponiert zu haben. "
            "Das Gebäude und seine Umgebung wurden evakuiert. Der Verdächtige habe eine "
            "schusssichere Weste getragen und sei mit einem Gewehr sowie zwei Pistolen "
            "bewaffnet gewesen.",
            "Die Schüsse fielen während der lokalen Premiere des neuesten Batman-Filmes „The "
            "Dark Knight Rises“. Zahlreiche Kinobesucher haben die Schüsse zunächst für einen "
            "Bestandteil des Films gehalten. Der mutmaßliche Täter, so sagte Fania dem "
            "Nachrichtensender CNN, habe zunächst Tränengas in den Kinosaal geworfen und dann "
            "das Feuer eröffnet. Die Festnahme des mutmaßlichen Täters erfolgte auf einem "
            "Parkplatz hinter dem Kino. Nach Angaben von CNN gibt es keinen terroristischen "
            "Hintergrund für die Tat.",
        ],
    },
    "de_amatrice_hilfe": {
        "title": "Nach Erdbeben in Italien verspricht Stylianides umfassende Hilfe",
        "url": "http://de.wikiactu.com/?cat=785",
        "date": "2016-08-29",
        "licence": WIKINEWS,
        "dateline": "Brüssel (EU), 29.08.2016 –",
        "paragraphs": [
            "Als Reaktion auf das Erdbeben am Morgen des 24.08.2016 in der italienischen Stadt "
            "Amatrice versprach der EU-Kommissar für Humanitäre Hilfe und Krisenmanagement "
            "Christos Stylianides umfassende Unterstützung von der Europäischen Union und ihren "
            "Behörden. Laut Stylianides steht das Koordinationszentrum für Notfallmaßnahmen der "
            "EU-Kommission im engen Kontakt mit den Behörden vor Ort. Darüber hat der "
            "EU-Kommissar angekündigt, sofort Hilfsmaßnahmen für die betroffene Region zu "
            "organisieren, wenn diese von den dortigen Behörden benötigt werden.",
            "Das Erdbebenbeobachtungsprogramm der EU, Copernicus, stellte Italien auf Anfrage "
            "hin bereits Satellitenkarten der Erdbebenregion zur Verfügung, damit die durch das "
            "Erdbeben verursachten Schäden abgeschätzt werden können.",
            "Neben EU-Kommissar Stylianides sprach auch EU-Kommissionspräsident Jean-Claude "
            "Juncker sein Beileid mit den Betroffenen aus.",
            "Bei dem Erdbeben wurden nach bisherigen Angaben mindestens 120 Menschen getötet. "
            "Die betroffene Region befindet sich ca. 140 km nördlich von Rom in Zentralitalien.",
        ],
    },
    "de_rumaenien_wahl": {
        "title": "Rumänien: Parlamentswahlen haben begonnen",
        "url": "http://de.wikiactu.com/?cat=1922",
        "date": "2012-12-09",
        "licence": WIKINEWS,
        "dateline": "Bukarest (Rumänien), 09.12.2012 –",
        "paragraphs": [
            "Heute hat in Rumänien die Parlamentswahl begonnen. Etwa 18,3 Millionen "
            "Staatsbürger sind aufgefordert ihre Stimme abzugeben.",
            "Analysten sagen einen klaren Sieg der Sozialliberalen Union (USL) von "
            "Ministerpräsident Victor Ponta voraus, mit bis zu 60 Prozent der Stimmen kann die "
            "USL zusammen mit dem Koalitionspartner Partidul Național Liberal (PNL) rechnen. "
            "Erste Ergebnisse werden am Montag erwartet. Staatspräsident Traian Basescu und "
            "Victor Ponta ziehen in dem verarmten Land schon lange nicht mehr an einem Strang. "
            "Die Auseinandersetzungen mündeten im Juli 2012 in einen Amtsenthebungsverfahren "
            "gegen Basescu, das keine Mehrheit in der Bevölkerung fand. EU und USA äußerten "
            "damals Zweifel an der Rechtsstaatlichkeit des Vorgehens.",
            "Fernsehmoderator und Millionär Dan Diaconescu könnte mit seiner Partei, Partidul "
            "Poporului (PP-DD) auf 15 Prozent der Stimmen kommen. Die Wahlbeteiligung dürfte bei "
            "etwa 40 Prozent liegen. Präsident Traian Basescu hat angekündigt, im Falle eines "
            "Sieges von Victor Ponta, diesen nicht als Ministerpräsident zu nominieren. Andere "
            "Kandidaten dürften keine Mehrheit im Parlament finden. Nach zwei gescheiterten "
            "Regierungsbildungen muss eine Neuwahl stattfinden.",
        ],
    },
    "de_tschechien_koalition": {
        "title": "Regierungskrise in Tschechien: Koalition beendet",
        "url": "http://de.wikiactu.com/?cat=3351",
        "date": "2012-04-27",
        "licence": WIKINEWS,
        "dateline": "Prag (Tschechien), 27.04.2012 –",
        "paragraphs": [
            "Die drei Parteien Občanská demokratická strana (ODS), tradice, odpovědnost, "
            "prosperita (TOP09) und Věci veřejné (VV) haben ihren Koalitionsvertrag am Sonntag "
            "aufgehoben. Dies sagte Premierminister Petr Nečas vor der Presse. Das Ende der "
            "Koalitionsregierung war absehbar, nachdem der ehemalige Verkehrsminister Vít Bárta "
            "(VV) wegen Bestechlichkeit im Amt in erster Instanz auf Bewährung verurteilt wurde "
            "und seinen Rückzug aus der Regierung ankündigte. Karolina Peake, die bis dato "
            "stellvertretende VV-Vorsitzende, war in der vergangenen Woche aus der Partei "
            "ausgetreten. Sie will eine neue Partei gründen.",
            "Nun könnte es vorgezogene Neuwahlen geben. Dies ist davon abhängig, ob es Peake "
            "gelingt, insgesamt zehn bisherige VV-Abgeordnete auf ihre Seite zu ziehen. Dann "
            "könnte Nečas im Amt bleiben. Seine Mitte-Rechts-Regierung steht nicht nur wegen des "
            "Korruptionsskandals um Bárta in der Kritik. Am Samstag waren rund 90.000 Menschen "
            "auf dem Wenzelsplatz in Prag zusammengekommen, um gegen die Reformen und die "
            "strikte Sparpolitik der Regierung zu demonstrieren. Es war die größte Demonstration "
            "in Tschechien seit dem Fall des kommunistischen Regimes im Jahr 1989.",
            "Im Falle vorgezogener Neuwahlen könnte nach Meinungsumfragen die derzeit "
            "oppositionelle ČSSD mit einem Wahlsieg rechnen.",
        ],
    },
    "de_papandreou_vertrauen": {
        "title": "Griechisches Parlament spricht Ministerpräsident Papandreou Vertrauen aus",
        "url": "http://de.wikiactu.com/?cat=5920",
        "date": "2011-11-06",
        "licence": WIKINEWS,
        "dateline": "Athen (Griechenland), 06.11.2011 –",
        "paragraphs": [
            "Das griechische Parlament hat Ministerpräsident Giorgos Andrea Papandreou das "
            "Vertrauen ausgesprochen. Dabei stimmten 153 Parlamentsabgeordneten für Papandreou "
            "– einer mehr, als die sozialistische PASOK Fraktionsmitglieder hat. 145 Abgeordnete "
            "stimmten mit Nein, zwei Abgeordnete blieben der Abstimmung fern.",
            "Vor der Abstimmung, die für Mitternacht angesetzt war, aber heute erst kurz nach "
            "halb eins am frühen Morgen begann, hatte Papandreou vor dem Parlament die "
            "Beschlüsse der EU als „letzte Chance“ für die Zukunft Griechenlands bezeichnet, die "
            "das Land sich nicht entgehen lassen dürfe. Seit 24 Monaten kämpfe seine Regierung "
            "gegen die Fehler der Vergangenheit, sagte Papandreou. Die Opposition habe sich "
            "nicht an den Bemühungen zur Überwindung der Krise beteiligt, kritisierte er. Zur "
            "Opposition gehört auch die Nea Dimokratia, die nach Papandreous Worten schuld an "
            "dem riesigen Finanzdefizit sei.",
            "Die weitere Zukunft des Politikers ist dennoch unklar. Papandreou hatte "
            "angekündigt, mit der Opposition über die Bildung einer Übergangsregierung zu "
            "verhandeln, deren Aufgabe die Verabschiedung der im Rahmen des Sparprogrammes "
            "notwendigen Maßnahmen sei und die das Land bis zu vorgezogenen Neuwahlen führen "
            "soll. Die Nea Dimokratia setzt vor der Aufnahme von Koalitionsgesprächen allerdings "
            "den Rücktritt Papandreous voraus. Finanzminister Evangelos Venizelos verlangte die "
            "Bildung einer Übergangsregierung noch während dieses Wochenendes.",
        ],
    },
    "de_interpol_anonymous": {
        "title": "Interpol: Bei einer länderübergreifenden Polizeiaktion wurden 25 mutmaßliche "
        "Anonymous-Hacker festgenommen",
        "url": "http://de.wikiactu.com/?cat=4787",
        "date": "2012-02-29",
        "licence": WIKINEWS,
        "dateline": "Lyon (Frankreich), 29.02.2012 –",
        "paragraphs": [
            "Bei einer durch Interpol koordinierten Großrazzia in den Ländern Spanien, Chile, "
            "Argentinien und Kolumbien wurden 25 mutmaßliche Hacker des Anonymous Netzwerks im "
            "Alter von 17 bis 40 Jahren festgenommen. 250 Computer, Handys und andere Geräte "
            "fielen den Ermittlern bei den Durchsuchungen in die Hände. Kreditkarten und Bargeld "
            "wurde beschlagnahmt.",
            "Die Durchsuchungen erfolgten in 15 Städten. Vier der Festnahmen erfolgten in "
            "Spanien, zehn in Argentinien, sechs in Chile und fünf in Kolumbien. Den Personen "
            "wird vorgeworfen, die Internetseiten des kolumbianischen Verteidigungsministeriums, "
            "eines Stromunternehmens und der Nationalbibliothek in Chile angegriffen zu haben. "
            "Den in Spanien festgenommenen mutmaßlichen Hackern wird vorgeworfen, im Internet "
            "private Daten von Leibwächtern des spanischen Regierungschefs und von Mitarbeitern "
            "der Polizei veröffentlicht zu haben. Des Weiteren sollen Internetseiten blockiert "
            "und geändert worden sein.",
            "Ein Interpol-Sprecher zu der unter dem Codenamen „Unmask“ gelaufenen Aktion: "
            "„Diese Operation zeigt, dass Verbrechen in der virtuellen Welt reale Auswirkungen "
            "auf die Verantwortlichen haben.“ Das Internet könne nicht als rechtsfreier Raum für "
            "Kriminelle gesehen werden.",
        ],
    },
    "de_nacktrestaurant": {
        "title": "Erstes Nacktrestaurant der Welt ist eröffnet",
        "url": "http://de.wikiactu.com/?cat=68",
        "date": "2016-08-23",
        "licence": WIKINEWS,
        "dateline": "Paris (Frankreich), 23.08.2016 –",
        "paragraphs": [
            "In der DDR war das Nacktbaden an offenen Badeseen und auch beispielsweise an der "
            "Ostsee seit den 1970er Jahren weit verbreitet. In vielen Ländern der Erde gibt es "
            "gekennzeichnete Badestrände für das Nacktbaden. Oft wird in diesem Zusammenhang "
            "eine eigene Kultur propagiert, die kurz als FKK – als Freikörperkultur bezeichnet "
            "wird.",
            "Im Juni diesen Jahres hatte in London das erste öffentliche Restaurant eröffnet, in "
            "dem alle Gäste nackt speisen können. Der Andrang war schon vor der Eröffnung "
            "riesengroß: Presseberichten zufolge gab es eine Warteliste von mehr als 40.000 "
            "Menschen, die bis Mitte September als Gäste erwartet werden.",
            "Infolge des heißen Wetters gab es allerdings einige Probleme, da keine "
            "Klima-Anlage in dem Londoner Lokal eingebaut war. Der Betreiber hatte jedoch "
            "unabhängig davon schon ein zweites Restaurant in Paris geplant und konnte dieses "
            "bereits Ende Juli eröffnen, nachdem er die Filiale in London vorübergehend "
            "geschlossen hatte. Demzufolge wurden die Gäste, die sich bisher für London "
            "angemeldet hatten und dort keinen Einlass mehr fanden, nunmehr auf den Standort in "
            "Paris verwiesen.",
        ],
    },
    "de_oktoberfest": {
        "title": "München: Eröffnung des 179. Oktoberfests",
        "url": "http://de.wikiactu.com/?cat=7504",
        "date": "2012-09-22",
        "licence": WIKINEWS,
        "dateline": "München (Deutschland), 22.09.2012 –",
        "paragraphs": [
            "Wie jedes Jahr wurde am Samstag um 12 Uhr das erste Fass auf dem Oktoberfest im "
            "Schottenhammel vom Münchner Oberbürgermeister Christian Ude (SPD) angestochen, zwei "
            "Schläge brauchte er um das Zapfzeug ins Fass zu hämmern. Danach die bekannten "
            "Worte: „O’zapft is – auf eine friedliche Wiesn“. Nachdem er die erste Maß Bier aus "
            "dem Fass in den Krug gelassen hatte überreichte er diesen dem bayrischen "
            "Ministerpräsident Seehofer (CSU). OB Ude feierte heute das 20. Jubiläum, so lange "
            "ist er Oberbürgermeister von München und sticht daher auch zum 20. mal das erste "
            "Fass an.",
            "Ude hatte angekündigt es wieder mit zwei Schlägen zu versuchen. Dies gelang ihm zum "
            "fünften Mal infolge und zum sechsten mal insgesamt. Während Ministerpräsident "
            "Seehofer auf sein erstes Wiesnbier wartete, antwortete er auf die vom Moderator "
            "gestellten Fragen nur mit „Ja“ und „Nein“.",
            "Der Einzug der Wiesnwirte startete um 11:30 Uhr, darunter die prächtig "
            "geschmückten Wägen der Brauereien, gezogen von meist sechs mächtigen "
            "Kaltblutpferden. Die Wiesnkapellen, überwiegend in Miesbacher Tracht, und Gruppen "
            "von Goaßlschnalzern zogen mit den Wägen der Brauereien und der Festwirte auf der "
            "Theresienwiese ein. Schon wenige Minuten nach dem Start des Zuges setzte Regen ein, "
            "der im Verlauf immer stärker wurde.",
        ],
    },
    "de_greifswald_feuerwehr": {
        "title": "Greifswald: Feuerwehr quittiert den Dienst",
        "url": "http://de.wikiactu.com/?cat=5036",
        "date": "2009-06-03",
        "licence": WIKINEWS,
        "dateline": "Greifswald (Deutschland), 03.06.2009 –",
        "paragraphs": [
            "Im mecklenburg-vorpommerischen Greifswald ist es in der vergangenen Woche zu "
            "einem gefährlichen Streik gekommen. Rund 40 Kameraden der Freiwilligen Feuerwehr "
            "quittierten am 26. Mai geschlossen den Dienst und legten ihre Ausrüstung "
            "demonstrativ vor dem Rathaus nieder. Damit war die Freiwillige Feuerwehr der Stadt "
            "nicht mehr einsatzbereit.",
            "Als Grund für diesen Streik wurden der schlechte bauliche Zustand der "
            "Feuerwehrunterkünfte und veraltete Technik genannt. Infolge dessen habe das alte "
            "Gerätehaus geräumt werden müssen, ein neues Gerätehaus würde jedoch erst 2015 zur "
            "Verfügung stehen und auch Bauarbeiten an einem Übergangsgebäude seien nicht "
            "begonnen worden.",
        ],
    },
    "de_miesau_grossbrand": {
        "title": "Bruchmühlbach-Miesau: Großbrand zerstört Mehrfamilienhaus",
        "url": "http://de.wikiactu.com/?cat=5036",
        "date": "2008-05-29",
        "licence": WIKINEWS,
        "dateline": "Bruchmühlbach-Miesau (Deutschland), 29.05.2008 –",
        "paragraphs": [
            "Am Mittwoch, den 28. Mai 2008 brannte im pfälzischen Landkreis Kaiserslautern "
            "gegen Mittag ein Mehrfamilienhaus. Dabei entstand ein Sachschaden in Höhe von "
            "schätzungsweise 300.000 Euro und zwei Bewohner wurden leicht verletzt.",
        ],
    },
}
