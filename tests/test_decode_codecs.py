"""decode on the codecs beyond the Chinese family: UTF-16 and UTF-32 without a BOM in
any script, the 7-bit East Asian codecs (ISO-2022-JP, ISO-2022-KR, HZ), and the Latin
single-byte codecs that a detector confuses (``newsclean.latin_codecs``).

Each case was read wrongly before (a letter changed on every page, or the file refused
as binary); each has its negative: text that must come back as it went in, in the codec
it was in.
"""

from __future__ import annotations

import pytest

from newsclean.errors import NotTextError
from newsclean.latin_codecs import out_of_place
from newsclean.passes.decode import decode_bytes
from newsclean.plausibility import COMMON, LETTER, ODD, RARE, UNCOMMON, cost, reading_cost

#: Sentences written for these tests, one language each.
CZECH = (
    "Vláda schválila v pondělí návrh zákona o státním rozpočtu. Ministr financí řekl, že "
    "schodek bude nižší než loni a že daně se zvyšovat nebudou. Opozice návrh kritizuje: "
    "podle ní vláda šetří na špatných místech, například na školství a na dopravě."
)
POLISH = (
    "Rada miasta przyjęła w środę plan budowy nowego mostu na Wiśle. Prace mają się "
    "rozpocząć wiosną, a ich koszt oszacowano na 450 milionów złotych. Mieszkańcy żądają, "
    "żeby ruch samochodowy został ograniczony."
)
TURKISH = (
    "Belediye meclisi salı günü yeni köprünün yapımına ilişkin planı onayladı. "
    "Çalışmaların ilkbaharda başlaması bekleniyor. Başkan, projenin şehrin ulaşım "
    "sorununa kalıcı bir çözüm getireceğini söyledi."
)
TURKISH_CAPITALS = (
    "İstanbul'da dün akşam başlayan yağmur sabaha kadar sürdü. Şehrin birçok ilçesinde su "
    "baskınları yaşandı; itfaiye ekipleri ağaçların devrildiği sokaklarda çalıştı."
)
TURKISH_HEADLINE = "İZMİR'DE İŞ BAŞVURUSU: ıslak zemin, İnci ve Işık.\n"
#: Icelandic, whose ``Ý Þ ý þ ð`` are Turkish's ``İ Ş ı ş ğ`` in cp1254.
ICELANDIC = "ÝMSIR ÞÆTTIR: Það er ýmislegt í boði á Ísafirði.\n"
PORTUGUESE = (
    "A Câmara Municipal aprovou ontem o novo plano de habitação. O programa prevê a "
    "construção de três mil casas até 2030, e as obras começarão em São João e em "
    "Alcântara. Não se sabe ainda quanto custarão as rendas."
)
GERMAN = (
    "Die Bundesregierung hat am Mittwoch den Entwurf für das neue Gesetz beschlossen. "
    "Künftig sollen Städte und Gemeinden selbst über Tempo 30 entscheiden dürfen. Der "
    "Städtetag begrüßte die Pläne, die Opposition äußerte Kritik."
)
FRENCH = (
    "Le conseil municipal a voté mardi le budget de l’année prochaine. « C’est un budget "
    "de transition », a déclaré le maire, qui prévoit des économies sur l’éclairage public."
)
ENGLISH = (
    "The café on Main Street reopened on Monday. “We’re glad to be back,” said the owner, "
    "whose naïve hope is that the crowds will return – and stay."
)


@pytest.mark.parametrize(
    ("text", "codec", "read_as"),
    [
        (CZECH, "iso8859_2", "iso8859_2"),
        (POLISH, "iso8859_2", "iso8859_2"),
        (TURKISH, "iso8859_9", "cp1254"),
        (TURKISH_CAPITALS, "cp1254", "cp1254"),
        (PORTUGUESE, "latin-1", "cp1252"),
        (GERMAN, "mac_roman", "mac_roman"),
        # Turkish capitals with no letter Icelandic lacks (read as cp1252 before,
        # ``ÝÞ BAÞVURUSU``: each dotted capital ``İ`` counted out of place).
        (TURKISH_HEADLINE, "cp1254", "cp1254"),
        (TURKISH_HEADLINE, "iso8859_9", "cp1254"),
    ],
    ids=[
        *("cs-8859-2", "pl-8859-2", "tr-8859-9", "tr-1254", "pt-latin1", "de-macroman"),
        *("tr-headline-1254", "tr-headline-8859-9"),
    ],
)
def test_a_latin_text_is_read_in_the_codec_its_letters_fit(
    text: str, codec: str, read_as: str
) -> None:
    decoded = decode_bytes(text.encode(codec))
    assert (decoded.text, decoded.encoding) == (text, read_as)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (FRENCH, "cp1252"),
        (GERMAN, "cp1252"),
        (ENGLISH, "cp1252"),
        (CZECH, "cp1250"),
        (ICELANDIC, "cp1252"),
        ("Die Zei\xadtung er\xadschien täg\xadlich in Köln und Düssel\xaddorf.", "cp1252"),
    ],
    ids=["fr-1252", "de-1252", "en-1252", "cs-1250", "is-1252", "de-soft-hyphens"],
)
def test_a_latin_text_in_the_detectors_codec_stays_in_it(text: str, codec: str) -> None:
    decoded = decode_bytes(text.encode(codec))
    assert (decoded.text, decoded.encoding) == (text, codec)


#: A Mac file: its dashes and quotes are capitals in cp1252 (``3Ð1``, ``komenÓ``).
MAC_ENGLISH = (
    "The score was 3–1 at half time – and 4–2 at the end.\n“We’re glad,” said the coach.\n"
)
MAC_FRENCH = "Ce soir à la télévision : la série des étangs, à 20 h.\n"
#: Capitals where cp1252 text puts them: Irish prefixes, Spanish capitals, Portuguese
#: one-letter words.
IRISH = "Tá sé ina chónaí i nÉirinn anois, agus is as Baile Átha Cliath é.\n"
SPANISH_CAPITALS = "ESPAÑA – El AÑO pasado la economía creció un 2 %.\n"
PORTUGUESE_WORDS = "Sim, É verdade. À tarde vamos à praia.\n"
#: Mac Roman's œ is cp1252's Ï, second in its word after a small letter (``cÏur``),
#: where only a Gaelic vowel's capital stands (``an tÓglach``, ``Màiri``'s ``an tÒban``).
MAC_VERSE = "Il pleure dans mon cœur\nBlessent mon cœur\n"
GAELIC = "Tháinig an tÓglach go hÉirinn, agus chaidh e an tÒban.\n"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (MAC_ENGLISH, "mac_roman"),
        (MAC_FRENCH, "mac_roman"),
        (MAC_ENGLISH, "cp1252"),
        (MAC_FRENCH, "cp1252"),
        (IRISH, "cp1252"),
        (SPANISH_CAPITALS, "cp1252"),
        (PORTUGUESE_WORDS, "cp1252"),
        (MAC_VERSE, "mac_roman"),
        (MAC_VERSE, "cp1252"),
        (GAELIC, "cp1252"),
    ],
    ids=[
        *("en-mac", "fr-mac", "en-1252", "fr-1252", "ga-1252", "es-1252", "pt-1252"),
        *("fr-verse-mac", "fr-verse-1252", "gaelic-1252"),
    ],
)
def test_a_mac_file_is_told_from_cp1252_by_where_its_capitals_stand(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec))[:2] == (text, codec)


RUSSIAN = (
    "Городской совет утвердил в среду план строительства нового моста через реку. "
    "Работы начнутся весной, а их стоимость оценивается в четыреста миллионов рублей.\n"
)
KOREAN = (
    "서울시는 오늘 새로운 교통 정책을 발표했다. "
    "시장은 버스 노선을 늘리고 요금을 내리겠다고 말했다.\n"
)
#: Chinese whose hanzi make fewest listed words: classical verse (Du Fu, 春望).
VERSE = "国破山河在，城春草木深。感时花溅泪，恨别鸟惊心。烽火连三月，家书抵万金。\n"
VERSE_TRADITIONAL = "國破山河在，城春草木深。感時花濺淚，恨別鳥驚心。烽火連三月，家書抵萬金。\n"
NEWS = "北京市政府昨天发布了新的交通规划，计划在三年内新建五条地铁线路。\n"
JAPANESE = "東京都は五日、新しい橋の建設計画を発表した。工事は来年の春に始まる予定だ。\n"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        # Cyrillic in a double-byte codec: read as Big5 its rows were hanzi side by
        # side, no words (``盅盆盈相盹盼盾``). GB 2312, KS X 1001 and JIS X 0208 set it
        # in the same cells, so the text is what is asked of them.
        (RUSSIAN, "gb18030"),
        (RUSSIAN, "cp949"),
        (RUSSIAN, "euc_jp"),
        (RUSSIAN, "big5hkscs"),
        (KOREAN, "johab"),
        (KOREAN, "cp949"),
        (VERSE, "gb18030"),
        (VERSE_TRADITIONAL, "big5hkscs"),
        (VERSE[:12], "gb18030"),
        (NEWS, "gb18030"),
        (JAPANESE, "euc_jp"),
        (JAPANESE, "cp932"),
    ],
    ids=[
        *("ru-gbk", "ru-euckr", "ru-eucjp", "ru-big5", "ko-johab", "ko-949"),
        *("verse-gbk", "verse-big5", "verse-short", "news-gbk", "ja-eucjp", "ja-sjis"),
    ],
)
def test_a_double_byte_file_is_read_as_words_of_its_language(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec)).text == text


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (VERSE, "gb18030"),
        (VERSE_TRADITIONAL, "big5hkscs"),
        (NEWS, "gb18030"),
        (JAPANESE, "cp932"),
        (JAPANESE, "euc_jp"),
        (KOREAN, "cp949"),
    ],
)
def test_a_cjk_file_keeps_its_codec_name(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec)).encoding == codec


def test_johab_is_named() -> None:
    assert decode_bytes(KOREAN.encode("johab")).encoding == "johab"


#: Latin text whose one sign beyond ASCII comes before an ASCII letter: a double-byte
#: codec reads the two bytes as one character (``23°C`` as Big5 ``23穡``).
DEGREES = "Paris, 23°C at noon; Lyon, 21°C. Rain is due on Sunday.\n"


@pytest.mark.parametrize(
    "codec", ["cp1252", "cp1250", "cp1251", "cp1253", "cp1257", "iso8859_15", "iso8859_2"]
)
def test_a_sign_before_an_ascii_letter_is_not_read_as_a_lone_cjk_character(codec: str) -> None:
    assert decode_bytes(DEGREES.encode(codec)).text == DEGREES


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Page 第3版\n", "gb18030"),
        ("A股 and B股 rose.\n", "gb18030"),
        ("Hello 中 world\n", "big5hkscs"),
        ("The 元 is up.\n", "big5hkscs"),
        # (Even in length, and ASCII read as UTF-16 is hanzi: not UTF-16 either.)
        ("Tokyo 東 Osaka 大\n", "cp932"),
        # CJK punctuation beside CJK characters: no Latin sign misread (``23。``).
        ("好。\n", "big5hkscs"),
        ("Hello 中文。\n", "big5hkscs"),
        ("Tokyo 東京。\n", "cp932"),
    ],
)
def test_cjk_characters_among_latin_text_keep_their_codec(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec))[:2] == (text, codec)


#: Signs that real text sets in a place of their own: ``°`` after a number, a table's
#: box drawing in runs, a rating's stars side by side. A double-byte codec holds them
#: in its symbol row, and another codec reads those bytes as CJK punctuation (``23。``)
#: or as letters, which cost no more.
BOX_TABLE = "┌──────┬──────┐\n│ Team │ Pts  │\n├──────┼──────┤\n│ Lyon │ 12   │\n└──────┴──────┘\n"
STARS = "Hotel du Lac ★★★★☆\nCafe Central ★★☆☆☆\nThe Grand ★★★★★\n"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (DEGREES, "gb18030"),
        (DEGREES, "cp949"),
        (DEGREES, "euc_jp"),
        (BOX_TABLE, "gb18030"),
        (BOX_TABLE, "big5hkscs"),
        (BOX_TABLE, "cp932"),
        (BOX_TABLE, "euc_jp"),
        (BOX_TABLE, "cp949"),
        (STARS, "gb18030"),
        (STARS, "big5hkscs"),
        (STARS, "cp932"),
        (STARS, "euc_jp"),
        (STARS, "cp949"),
        # Negative: the sign in a single-byte file keeps that file's codec.
        (DEGREES, "cp1252"),
    ],
)
def test_a_sign_in_its_place_keeps_the_codec_that_wrote_it(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec))[:2] == (text, codec)


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("23°C", COMMON),
        ("│ a │", COMMON),
        ("┌──┐", COMMON),
        ("★★☆", COMMON),
        ("中文，好。", COMMON),
        # Negatives: alone among letters a sign costs what it always did (cp437 reads
        # ``Ärzte`` in cp1252 as ``─rzte``); CJK punctuation with no CJK beside it is
        # a wrong reading (``23。``), and so is a quote opening after a digit.
        ("x ° y", LETTER),
        ("─rzte", ODD),
        ("a★b", RARE),
        ("23‘C", LETTER),
    ],
)
def test_a_sign_is_priced_by_where_it_stands(text: str, price: float) -> None:
    assert cost(text) == price


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("23。C", UNCOMMON),
        ("23～C, 14～C", 2 * UNCOMMON),
        # Negatives: beside CJK characters, or in a span cut from a line, it is free.
        ("中文，好。", COMMON),
        ("激情歲月。", COMMON),
    ],
)
def test_cjk_punctuation_in_a_reading_with_no_cjk_is_a_wrong_reading(
    text: str, price: float
) -> None:
    assert reading_cost(text) == price
    assert cost(text) == COMMON


HEBREW = "סעיף 1. כל בני האדם נולדו בני חורין ושווים בערכם ובזכויותיהם.\n"
HEBREW_POINTED = "בְּרֵאשִׁית בָּרָא אֱלֹהִים אֵת הַשָּׁמַיִם וְאֵת הָאָרֶץ׃\n"
GREEK = "Η κυβέρνηση ανακοίνωσε χθες το νέο σχέδιο για τις συγκοινωνίες της πόλης.\n"
ARABIC = "أعلنت الحكومة أمس عن خطة جديدة لتطوير النقل العام في المدينة.\n"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (HEBREW, "cp1255"),
        (HEBREW_POINTED, "cp1255"),
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "koi8_r"),
        (GREEK, "cp1253"),
        (ARABIC, "cp1256"),
        (MAC_ENGLISH, "mac_roman"),
    ],
    ids=["he", "he-pointed", "ru-1251", "ru-koi8", "el-1253", "ar-1256", "en-mac"],
)
def test_an_alphabets_text_is_read_in_the_codec_whose_words_it_makes(text: str, codec: str) -> None:
    # (Hebrew read as cp1251 was Cyrillic that no one can speak: ``стйу 1. лм брй``.)
    assert decode_bytes(text.encode(codec))[:2] == (text, codec)


def test_letters_out_of_place_are_the_ones_no_alphabet_holds() -> None:
    assert out_of_place("Příliš žluťoučký kůň") == 0
    # ISO 8859-2 Czech read as cp1250: ą for š, ľ for ž, » for ť inside a word.
    assert out_of_place("Přílią ľluťoučký kůň") == 2
    assert out_of_place("Přílią ľlu»oučký kůň") == 3
    assert out_of_place("ZeiŞtung") == 1
    # Mac Roman read as cp1252: é as Ž after a small letter, a dash between digits
    # (and no alphabet holds both ž and ð).
    assert out_of_place("le cafŽ, 3Ð1") == 3
    assert out_of_place("le café, 3–1, i nÉirinn") == 0
    # Turkish's dotted capital, whose lower case is ASCII's i and a dot, is
    # Turkish's; beside Icelandic's letters no alphabet holds it.
    assert out_of_place("İZMİR'DE İŞ: ıslak zemin") == 0
    assert out_of_place("İsafirði") == 1
    # A capital second in its word after a small letter is a Gaelic vowel's, and a
    # capital between a capital and a small letter is none.
    assert out_of_place("mon cÏur, DŸsseldorf") == 2
    assert out_of_place("an tÓglach, an tÒban, DÜSSELDORF") == 0


#: Texts of the scripts whose letters plausibility does not rank, and CJK with no ASCII.
WIDE_TEXTS = [
    "東京都は５日、新しい橋の建設計画を発表した。",
    "鲁镇的酒店的格局，是和别处不同的：都是当街一个曲尺形的大柜台。\n",
    "بسم الله الرحمن الرحيم\nالحمد لله رب العالمين\n",
    "ประเทศไทยมีประชากรประมาณ 70 ล้านคน\n",
    "আমার সোনার বাংলা, আমি তোমায় ভালোবাসি।\n",
    "Page 1: 中文报纸\n",
]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("text", WIDE_TEXTS, ids=["ja", "zh", "ar", "th", "bn", "mixed"])
def test_utf16_and_utf32_without_a_bom_are_read_in_any_script(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec))[:2] == (text, codec)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", ["首页", "新美南吉", "山田太郎様", "진달래꽃", "徐志摩"])
def test_utf16_with_no_nul_or_control_byte_is_read_by_plausibility(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec))[:2] == (text, codec)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        *(("北京", "gb18030"), ("首页", "gb18030"), ("中文报纸", "gb18030")),
        *(("北京", "big5hkscs"), ("首頁", "big5hkscs"), ("中文報紙", "big5hkscs")),
    ],
)
def test_a_short_legacy_cjk_file_is_not_taken_for_utf16(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec)).text == text


@pytest.mark.parametrize(
    "raw",
    [
        b"text\x00\x00\x00\x00more\x00\x00\x00\x00" * 50,
        b"abc\x00\x00\x00def\x00\x01\x02" * 50,
        bytes(range(256)) * 8,
        b"\x00" * 600 + b"<html>text</html>",
    ],
    ids=["nul-runs", "nul-controls", "all-bytes", "nul-padding"],
)
def test_binary_data_is_still_refused(raw: bytes) -> None:
    with pytest.raises(NotTextError):
        decode_bytes(raw)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("東京都は５日、新しい橋の建設計画を発表した。\n記者 山田", "iso2022_jp"),
        ("서울시는 오늘 새로운 정책을 발표했다.\n", "iso2022_kr"),
        ("中文报纸今天出版，读者很多。\n", "hz"),
        # One sign beyond ASCII is enough after an escape that no ASCII text holds.
        ("The fee is £5 a year.\n", "iso2022_jp"),
        ("┌─┐\n└─┘\n", "iso2022_kr"),
    ],
)
def test_seven_bit_east_asian_codecs_are_named_by_their_escapes(text: str, codec: str) -> None:
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text
    assert decoded.encoding.startswith(codec.split("_")[0])


@pytest.mark.parametrize(
    "text",
    [
        "In LaTeX, ~{} makes a space; in Perl, $h~{key} is nothing special.\n",
        "\x1b[31mred\x1b[0m and \x1b$ alone\n",
        "~{ not HZ at all ~}\n",
        "~{Ab~} once\n",
        "a log line \x1b$Bzz with no JIS after it\n",
    ],
    ids=["tilde-brace", "ansi-escapes", "tilde-brace-pair", "hz-one-char", "esc-no-jis"],
)
def test_ascii_that_only_looks_seven_bit_stays_utf8(text: str) -> None:
    assert decode_bytes(text.encode())[:2] == (text, "utf-8")


#: A Windows file: CR LF line ends, and few letters beyond ASCII.
CRLF_ASCII = "The council met on Tuesday and passed the budget.\r\n" * 20


@pytest.mark.parametrize(
    ("last", "codec"),
    [
        ("Un café.\r\n", "cp1252"),
        ("Příliš žluťoučký kůň.\r\n", "iso8859_2"),
        ("Городской совет утвердил бюджет.\r\n", "cp1251"),
    ],
)
def test_a_windows_file_in_a_legacy_codec_is_read_whatever_its_line_ends(
    last: str, codec: str
) -> None:
    text = CRLF_ASCII + last
    assert decode_bytes(text.encode(codec)).text == text


def test_control_bytes_among_legacy_text_are_still_not_text() -> None:
    raw = ("Un café\x01\x02\x03\x04\x05\x06\r\n" * 40).encode("cp1252")
    with pytest.raises(NotTextError):
        decode_bytes(raw)


def test_is_cjk_and_decodes_patterns_read_one_table_of_ranges() -> None:
    from newsclean.cjk_readings import cjk_patterns
    from newsclean.plausibility import CJK_RANGES, KANA_HANGUL_RANGES, is_cjk

    cjk, _, kana_or_hangul, _ = cjk_patterns()
    edges = {o + step for low, high in CJK_RANGES for o in (low, high) for step in (-1, 0, 1)}
    for o in sorted(edges):
        ch = chr(o)
        inside = any(low <= o <= high for low, high in CJK_RANGES)
        assert is_cjk(ch) is inside is bool(cjk.match(ch)), hex(o)
        kana = any(low <= o <= high for low, high in KANA_HANGUL_RANGES)
        assert bool(kana_or_hangul.match(ch)) is kana, hex(o)
    # Negatives: ASCII, Latin, CJK punctuation and fullwidth forms are none of them.
    assert not any(map(is_cjk, "a é 。，Ａ"))


#: A Mac file's signs read in cp1252 are marks no text sets there (``23¡C``,
#: ``†berschrift``, ``Sir, Ñ``, ``Û1.17``, ``<p>É</p>``), and in ISO 8859-2 letters no
#: word has there (``23ĄC``): each reading holds its letters in one alphabet, so where
#: the signs stand tells them apart.
MAC_SIGNS = [
    "Sunny, 23°C today; 14°C tomorrow, and rain. The wind drops by the evening.\n",
    "Heat the oven to 220 °C (200 °C fan) and bake for an hour.\n",
    "Die Überschrift stand oben.\n",
    "Sir, — Your report was wrong.\n",
    "The euro closed at €1.17 on Friday.\n",
    "Write <p>…</p> for a paragraph.\n",
    "Straße 5\n",
]


@pytest.mark.parametrize("text", MAC_SIGNS)
def test_a_mac_files_signs_are_read_where_they_stand(text: str) -> None:
    assert decode_bytes(text.encode("mac_roman"))[:2] == (text, "mac_roman")


@pytest.mark.parametrize(
    "text",
    [
        *MAC_SIGNS,
        # Spanish opens its sentences with the marks Mac Roman's ``°`` and ``¬`` are in
        # cp1252: after a space, a quote or a dash, before a word.
        "¡Hola amigos!\n",
        "¿Qué pasa? ¡Nada!\n",
        "Dijo: «¡Basta ya!»\n",
        "—¿Vienes mañana?\n",
        "¡Gol! Ganaron 3 a 1.\n",
        "Price: 5 ¢ each, © 1987.\n",
    ],
)
def test_a_cp1252_file_with_the_same_signs_stays_cp1252(text: str) -> None:
    assert decode_bytes(text.encode("cp1252"))[:2] == (text, "cp1252")


def test_a_short_iso_8859_2_word_is_read_by_its_letters() -> None:
    assert decode_bytes("Łódź\n".encode("iso8859_2"))[:2] == ("Łódź\n", "iso8859_2")


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("220 °C", COMMON),
        ("¡Hola!", COMMON),
        ("(¿Qué?)", LETTER),
        # Negatives: after a number (with or without a space) the marks are a unit's
        # sign misread; between letters they are no opening.
        ("23¡C", RARE),
        ("220 ¡C", RARE),
        ("a¿b", RARE),
        ("x ° y", LETTER),
    ],
)
def test_an_opening_mark_and_a_degree_are_priced_by_their_neighbours(
    text: str, price: float
) -> None:
    assert cost(text) == price


#: EUC-JP and GB 2312 lay their tables out alike: each reads the other's kana as the same
#: kana and its kanji as common hanzi of the same rows, at the same cost.
TIED_TEXTS = ["city,country\n北京,中国\n", "ＮＨＫの番組は午後７時から放送されます。\n", "北京\n"]


@pytest.mark.parametrize("text", TIED_TEXTS)
def test_readings_that_cost_the_same_are_told_apart_by_their_words(text: str) -> None:
    assert decode_bytes(text.encode("euc_jp"))[:2] == (text, "euc_jp")


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        *((text, codec) for text in TIED_TEXTS for codec in ("gb18030", "cp932", "big5hkscs")),
        (NEWS, "gb18030"),
        (JAPANESE, "gb18030"),
        (JAPANESE, "cp932"),
    ],
)
def test_the_same_texts_in_the_other_cjk_codecs_keep_them(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec))[:2] == (text, codec)


def test_a_johab_box_table_that_is_valid_utf8_is_read_as_johab() -> None:
    # Johab's box drawing is a lead 0xD9 and a trail 0xA1-0xAB: UTF-8's Arabic marks
    # ``ۣۡۢ``, with no Arabic letter for them to sit on.
    raw = BOX_TABLE.encode("johab")
    raw.decode("utf-8")
    assert decode_bytes(raw)[:2] == (BOX_TABLE, "johab")


@pytest.mark.parametrize(
    "text",
    [
        HEBREW_POINTED,
        "بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ\n",
        # Marks shown alone, as a grammar lists them: still UTF-8.
        "The Hebrew points \u05b0 \u05b1 \u05b2 are vowels; Arabic writes \u064e and \u064f.\n",
        "Shadda with a fatha (\u064e\u0651) doubles a consonant.\n",
        "Marks: \u064b\u064c\u064d \u064e\u064f\u0650\n",
        "\u05b0\u05b1\u05b2\u05b3\n",
        BOX_TABLE,
    ],
    ids=["he-pointed", "ar-harakat", "marks-listed", "marks-stacked", "marks-run", "points", "box"],
)
def test_utf8_with_hebrew_or_arabic_marks_stays_utf8(text: str) -> None:
    assert decode_bytes(text.encode())[:2] == (text, "utf-8")


#: Texts whose only characters beyond ASCII are signs: a Russian machine saves them in
#: KOI8-R or cp866, where the signs stand at bytes the Latin codecs read as letters
#: (KOI8-R's ``220 °C`` is cp1252's ``220 œC``, its ``© 1987`` cp1250's ``ż 1987``).
SIGN_TEXTS = [
    "Heat the oven to 220 °C (200 °C fan, gas 7).\n",
    "Sunny, 23°C\nHeavy rain, 14°C\n",
    "© 1987 Ordnance Survey\n",
    "Photo: (© AFP) taken at noon.\n",
    BOX_TABLE,
]


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        *((text, codec) for text in SIGN_TEXTS for codec in ("koi8_r", "koi8_u")),
        # cp866 has no copyright sign.
        *((text, "cp866") for text in SIGN_TEXTS if "©" not in text),
        # Negatives: the codecs that hold the signs at other bytes (Mac Roman's ``©``
        # is cp1252's, whose name is taken).
        *((text, codec) for text in SIGN_TEXTS[:4] for codec in ("cp1252", "mac_roman")),
    ],
)
def test_a_file_of_signs_is_read_in_the_codec_that_sets_them_in_place(
    text: str, codec: str
) -> None:
    assert decode_bytes(text.encode(codec)).text == text


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        # Negatives: letters that a double-byte codec's table reads as two rules beside
        # a letter in KOI8-R (GBK's ``café`` as ``caf╕╗``), Cyrillic text with its
        # degree sign, and a sign in a codec whose reading sets it in place too.
        (SIGN_TEXTS[0], "cp1252"),
        (BOX_TABLE, "gb18030"),
        ("Editor's note: the café on the corner opened that night.\n", "gb18030"),
        ("| Fortuna Düsseldorf | 34 | 17 | 58 |\n", "gb18030"),
        ("| Fortuna Düsseldorf | 34 | 17 | 58 |\n", "big5hkscs"),
        ("Il est allé à Paris.\n", "gb18030"),
        (RUSSIAN.replace("весной", "весной при +23°C"), "koi8_r"),
        (RUSSIAN.replace("весной", "весной при +23°C"), "cp866"),
        (RUSSIAN.replace("весной", "весной при +23°C"), "cp1251"),
        (NEWS.replace("。", "，气温23°C。"), "gb18030"),
    ],
)
def test_signs_with_letters_or_in_their_own_codec_keep_it(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec))[:2] == (text, codec)


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("© 1987", COMMON),
        ("(© AFP)", COMMON),
        # Negatives: ``©`` inside a word is ISO 8859-2's ``Š`` read in cp1252; a lone
        # corner draws no table (cp866's ``┐`` for KOI8-R's ``©``).
        ("©koda", LETTER),
        ("┐ 1987", ODD),
    ],
)
def test_a_copyright_sign_and_a_lone_rule_are_priced_by_where_they_stand(
    text: str, price: float
) -> None:
    assert cost(text) == price


#: German and French as a Chinese machine saves them: GB18030 writes the soft hyphen,
#: the no-break spaces and the letters beyond ASCII as four bytes, which a Latin or
#: Mac codec reads as two letters; the GB18030 reading is right where its soft hyphens
#: stand inside words and its no-break spaces beside numbers and marks.
GB18030_LATIN = [
    "Die Donau\xaddampf\xadschiff\xadfahrts\xadgesellschaft stellte 1991 den Betrieb ein.\n"
    "Der Bundes\xadverfassungs\xadgerichts\xadpräsident sprach in Karlsruhe.\n",
    "Il a dit\xa0: «\xa0Pourquoi pas\xa0?\xa0» et il est parti\xa0! Il y avait 10\xa0000 "
    "personnes et 2\u202f500 voitures, pour 12\xa0€.\n",
]


@pytest.mark.parametrize("text", GB18030_LATIN, ids=["de-soft-hyphens", "fr-nbsp"])
def test_latin_text_in_gb18030_is_read_by_where_its_spaces_and_hyphens_stand(text: str) -> None:
    assert decode_bytes(text.encode("gb18030"))[:2] == (text, "gb18030")


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("Zei\xadtung", COMMON),
        # (Beside ``ä`` it pays what two characters beyond ASCII side by side pay.)
        ("prä\xadsident", 2 * LETTER),
        ("dit\xa0:", COMMON),
        ("10\xa0000", COMMON),
        ("2\u202f500", COMMON),
        # Negatives: a soft hyphen between letters beyond ASCII, or at a word's edge,
        # and a no-break space between two letters or beside a space, are a Cyrillic
        # word's letters read in Latin-1.
        ("ä\xadö", 4 * LETTER + RARE),
        ("word\xad ", RARE),
        ("ab\xa0cd", RARE),
        ("a \xa0b", RARE),
    ],
)
def test_soft_hyphens_and_no_break_spaces_are_priced_by_where_they_stand(
    text: str, price: float
) -> None:
    assert cost(text) == price


@pytest.mark.parametrize("codec", ["cp1252", "cp866", "cp1251"])
def test_a_text_with_no_break_spaces_keeps_its_single_byte_codec(codec: str) -> None:
    text = (
        "Il a dit\xa0: «\xa0Pourquoi pas\xa0?\xa0» Il y avait 10\xa0000 personnes.\n"
        if codec == "cp1252"
        else RUSSIAN.replace("весной", "весной, через 10\xa0дней")
    )
    # (The detector names cp866 by its Ukrainian superset, cp1125: the same letters.)
    assert decode_bytes(text.encode(codec)).text == text


#: EUC-JP texts whose GB 2312 reading costs the same: kanji-heavy Japanese (its kanji
#: words are no Chinese ones, and its few kana read the same either way), and Latin
#: letters EUC-JP writes in three bytes (JIS X 0212), which GB 2312 and Shift_JIS read
#: as two hanzi inside a Latin word (``c彥蛈r``, ``D将舖seldorf``).
EUC_JP_TIES = [
    "閑さや\n岩にしみ入る\n蝉の声\n",
    "春眠暁を覚えず\n",
    "本日休業\n",
    "Il pleure dans mon cœur\n",
    "Die Überschrift\n",
    "Fortuna Düsseldorf\n",
    "Ça va\n",
]


@pytest.mark.parametrize("text", EUC_JP_TIES)
def test_an_euc_jp_text_is_told_from_gb_by_its_japanese_words(text: str) -> None:
    assert decode_bytes(text.encode("euc_jp"))[:2] == (text, "euc_jp")


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        # Negatives: Chinese keeps GB18030 and Big5 (its words are Chinese ones), the
        # same Japanese keeps Shift_JIS, and a hangul reading with no hanzi does not
        # beat a GB one for having none (``第3版`` against ``뒤3경``).
        ("上海市人民政府\n", "gb18030"),
        ("国务院总理\n", "gb18030"),
        ("北京\n", "gb18030"),
        ("臺北市政府\n", "big5hkscs"),
        ("Page 第3版\n", "gb18030"),
        *((text, "cp932") for text in EUC_JP_TIES[:3]),
        ("서울시 교육청은 오늘 새 학기 계획을 발표했다.\n", "cp949"),
    ],
)
def test_texts_whose_words_are_their_codecs_keep_them(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec))[:2] == (text, codec)


def test_the_japanese_words_name_their_source_and_licence() -> None:
    import lzma

    from newsclean.cjk_readings import _JAPANESE_WORDS, in_japanese_words

    header = lzma.decompress(_JAPANESE_WORDS.read_bytes()).split(b"\n", 1)[0].decode()
    assert "wordfreq" in header
    assert "licence:CC-BY-SA-4.0" in header
    assert in_japanese_words("蛙飛び込む") == 4
    # Negatives: GB 2312's reading of the same bytes, and kana alone.
    assert in_japanese_words("晨若び哈む") == 0
    assert in_japanese_words("のびむや") == 0


@pytest.mark.parametrize(
    "text",
    ["The café on the corner.\n", "Write <p>…</p> for a paragraph.\n", "Fortuna Düsseldorf\n"],
)
def test_a_latin_text_in_hz_with_one_letter_or_sign_beyond_ascii_is_read(text: str) -> None:
    assert decode_bytes(text.encode("hz"))[:2] == (text, "hz")


@pytest.mark.parametrize(
    "raw",
    [
        # Negatives: one hanzi between braces (``菱``, ``览``), and a span beside a
        # ``~{`` that opens none.
        b"~{Ab~} once\n",
        b"~{@@~}\n",
        b"Dots ~{!-~} and ~{ alone\n",
    ],
)
def test_one_hz_character_that_is_a_hanzi_or_beside_an_open_brace_stays_ascii(
    raw: bytes,
) -> None:
    assert decode_bytes(raw)[:2] == (raw.decode(), "utf-8")


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("220 ‘C", LETTER),
        ("‘a’ and “b", LETTER),
        # Negatives: quotes closed, an apostrophe alone, and CJK quotes closed.
        ("‘a’ and “b”", COMMON),
        ("don’t", COMMON),
        ("他说“好”。", COMMON),
    ],
)
def test_an_opening_quote_that_nothing_closes_costs_a_letter(text: str, price: float) -> None:
    assert reading_cost(text) == price


def test_a_degree_sign_in_cp949_is_not_read_as_an_opening_quote() -> None:
    # EUC-JP reads cp949's ``°`` (0xA1C6) as ``‘``, at the same cost but for the quote
    # that nothing closes; a text that closes its quotes keeps cp1252.
    text = "Heat the oven to 220 °C (200 °C fan, gas 7).\n"
    assert decode_bytes(text.encode("cp949"))[:2] == (text, "cp949")
    quoted = "He said ‘yes’ and left.\n"
    assert decode_bytes(quoted.encode("cp1252"))[:2] == (quoted, "cp1252")
