/// The invented world the synthetic corpus is written about: people, agencies, media, countries and
/// places, none taken from the seed articles. Plenty of each, so that entity tables and indexes
/// grow the way they would with real news.
enum CorpusVocabulary {
    struct Country {
        let name: String
        let adjective: String
        let capital: String
    }

    static let countries: [Country] = [
        .init(name: "Valdoria", adjective: "Valdorian", capital: "Brenholm"),
        .init(name: "Kestria", adjective: "Kestrian", capital: "Aravel"),
        .init(name: "Morvania", adjective: "Morvanian", capital: "Tessaly"),
        .init(name: "Ostrava Republic", adjective: "Ostravan", capital: "Lindgrad"),
        .init(name: "Caldera", adjective: "Calderan", capital: "San Orrel"),
        .init(name: "Northern Tavia", adjective: "Tavian", capital: "Korrin"),
        .init(name: "Selmaris", adjective: "Selmarian", capital: "Port Eskel"),
        .init(name: "Drumlin", adjective: "Drumlish", capital: "Fallowmere"),
        .init(name: "Azuria", adjective: "Azurian", capital: "Miravel"),
        .init(name: "Borovia", adjective: "Borovian", capital: "Stenka"),
        .init(name: "Quessa", adjective: "Quessan", capital: "Ildrin"),
        .init(name: "Lorandia", adjective: "Lorandian", capital: "Vell"),
        .init(name: "Pemberland", adjective: "Pemberlish", capital: "Hollis"),
        .init(name: "Sarovia", adjective: "Sarovian", capital: "Druzhevo"),
        .init(name: "Tarkand", adjective: "Tarkandi", capital: "Ushmar"),
        .init(name: "Elbonia", adjective: "Elbonian", capital: "Krask"),
        .init(name: "Veridia", adjective: "Veridian", capital: "Sol Amara"),
        .init(name: "Halvard", adjective: "Halvardic", capital: "Ostmark"),
        .init(name: "Zemlia", adjective: "Zemlian", capital: "Rovno Polye"),
        .init(name: "Cormaine", adjective: "Cormainian", capital: "Belle Anse"),
        .init(name: "Ruthenia", adjective: "Ruthenian", capital: "Lvovets"),
        .init(name: "Qadira", adjective: "Qadiri", capital: "Al Samir"),
        .init(name: "Ithmar", adjective: "Ithmari", capital: "Ras Nadir"),
        .init(name: "Noreland", adjective: "Norish", capital: "Skarholt"),
        .init(name: "Palmyra Coast", adjective: "Palmyran", capital: "Baie Claire"),
        .init(name: "Gravonia", adjective: "Gravonian", capital: "Tirsk"),
        .init(name: "Ukraine", adjective: "Ukrainian", capital: "Kyiv"),
        .init(name: "Poland", adjective: "Polish", capital: "Warsaw"),
        .init(name: "Sudan", adjective: "Sudanese", capital: "Khartoum"),
        .init(name: "Chad", adjective: "Chadian", capital: "N'Djamena"),
        .init(name: "Moldova", adjective: "Moldovan", capital: "Chisinau"),
        .init(name: "Armenia", adjective: "Armenian", capital: "Yerevan"),
        .init(name: "Syria", adjective: "Syrian", capital: "Damascus"),
        .init(name: "Lebanon", adjective: "Lebanese", capital: "Beirut"),
        .init(name: "Myanmar", adjective: "Myanmar", capital: "Naypyidaw"),
        .init(name: "Haiti", adjective: "Haitian", capital: "Port-au-Prince"),
    ]

    /// Regions, cities, crossings and ports where things happen.
    static let places: [String] = [
        "the Kessel region", "Port Arvane", "Drovnik", "the Tarsa Valley", "Lenzburg Oblast", "Velmora",
        "the Ardent Pass", "Castel Rojo", "the Morrow Delta", "Nivska", "the Halden Plateau", "Oskari",
        "the Brightwater crossing", "Kaltenfeld", "the Serin Hills", "Ravensholt", "the Durn river valley",
        "Marisol Bay", "the eastern Varga district", "Torvik", "the Gallen border crossing", "Sundmoor",
        "the Isle of Carrow", "Petrovka", "Al Haddah", "the Kora steppe", "Lake Ilmen", "the Vesk corridor",
        "Beaumont-sur-Lys", "the Hadran oasis", "Tiraspol", "Mariupol", "Kharkiv", "Zaporizhzhia", "Darfur",
        "El Fasher", "Aleppo", "Idlib", "the Bekaa Valley", "Rakhine State", "Goma", "the Donbas",
        "the Black Sea coast", "the Kursk border area", "the northern corridor", "Novaya Zarya", "Ushkent",
        "the Pellin salt flats", "Fort Grenwald", "Stara Brana", "the Ostrog forest", "Krevo junction",
        "the port of Selsk", "Dunmore Heights", "the Amarante highlands", "Ventisca", "the Lorn estuary",
    ]

    static let firstNames: [String] = [
        "Aurel", "Mirela", "Tomasz", "Ingrid", "Kofi", "Leila", "Dmytro", "Anneke", "Rafael", "Suvi",
        "Oksana", "Hamid", "Yelena", "Bastian", "Nadia", "Piotr", "Amara", "Viktor", "Solveig", "Emeka",
        "Catalina", "Jonas", "Farida", "Radek", "Mei", "Teodor", "Zainab", "Luka", "Irina", "Callum",
        "Elif", "Matteo", "Rasa", "Oleksandr", "Beatriz", "Arvid", "Nour", "Stanislav", "Helga", "Kwame",
        "Lucia", "Dragan", "Yusuf", "Marta", "Anselm", "Tamar", "Gideon", "Vesna", "Idris", "Maren",
    ]

    static let surnames: [String] = [
        "Vantic", "Holmqvist", "Ardeleanu", "Okonkwo", "Brennan", "Kowalczyk", "Sidorenko", "Haddad",
        "Marchetti", "Lindqvist", "Mbeki", "Petrescu", "Novak", "Castellanos", "Achterberg", "Rahimi",
        "Zelinska", "Durand", "Tanaka", "Abernathy", "Kovalenko", "Sørlie", "Bakr", "Demir", "Fontaine",
        "Grabowski", "Ilunga", "Jovanovic", "Karlsson", "Lemaire", "Moroz", "Nakashima", "Ortega",
        "Pavlenko", "Quist", "Rostova", "Szabo", "Tkachenko", "Umarov", "Varga", "Wojcik", "Yildiz",
        "Zamora", "Balogun", "Christou", "Dobrev", "Eriksen", "Ferreira", "Gashi", "Horvat", "Ionescu",
        "Jankowski", "Kuznetsov", "Laurent", "Mendes", "Nieminen", "Osei", "Popescu", "Radu", "Savchenko",
    ]

    /// A person's role, written before the name ("Defence Minister Aurel Vantic").
    static let titles: [String] = [
        "Defence Minister", "Foreign Minister", "President", "Prime Minister", "General", "Colonel",
        "army spokesman", "military intelligence chief", "Interior Minister", "border guard commander",
        "regional governor", "UN envoy", "Senator", "Major General", "deputy defence minister",
        "presidential adviser", "navy spokeswoman", "chief of the general staff", "Ambassador",
    ]

    /// Agencies and bodies of a country, written after its adjective or possessive.
    static let nationalBodies: [String] = [
        "military intelligence service", "defence ministry", "foreign ministry", "border guard service",
        "general staff", "interior ministry", "national security council", "emergency service",
        "coast guard", "customs service", "health ministry", "state news agency", "intelligence agency",
    ]

    /// Bodies with names of their own: monitors, think tanks, aid agencies, alliances.
    static let organizations: [String] = [
        "Institute for Strategic Assessment", "Northern Monitoring Mission", "Office for Humanitarian Coordination",
        "Meridian Policy Centre", "Joint Relief Council", "International Refugee Agency", "Amber Watch",
        "Committee for Civilian Protection", "Baltic Conflict Observatory", "Centre for Arms Control Studies",
        "World Food Relief", "Continental Security Alliance", "Harbor Shipping Authority", "Open Skies Monitor",
        "Frontier Research Group", "Council of Eastern States", "Red Lantern Society", "Greywater Analytics",
        "Union of Free Ports", "Task Force Meridian", "Orbital Imaging Initiative", "Civil Defence Network",
        "Lighthouse Human Rights Group", "Southern Relief Consortium", "Atlas Defense Review", "Stratagem Institute",
        "Eastern Border Coalition", "Global Displacement Registry", "Commission on Missing Persons",
    ]

    /// Newspapers, broadcasters and wires.
    static let media: [String] = [
        "the Daily Meridian", "Radio Castellan", "the Harbor Gazette", "Nordwire", "the Evening Courier",
        "Channel Nine Aravel", "the Brenholm Herald", "Tessaly Today", "the Kestrian Tribune", "Voice of Selmaris",
        "the Frontline Dispatch", "Open Wire", "the Valdorian Post", "Telegraf Sud", "the Morning Ledger",
    ]

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// Words 1…19 and tens, for figures written out.
    static let smallNumberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                   "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                   "seventeen", "eighteen", "nineteen"]
    static let tensWords = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
}
