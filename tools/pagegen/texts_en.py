"""English source texts for the held-out pages, with their provenance.

Every text is real published news prose under a licence that allows reuse:

* Wikinews articles (CC BY 2.5, attribution "Wikinews"); some are only the lead of an
  article, as reproduced in listings of Wikinews stories, cut at the last full sentence.
* U.S. Geological Survey news releases (works of the U.S. federal government: public
  domain in the United States).

Edits, the only ones made: text lost to stripped wiki links in the stored copy is put back
where the sentence shows it unambiguously (``United StatesSpace ShuttleAtlantis`` ->
``United States Space Shuttle Atlantis``; ``Boeing747`` -> ``Boeing 747``); curly quotes are
kept as stored. Headlines are the source's own title where it has one, otherwise written
for the page (marked ``headline_written``). tools/pagegen/SOURCES.md lists the same
provenance in prose.
"""

from __future__ import annotations

WIKINEWS = "Wikinews, CC BY 2.5"
USGS = "U.S. Geological Survey news release, public domain (U.S. Government work)"

TEXTS: dict[str, dict] = {
    "wn_train_india": {
        "title": "Major train wreck in Southern India",
        "url": "https://en.wikinews.org/wiki/Major_train_wreck_in_Southern_India",
        "date": "2005-10-29",
        "licence": WIKINEWS,
        "paragraphs": [
            "The BBC and CNN has reported that a train derailment Saturday morning at about "
            "4:15 a.m. local time (Friday 2245 UTC) has resulted in at least 100 casualties in "
            "the state of Andhra Pradesh in Southern India. Heavy rains, which killed over one "
            "hundred people in India this week, apparently washed out a section of track. A "
            "rescue operation is ongoing as some train carriages overturned into the flood "
            "waters and some people are apparently trapped. The BBC reports that many of the "
            "passengers were traveling to celebrate Diwali, the festival of lights, which "
            "occurs Tuesday.",
            "India operated rail systems carry more than 13 million passengers a day, but has "
            "a poor history of safety. The BBC says that about 300 rail accidents are reported "
            "each year, resulting in significant casualties.",
        ],
    },
    "wn_train_croatia": {
        "title": "Tilting train derails in Croatia, six dead",
        "url": "https://en.wikinews.org/wiki/Tilting_train_derails_in_Croatia,_six_dead",
        "date": "2009-07-25",
        "licence": WIKINEWS,
        "paragraphs": [
            "A Croatian train en route from the capital, Zagreb, to the Dalmatian city of Split "
            "crashed, killing six and wounding 40, according to medical authorities. The "
            "incident occurred 12:08 pm (1008 GMT), when the two-carriage tilting train "
            "derailed near the town of Kaštela, outside Split. 91 passengers were reported to "
            "be aboard the train at the time of the disaster, including foreign tourists. Among "
            "the injured are: 18 Croatian, 6 French, 2 Australian, 3 Swedish and four others; "
            "a Belgian, British, Slovenian and Pakistani national.",
            "The cause of the crash is still unknown, but passengers claim that the speed of "
            "the train was excessive. Other reports say railway workers put anti-weed ointment "
            "on the tracks before the accident, making them slippery.",
            "Shortly after the crash, a railway works vehicle coming to the site of the "
            "accident, also reportedly in excessive speed, nearly hit emergency workers and "
            "reporters. No one was injured in the incident, but was filmed by a TV crew.",
            "Croatian media say that this is the worst railway accident to have occurred in "
            "independent Croatia, adding that if the train derailed into a ravine, which is "
            "several meters ahead, the death toll could have been much higher.",
        ],
    },
    "wn_kalitta_colombia": {
        "title": "Boeing 747 cargo aircraft crashes in Colombia, three dead",
        "url": "https://en.wikinews.org/wiki/Boeing_747_cargo_aircraft_crashes_in_Colombia,_three_dead",
        "date": "2008-07-07",
        "licence": WIKINEWS,
        "paragraphs": [
            "A Boeing 747-200 cargo aircraft operated by Kalitta Air has crashed near Bogotá "
            "in Colombia, killing three people on the ground after it hit their house. It "
            "seems that fire in one of four engines of the 747 caused the accident, just after "
            "taking off from El Dorado International Airport for a flight to Miami.",
            "The plane, which was carrying flowers, had declared an emergency two minutes "
            "after take-off and was said to be attempting to return to the airport when it "
            "crashed at 3:55 am local time. All eight crew survived but some were injured and "
            "were rushed to hospital in the nearby town of Madrid.",
            "The crash is the second involving a Kalitta Air 747 in two months. In May another "
            "of the company's 747s crashed whilst attempting to take-off at an airport in "
            "Belgium.",
        ],
    },
    "wn_atlantis_columbus": {
        "title": "Space shuttle Atlantis set for launch with Columbus module",
        "url": "https://en.wikinews.org/wiki/Space_shuttle_Atlantis_set_for_launch_with_Columbus_module",
        "date": "2008-02-06",
        "licence": WIKINEWS,
        "paragraphs": [
            "The United States Space Shuttle Atlantis and the European space station module "
            "Columbus are ready for launch from the Kennedy Space Center in Florida, although "
            "NASA and ESA have said that there is only a “40 percent chance of acceptable "
            "conditions at launch times.”",
            "The launch director of Atlantis said that “the scope of the mission is first of "
            "course to bring the Columbus laboratory to space, to install it on the "
            "international space station, make all the connections, and of course activate "
            "the module, power it and bring the cooling and do all the activation.\"",
            "The ESA Program manager for the International Space Station said that he thought "
            "the “the European team are looking forward to the launch on Thursday.\" Leroy "
            "Cain, the American manager of the mission said that he believed \"the team is in "
            "great shape and we're ready to move forward,\"",
            "NASA said that “the five mission specialists for the flight are also spending "
            "full days with checklists and practicing their flight tasks.” He also said that "
            "the astronauts “have simulators at their disposal that let them rehearse the "
            "complex duties required in orbit.” The flight is due to be launched at 19:45 UTC "
            "(14:45 local time) tomorrow.",
        ],
    },
    "wn_ferry_survivors": {
        "title": "400 Survivors rescued from ferry disaster",
        "url": "https://en.wikinews.org/wiki/400_Survivors_rescued_from_ferry_disaster",
        "date": "2006-02-05",
        "licence": WIKINEWS,
        "paragraphs": [
            "Over 400 survivors have been pulled from the water, along with 195 bodies, "
            "leaving approximately 800 still missing. Tensions are rising between the ferry "
            "owners and the families of the passengers, many of whom have been camping out on "
            "the dock since the accident. Many are complaining that they have been given very "
            "little information regarding the passengers. While details about the passengers "
            "are not available, information regarding condition aboard the ferry have been "
            "quickly spreading, including reports that there were not enough lifejackets and "
            "lifeboats for everyone, and that alarm systems were malfunctioning. The crew has "
            "also been accused of ignoring problems.",
            "Witnesses are reporting that a fire started aboard the ferry approximately 90 "
            "minutes into the trip, possibly either on the deck where the vehicles were stored "
            "or in the engine room. It appears that the fire spread quickly and filled the "
            "ferry with smoke. While the crew appears to have contained the fire properly and "
            "the ferry most likely had a fire suppression system, excess water was not removed "
            "afterwards. This caused the ferry to become unstable as its center of gravity was "
            "no longer fixed. Rough winds were then able to knock the ship over in what is "
            "known as a Free Surface Effect.",
        ],
    },
    "wn_chernobyl": {
        "title": "Russia withdraws from Chernobyl in Ukraine",
        "url": "https://en.wikinews.org/wiki/Russia_withdraws_from_Chernobyl_in_Ukraine",
        "date": "2022-04-03",
        "licence": WIKINEWS,
        "paragraphs": [
            "Thursday, Ukraine reported, and the IAEA confirmed Russian forces had withdrawn "
            "from the disused Chernobyl Nuclear Power Plant, the site of the world's worst "
            "nuclear disaster in 1986.",
            "State-owned enterprise Energoatom, which operates Ukraine's nuclear facilities, "
            "said Russian soldiers were radiated whilst digging trenches in the Red Forest of "
            "the Chernobyl Exclusion Zone. The IAEA said retreating Russian forces moved "
            "towards Belarus, but did not confirm radiation exposure.",
            "Russia seized control of Chernobyl in the initial stages of its invasion of "
            "Ukraine which began on February 24. The last Russian troops were reported to have "
            "left early Friday morning.",
        ],
    },
    "wn_kinshasa_cable": {
        "title": "Fallen power cable kills 26 in Congo-Kinshasa",
        "url": "https://en.wikinews.org/wiki/Fallen_power_cable_kills_26_in_Congo-Kinshasa",
        "date": "2022-02-04",
        "licence": WIKINEWS,
        "paragraphs": [
            "At least 26 people were killed on Wednesday in the outskirts of Kinshasa, "
            "Democratic Republic of the Congo when a high-tension electric power cable was "
            "struck by lightning and fell to the ground near a marketplace.",
            "The country's energy provider, Société Nationale d'Électricité, said it happened "
            "during a severe storm and issued condolences to the victims' families. According "
            "to local media and police, the incident occurred in the Matadi-Kibala district "
            "and the electrocuted victims were mostly women working at the market.",
            "Prime Minister Jean-Michel Sama Lukonde said in a statement, \"I share the "
            "immense pain of the families. My thoughts are also with all the injured.\" A "
            "spokesperson said the government was holding a crisis meeting about relocating "
            "the market.",
            "The BBC quoted one merchant as saying rains often caused buyers and sellers at "
            "the market to wade through water.",
        ],
    },
    "wn_tonga_quake": {
        "title": "Earthquake hits Tonga region",
        "url": "https://en.wikinews.org/wiki/Wikinews_Shorts:_March_14,_2008",
        "date": "2008-03-14",
        "licence": WIKINEWS,
        "paragraphs": [
            "An earthquake with a magnitude of 5.4 has hit Tonga and the surrounding region. "
            "The USGS reports that it hit the region just after 0400 local time (1600 UTC). "
            "The earthquake was offshore, with the nearest major islands being Tonga.",
        ],
    },
    # Leads of Wikinews articles, as reproduced in listings of Wikinews stories.
    "wn_thomson_reuters": {
        "title": "Thomson and Reuters agree to combine",
        "headline_written": True,
        "url": "https://en.wikinews.org/ (article of 2007-05-16, lead only)",
        "date": "2007-05-16",
        "licence": WIKINEWS,
        "paragraphs": [
            "The Thomson Corporation and Reuters Group PLC announced Tuesday that they have "
            "agreed to combine the two companies. The boards of both Thomson and Reuters will "
            "recommend the merger to their shareholders. The Canadian Thomson-family holding "
            "company Woodbridge, which controls 70% of Thomson, has agreed to vote in favour "
            "of the deal and the Reuters Founders Share Company, which controls a special "
            "share in Reuters, will also support the merger.",
            "Based on the TSX CA$46.36 closing share price of Thomson on May 14, 2007, each "
            "Reuters share would be valued at 691 pence and, therefore, the full capital of "
            "Reuters valued at approximately £8.7 billion. Cash requirements for the deal are "
            "to be provided by Thomson. Woodbridge will own approximately 53 percent of the "
            "combined company, other Thomson shareholders 23 percent and Reuters shareholders "
            "about 24 percent.",
        ],
    },
    "wn_hyderabad_flyover": {
        "title": "20 dead in Hyderabad, India flyover collapse",
        "url": "https://en.wikinews.org/wiki/20_dead_in_Hyderabad,_India_flyover_collapse",
        "date": "2007-09-09",
        "licence": WIKINEWS,
        "paragraphs": [
            "At least 20 people have died and 20 more are injured after a partially "
            "constructed flyover (overpass) in Hyderabad, India collapsed onto traffic. The "
            "disaster occurred at the Panjagutta junction, near Nagarjuna Circle. Two large "
            "concrete sections dropped onto oncoming cars and motorised rickshaws, damaging "
            "several severely.",
        ],
    },
    "wn_sarasota_doctor": {
        "title": "Sarasota doctor heading to prison",
        "url": "https://en.wikinews.org/wiki/Sarasota_doctor_heading_to_prison",
        "date": "2006-10-05",
        "licence": WIKINEWS,
        "paragraphs": [
            "Former Sarasota dermatologist Michael Rosin is heading to prison to serve a "
            "22-year prison sentence for defrauding Medicare by performing unnecessary "
            "surgeries on elderly Sarasota, Florida patients. On Rosin’s 56th birthday, in "
            "front of his family, Judge William Castagna sentinced him to 22 years in federal "
            "prison.",
        ],
    },
    "wn_met_police": {
        "title": "London’s Metropolitan Police Service found guilty in suspected suicide bomber case",
        "url": "https://en.wikinews.org/ (article of 2007-11-01, lead only)",
        "date": "2007-11-01",
        "licence": WIKINEWS,
        "paragraphs": [
            "London’s Metropolitan police force has been found guilty of endangering the "
            "public during an anti-terrorism operation that lead to the death of an innocent "
            "Brazilian man in July of 2005.",
        ],
    },
    "wn_man_utd_europa": {
        "title": "Manchester United bests Ajax to win Europa league",
        "url": "https://en.wikinews.org/wiki/Manchester_United_bests_Ajax_to_win_Europa_league",
        "date": "2017-05-26",
        "licence": WIKINEWS,
        "paragraphs": [
            "On Wednesday, in the UEFA Europa League final, Manchester United defeated Dutch "
            "capital-club Ajax AFC 0–2 to win the Europa League title and qualify for the UEFA "
            "Champions League group stage despite finishing sixth in the Premier League this "
            "season.",
        ],
    },
    "wn_miryang_fire": {
        "title": "South Korea: Fire in hospital housing elderly people kills at least 37",
        "url": "https://en.wikinews.org/ (article of 2018-01-26, lead only)",
        "date": "2018-01-26",
        "licence": WIKINEWS,
        "paragraphs": [
            "Fire broke out on Friday morning and destroyed the bottom two floors of a "
            "six-story hospital in Miryang, South Korea, killing at least 37 people, most of "
            "them elderly. More than a hundred injuries were reported, with eighteen people in "
            "critical condition.",
        ],
    },
    "wn_earth_day": {
        "title": "Earth Day 2009 celebrated around the globe",
        "url": "https://en.wikinews.org/wiki/Earth_Day_2009_celebrated_around_the_globe",
        "date": "2009-04-22",
        "licence": WIKINEWS,
        "paragraphs": [
            "Today is the 39th observance of Earth Day in the northern hemisphere. Earth day "
            "is celebrated in Autumn on November 30 in the southern hemisphere.",
        ],
    },
    "wn_ireland_replay": {
        "title": "Ireland requests replay of FIFA World Cup play-off with France",
        "url": "https://en.wikinews.org/ (article of 2009-11-20, lead only)",
        "date": "2009-11-20",
        "licence": WIKINEWS,
        "paragraphs": [
            "The Football Association of Ireland (FAI), Irish Minister for Sport, Taoiseach "
            "and Facebook social network groups are requesting a replay of the controversial "
            "FIFA World Cup play-off between Ireland and France in the interests of Fair Play.",
        ],
    },
    "wn_pope_resigns": {
        "title": "Pope Benedict XVI resigns effective February 28",
        "url": "https://en.wikinews.org/wiki/Pope_Benedict_XVI_resigns_effective_February_28",
        "date": "2013-02-11",
        "licence": WIKINEWS,
        "paragraphs": [
            "Earlier today, the Vatican announced that Pope Benedict XVI plans to step down "
            "from his position as leader of the Roman Catholic Church effective February 28.",
        ],
    },
    "wn_laurier_mp3": {
        "title": "Canadian university students would prefer MP3 players over car radios",
        "url": "https://en.wikinews.org/ (article of 2007-03-30, lead only)",
        "date": "2007-03-30",
        "licence": WIKINEWS,
        "paragraphs": [
            "At Wilfrid Laurier University in Waterloo, Ontario, Canada, students are finding "
            "that popular MP3 players, such as Apple’s iPod, are very convenient devices for "
            "listening to music at the gym, while traveling on foot, and in the car.",
        ],
    },
    "wn_jade_rabbit": {
        "title": "Jade Rabbit moon rover declared irreparably damaged",
        "headline_written": True,
        "url": "https://en.wikinews.org/ (article of 2014-02-12, lead only)",
        "date": "2014-02-12",
        "licence": WIKINEWS,
        "paragraphs": [
            "Chinese state news today declared Jade Rabbit, China’s first moon rover, "
            "irreparably damaged.",
        ],
    },
    "wn_beatles_space": {
        "title": "NASA to beam Beatles song into deep space",
        "url": "https://en.wikinews.org/wiki/NASA_to_beam_Beatles_song_into_deep_space",
        "date": "2008-02-02",
        "licence": WIKINEWS,
        "paragraphs": [
            "On February 4, NASA will digitally transmit the Beatles song Across the Universe "
            "in the direction of the star Polaris, commonly known as the North Star. This will "
            "mark the first time music has been sent into deep space.",
        ],
    },
    "wn_endurance": {
        "title": "Lost Antarctic shipwreck from 1915 Shackleton expedition, Endurance, rediscovered",
        "url": "https://en.wikinews.org/ (article of 2022-03-10, lead only)",
        "date": "2022-03-10",
        "licence": WIKINEWS,
        "paragraphs": [
            "The shipwrecked remains of Endurance, which carried the British 1915 expedition "
            "led by Sir Ernest Shackleton to Antarctica, were rediscovered beneath the "
            "Antarctic waters on March 7, it was announced yesterday.",
        ],
    },
    # U.S. Geological Survey news releases (public domain).
    "usgs_drought_2000": {
        "title": "More drought looming if rains do not return, USGS warns",
        "url": "https://archive.usgs.gov/archive/sites/www.usgs.gov/newsroom/article.asp-ID=643.html",
        "date": "2000-03-13",
        "licence": USGS,
        "paragraphs": [
            "Last summer’s drought may move westward this summer as streamflows in many parts "
            "of the United States continue below normal. At a Monday press conference, USGS "
            "Director Charles G. Groat warned that continued below-normal streamflow and low "
            "ground-water levels may signal a return of last summer’s drought.",
            "Based on data from the USGS network of more than 7,000 streamgages nationwide, "
            "there are some areas of the country -- particularly east of the Mississippi River "
            "-- where streamflows are at record-low flows for this time of year.",
            "\"This is the time of year where streamflow conditions should be about normal, "
            "but in the eastern half of the country, we’re anywhere but that.\" Groat said. "
            "\"We should be seeing ground-water recharge taking place now and we’re not seeing "
            "that either.\"",
            "There is a slightly different phenomenon occurring from last year’s drought. Now, "
            "the drought is moving west, clearly into the Appalachians and the southeast, he "
            "said. These are areas that did not receive recharge from the last year’s busy "
            "hurricane season like the eastern seaboard did. USGS scientists are also seeing "
            "near record-low streamflows in the Ohio Valley, the center of the Midwest, the "
            "Lower Mississippi River Basin and into the southeast.",
            "Groat joined Commerce Secretary William Daley, Agriculture Secretary Dan "
            "Glickman, NOAA Administrator James Baker and National Weather Service Director "
            "Jack Kelly at the press conference to discuss the spring and summer drought "
            "forecast.",
        ],
    },
    "usgs_midwest_2012": {
        "title": "Low Streamflow Conditions Add to Midwest Drought Woes",
        "url": "https://archive.usgs.gov/archive/sites/www.usgs.gov/newsroom/article.asp-ID=3287.html",
        "date": "2012-07-19",
        "licence": USGS,
        "paragraphs": [
            "Streamflow levels are below normal across much of the Midwest states of Iowa, "
            "Nebraska, Illinois and Wisconsin, according to the U.S. Geological Survey. Many "
            "states are experiencing severe drought, such as Iowa, where flows are less than 25 "
            "percent of normal streamflow conditions for the majority of the state.",
            "Drought is the nation's most costly natural disaster, far exceeding earthquakes, "
            "tornados, hurricanes and floods. Low streamflows contribute to higher than normal "
            "water temperatures, which have negatively impacted fish and have caused fish "
            "kills in some areas throughout the Midwest.",
            "USGS crews are making extra streamflow and groundwater level measurements in a "
            "number of states so that cooperators will have sufficient data to make water "
            "management decisions. Areas of low stream flow can be viewed in real time on the "
            "USGS WaterWatch website. The map shows how current flows compare to what would be "
            "normal for a given time of year based on historical averages.",
        ],
    },
    "usgs_quake_maps_2016": {
        "title": "First-Ever Maps to Show Induced and Natural Earthquake Hazards",
        "url": "https://www2.usgs.gov/newsroom/article_pf.asp?ID=4486",
        "date": "2016-03-24",
        "licence": USGS,
        "paragraphs": [
            "On March 28, USGS scientists will release a report and the first-ever maps "
            "showing potential ground-shaking hazards from both human-induced and natural "
            "earthquakes. In the past, USGS maps only identified natural earthquake hazards.",
            "This will also be the first one-year outlook for the nation’s earthquake hazards, "
            "and is a supplement to existing USGS assessments that forecast earthquake shaking "
            "over 50 years.",
            "This report can be used by government officials to make more informed decisions "
            "as well as emergency response personnel to assess vulnerability and provide "
            "safety information to those who are in potential danger. Engineers can use this "
            "product to evaluate earthquake safety of buildings, bridges, pipelines and other "
            "important structures.",
            "The USGS is the only federal agency with responsibility for recording and "
            "reporting earthquake activity nationwide and assessing seismic hazard. USGS "
            "hazard assessments are incorporated into building codes that influence a "
            "trillion dollars in new construction annually and improve the nation’s "
            "resilience to earthquake disasters.",
        ],
    },
    "usgs_shishaldin_2015": {
        "title": "Shishaldin remains at Watch level",
        "headline_written": True,
        "url": "http://volcanoes.usgs.gov/activity/status.php (status of 2015-02-27)",
        "date": "2015-02-27",
        "licence": "U.S. Geological Survey volcano status report, public domain (U.S. Government work)",
        "paragraphs": [
            "Elevated surface temperatures were detected in satellite data from Shishaldin "
            "throughout the week. A low-level plume was was observed from the volcano in web "
            "camera images on Feb. 25. Seismicity remains above background levels. On Feb. 26, "
            "AVO received an observation from a mariner in the area reporting a low-level "
            "plume extending from the volcano summit to the north. In addition, the observer "
            "reported seeing an orange glow from the summit. Low-level eruptive activity "
            "confined to the summit crater of the volcano likely continues.",
            "Shishaldin volcano, located near the center of Unimak Island in the eastern "
            "Aleutian Islands, is a spectacular symmetric cone with a base diameter of "
            "approximately 16 km (10 mi). A 200-m-wide (660 ft) funnel-shaped summit crater "
            "typically emits a steam plume and occasional small amounts of ash. Shishaldin is "
            "one of the most active volcanoes in the Aleutian volcanic arc, with at least 54 "
            "episodes of unrest including over 24 confirmed eruptions since 1775.",
        ],
    },
}
