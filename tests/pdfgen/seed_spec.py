"""The seed publication, "För digital delaktighet" (Sveriges Kommuner och
Landsting), restored to correct Swedish from its OCR text
(raw/for-digital-delaktighet.ocr.txt).

Restorations beyond diacritics: "ett långsiktigt arbete" (printed
"långsiktig"), the closing quotation mark of Katrineholm's second quote moved
before "poängterar", "en dyr lärdom" (OCR "Idardom"), "i första hand",
"Många här jobbar", "hemsida" (printed "hemsia").  The Falun video caption is
not legible in the OCR and is written here from the context.
"""
from __future__ import annotations

from .spec import Box, Contact, Para, Publication, PullQuote, ReadMore, Section, Statement, Video

UW = "Ulrika Westerberg"
EK = "Eva Karlberg"
KW = "Katarzyna Wikström"
MR = "Magnus Rudehäll"
MF = "Margareta Fransson"

FOREWORD = [
    Para(
        "Den digitala utvecklingen ställer vårt samhälle inför fantastiska möjligheter men också stora "
        "utmaningar. En stor andel av befolkningen har tillgång till internet. En miljon svenskar står "
        "utanför nätet, en utmaning är därför att få fler att våga och vilja använda internet. För att "
        "minska utanförskapet och för att kunna hämta hem satsningar som görs på bland annat infrastruktur "
        "och e-tjänster krävs insatser. Ett långsiktigt arbete med att öka den digitala delaktigheten sker "
        "i många kommuner och regioner runt om i landet. I den här publikationen lyfter vi fram flera "
        "exempel på insatser för att öka den digitala delaktigheten i såväl kommuner som hela regioner. "
        "Vår förhoppning är att dessa erfarenheter och exempel på framgångsfaktorer inspirerar flera att "
        "komma igång."
    )
]

KATRINEHOLM = Section(
    heading="KATRINEHOLMS KOMMUN",
    name="Katrineholms kommun",
    population=33268,
    paragraphs=[
        Para(
            "“Vi har sett behovet hos kommuninvånare men också hos våra egna anställda i kommunen. Det är "
            "många som inte är digitalt delaktiga”, säger Ulrika Westerberg, IT-chef i Katrineholms kommun.",
            [Statement("Vi har sett behovet hos kommuninvånare men också hos våra egna anställda i kommunen. "
                       "Det är många som inte är digitalt delaktiga", UW)],
        ),
        Para(
            "I Katrineholm har man tagit ett långsiktigt helhetsgrepp för att öka den digitala delaktigheten "
            "och utveckla kommunens digitala service och man var tidigt ute med sådana insatser."
        ),
        Para(
            "“Man måste se helheten, även samhällsnyttan av att arbeta med att öka digital delaktighet och "
            "kompetens. Det är ett nytt sätt för en kommun att arbeta på”, poängterar Ulrika Westerberg.",
            [Statement("Man måste se helheten, även samhällsnyttan av att arbeta med att öka digital "
                       "delaktighet och kompetens. Det är ett nytt sätt för en kommun att arbeta på", UW)],
        ),
        Para(
            "När kampanjen Digidel 2013 avslutades beslöt kommunledningen att fortsätta arbetet och en "
            "förvaltningsgemensam arbetsgrupp bildades för att långsiktigt hålla ihop och ha dialog mellan "
            "förvaltningarna. Biblioteket hade redan verksamhet igång som kunde byggas vidare på."
        ),
        Para(
            "I det dokument som är underlag för samhällsplanering på längre sikt i Katrineholms kommun, står "
            "det bland annat att det är en demokratifråga att vara digitalt delaktig. Ett delmål för "
            "2014–2016 är att fler kommunanställda och kommuninvånare ska vara digitalt delaktiga."
        ),
        Para(
            "“Om våra kommunanställda kan använda offentliga e-tjänster och internet så blir de förebilder "
            "för andra. Därför är medarbetares digitala kompetens viktig att satsa på för att nå ut till "
            "medborgare”, säger Ulrika Westerberg, IT-chef i Katrineholms kommun.",
            [Statement("Om våra kommunanställda kan använda offentliga e-tjänster och internet så blir de "
                       "förebilder för andra. Därför är medarbetares digitala kompetens viktig att satsa på "
                       "för att nå ut till medborgare", UW)],
        ),
    ],
    pull_quotes=[
        PullQuote("De satsningar vi gör i e-tjänster och infrastruktur måste användas", UW,
                  role="IT-chef", org="Katrineholms kommun", after=3),
        PullQuote("Att känna att man är en del i samhället och att man kan ta del av den information som finns",
                  "Ann-Louise Torling", org="Katrineholms kommun", after=3),
    ],
    videos=[Video("Intervju med Katrineholms kommuns webbredaktör, Ann-Louise Torling",
                  "https://youtu.be/3zl8bKEdFvY", after=3)],
    box=Box("ERFARENHETER KATRINEHOLM", "Erfarenheter Katrineholm", "experience", [
        "Beslutet att fortsätta efter kampanjen Digidel2013 var avgörande.",
        "Beslutet att bilda en gemensam arbetsgrupp från samtliga förvaltningar var mycket strategiskt viktigt.",
    ]),
    read_more=[ReadMore("Digital delaktighet på Katrineholms kommuns hemsida",
                        "http://katrineholm.se/Om-kommunen/Tillganglighet/Digital-delaktighet")],
    contacts=[Contact("Ann-Louise Torling", ["0150-576 25"], "ann-louise.torling@katrineholm.se")],
)

FALUN = Section(
    heading="FALU KOMMUN",
    name="Falu kommun",
    population=56896,
    paragraphs=[
        Para(
            "“Kommunen är en demokratisk organisation och för att den ska kunna verka måste det finnas en "
            "infrastruktur för medborgarnas delaktighet. Annars engagerar sig allt färre och det blir de som "
            "klagar som hörs mest”, säger Bruno Kaufmann, förtroendevald.",
            [Statement("Kommunen är en demokratisk organisation och för att den ska kunna verka måste det "
                       "finnas en infrastruktur för medborgarnas delaktighet. Annars engagerar sig allt färre "
                       "och det blir de som klagar som hörs mest", "Bruno Kaufmann")],
        ),
        Para("I Falun vill man vända på tanken om hur en kommun organiseras och arbetar."),
        Para("Hur kan det se ut om man låter digital delaktighet och demokrati vara centrala begrepp och första "
             "prioritet i kommunens arbete?"),
        Para("Vilka arbetsformer och strukturer behöver då skapas?"),
        Para(
            "Efter en tvärpolitisk demokratiutredning startar nu ett långsiktigt arbete i alla förvaltningar "
            "och kommunala bolag. Förvaltningarnas förutsättningar är mycket olika och kontakterna med "
            "medborgarna ser mycket olika ut."
        ),
        Para(
            "Tydliga mötesplatser behövs för en sådan infrastruktur och där är biblioteken och de lokala "
            "servicepunkterna mycket viktiga, liksom samverkan med andra aktörer, säger Bruno Kaufmann.",
            # Reported speech without quotation marks is a statement too.
            [Statement("Tydliga mötesplatser behövs för en sådan infrastruktur och där är biblioteken och de "
                       "lokala servicepunkterna mycket viktiga, liksom samverkan med andra aktörer",
                       "Bruno Kaufmann")],
        ),
    ],
    pull_quotes=[
        PullQuote("Det krävs ett långsiktigt politiskt arbete som alla står bakom och uppfattar som viktigt",
                  "Bruno Kaufmann", role="Ordförande, Val- och demokratinämnden", org="Falu kommun", after=4),
        PullQuote("Man behöver mötas av en människa, en kunnig person som länkar mellan tekniken och det man behöver",
                  "Sara Strömberg", org="Falu kommun", after=4),
    ],
    videos=[Video("Intervju med Bruno Kaufmann, Falu kommun", "https://youtu.be/YnxfhMnaEyM", after=6)],
    box=Box("ERFARENHETER FALUN", "Erfarenheter Falun", "experience", [
        "Ofta vill man göra korta projekt med mätbara mål. Att se delaktighet som ett värde i sig är svårt. "
        "Vi är vana att ha de egna uppdragen som värdet, det som ska redovisas. Det behöver vi vända på för "
        "att demokratisera demokratin.",
        "Alla led i medborgardialogen måste stärkas. Inte bara ta in lite synpunkter där de som låter mest "
        "hörs. Det handlar om ett nytt sätt att tänka demokrati och ett nytt sätt att arbeta på.",
    ]),
    read_more=[
        ReadMore("Om hur invånare kan påverka på Faluns hemsida",
                 "http://www.falun.se/kommun--demokrati/sa-kan-du-paverka.html"),
        ReadMore("Om servicepunkter på kommunbibliotek på Faluns hemsida",
                 "http://www.falun.se/gora--uppleva/bibliotek/servicepunkter.html"),
    ],
    contacts=[Contact("Pernilla Nylander", ["023-860 77"], "pernilla.nylander@falun.se")],
)

SKELLEFTEA = Section(
    heading="SKELLEFTEÅ KOMMUN",
    name="Skellefteå kommun",
    population=72024,
    columns=2,
    paragraphs=[
        Para(
            "“Den digitala tekniken blir oerhört viktig för att vi ska kunna hålla ihop kommunen och ha en "
            "levande kommun. Skellefteå är stort till ytan och vi kan inte ha manuell service överallt. Vi har "
            "bra bredbandstäckning och kan därför nå framgång med bra e-tjänster men vi måste jobba fram bra "
            "e-tjänster eftersom vi vill att medborgarna väljer dem i första hand”, säger Eva Karlberg, "
            "IT-strateg i Skellefteå kommun.",
            [Statement("Den digitala tekniken blir oerhört viktig för att vi ska kunna hålla ihop kommunen och "
                       "ha en levande kommun. Skellefteå är stort till ytan och vi kan inte ha manuell service "
                       "överallt. Vi har bra bredbandstäckning och kan därför nå framgång med bra e-tjänster "
                       "men vi måste jobba fram bra e-tjänster eftersom vi vill att medborgarna väljer dem i "
                       "första hand", EK)],
        ),
        Para(
            "Skellefteå erbjuder kommuninvånarna ”en väg in” för kontakter, information och synpunkter. Alla "
            "frågor registreras och ger kunskap om hur delaktigheten ser ut och om hur tillgänglig och "
            "användarvänlig kommunens service är. I Skellefteå kommun används erfarenheterna från Kundtjänst "
            "systematiskt för att utveckla och förbättra kommunens tjänster."
        ),
        Para(
            "“Representanter från förvaltningarna genomför kontinuerlig verksamhetsutveckling tillsammans med "
            "Kundtjänst”, säger Eva Karlberg. “På så sätt får vi också uppdaterad kunskap om hur medborgarnas "
            "behov ser ut, vad man frågar efter och hur vår service fungerar”.",
            [
                Statement("Representanter från förvaltningarna genomför kontinuerlig verksamhetsutveckling "
                          "tillsammans med Kundtjänst", EK),
                Statement("På så sätt får vi också uppdaterad kunskap om hur medborgarnas behov ser ut, vad man "
                          "frågar efter och hur vår service fungerar", EK),
            ],
        ),
    ],
    box=Box("ERFARENHETER SKELLEFTEÅ", "Erfarenheter Skellefteå", "experience", [
        "Innan en e-tjänst byggs ska en analys göras. Det ska göras i dialog med medborgarna.",
        "Vi behöver tydligt formulera vilket ansvar som ingår i ägarskapet för en e-tjänst hos en förvaltning.",
        "Arbetssättet måste förändras – det tar tid.",
    ]),
    read_more=[ReadMore("Om kvalitetsarbetet i Skellefteå kommun", "http://www.skelleftea.se/kvalitet")],
    contacts=[Contact("Eva Karlberg", ["0910-73 50 00"], None)],
)

NORSJO = Section(
    heading="NORSJÖ KOMMUN",
    name="Norsjö kommun",
    population=4180,
    columns=2,
    paragraphs=[
        Para(
            "“Norsjö kommun är en varuproducerande glesbygdskommun. Många här jobbar i industrin. De jobben "
            "förändras och kommer att kräva förändrade kompetenser. Det måste vi rusta våra barn och ungdomar "
            "för”, säger Katarzyna Wikström, kommunchef i Norsjö, som är en av landets minsta kommuner.",
            [Statement("Norsjö kommun är en varuproducerande glesbygdskommun. Många här jobbar i industrin. De "
                       "jobben förändras och kommer att kräva förändrade kompetenser. Det måste vi rusta våra "
                       "barn och ungdomar för", KW)],
        ),
        Para("I Norsjö har man helt egna förutsättningar att nå alla. Och behöver man nå en viss målgrupp är det "
             "relativt enkelt ordnat."),
        Para(
            "I förskola och fritids har man infört närvarosystemet Nuddis. “Personalen hjälper och visar alla "
            "föräldrar och barn tillrätta med systemet”, berättar Katarzyna Wikström. “Och både "
            "modersmålslärare och vårt lärcentra som driver sfi-undervisningen hjälper till att visa och lära "
            "ut Nuddis till våra invandrade föräldrar. Det arbetssättet kan vi vidareutveckla för att nå flera”.",
            [
                Statement("Personalen hjälper och visar alla föräldrar och barn tillrätta med systemet", KW),
                Statement("Och både modersmålslärare och vårt lärcentra som driver sfi-undervisningen hjälper "
                          "till att visa och lära ut Nuddis till våra invandrade föräldrar. Det arbetssättet "
                          "kan vi vidareutveckla för att nå flera", KW),
            ],
        ),
    ],
    pull_quotes=[PullQuote("Samverkan är nyckeln. Både mellan våra förvaltningar och mellan kommuner", KW,
                           org="Norsjö kommun", after=3)],
    box=Box("ERFARENHETER NORSJÖ", "Erfarenheter Norsjö", "experience", [
        "Jobben förändras och kommer att kräva förändrade kompetenser. Det kan få stora effekter särskilt på "
        "små orter. Eftersom vi inte vet hur framtida jobb kan se ut, måste vi ge barnen mycket i skolan. "
        "Packa deras mentala ryggsäck med kunskap och kompetens om hur tekniken kan användas, att kunna söka "
        "information, förhålla sig kritiskt och vara digitala entreprenörer.",
    ]),
    read_more=[ReadMore("Om Digitala Västerbotten på hemsidan",
                        "http://www.regionvasterbotten.se/it/digitala-vasterbotten/")],
    contacts=[Contact(KW, ["0918-141 18", "072-732 73 71"], "katarzyna.wikstrom@norsjo.se")],
)

VASTERBOTTEN = Section(
    heading="REGION VÄSTERBOTTEN",
    name="Region Västerbotten",
    population=262362,
    paragraphs=[
        Para(
            "“De satsningar vi gör i infrastruktur och e-tjänster kommer inte att kunna användas om vi inte "
            "jobbar med den digitala delaktigheten för att utveckla länet”, säger Magnus Rudehäll, IT-strateg "
            "på Region Västerbotten.",
            [Statement("De satsningar vi gör i infrastruktur och e-tjänster kommer inte att kunna användas om "
                       "vi inte jobbar med den digitala delaktigheten för att utveckla länet", MR)],
        ),
        Para("När Region Västerbotten utformade sin regionala digitala agenda, valde man därför att prioritera "
             "arbete med digital delaktighet högt."),
        Para(
            "Magnus Rudehäll beskriver det så här: “Vi måste hitta drivkrafterna för människor och företag att "
            "bli mer digitala och öka sin digitala kompetens. Idag finns det inte någon i kommunerna som har i "
            "uppdrag att samordna arbete med digital delaktighet. Därför måste vi nå kommunledningarna och få "
            "med dem i tankesättet”.",
            [Statement("Vi måste hitta drivkrafterna för människor och företag att bli mer digitala och öka sin "
                       "digitala kompetens. Idag finns det inte någon i kommunerna som har i uppdrag att "
                       "samordna arbete med digital delaktighet. Därför måste vi nå kommunledningarna och få "
                       "med dem i tankesättet", MR)],
        ),
        Para(
            "Region Västerbotten har tagit fram en regional plattform för mobila tjänster där alla kommuner har "
            "en egen app. Via plattformen kan kommunerna koppla på egna och gemensamma tjänster i stället för "
            "att lägga resurser på egna system. Det är ett led i att få upp tilliten för e-tjänsterna. "
            "“Annars kommer de inte att användas och det blir en dyr lärdom”, avslutar Magnus Rudehäll.",
            [Statement("Annars kommer de inte att användas och det blir en dyr lärdom", MR)],
        ),
    ],
    box=Box("FRAMGÅNGSFAKTORER VÄSTERBOTTEN", "Framgångsfaktorer Västerbotten", "success_factor", [
        "Vi har med civilsamhället i arbetet även regionalt. Tillsammans med folkbildningen diskuterar vi om "
        "till exempel småföretagare skulle kunna få hjälp i studiecirkelform.",
        "Vi måste ha strukturer för att hela tiden fånga upp människor, till exempel invandrare. Arbetet tar "
        "inte slut.",
    ]),
    read_more=[ReadMore("Om Digitala Västerbotten på Region Västerbottens hemsida",
                        "http://www.regionvasterbotten.se/it/digitala-vasterbotten/")],
    contacts=[Contact(MR, ["070-608 48 88"], "magnus.rudehall@regionvasterbotten.se")],
)

KALMAR = Section(
    heading="REGIONFÖRBUNDET I KALMAR LÄN",
    name="Regionförbundet i Kalmar län",
    population=235598,
    paragraphs=[
        Para(
            "Regionförbundet i Kalmar län antog redan 2012 utmaningen i Digital agenda för Sverige. Ett "
            "konkret arbete att bygga på fanns redan, eftersom bibliotek och studieförbund i länet hade en "
            "gemensam strategi för samarbete för digital delaktighet. Arbetet prioriterades av arbetsgruppen "
            "Kompetens, lärande och delaktighet, som var ett av fem temaområden i den regionala digitala agendan."
        ),
        Para(
            "I arbetsgruppen finns nu representanter för aktörer inom kompetensutveckling som skola, högre "
            "utbildning, vuxenutbildning, folkbildning, företagsutbildning, bibliotek och lärcentra. Genom ökad "
            "samverkan och gemensamma insatser för kompetensutveckling och inspiration vill man bidra till ökad "
            "och effektivare användning av digitala verktyg och en ökad digital delaktighet."
        ),
    ],
    pull_quotes=[PullQuote("Tre viktiga tips är samverkan, strategier och förankring. Det tror jag är nyckeln "
                           "till framgång", "Christer Bergqvist", org="Regionförbundet i Kalmar län", after=2)],
    videos=[Video("Intervju med Regionförbundet i Kalmar läns regionbibliotekarie, Christer Bergqvist",
                  "https://youtu.be/y9MOKLojrLw", after=2)],
    box=Box("FRAMGÅNGSFAKTORER KALMAR LÄN", "Framgångsfaktorer Kalmar län", "success_factor", [
        "Avgörande är engagemang från regionens aktörer, förankring hos politiker och tjänstemän och ett "
        "tydligt uppdrag, mål och mandat för varje utpekad utförare.",
    ]),
    read_more=[ReadMore("Om Digital delaktighet i Kalmar län på regionförbundet i Kalmar läns hemsida",
                        "http://kalmar.regionbibliotek.se/web/arena/digital-delaktighet")],
    contacts=[Contact("Christer Bergqvist", ["0480-44 83 90", "070-312 01 46"], "christer.bergqvist@rfkl.se")],
)

OSTERGOTLAND = Section(
    heading="REGION ÖSTERGÖTLAND",
    name="Region Östergötland",
    population=442105,
    paragraphs=[
        Para(
            "“Avgörande var att vi fick en gemensam ingång regionalt när vi skrev under avsiktsförklaringen för "
            "den digitala agendan. Den politiska enigheten är mycket viktig. Ökad samsyn och samarbete är målet "
            "– även för andra frågor”, säger Margareta Fransson, 1:e vice ordförande i regionstyrelsen i "
            "Östergötland.",
            [Statement("Avgörande var att vi fick en gemensam ingång regionalt när vi skrev under "
                       "avsiktsförklaringen för den digitala agendan. Den politiska enigheten är mycket viktig. "
                       "Ökad samsyn och samarbete är målet – även för andra frågor", MF)],
        ),
        Para(
            "Regionbibliotekets arbete med utanförskap och digitala frågor och landstingets aktiva arbete med "
            "e-hälsa beskriver hon som viktiga förutsättningar för framgång. “Detta är ingen framtidsfråga! Det "
            "är en nutidsfråga och vi är lite på efterkälken.”",
            [Statement("Detta är ingen framtidsfråga! Det är en nutidsfråga och vi är lite på efterkälken.", MF)],
        ),
    ],
    pull_quotes=[
        PullQuote("Vi behöver ha patienter som kan vara delaktiga i sin egen vård", MF,
                  org="Region Östergötland", after=2),
        PullQuote("Att satsa på digital delaktighet ger fler engagerade medborgare", "Kira Berg",
                  org="Region Östergötland", after=2),
    ],
    videos=[
        Video("Intervju med regionstyrelsens vice ordförande i Region Östergötland Margareta Fransson",
              "https://youtu.be/y9mNu1yXySU", after=2),
        Video("Intervju med regionbibliotekets projektledare i Region Östergötland, Kira Berg",
              "https://youtu.be/ldrDq_ECUkc", after=2),
    ],
    box=Box("FRAMGÅNGSFAKTORER ÖSTERGÖTLAND", "Framgångsfaktorer Östergötland", "success_factor", [
        "Man måste se IT-frågan som en ägarfråga. Varje verksamhet måste äga frågan om sin IT-användning och "
        "-utveckling.",
        "Politisk enighet är en viktig framgångsfaktor.",
    ]),
    read_more=[ReadMore("Om Digital delaktighet på regionbiblioteket i Östergötlands hemsida",
                        "http://www.regionbibliotekostergotland.se/tjanster/kategori/digital-delaktighet")],
    contacts=[Contact("Kerstin Olsson", ["010-103 93 17", "070-62 67 190"], "kerstin.ma.olsson@regionostergotland.se")],
)

CLOSING = Box("AVSLUTANDE TIPS", "Avslutande tips", "tip", [
    "Nödvändigheten att vara digitalt delaktig griper in i allas vardag. Samarbeta över förvaltnings- och "
    "organisationsgränserna.",
    "Ge tydligt uppdrag, mål och mandat för de utförare som ska arbeta med att öka den digitala delaktigheten.",
    "Utveckla e-tjänster i dialog med användarna. Fråga dem vad de behöver. Det ökar användningen och gör "
    "satsade resurser mer effektiva.",
    "Skapa mötesplatser där man kan få hjälp att hantera internet och e-tjänster.",
])

SEED = Publication(
    title="FÖR DIGITAL DELAKTIGHET",
    running_header="För digital delaktighet",
    foreword=FOREWORD,
    signature=["Åsa Zetterberg", "Sektionschef Center för eSamhället", "Sveriges Kommuner och Landsting"],
    sections=[KATRINEHOLM, FALUN, SKELLEFTEA, NORSJO, VASTERBOTTEN, KALMAR, OSTERGOTLAND],
    closing=CLOSING,
)
