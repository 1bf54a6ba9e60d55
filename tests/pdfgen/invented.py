"""Invented publications of the genre, with real kommuner and regioner and
the label variants of the profile (FRAMGÅNGSFAKTORER, LÄRDOMAR, TIPS,
KONTAKTPERSON, LÄS MER, "Antal invånare:", "Tel:" / "E-post:").

The people, quotes, phone numbers and addresses are made up; population
figures are round approximations, not statistics.
"""
from __future__ import annotations

from .spec import Box, Contact, Para, Publication, PullQuote, ReadMore, Section, Statement, Video

UMEA = Section(
    heading="UMEÅ KOMMUN",
    name="Umeå kommun",
    population=130224,
    population_label="Antal invånare:",
    columns=2,
    phone_style="label",
    read_more_label="LÄS MER",
    contact_label="KONTAKTPERSON",
    paragraphs=[
        Para(
            "“Vi vill att alla som bor i Umeå ska kunna använda kommunens e-tjänster, oavsett ålder eller "
            "bakgrund”, säger Johanna Lindqvist, digitaliseringsstrateg i Umeå kommun.",
            [Statement("Vi vill att alla som bor i Umeå ska kunna använda kommunens e-tjänster, oavsett "
                       "ålder eller bakgrund", "Johanna Lindqvist")],
        ),
        Para(
            "Kommunen har öppnat digitala mötesplatser på fyra bibliotek där invånare kan få hjälp med allt "
            "från bank-id till att söka bostad. Volontärer från studieförbunden finns på plats två "
            "eftermiddagar i veckan och hjälper till med frågor om mobiler, surfplattor och datorer."
        ),
        Para(
            "Arbetet började som ett projekt men är nu en del av den ordinarie verksamheten. Efterfrågan har "
            "ökat varje år och många kommer tillbaka med nya frågor när de väl har fått hjälp första gången."
        ),
        Para(
            "“Det viktigaste är att mötet sker på den enskildes villkor. Ingen fråga är för liten”, säger "
            "Johanna Lindqvist.",
            [Statement("Det viktigaste är att mötet sker på den enskildes villkor. Ingen fråga är för liten",
                       "Johanna Lindqvist")],
        ),
    ],
    pull_quotes=[PullQuote("Ingen ska behöva stå utanför för att hen saknar en dator hemma",
                           "Johanna Lindqvist", role="digitaliseringsstrateg", org="Umeå kommun", after=2)],
    videos=[Video("Intervju med Umeå kommuns digitaliseringsstrateg, Johanna Lindqvist",
                  "https://youtu.be/Um3aDigi01x", after=3)],
    box=Box("FRAMGÅNGSFAKTORER UMEÅ", "Framgångsfaktorer Umeå", "success_factor", [
        "Samarbetet med studieförbunden gav fler händer och ett större kontaktnät.",
        "Fasta tider på biblioteken gör det lätt för invånarna att veta när hjälpen finns.",
        "Volontärerna behöver stöd och utbildning för att orka i längden.",
    ]),
    read_more=[ReadMore("Digitala mötesplatser på Umeå kommuns webbplats",
                        "https://www.umea.se/digitala-motesplatser")],
    contacts=[Contact("Johanna Lindqvist", ["090-16 10 00"], "johanna.lindqvist@umea.se")],
)

SKANE = Section(
    heading="REGION SKÅNE",
    name="Region Skåne",
    population=1377827,
    read_more_label="LÄS MER",
    paragraphs=[
        Para(
            "Region Skåne arbetar med digital delaktighet inom vården, där allt fler kontakter sker via "
            "nätet. Patienter som inte kan använda de digitala tjänsterna riskerar att få sämre tillgång "
            "till vård."
        ),
        Para(
            "“Vi ser att de som har störst behov av vård ofta är de som har svårast att använda digitala "
            "tjänster”, säger Anders Holmberg, utvecklingschef på Region Skåne.",
            [Statement("Vi ser att de som har störst behov av vård ofta är de som har svårast att använda "
                       "digitala tjänster", "Anders Holmberg")],
        ),
        Para(
            "Därför har regionen tagit fram en utbildning för vårdpersonal i hur de kan visa patienter hur "
            "1177 och andra e-tjänster fungerar. Utbildningen har hittills genomförts på tolv vårdcentraler "
            "i Malmö, Lund och Kristianstad."
        ),
    ],
    pull_quotes=[PullQuote("Digital vård måste vara till för alla, annars ökar klyftorna", "Anders Holmberg",
                           org="Region Skåne", after=2)],
    box=Box("LÄRDOMAR SKÅNE", "Lärdomar Skåne", "experience", [
        "Börja med personalen. Den som själv känner sig trygg med tekniken kan lättare hjälpa andra.",
        "Mät hur många patienter som får hjälp, inte bara hur många som utbildas.",
    ]),
    read_more=[ReadMore("Om digital vård på Region Skånes webbplats", "https://www.skane.se/digital-vard")],
    contacts=[Contact("Anders Holmberg", ["040-675 30 00", "070-123 45 67"], "anders.holmberg@skane.se")],
)

LUND = Section(
    heading="LUNDS KOMMUN",
    name="Lunds kommun",
    population=124935,
    population_label="Antal invånare:",
    phone_style="label",
    contact_label="KONTAKTPERSON",
    paragraphs=[
        Para(
            "I Lunds kommun har seniorer lärt andra seniorer att använda internet. Ett tjugotal "
            "digitalambassadörer träffar varje vecka nya deltagare på träffpunkter runt om i kommunen."
        ),
        Para(
            "“Det är lättare att fråga någon i sin egen ålder. Man vågar säga att man inte förstår”, "
            "berättar Birgitta Nilsson, som är en av ambassadörerna.",
            [Statement("Det är lättare att fråga någon i sin egen ålder. Man vågar säga att man inte förstår",
                       "Birgitta Nilsson")],
        ),
        Para(
            "Kommunen står för lokaler, fika och utbildning av ambassadörerna. Arbetet samordnas av "
            "äldreförvaltningen tillsammans med stadsbiblioteket."
        ),
    ],
    box=Box("TIPS FRÅN LUND", "Tips från Lund", "tip", [
        "Låt ambassadörerna själva forma träffarna.",
        "Ha alltid några extra surfplattor att låna ut under träffarna.",
    ]),
    read_more=[ReadMore("Digitalambassadörer i Lund", "https://www.lund.se/digitalambassadorer")],
    contacts=[Contact("Karin Sjöberg", ["046-359 50 00"], "karin.sjoberg@lund.se")],
)

MOTESPLATSER = Publication(
    title="DIGITALA MÖTESPLATSER",
    running_header="Digitala mötesplatser",
    foreword=[
        Para(
            "Allt fler samhällstjänster finns på nätet, men många invånare behöver stöd för att kunna använda "
            "dem. Den här skriften beskriver hur tre organisationer i södra och norra Sverige har skapat "
            "mötesplatser där människor kan få hjälp på sina egna villkor."
        ),
    ],
    signature=["Lena Ek", "Projektledare", "Sveriges Kommuner och Regioner"],
    publisher="Sveriges Kommuner och Regioner",
    sections=[UMEA, SKANE, LUND],
    closing=Box("AVSLUTANDE TIPS", "Avslutande tips", "tip", [
        "Utgå från invånarnas frågor, inte från tekniken.",
        "Samarbeta med civilsamhället och biblioteken.",
        "Gör hjälpen till en del av den ordinarie verksamheten.",
    ]),
)

# ---------------------------------------------------------------------------

VARMLAND = Section(
    heading="LANDSTINGET I VÄRMLAND",
    name="Landstinget i Värmland",
    population=280000,
    contact_label="KONTAKTPERSON",
    paragraphs=[
        Para(
            "Landstinget i Värmland har infört digitala vårdmöten i glesbygden, där avstånden till närmaste "
            "vårdcentral kan vara långa. Patienten möter sin läkare via video från en hälsokiosk i byn."
        ),
        Para(
            "“För många äldre är resan till vårdcentralen den största ansträngningen. Nu kan de få träffa "
            "läkaren utan att åka tio mil”, säger Per Gustafsson, verksamhetsutvecklare vid landstinget.",
            [Statement("För många äldre är resan till vårdcentralen den största ansträngningen. Nu kan de få "
                       "träffa läkaren utan att åka tio mil", "Per Gustafsson")],
        ),
    ],
    pull_quotes=[PullQuote("Tekniken ska vara så enkel att den inte märks", "Per Gustafsson",
                           org="Landstinget i Värmland", after=2)],
    videos=[Video("Intervju med Per Gustafsson, Landstinget i Värmland", "https://youtu.be/VarmLand2x9", after=2)],
    box=Box("ERFARENHETER VÄRMLAND", "Erfarenheter Värmland", "experience", [
        "Personal på plats i hälsokiosken gör att fler vågar prova.",
        "Bredbandet måste vara utbyggt innan tjänsten lanseras.",
    ]),
    read_more=[ReadMore("Om digitala vårdmöten i Värmland", "https://www.regionvarmland.se/vardmoten")],
    contacts=[Contact("Per Gustafsson", ["054-61 40 00"], "per.gustafsson@regionvarmland.se")],
)

VAXJO = Section(
    heading="VÄXJÖ KOMMUN",
    name="Växjö kommun",
    population=95000,
    columns=2,
    paragraphs=[
        Para(
            "Växjö kommun har gett alla elever i årskurs sju en kurs i källkritik på nätet. Kursen tas fram "
            "tillsammans med skolbiblioteken och uppdateras varje termin."
        ),
        Para(
            "“Eleverna är vana vid tekniken men behöver verktyg för att värdera det de läser”, säger Sofia "
            "Ahmadi, skolbibliotekarie i Växjö.",
            [Statement("Eleverna är vana vid tekniken men behöver verktyg för att värdera det de läser",
                       "Sofia Ahmadi")],
        ),
        Para(
            "Föräldrarna bjuds in till kvällsträffar där samma frågor tas upp. Träffarna har blivit "
            "populära och lockar även far- och morföräldrar."
        ),
        # long paragraphs, so that one of them runs on from the left column into the right one
        Para(
            "Kursen består av fyra lektioner. Under den första lektionen får eleverna jämföra nyheter om "
            "samma händelse från olika källor och diskutera varför de skiljer sig åt. Den andra lektionen "
            "handlar om bilder och filmer som har redigerats, och eleverna får själva prova att ändra en bild "
            "för att förstå hur lätt det går. Under den tredje lektionen granskar klassen reklam och "
            "sponsrade inlägg i sociala medier, och den fjärde lektionen ägnas åt att söka information "
            "till ett eget arbete och att redovisa varifrån uppgifterna kommer."
        ),
        Para(
            "Skolbibliotekarierna har tagit fram lektionerna tillsammans med lärare i svenska och "
            "samhällskunskap. Materialet finns på kommunens lärplattform och kan användas av alla skolor i "
            "kommunen. Varje termin samlas synpunkter från lärare och elever in, och lektionerna uppdateras "
            "med nya exempel från nyhetsflödet så att de känns aktuella för eleverna. Flera andra kommuner i "
            "Kronobergs län har visat intresse för materialet och två av dem har redan börjat använda det i "
            "sina skolor under hösten."
        ),
        Para(
            "Utvärderingen efter det första året visar att eleverna oftare kontrollerar var en uppgift kommer "
            "ifrån innan de delar den vidare. Lärarna berättar att diskussionerna i klassrummet har blivit mer "
            "nyanserade och att eleverna ställer fler frågor om vem som står bakom en text. Kommunen planerar "
            "nu att erbjuda en liknande kurs för elever på gymnasiet och för vuxna som läser svenska för "
            "invandrare, eftersom behovet av att kunna värdera information finns i alla åldrar och i alla "
            "delar av samhället."
        ),
    ],
    box=Box("LÄRDOMAR VÄXJÖ", "Lärdomar Växjö", "experience", [
        "Koppla kursen till ämnen som eleverna redan läser.",
        "Bjud in föräldrarna tidigt.",
    ]),
    read_more=[ReadMore("Källkritik i Växjös skolor", "https://www.vaxjo.se/kallkritik")],
    contacts=[Contact("Sofia Ahmadi", ["0470-410 00"], "sofia.ahmadi@vaxjo.se")],
)

VARDEN = Publication(
    title="DIGITALT I VÅRD OCH SKOLA",
    running_header="Digitalt i vård och skola",
    foreword=[Para("Exempel från ett landsting och en kommun som har gjort digitala tjänster tillgängliga för fler.")],
    signature=["Erik Strand", "Handläggare", "Sveriges Kommuner och Landsting"],
    sections=[VARMLAND, VAXJO],
)

# A small one for the scan variant: two sections, three pages.
KIRUNA = Section(
    heading="KIRUNA KOMMUN",
    name="Kiruna kommun",
    population=22500,
    population_label="Antal invånare:",
    read_more_label="LÄS MER",
    paragraphs=[
        Para(
            "I Kiruna kommun har biblioteket blivit navet för digital delaktighet. Här finns hjälp med "
            "e-legitimation, deklaration och kontakter med myndigheter."
        ),
        Para(
            "“Många som flyttar hit för att arbeta i gruvan behöver snabbt komma in i samhället”, säger Lars "
            "Isaksson, bibliotekschef i Kiruna.",
            [Statement("Många som flyttar hit för att arbeta i gruvan behöver snabbt komma in i samhället",
                       "Lars Isaksson")],
        ),
    ],
    box=Box("ERFARENHETER KIRUNA", "Erfarenheter Kiruna", "experience", [
        "Öppettider på kvällar och helger når fler.",
        "Hjälpen ska finnas på flera språk.",
    ]),
    read_more=[ReadMore("Biblioteket i Kiruna", "https://www.kiruna.se/bibliotek")],
    contacts=[Contact("Lars Isaksson", ["0980-700 00"], "lars.isaksson@kiruna.se")],
)

GOTLAND = Section(
    heading="REGION GOTLAND",
    name="Region Gotland",
    population=60000,
    paragraphs=[
        Para(
            "Region Gotland erbjuder kurser i digital vardag på landsbygdens bygdegårdar. Kurserna leds av "
            "pedagoger från folkhögskolan."
        ),
        Para("Deltagarna lär sig att betala räkningar, boka tider och hålla kontakt med familjen."),
    ],
    box=Box("FRAMGÅNGSFAKTORER GOTLAND", "Framgångsfaktorer Gotland", "success_factor", [
        "Kurserna hålls nära där människor bor.",
        "Små grupper ger tid för allas frågor.",
    ]),
    contacts=[Contact("Maria Öberg", ["0498-26 90 00"], "maria.oberg@gotland.se")],
)

BIBLIOTEK = Publication(
    title="BIBLIOTEKET SOM NAV",
    running_header="Biblioteket som nav",
    foreword=[Para("Två exempel på hur bibliotek och folkbildning når invånare som står utanför.")],
    signature=["Anna Berg", "Utredare", "Sveriges Kommuner och Landsting"],
    sections=[KIRUNA, GOTLAND],
)

INVENTED = {"motesplatser": MOTESPLATSER, "varden": VARDEN, "bibliotek": BIBLIOTEK}
