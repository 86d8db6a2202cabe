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
    ],
    ids=["cs-8859-2", "pl-8859-2", "tr-8859-9", "tr-1254", "pt-latin1", "de-macroman"],
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
        ("Die Zei\xadtung er\xadschien täg\xadlich in Köln und Düssel\xaddorf.", "cp1252"),
    ],
    ids=["fr-1252", "de-1252", "en-1252", "cs-1250", "de-soft-hyphens"],
)
def test_a_latin_text_in_the_detectors_codec_stays_in_it(text: str, codec: str) -> None:
    decoded = decode_bytes(text.encode(codec))
    assert (decoded.text, decoded.encoding) == (text, codec)


def test_letters_out_of_place_are_the_ones_no_alphabet_holds() -> None:
    assert out_of_place("Příliš žluťoučký kůň") == 0
    # ISO 8859-2 Czech read as cp1250: ą for š, ľ for ž, » for ť inside a word.
    assert out_of_place("Přílią ľluťoučký kůň") == 2
    assert out_of_place("Přílią ľlu»oučký kůň") == 3
    assert out_of_place("ZeiŞtung") == 1


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
    ],
    ids=["tilde-brace", "ansi-escapes", "tilde-brace-pair"],
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
