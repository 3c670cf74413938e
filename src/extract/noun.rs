//! The lexicon of counted nouns (`người chết` → `deaths`, `tấn` → `tonnes`), of units of time
//! (`năm`, `hours`), of the words of a toll (`thiệt mạng`, `killed`), and of function words
//! that never name what a figure counts. It must not read figures; the rules do.

use crate::claim::DurationUnit;
use crate::token::{Class, PhraseIndex, Tok, WordSet};

/// The slot of one count of the dead and the missing together.
pub const DEAD_OR_MISSING: &str = "dead or missing";

/// Counted nouns: (words after the figure, slot). Longest match wins.
const NOUNS: &[(&[&str], &str)] = &[
    (&["quân"], "troops"),
    (&["lính"], "troops"),
    (&["binh", "sĩ"], "troops"),
    (&["binh", "sỹ"], "troops"),
    (&["binh", "lính"], "troops"),
    (&["quân", "nhân"], "troops"),
    (&["troops"], "troops"),
    (&["soldiers"], "troops"),
    (&["người", "chết"], "deaths"),
    // Brain death is a patient's state, not a toll ("1 người chết não hiến tạng").
    (&["người", "chết", "não"], "brain-dead"),
    (&["người", "thiệt", "mạng"], "deaths"),
    (&["người", "đã", "thiệt", "mạng"], "deaths"),
    (&["người", "tử", "vong"], "deaths"),
    (&["người", "đã", "tử", "vong"], "deaths"),
    (&["người", "bị", "chết"], "deaths"),
    (&["người", "thương", "vong"], "casualties"),
    // "hàng chục người chết và bị thương": the dead and the hurt, counted together.
    (&["người", "chết", "và", "bị", "thương"], "casualties"),
    (&["người", "chết", "và", "thương"], "casualties"),
    (&["người", "chết", ",", "bị", "thương"], "casualties"),
    (&["ca", "tử", "vong"], "deaths"),
    (&["nạn", "nhân", "thiệt", "mạng"], "deaths"),
    (&["người", "bị", "thương"], "injured"),
    (&["người", "khác", "bị", "thương"], "injured"),
    (&["người", "mất", "tích"], "missing"),
    // One count of the dead and the missing together ("296 người chết, mất tích (155 người
    // chết, 141 người mất tích)"): neither toll alone.
    (&["người", "chết", ",", "mất", "tích"], DEAD_OR_MISSING),
    (&["người", "chết", "và", "mất", "tích"], DEAD_OR_MISSING),
    (&["người", "chết", "hoặc", "mất", "tích"], DEAD_OR_MISSING),
    (
        &["người", "đã", "chết", ",", "mất", "tích"],
        DEAD_OR_MISSING,
    ),
    (
        &["người", "đã", "chết", "và", "mất", "tích"],
        DEAD_OR_MISSING,
    ),
    (
        &["người", "chết", "và", "bị", "mất", "tích"],
        DEAD_OR_MISSING,
    ),
    (&["người", "chết", "/", "mất", "tích"], DEAD_OR_MISSING),
    (
        &["người", "chết", "và", "còn", "mất", "tích"],
        DEAD_OR_MISSING,
    ),
    (
        &["người", "thiệt", "mạng", ",", "mất", "tích"],
        DEAD_OR_MISSING,
    ),
    (
        &["người", "thiệt", "mạng", "và", "mất", "tích"],
        DEAD_OR_MISSING,
    ),
    (
        &["người", "tử", "vong", ",", "mất", "tích"],
        DEAD_OR_MISSING,
    ),
    (
        &["người", "tử", "vong", "và", "mất", "tích"],
        DEAD_OR_MISSING,
    ),
    (&["people", "dead", "or", "missing"], DEAD_OR_MISSING),
    (&["people", "killed", "or", "missing"], DEAD_OR_MISSING),
    (&["people", "missing", "or", "dead"], DEAD_OR_MISSING),
    (&["dead", "or", "missing"], DEAD_OR_MISSING),
    (&["killed", "or", "missing"], DEAD_OR_MISSING),
    (&["missing", "or", "dead"], DEAD_OR_MISSING),
    (&["dead", "and", "missing"], DEAD_OR_MISSING),
    // "at least 79 people are dead/missing".
    (&["people", "dead", "/", "missing"], DEAD_OR_MISSING),
    (&["dead", "/", "missing"], DEAD_OR_MISSING),
    (&["people", "are", "dead", "or", "missing"], DEAD_OR_MISSING),
    (&["people", "are", "dead", "/", "missing"], DEAD_OR_MISSING),
    (
        &["people", "were", "dead", "or", "missing"],
        DEAD_OR_MISSING,
    ),
    (&["are", "dead", "or", "missing"], DEAD_OR_MISSING),
    (&["are", "dead", "/", "missing"], DEAD_OR_MISSING),
    (&["were", "dead", "or", "missing"], DEAD_OR_MISSING),
    (&["người", "biểu", "tình"], "protesters"),
    // Those present at a gathering, however an outlet calls them: "50,000 devotees" and
    // "2.5 lakh people gathered" size one crowd.
    (&["attendees"], "attendees"),
    (&["participants"], "attendees"),
    (&["spectators"], "attendees"),
    (&["devotees"], "attendees"),
    (&["pilgrims"], "attendees"),
    (&["worshippers"], "attendees"),
    (&["khán", "giả"], "attendees"),
    (&["người", "dân"], "people"),
    (&["người"], "people"),
    // A fear is no count: "200 people feared dead" says what may be, not the toll.
    (&["people", "feared", "dead"], FEARED_DEAD),
    (&["feared", "dead"], FEARED_DEAD),
    (&["people", "are", "feared", "dead"], FEARED_DEAD),
    (&["are", "feared", "dead"], FEARED_DEAD),
    (&["people", "were", "feared", "dead"], FEARED_DEAD),
    (&["were", "feared", "dead"], FEARED_DEAD),
    (&["people", "feared", "killed"], FEARED_DEAD),
    (&["feared", "killed"], FEARED_DEAD),
    // "25 people were killed or injured": the dead and the hurt, counted together.
    (&["people", "killed", "or", "injured"], "casualties"),
    (&["people", "killed", "and", "injured"], "casualties"),
    (&["people", "dead", "or", "injured"], "casualties"),
    (&["people", "were", "killed", "or", "injured"], "casualties"),
    (
        &["people", "were", "killed", "and", "injured"],
        "casualties",
    ),
    (&["killed", "or", "injured"], "casualties"),
    (&["dead", "or", "injured"], "casualties"),
    (&["were", "killed", "or", "injured"], "casualties"),
    (&["people", "were", "killed"], "deaths"),
    (&["people", "killed"], "deaths"),
    (&["people", "dead"], "deaths"),
    (&["people", "injured"], "injured"),
    (&["people", "wounded"], "injured"),
    (&["people", "were", "injured"], "injured"),
    (&["people", "were", "wounded"], "injured"),
    (&["people", "were", "hurt"], "injured"),
    (&["people"], "people"),
    // "the second city, with 1.2 million inhabitants": those who live there.
    (&["inhabitants"], POPULATION),
    (&["person"], "people"),
    // Official English: "two persons remain unaccounted for".
    (&["persons"], "people"),
    (&["deaths"], "deaths"),
    // "The fire claimed 29 lives", "40 lives were lost" ("saved 29 lives" is set apart by
    // the rule).
    (&["lives"], "deaths"),
    (&["fatalities"], "deaths"),
    (&["perished"], "deaths"),
    (&["passed", "away"], "deaths"),
    (&["dead"], "deaths"),
    // "15 dead bodies have been recovered": the bodies found so far, not the toll.
    (&["dead", "bodies"], "bodies"),
    (&["injured"], "injured"),
    (&["wounded"], "injured"),
    // "over 900 injuries", "another 57 injuries reported": those injured, counted.
    (&["injuries"], "injured"),
    // "37 non-fatal injuries": the injured who lived, as against the dead.
    (&["non-fatal", "injuries"], "injured"),
    (&["nonfatal", "injuries"], "injured"),
    // Headlines: "Some 640 hurt in explosion at factory".
    (&["hurt"], "injured"),
    // "11 were in critical condition", "22 in critical condition", "3 người nguy kịch": the
    // badly injured (see INJURED_SERIOUSLY).
    (&["in", "critical", "condition"], INJURED_SERIOUSLY),
    (&["were", "in", "critical", "condition"], INJURED_SERIOUSLY),
    (&["are", "in", "critical", "condition"], INJURED_SERIOUSLY),
    (
        &["remain", "in", "critical", "condition"],
        INJURED_SERIOUSLY,
    ),
    (&["in", "serious", "condition"], INJURED_SERIOUSLY),
    (&["were", "in", "serious", "condition"], INJURED_SERIOUSLY),
    (&["are", "in", "serious", "condition"], INJURED_SERIOUSLY),
    (&["remain", "in", "serious", "condition"], INJURED_SERIOUSLY),
    (
        &["people", "in", "critical", "condition"],
        INJURED_SERIOUSLY,
    ),
    (&["people", "in", "serious", "condition"], INJURED_SERIOUSLY),
    (&["người", "nguy", "kịch"], INJURED_SERIOUSLY),
    (&["người", "đang", "nguy", "kịch"], INJURED_SERIOUSLY),
    (
        &["người", "trong", "tình", "trạng", "nguy", "kịch"],
        INJURED_SERIOUSLY,
    ),
    (&["were", "killed"], "deaths"),
    (&["were", "injured"], "injured"),
    (&["were", "wounded"], "injured"),
    (&["were", "hurt"], "injured"),
    (&["got", "injured"], "injured"),
    (&["got", "hurt"], "injured"),
    (&["sustained", "injuries"], "injured"),
    (&["suffered", "injuries"], "injured"),
    (&["sustained", "serious", "injuries"], "injured"),
    (&["suffered", "serious", "injuries"], "injured"),
    (&["sustained", "minor", "injuries"], "injured"),
    (&["suffered", "minor", "injuries"], "injured"),
    // "with three receiving minor injuries".
    (&["receiving", "minor", "injuries"], "injured"),
    (&["received", "minor", "injuries"], "injured"),
    (&["receiving", "injuries"], "injured"),
    (&["received", "injuries"], "injured"),
    (&["got", "killed"], "deaths"),
    (&["died"], "deaths"),
    // Headlines in the present: "2 die, 5 injured in Phoenix shooting".
    (&["die"], "deaths"),
    // Headlines: "At least 24 killed in bus plunge".
    (&["killed"], "deaths"),
    // Headlines: "Seoul mourns over 150 crushed to death" (and the rest of
    // [`KILLED_TO_DEATH`]); "two people shot dead".
    (&["shot", "dead"], "deaths"),
    (&["had", "died"], "deaths"),
    // "six confirmed dead", "164 were confirmed rescued": the confirmation says nothing of
    // what is counted.
    (&["confirmed", "dead"], "deaths"),
    (&["were", "confirmed", "dead"], "deaths"),
    (&["have", "been", "confirmed", "dead"], "deaths"),
    (&["were", "confirmed", "killed"], "deaths"),
    (&["were", "confirmed", "rescued"], "survivors"),
    (&["were", "confirmed", "missing"], "missing"),
    (&["have", "died"], "deaths"),
    (&["has", "died"], "deaths"),
    (&["have", "been", "killed"], "deaths"),
    (&["had", "been", "killed"], "deaths"),
    (&["has", "been", "killed"], "deaths"),
    (&["have", "been", "injured"], "injured"),
    (&["had", "been", "injured"], "injured"),
    (&["have", "been", "wounded"], "injured"),
    (&["had", "been", "wounded"], "injured"),
    (&["have", "been", "hurt"], "injured"),
    (&["had", "been", "hurt"], "injured"),
    (&["missing"], "missing"),
    (&["are", "missing"], "missing"),
    (&["were", "missing"], "missing"),
    (&["remain", "missing"], "missing"),
    (&["remained", "missing"], "missing"),
    (&["remained", "unaccounted", "for"], "missing"),
    (&["remain", "unaccounted"], "missing"),
    (&["remained", "unaccounted"], "missing"),
    (&["remains", "missing"], "missing"),
    (&["still", "missing"], "missing"),
    (&["are", "still", "missing"], "missing"),
    (&["were", "still", "missing"], "missing"),
    (&["remain", "unaccounted", "for"], "missing"),
    (&["unaccounted", "for"], "missing"),
    (&["still", "unaccounted", "for"], "missing"),
    (&["people", "still", "missing"], "missing"),
    (&["people", "missing"], "missing"),
    // Missing and not expected alive: outlets say "6 missing" and "6 presumed dead" of the
    // same people.
    (&["presumed", "dead"], "missing"),
    (&["people", "presumed", "dead"], "missing"),
    (&["are", "presumed", "dead"], "missing"),
    (&["were", "presumed", "dead"], "missing"),
    (&["people", "are", "missing"], "missing"),
    (&["people", "were", "missing"], "missing"),
    // Those who came out alive: outlets count them as survivors, as rescued or as saved
    // ("134 survived", "118 rescued", "127 people survived", "20 người được cứu sống"), one
    // figure however it is put.
    (&["người", "sống", "sót"], "survivors"),
    (&["người", "được", "cứu"], "survivors"),
    (&["người", "được", "cứu", "sống"], "survivors"),
    (&["người", "được", "giải", "cứu"], "survivors"),
    // "4 người đã được cứu sống": with the past marker.
    (&["người", "đã", "được", "cứu"], "survivors"),
    (&["người", "đã", "được", "cứu", "sống"], "survivors"),
    (&["người", "đã", "được", "giải", "cứu"], "survivors"),
    (&["survivors"], "survivors"),
    (&["survived"], "survivors"),
    // Headlines in the present: "Two survive as plane crashes".
    (&["survive"], "survivors"),
    (&["survives"], "survivors"),
    (&["have", "survived"], "survivors"),
    (&["people", "survived"], "survivors"),
    (&["people", "have", "survived"], "survivors"),
    (&["rescued"], "survivors"),
    (&["were", "rescued"], "survivors"),
    // "104 were successfully rescued", "were safely rescued".
    (&["were", "successfully", "rescued"], "survivors"),
    (&["were", "safely", "rescued"], "survivors"),
    (&["have", "been", "safely", "rescued"], "survivors"),
    (&["have", "been", "rescued"], "survivors"),
    (&["had", "been", "rescued"], "survivors"),
    (&["others", "were", "rescued"], "survivors"),
    (&["others", "have", "been", "rescued"], "survivors"),
    (&["others", "had", "been", "rescued"], "survivors"),
    (&["had", "survived"], "survivors"),
    (&["people", "had", "survived"], "survivors"),
    (&["people", "had", "been", "rescued"], "survivors"),
    (&["recovered", "alive"], "survivors"),
    (&["had", "been", "recovered", "alive"], "survivors"),
    (&["have", "been", "recovered", "alive"], "survivors"),
    (
        &["people", "had", "been", "recovered", "alive"],
        "survivors",
    ),
    (&["pulled", "out", "alive"], "survivors"),
    (&["were", "pulled", "out", "alive"], "survivors"),
    (&["people", "were", "pulled", "out", "alive"], "survivors"),
    (&["people", "rescued"], "survivors"),
    (&["people", "were", "rescued"], "survivors"),
    (&["people", "have", "been", "rescued"], "survivors"),
    (&["escaped"], "survivors"),
    (&["people", "escaped"], "survivors"),
    (&["others"], "people"),
    (&["other", "people"], "people"),
    (&["nạn", "nhân"], "victims"),
    // A vote: the ballots for and against are two counts, never one.
    (&["phiếu"], "votes"),
    (&["phiếu", "bầu"], "votes"),
    (&["phiếu", "tán", "thành"], "votes/for"),
    (&["phiếu", "thuận"], "votes/for"),
    (&["phiếu", "ủng", "hộ"], "votes/for"),
    (&["phiếu", "chống"], "votes/against"),
    (&["phiếu", "phản", "đối"], "votes/against"),
    (&["phiếu", "không", "tán", "thành"], "votes/against"),
    (&["votes", "in", "favour"], "votes/for"),
    (&["votes", "in", "favor"], "votes/for"),
    (&["votes", "against"], "votes/against"),
    (&["đại", "biểu"], "deputies"),
    (&["ĐB"], "deputies"),
    // Members of a parliament: the seats a party holds.
    (&["MPs"], "seats"),
    // The dead found so far, a count of its own that grows as the search goes on.
    (&["thi", "thể"], "bodies"),
    // Those on trial, under charge and wronged: "xét xử 38 bị cáo" ("bị" alone is passive,
    // no noun).
    (&["bị", "cáo"], "bị cáo"),
    (&["bị", "can"], "bị can"),
    (&["bị", "hại"], "bị hại"),
    (&["bodies"], "bodies"),
    // A building's height: "a 10-storey building", "10 storeys", "tòa nhà 9 tầng". Floors
    // and deaths are two kinds, never one fact (see STOREYS).
    (&["storeys"], STOREYS),
    (&["stories"], STOREYS),
    (&["floors"], STOREYS),
    (&["tầng"], STOREYS),
    // Levels beside the storeys: "11 tầng, 2 tầng hầm và 1 tầng tum" is eleven storeys,
    // two basements and an attic floor.
    (&["tầng", "hầm"], "basements"),
    (&["basements"], "basements"),
    (&["basement", "levels"], "basements"),
    (&["tầng", "tum"], "tum"),
    (&["tầng", "lửng"], "mezzanines"),
    (&["victims"], "victims"),
    (&["thành", "viên"], "members"),
    (&["quốc", "gia", "thành", "viên"], "member states"),
    (&["members"], "members"),
    (&["quốc", "gia"], "countries"),
    (&["nước"], "countries"),
    (&["countries"], "countries"),
    // What an artist or a team won, and what they were up for: "8 giải thưởng trong tổng số 20
    // đề cử" are two counts, "8 giải thưởng" and "5 cúp vàng" one. (A bare "giải" also opens
    // "giải pháp", solutions.)
    (&["giải", "thưởng"], "awards"),
    (&["cúp"], "awards"),
    // "470 search and rescue workers", "200 rescuers": one crew, however named.
    (&["rescuers"], "rescuers"),
    (&["rescue", "workers"], "rescuers"),
    (&["search", "and", "rescue", "workers"], "rescuers"),
    (&["search", "and", "rescue", "personnel"], "rescuers"),
    (&["awards"], "awards"),
    (&["prizes"], "awards"),
    (&["trophies"], "awards"),
    (&["đề", "cử"], "nominations"),
    (&["nominations"], "nominations"),
    (&["độ", "Richter"], "magnitude"),
    (&["degrees", "on", "the", "Richter", "scale"], "magnitude"),
    (&["độ", "richter"], "magnitude"),
    (&["magnitude"], "magnitude"),
    // "was measured at 7.8 magnitudes".
    (&["magnitudes"], "magnitude"),
    (&["km"], "km"),
    // Indian English: "about 190 kms from Hyderabad".
    (&["kms"], "km"),
    (&["km", "/", "h"], "km/h"),
    (&["km/h"], "km/h"),
    (&["km", "/", "giờ"], "km/h"),
    (&["km", "per", "hour"], "km/h"),
    (&["kilometres", "per", "hour"], "km/h"),
    (&["kilometers", "per", "hour"], "km/h"),
    (&["kph"], "km/h"),
    (&["mph"], "mph"),
    (&["miles", "per", "hour"], "mph"),
    (&["cử", "tri"], "voters"),
    (&["voters"], "voters"),
    (&["hộ", "dân"], "households"),
    (&["hộ", "gia", "đình"], "households"),
    (&["hộ"], "households"),
    (&["ki-lô-mét"], "km"),
    (&["kilômét"], "km"),
    (&["cây", "số"], "km"),
    (&["kilometers"], "km"),
    (&["kilometres"], "km"),
    (&["meters"], "m"),
    (&["metres"], "m"),
    // Singular: "1 mile", and hyphened to the figure, "a 36-ton ferry", "a 200-metre bridge".
    (&["kilometer"], "km"),
    (&["kilometre"], "km"),
    (&["meter"], "m"),
    (&["metre"], "m"),
    (&["mile"], "miles"),
    (&["kilogram"], "kg"),
    (&["ton"], "tonnes"),
    (&["tonne"], "tonnes"),
    (&["hectare"], "ha"),
    (&["litre"], "litres"),
    (&["liter"], "litres"),
    (&["kilograms"], "kg"),
    (&["kilogrammes"], "kg"),
    (&["tonnes"], "tonnes"),
    (&["hectares"], "ha"),
    (&["litres"], "litres"),
    (&["liters"], "litres"),
    (&["miles"], "miles"),
    (&["mét"], "m"),
    (&["m"], "m"),
    (&["ha"], "ha"),
    (&["hecta"], "ha"),
    (&["héc-ta"], "ha"),
    (&["tấn"], "tonnes"),
    (&["tons"], "tonnes"),
    (&["kg"], "kg"),
    (&["đồng"], "money/VND"),
    // "đồng" opens words of fellowship, not money: "27 đồng phạm" are accomplices.
    (&["đồng", "phạm"], "accomplices"),
    (&["đồng", "nghiệp"], "colleagues"),
    (&["đồng", "đội"], "teammates"),
    (&["đồng", "bào"], "compatriots"),
    (&["đồng", "hương"], "compatriots"),
    (&["đồng", "chí"], "comrades"),
    (&["VNĐ"], "money/VND"),
    (&["VND"], "money/VND"),
    (&["USD"], "money/USD"),
    (&["đô", "la"], "money/USD"),
    (&["đô-la"], "money/USD"),
    (&["dollars"], "money/USD"),
    (&["euro"], "money/EUR"),
    (&["euros"], "money/EUR"),
    (&["EUR"], "money/EUR"),
    (&["tuổi"], "age"),
    (&["năm", "tuổi"], "age"),
    (&["won"], "money/KRW"),
    (&["Won"], "money/KRW"),
    (&["yên"], "money/JPY"),
    (&["yen"], "money/JPY"),
    (&["yuan"], "money/CNY"),
    (&["renminbi"], "money/CNY"),
    (&["rupees"], "money/INR"),
    (&["rupee"], "money/INR"),
    (&["roubles"], "money/RUB"),
    (&["rubles"], "money/RUB"),
    (&["basis", "points"], "basis points"),
    (&["nhân", "dân", "tệ"], "money/CNY"),
    (&["NDT"], "money/CNY"),
    (&["bảng", "Anh"], "money/GBP"),
    (&["baht"], "money/THB"),
    (&["rúp"], "money/RUB"),
    (&["ringgit"], "money/MYR"),
    (&["lít"], "litres"),
    (&["cm"], "cm"),
    (&["mm"], "mm"),
    (&["tấn", "hàng"], "tonnes"),
    (&["DWT"], "DWT"),
    (&["%"], "percent"),
    (&["phần", "trăm"], "percent"),
    (&["percent"], "percent"),
    (&["per", "cent"], "percent"),
    // A change of a rate: "raised by 0.75 percentage point", "75 basis points".
    (&["percentage", "point"], "percentage points"),
    (&["percentage", "points"], "percentage points"),
    (&["điểm", "phần", "trăm"], "percentage points"),
    (&["basis", "point"], "basis points"),
    (&["basis", "points"], "basis points"),
    (&["điểm", "cơ", "bản"], "basis points"),
    (&["feet"], "feet"),
    (&["ft"], "feet"),
    (&["mi"], "miles"),
    (&["dặm"], "miles"),
    (&["dặm", "/", "giờ"], "mph"),
    (&["inches"], "inches"),
    (&["inch"], "inches"),
    (&["nautical", "miles"], "nautical miles"),
    (&["nautical", "mile"], "nautical miles"),
    (&["hải", "lý"], "nautical miles"),
    (&["knots"], "knots"),
    (&["hải", "lý", "/", "giờ"], "knots"),
    (&["foot"], "feet"),
    // "rộng khoảng 30 m²": the superscript is the m2 other reports write.
    (&["m²"], "m2"),
    (&["km²"], "km2"),
    (&["m³"], "m3"),
    (&["square", "metres"], "m2"),
    (&["square", "meters"], "m2"),
    (&["sq", ".", "m"], "m2"),
    (&["sq", "m"], "m2"),
    (&["sqm"], "m2"),
    (&["square", "kilometres"], "km2"),
    (&["square", "kilometers"], "km2"),
    (&["square", "miles"], "square miles"),
    (&["acres"], "acres"),
    (&["điểm"], "points"),
    (&["cá", "nhân"], "individuals"),
    (&["ngôi", "nhà"], "houses"),
    (&["căn", "nhà"], "houses"),
    (&["nhà"], "houses"),
    // "nhà" opens a word for people or a trade as often as a house: "35.824 nhà đầu tư" are
    // investors, "40 nhà báo" journalists.
    (&["nhà", "đầu", "tư"], "investors"),
    (&["nhà", "báo"], "journalists"),
    (&["nhà", "khoa", "học"], "scientists"),
    (&["nhà", "nghiên", "cứu"], "researchers"),
    (&["nhà", "ngoại", "giao"], "diplomats"),
    (&["nhà", "thầu"], "contractors"),
    (&["nhà", "sản", "xuất"], "producers"),
    (&["nhà", "tài", "trợ"], "sponsors"),
    (&["nhà", "văn"], "writers"),
    (&["nhà", "máy"], "factories"),
    (&["nhà", "hàng"], "restaurants"),
    (&["xe"], "vehicles"),
    (&["ô", "tô"], "vehicles"),
    // "khoảng 10 ôtô": the same word written as one; "10 phương tiện" (means of transport)
    // counts the same vehicles.
    (&["ôtô"], "vehicles"),
    (&["phương", "tiện"], "vehicles"),
    (&["chiếc", "xe"], "vehicles"),
    // Kinds of vehicle: a truck that crashed is not the motorbikes around it.
    (&["xe", "máy"], "motorbikes"),
    (&["chiếc", "xe", "máy"], "motorbikes"),
    (&["xe", "mô", "tô"], "motorbikes"),
    (&["motorbikes"], "motorbikes"),
    (&["xe", "tải"], "trucks"),
    (&["chiếc", "xe", "tải"], "trucks"),
    (&["trucks"], "trucks"),
    (&["xe", "khách"], "coaches"),
    (&["chiếc", "xe", "khách"], "coaches"),
    (&["xe", "buýt"], "buses"),
    (&["buses"], "buses"),
    (&["máy", "bay"], "aircraft"),
    (&["chiếc", "máy", "bay"], "aircraft"),
    (&["tàu"], "ships"),
    (&["tên", "lửa"], "missiles"),
    (&["quả", "tên", "lửa"], "missiles"),
    (&["hành", "khách"], "passengers"),
    (&["passengers"], "passengers"),
    // "10 foreigners", "15 foreign nationals", "3 người nước ngoài": one count however put.
    (&["foreigners"], "foreigners"),
    (&["foreign", "nationals"], "foreigners"),
    (&["foreign", "citizens"], "foreigners"),
    (&["người", "nước", "ngoài"], "foreigners"),
    (&["thuyền", "viên"], "crew"),
    (&["crew"], "crew"),
    (&["crew", "members"], "crew"),
    (&["crewmembers"], "crew"),
    // Everyone on board, a whole of which the passengers are a part: "189 passengers and crew".
    // ("66 people on board" stays people: other outlets write "chở 66 người".)
    (&["passengers", "and", "crew"], "aboard"),
    (&["people", "aboard"], "aboard"),
    (&["people", "on", "board"], "aboard"),
    (&["people", "onboard"], "aboard"),
    // "around 250,000 left homeless".
    (&["homeless"], "homeless"),
    (&["left", "homeless"], "homeless"),
    // "has left more than 30,000 people homeless".
    (&["people", "homeless"], "homeless"),
    // "killing all 157 on board": the people go without saying.
    (&["on", "board"], "aboard"),
    // "and at least 38 on the ground": people where a craft came down.
    (&["on", "the", "ground"], "people"),
    (&["aboard"], "aboard"),
    (&["onboard"], "aboard"),
    (&["passengers", "and", "crew", "members"], "aboard"),
    (&["hành", "khách", "và", "thuyền", "viên"], "aboard"),
    (&["hành", "khách", "và", "phi", "hành", "đoàn"], "aboard"),
    (&["hành", "khách", "và", "thủy", "thủ", "đoàn"], "aboard"),
    (&["học", "sinh"], "students"),
    (&["children"], "children"),
    (&["bên"], "parties"),
    (&["cuộc", "họp"], "meetings"),
    (&["cuộc", "điện", "đàm"], "calls"),
    (&["vụ"], "incidents"),
    // Counts of quakes, and of the aftershocks that follow one, in either language.
    (&["trận", "động", "đất"], "quakes"),
    (&["động", "đất"], "quakes"),
    (&["earthquakes"], "quakes"),
    (&["quakes"], "quakes"),
    (&["trận", "dư", "chấn"], "aftershocks"),
    (&["dư", "chấn"], "aftershocks"),
    (&["aftershocks"], "aftershocks"),
    (&["ca", "nhiễm"], "infections"),
    (&["ca", "mắc"], "infections"),
    (&["ca"], "cases"),
    (&["độ", "C"], "°C"),
    (&["degrees", "Celsius"], "°C"),
    (&["degrees", "C"], "°C"),
    (&["°", "C"], "°C"),
    (&["°", "F"], "°F"),
    (&["degrees", "Fahrenheit"], "°F"),
    (&["degrees", "F"], "°F"),
    (&["lần"], "times"),
];

/// How people were killed, right after their count ("Six stabbed to death") or as a count's
/// outcome ("Six people have been stabbed to death"): a phrase of both the noun lexicon and
/// the tolls.
const KILLED_TO_DEATH: &[(&[&str], &str)] = &[
    (&["crushed", "to", "death"], "deaths"),
    (&["trampled", "to", "death"], "deaths"),
    (&["burned", "to", "death"], "deaths"),
    (&["burnt", "to", "death"], "deaths"),
    (&["stabbed", "to", "death"], "deaths"),
    (&["hacked", "to", "death"], "deaths"),
    (&["beaten", "to", "death"], "deaths"),
    (&["shot", "to", "death"], "deaths"),
];

/// Whether a slot name comes from the noun lexicon (not an unknown noun taken as written).
pub fn is_known_slot(slot: &str) -> bool {
    static KNOWN: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
        std::sync::LazyLock::new(|| {
            NOUNS
                .iter()
                .filter_map(|(_, s)| s.split('/').next())
                .collect()
        });
    KNOWN.contains(slot)
}

/// Slot heads that count people: the lexicon's heads of people (`victims`, `crew`) and the
/// common words for people a figure counts in Vietnamese and English news, written as they stand
/// before any `/` ("học sinh", "đối tượng", "workers"); words after a classifier ("cậu bé",
/// "tên cướp") are [`PEOPLE_CLASSIFIERS`]' business. Ordinary dictionary senses, no story's
/// words: what tells "2 cậu bé" against "5 học sinh" (two words for people) from "2 trang
/// trại" against "20 khoang chứa" (two things) and from "hai đối tượng" against "1 ngón tay".
const PEOPLE_HEADS: &[&str] = &[
    // The lexicon's heads.
    "people",
    "deaths",
    "injured",
    "missing",
    "casualties",
    "victims",
    "survivors",
    "bodies",
    "brain-dead",
    DEAD_OR_MISSING,
    FEARED_DEAD,
    "troops",
    "aboard",
    "attendees",
    "rescuers",
    "foreigners",
    "crew",
    "voters",
    "passengers",
    "members",
    "homeless",
    "deputies",
    "compatriots",
    "writers",
    "teammates",
    "students",
    "sponsors",
    "scientists",
    "researchers",
    "protesters",
    "producers",
    "journalists",
    "investors",
    "individuals",
    "diplomats",
    "contractors",
    "comrades",
    "colleagues",
    "children",
    "accomplices",
    // Vietnamese words for people.
    "người",
    "nạn nhân",
    "đối tượng",
    "nghi can",
    "nghi phạm",
    "bị can",
    "bị cáo",
    "bị hại",
    "phạm nhân",
    "tù nhân",
    "con tin",
    "học sinh",
    "nữ sinh",
    "nam sinh",
    "sinh viên",
    "thí sinh",
    "giáo viên",
    "em",
    "bé",
    "cháu",
    "đứa trẻ",
    "trẻ",
    "trẻ em",
    "thiếu niên",
    "thanh niên",
    "con trai",
    "con gái",
    "phụ nữ",
    "đàn ông",
    "vợ chồng",
    "công nhân",
    "nhân viên",
    "lao động",
    "ngư dân",
    "nông dân",
    "thuyền viên",
    "thợ",
    "thợ lặn",
    "thợ mỏ",
    "tài xế",
    "hành khách",
    "khách",
    "du khách",
    "cư dân",
    "công dân",
    "cán bộ",
    "công an",
    "chiến sĩ",
    "sĩ quan",
    "cảnh sát",
    "quan chức",
    "lãnh đạo",
    "đại biểu",
    "ứng viên",
    "thành viên",
    "tổ viên",
    "đảng viên",
    "bệnh nhân",
    "bác sĩ",
    "y tá",
    "phóng viên",
    "nhà báo",
    "cầu thủ",
    "vận động viên",
    "ca sĩ",
    "diễn viên",
    "nghệ sĩ",
    "nguyên thủ",
    "bộ trưởng",
    "thứ trưởng",
    "nghị sĩ",
    "chuyên gia",
    "nhà khoa học",
    "kỹ sư",
    "luật sư",
    "thẩm phán",
    "quan khách",
    "khán giả",
    "cổ động viên",
    "người hâm mộ",
    "tình nguyện viên",
    "người dân",
    "học viên",
    "trẻ nhỏ",
    // English words for people.
    "men",
    "women",
    "boys",
    "girls",
    "kids",
    "adults",
    "pupils",
    "workers",
    "employees",
    "staff",
    "fishermen",
    "miners",
    "divers",
    "climbers",
    "pilgrims",
    "tourists",
    "visitors",
    "guests",
    "residents",
    "villagers",
    "citizens",
    "civilians",
    "migrants",
    "refugees",
    "hostages",
    "prisoners",
    "inmates",
    "suspects",
    "gunmen",
    "militants",
    "officers",
    "police",
    "policemen",
    "firefighters",
    "officials",
    "patients",
    "doctors",
    "nurses",
    "teachers",
    "players",
    "fans",
    "spectators",
    "worshippers",
    "experts",
    "ministers",
    "lawmakers",
    "senators",
    "delegates",
    "judges",
    "lawyers",
    "engineers",
    "volunteers",
    "athletes",
];

/// Vietnamese classifiers and words of address that put what follows among people ("vị
/// khách", "tên cướp", "người đàn ông", "cô gái", "chàng trai"); `con` is left out, it also
/// counts animals ("con voi").
const PEOPLE_CLASSIFIERS: &[&str] = &[
    "người", "vị", "tên", "em", "cháu", "bé", "cậu", "chàng", "ông", "bà", "anh", "chị", "thằng",
    "đứa", "cụ", "cô",
];

/// Whether a slot head counts people: one of [`PEOPLE_HEADS`], or a word after one of the
/// [`PEOPLE_CLASSIFIERS`].
pub fn counts_people(head: &str) -> bool {
    static HEADS: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
        std::sync::LazyLock::new(|| PEOPLE_HEADS.iter().copied().collect());
    HEADS.contains(head)
        || head
            .split_once(' ')
            .is_some_and(|(first, _)| PEOPLE_CLASSIFIERS.contains(&first))
}

/// Words that introduce the parts after them ("10 people, including 3 children", "trong đó
/// 1 người", "of whom") and say nothing of a figure before them.
pub const PART_INTRODUCERS: &[&[&str]] = &[
    &["trong", "đó"],
    &["of", "whom"],
    &["of", "which"],
    &["including"],
];

/// Units of measure by family, with the factor to the family's base unit: 5 tấn and
/// 5.000 kg are one figure.
pub const UNITS: &[(&str, &str, f64)] = &[
    ("kg", "mass", 1.0),
    ("tonnes", "mass", 1000.0),
    ("m", "length", 1.0),
    ("km", "length", 1000.0),
    ("cm", "length", 0.01),
    ("mm", "length", 0.001),
    ("miles", "length", 1609.344),
    ("feet", "length", 0.3048),
    ("square miles", "area", 2_589_988.110_336),
    ("acres", "area", 4_046.856_422_4),
    ("mph", "speed", 1.609_344),
    ("inches", "length", 0.0254),
    ("nautical miles", "length", 1852.0),
    ("knots", "speed", 1.852),
    ("ha", "area", 10_000.0),
    ("m2", "area", 1.0),
    ("km2", "area", 1_000_000.0),
    ("m3", "volume", 1.0),
    ("litres", "volume", 0.001),
    ("km/h", "speed", 1.0),
    ("°C", "temperature", 1.0),
    // Fahrenheit is no multiple of Celsius: the align stage shifts it as well as scaling it.
    ("°F", "temperature", 1.0),
    ("magnitude", "magnitude", 1.0),
    ("DWT", "tonnage", 1.0),
    ("percent", "percent", 1.0),
    ("percentage points", "rate change", 1.0),
    ("basis points", "rate change", 0.01),
];

/// Units of the imperial (and nautical) system: a figure in them was often converted by the writer, and
/// rounded ("70 miles (115 kilometres)", "a 50-foot (15-meter) ravine").
pub const IMPERIAL_UNITS: &[&str] = &[
    "°F",
    "miles",
    "feet",
    "inches",
    "square miles",
    "acres",
    "mph",
    "nautical miles",
    "knots",
];

/// The unit a slot is counted in, when it is one of [`UNITS`]: (unit, measure, factor).
pub fn unit_of(slot: &str) -> Option<(&'static str, &'static str, f64)> {
    let head = slot_head(slot);
    UNITS.iter().find(|u| u.0 == head).copied()
}

/// The head of a slot, before its first '/' ("feet/height": "feet"), a unit written with a
/// slash kept whole ("km/h/max": "km/h", a speed, not kilometres).
pub fn slot_head(slot: &str) -> &str {
    const SLASHED_UNITS: &[&str] = &["km/h"];
    SLASHED_UNITS
        .iter()
        .find(|u| {
            slot.strip_prefix(**u)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
        })
        .map_or_else(
            || slot.split('/').next().unwrap_or(slot),
            |u| &slot[..u.len()],
        )
}

/// The measure a slot's unit measures ("km" and "miles": length), when it is a unit.
pub fn measure_of(slot: &str) -> Option<&'static str> {
    unit_of(slot).map(|u| u.1)
}

/// Units a figure may be hyphened to in English ("a 36-ton ferry", "a 7.8-magnitude quake"):
/// the figure measures what follows, as `36 tons` would.
pub fn is_measure(slot: &str) -> bool {
    matches!(
        slot,
        "km" | "m" | "miles" | "feet" | "inches" | "kg" | "tonnes" | "ha" | "litres" | "magnitude"
    )
}

/// The slot of those killed where it happened ("17 died at the scene", "3 người chết tại
/// chỗ"): a part of the death toll (the rest died later, in hospital), set against the same
/// part in another outlet, not against the whole toll.
pub const DEATHS_AT_SCENE: &str = "deaths/at the scene";

/// The slots of the injured told by how badly ("4 người bị thương nặng", "20 people seriously
/// injured", "3 người bị thương nhẹ"): parts of the injured, each set against the same part.
pub const INJURED_SERIOUSLY: &str = "injured/seriously";
pub const INJURED_LIGHTLY: &str = "injured/lightly";

/// The slot of the injured who died later ("1 người bị thương nặng ... nhưng không qua
/// khỏi"): a part of the death toll, set against the same part only.
pub const DEATHS_LATER: &str = "deaths/later";

/// Words after a death toll that place the deaths where it happened.
pub const AT_SCENE: &[&[&str]] = &[
    &["at", "the", "scene"],
    &["on", "the", "spot"],
    &["on", "site"],
    &["tại", "chỗ"],
    &["ngay", "tại", "chỗ"],
    &["tại", "hiện", "trường"],
    &["ngay", "tại", "hiện", "trường"],
    // "16 pupils died at school while one more died en route to the hospital".
    &["at", "school"],
    &["at", "the", "school"],
];

/// The slot of those feared dead ("200 people feared dead", "it is feared more than 200 could
/// be dead"): what may be, never set against a toll.
pub const FEARED_DEAD: &str = "feared dead";

/// The slot of a building's height in floors ("a three-storey building", "a 3-story block").
pub const STOREYS: &str = "storeys";

/// Whether a word hyphened to a figure counts a building's floors ("storey", "story").
pub fn is_storeys(word: &str) -> bool {
    ["storey", "story", "floor", "storeyed", "storied"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

/// The unit a part of a hyphened word names ("kilometre" of "one-kilometre", "foot" of
/// "65-foot-deep"), read as a token of its own cut from `within`.
pub fn measure_word(part: &str, within: &Tok) -> Option<&'static str> {
    if is_storeys(part) {
        return Some(STOREYS);
    }
    let tok = Tok {
        s: part,
        key: crate::token::fold_hash(part),
        ..*within
    };
    noun_at(std::slice::from_ref(&tok), 0)
        .map(|(slot, _)| slot)
        .filter(|slot| is_measure(slot))
}

/// The counted noun at `j`: (slot, tokens taken).
pub fn noun_at(toks: &[Tok], j: usize) -> Option<(&'static str, usize)> {
    static INDEX: std::sync::LazyLock<PhraseIndex<&'static str>> =
        std::sync::LazyLock::new(|| PhraseIndex::new(NOUNS.iter().chain(KILLED_TO_DEATH).copied()));
    INDEX.longest_at(toks, j, false)
}

/// The slot of an English singular noun at `j` whose plural [`NOUNS`] holds: "one passenger",
/// "one victim" count passengers and victims. Only a count of one takes the singular ("two
/// passenger trains" count trains); not a Vietnamese syllable written without marks.
pub fn singular_noun_at(toks: &[Tok], j: usize) -> Option<(&'static str, usize)> {
    let t = toks.get(j)?;
    let slot = (t.is_lower_word() && t.s.is_ascii())
        .then(|| SINGULARS.get(t.s))
        .flatten()?;
    (!super::syllable::is_vietnamese_token(t)).then_some((*slot, 1))
}

/// The singular of each English plural noun of one word in [`NOUNS`], with its slot
/// ("passenger" → passengers, "child" → children, "body" → bodies).
static SINGULARS: std::sync::LazyLock<std::collections::HashMap<String, &'static str>> =
    std::sync::LazyLock::new(|| {
        let mut out = std::collections::HashMap::new();
        for (words, slot) in NOUNS {
            let [plural] = words else { continue };
            // "other" and "live" are no nouns of what is counted.
            if !plural.is_ascii() || ["others", "lives"].contains(plural) {
                continue;
            }
            if let Some(one) = english_singular(plural) {
                out.entry(one).or_insert(*slot);
            }
        }
        out
    });

/// The singular of an English plural noun, or `None` for a word that is not one.
fn english_singular(plural: &str) -> Option<String> {
    if plural == "children" {
        return Some("child".to_string());
    }
    if let Some(stem) = plural.strip_suffix("ies") {
        return (stem.len() >= 2).then(|| format!("{stem}y"));
    }
    // "inches": the plural's "es" after a sibilant.
    if plural.ends_with("ches") || plural.ends_with("shes") {
        return Some(plural[..plural.len() - 2].to_string());
    }
    let stem = plural.strip_suffix('s')?;
    (stem.len() >= 3 && !stem.ends_with('s')).then(|| stem.to_string())
}

/// Words after a figure that never name what it counts.
const FUNCTION_WORDS: &[&str] = &[
    "và",
    "với",
    "của",
    "là",
    "trong",
    "từ",
    "đến",
    "tới",
    // "Năm ngoái", "Năm nay", "Năm qua": a sentence's first "năm" before them is the year
    // (last, this, the past), not five.
    "ngoái",
    "nay",
    "qua",
    "cho",
    "có",
    "được",
    "bị",
    "đã",
    "sẽ",
    "thì",
    "mà",
    "nhưng",
    "hay",
    "hoặc",
    "này",
    "đó",
    "khi",
    "để",
    "vì",
    "do",
    "tại",
    "ở",
    "về",
    "theo",
    "như",
    "trên",
    "dưới",
    "sau",
    "trước",
    "giữa",
    "so",
    "rạng",
    "cũng",
    "đều",
    "vẫn",
    "đang",
    "chỉ",
    "mới",
    "rất",
    "còn",
    "lại",
    // Parts, not nouns: "ghi thêm 1 bàn nữa", "3 con khác".
    "nữa",
    "khác",
    "không",
    "chưa",
    // "phòng 204, 206 rồi cháy lên tầng 3": "then", after a room's number, counts nothing.
    "rồi",
    // "xe ô tô 4 chỗ khiến 2 người tử vong": a verb of causing opens what followed.
    "khiến",
    "gây",
    "mình",
    "tôi",
    "họ",
    "nó",
    "chúng",
    "and",
    "or",
    "of",
    "to",
    "in",
    "on",
    "at",
    "with",
    "the",
    "a",
    "for",
    "by",
    "from",
    "are",
    "is",
    "was",
    "were",
    "have",
    "has",
    "had",
    "be",
    "been",
    "will",
    "would",
    "who",
    "that",
    "which",
    "last",
    "next",
    "this",
    "these",
    "those",
    "ago",
    "each",
    "every",
    "since",
    "after",
    "before",
    "during",
    "into",
    "as",
    "than",
    "also",
    "yesterday",
    "today",
    "including",
    "among",
    "more",
    "when",
    "while",
    "but",
    "if",
    "because",
    "per",
    "out",
    // "Taiwan evacuates 3,000 ahead of typhoon".
    "ahead",
    // "revised the toll from 79 following an overnight count": when, not what is counted.
    "following",
    "amid",
    "despite",
    // "injuring six inside a nightclub": where, not what is counted.
    "inside",
    "outside",
    "it",
    "they",
    "he",
    "she",
    "we",
    // "kills 62 not 162", "2 then 3": words of negation, order and place say nothing counted.
    "not",
    "only",
    "then",
    "there",
    "here",
    "now",
    "so",
    "yet",
    "still",
    "again",
    "instead",
    "too",
    "even",
    "just",
    "against",
    "until",
    "through",
    "via",
    "what",
    "where",
    "whom",
    "whose",
    "how",
    "why",
];

/// Whether a word reads as an English plural noun ("worshippers", "pilgrims"): what a figure
/// before it counts, when the lexicon does not know it.
pub fn is_english_plural(t: &Tok) -> bool {
    t.s.is_ascii() && t.s.len() > 3 && t.s.ends_with('s')
}

/// Whether a word is an English plural, counting the plurals of people that do not end in -s
/// ("97 of them women", "five to six men"). Not for reading compounds: "two women teachers"
/// counts teachers.
pub fn is_english_plural_count(t: &Tok) -> bool {
    const IRREGULAR: &[&str] = &[
        "men",
        "women",
        "children",
        "people",
        "gunmen",
        "firemen",
        "policemen",
        "fishermen",
        "crewmen",
        "servicemen",
    ];
    is_english_plural(t) || IRREGULAR.contains(&t.s)
}

/// An English plural the lexicon does not know, in lower case and no function word
/// ("pilgrims", "teachers"): what a figure before it counts, as written.
pub fn is_plural_as_written(t: &Tok) -> bool {
    t.is_lower_word() && is_english_plural_count(t) && !is_function_word(t)
}

/// Whether a word is a function word (never what a figure counts).
pub fn is_function_word(t: &Tok) -> bool {
    FUNCTION.contains(t)
}

pub static FUNCTION: std::sync::LazyLock<WordSet> =
    std::sync::LazyLock::new(|| WordSet::new(FUNCTION_WORDS.iter().copied()));

/// Words of a toll (died, injured, missing) and the toll they name.
const TOLLS: &[(&[&str], &str)] = &[
    (&["thiệt", "mạng"], "deaths"),
    (&["tử", "vong"], "deaths"),
    (&["chết"], "deaths"),
    (&["bị", "thương"], "injured"),
    // "7 người đã bị thương vong do sét đánh": the dead and the hurt, counted together.
    (&["thương", "vong"], "casualties"),
    (&["bị", "thương", "vong"], "casualties"),
    (&["chết", "và", "bị", "thương"], "casualties"),
    (&["killed", "or", "injured"], "casualties"),
    (&["killed", "and", "injured"], "casualties"),
    (&["killed", "or", "wounded"], "casualties"),
    (&["killed", "and", "wounded"], "casualties"),
    (&["dead", "or", "injured"], "casualties"),
    (&["dead", "and", "injured"], "casualties"),
    (&["dead", "or", "wounded"], "casualties"),
    (&["mất", "tích"], "missing"),
    // "4 công an hy sinh": police or soldiers killed on duty.
    (&["hy", "sinh"], "deaths"),
    (&["trọng", "thương"], INJURED_SERIOUSLY),
    (&["bị", "trọng", "thương"], INJURED_SERIOUSLY),
    // "16 người đa chấn thương", "3 người bị chấn thương sọ não".
    (&["chấn", "thương"], "injured"),
    // "14 người chưa tìm được": not yet found, as "yet to be found".
    (&["chưa", "tìm", "được"], "missing"),
    (&["chưa", "tìm", "thấy"], "missing"),
    (&["chưa", "được", "tìm", "thấy"], "missing"),
    (&["died"], "deaths"),
    // Headlines in the present: "145 temple pilgrims die in stampede".
    (&["die"], "deaths"),
    (&["dies"], "deaths"),
    (&["dead"], "deaths"),
    // "Five people fatally injured in the blaze": injured to death.
    (&["fatally", "injured"], "deaths"),
    (&["fatally", "wounded"], "deaths"),
    (&["killed"], "deaths"),
    (&["perished"], "deaths"),
    (&["passed", "away"], "deaths"),
    (&["drowned"], "deaths"),
    // "three others succumbed to their injuries on way to hospital".
    (&["succumbed"], "deaths"),
    (&["succumb"], "deaths"),
    (&["lost", "their", "lives"], "deaths"),
    (&["lost", "their", "life"], "deaths"),
    // Not "shot dead" alone: "two officers shot dead the gunman" counts the shooters.
    (&["were", "shot", "dead"], "deaths"),
    (&["been", "shot", "dead"], "deaths"),
    (&["were", "gunned", "down"], "deaths"),
    (&["been", "gunned", "down"], "deaths"),
    (&["injured"], "injured"),
    (&["wounded"], "injured"),
    (&["hurt"], "injured"),
    (&["sustained", "injuries"], "injured"),
    (&["suffered", "injuries"], "injured"),
    // "rose to 121 with 28 people sustaining injuries", "sustained serious injuries".
    (&["sustaining", "injuries"], "injured"),
    (&["suffering", "injuries"], "injured"),
    (&["sustained", "serious", "injuries"], "injured"),
    (&["suffered", "serious", "injuries"], "injured"),
    (&["sustained", "minor", "injuries"], "injured"),
    (&["suffered", "minor", "injuries"], "injured"),
    (&["missing"], "missing"),
    // "169 passengers still unaccounted for" (or "unaccounted-for").
    (&["unaccounted"], "missing"),
    (&["unaccounted-for"], "missing"),
    (&["presumed", "dead"], "missing"),
    (&["yet", "to", "be", "traced"], "missing"),
    (&["yet", "to", "be", "found"], "missing"),
    (&["presumed", "to", "be", "dead"], "missing"),
    (&["presumed", "to", "have", "died"], "missing"),
    // Those who came out alive, as the lexicon's nouns count them ("44 passengers were
    // rescued", "20 fishermen survived").
    (&["rescued"], "survivors"),
    (&["survived"], "survivors"),
    // Headlines in the present: "2 of 181 survive".
    (&["survive"], "survivors"),
    (&["survives"], "survivors"),
    // Death escaped is no death: "hàng chục người đi đường thoát chết", "suýt chết", "nearly
    // died". Only a scan forward from the figure (outcome_ahead) meets the longer phrase before
    // its last word; the backward scans (toll_before, besides_another_toll) still read "chết".
    (&["thoát", "chết"], "survivors"),
    (&["suýt", "chết"], "survivors"),
    (&["thoát", "nạn"], "survivors"),
    (&["nearly", "died"], "survivors"),
    (&["almost", "died"], "survivors"),
];

static TOLL_INDEX: std::sync::LazyLock<PhraseIndex<&'static str>> =
    std::sync::LazyLock::new(|| PhraseIndex::new(TOLLS.iter().chain(KILLED_TO_DEATH).copied()));

/// The toll a word or phrase at `k` names ("thiệt mạng", "killed"), if any.
pub fn toll_at(toks: &[Tok], k: usize) -> Option<&'static str> {
    toll_phrase_at(toks, k).map(|(slot, _)| slot)
}

/// [`toll_at`] with the phrase's length in tokens.
pub fn toll_phrase_at(toks: &[Tok], k: usize) -> Option<(&'static str, usize)> {
    TOLL_INDEX.longest_at(toks, k, false)
}

/// How many live in a place: "a population of 90,000", "home to 90,000 people", "dân số khoảng
/// 45 triệu người". Two outlets' figures of one town's population are one fact.
pub const POPULATION: &str = "population";

/// Phrases right before a count that make it a population.
const POPULATION_PHRASES: &[(&[&str], &str)] = &[
    (&["population", "of"], POPULATION),
    (&["populations", "of"], POPULATION),
    (&["home", "to"], POPULATION),
    // "a community of 125,000 people", "a town of 5,000 residents" (with their own noun,
    // only people, residents or inhabitants: "a country of 1,000 islands" counts islands).
    (&["community", "of"], POPULATION),
    (&["city", "of"], POPULATION),
    (&["town", "of"], POPULATION),
    (&["village", "of"], POPULATION),
    (&["dân", "số"], POPULATION),
    (&["dân", "số", "là"], POPULATION),
];

/// Whether the people counted from token `at` are a place's population ("home to roughly
/// 4,600–4,800 people"): a phrase of [`POPULATION_PHRASES`] ends right before it, or before a
/// qualifier before it.
pub fn population_before(toks: &[Tok], at: usize) -> bool {
    const QUALIFIERS: &[&str] = &[
        "about",
        "around",
        "roughly",
        "some",
        "nearly",
        "almost",
        "approximately",
        "over",
        "more",
        "khoảng",
        "gần",
        "hơn",
        "chừng",
    ];
    let ends_before = |k: usize| crate::token::phrase_before(&POPULATION_BEFORE, toks, k).is_some();
    ends_before(at) || (at >= 1 && toks[at - 1].is_any(QUALIFIERS) && ends_before(at - 1))
}

/// [`POPULATION_PHRASES`] as read right before a count.
pub static POPULATION_BEFORE: std::sync::LazyLock<crate::token::PhrasesBefore> =
    std::sync::LazyLock::new(|| crate::token::PhrasesBefore::new(POPULATION_PHRASES));

/// A toll named a few words before `at` in its clause ("17 trẻ thiệt mạng trong độ tuổi từ
/// 5-12"): whose ages a range gives.
pub fn toll_before(toks: &[Tok], at: usize, reach: usize) -> Option<&'static str> {
    (at.saturating_sub(reach)..at)
        .rev()
        .take_while(|&k| toks[k].class != Class::Punct || toks[k].is_punct(','))
        .find_map(|k| toll_at(toks, k))
}

/// A toll right after its clause's subject ("Các nạn nhân thiệt mạng trong vụ tai nạn thương
/// tâm này đều trong độ tuổi từ 5 - 12"), however far the clause runs on before `at`.
pub fn toll_of_clause_subject(toks: &[Tok], at: usize) -> Option<&'static str> {
    // The subject's noun and the toll after it: "các nạn nhân thiệt mạng".
    const SUBJECT_WORDS: usize = 5;
    let start = (0..at)
        .rev()
        .find(|&k| toks[k].class == Class::Punct)
        .map_or(0, |k| k + 1);
    (start..(start + SUBJECT_WORDS).min(at)).find_map(|k| toll_at(toks, k))
}

/// Words that name a unit of time: a length of time's unit, and what a range of years or
/// days measures.
pub const TIME_UNITS: &[(&str, DurationUnit)] = &[
    ("phút", DurationUnit::Minute),
    ("giờ", DurationUnit::Hour),
    ("tiếng", DurationUnit::Hour),
    ("ngày", DurationUnit::Day),
    ("tuần", DurationUnit::Week),
    ("tháng", DurationUnit::Month),
    ("năm", DurationUnit::Year),
    ("minute", DurationUnit::Minute),
    ("minutes", DurationUnit::Minute),
    ("hour", DurationUnit::Hour),
    ("hours", DurationUnit::Hour),
    ("day", DurationUnit::Day),
    ("days", DurationUnit::Day),
    ("week", DurationUnit::Week),
    ("weeks", DurationUnit::Week),
    ("month", DurationUnit::Month),
    ("months", DurationUnit::Month),
    ("year", DurationUnit::Year),
    ("years", DurationUnit::Year),
    // Last: seldom a unit, and looked up after every other.
    ("giây", DurationUnit::Second),
    ("second", DurationUnit::Second),
    ("seconds", DurationUnit::Second),
];

/// The unit of time a word names ([`TIME_UNITS`]).
pub fn time_unit(t: &Tok) -> Option<DurationUnit> {
    static WORDS: std::sync::LazyLock<WordSet> =
        std::sync::LazyLock::new(|| WordSet::new(TIME_UNITS.iter().map(|(w, _)| *w)));
    if t.class != Class::Word || !WORDS.contains(t) {
        return None;
    }
    TIME_UNITS.iter().find(|(w, _)| t.is(w)).map(|&(_, u)| u)
}

/// A quake's magnitude in Vietnamese named before the figure ("có độ lớn 3.3", "cường độ 4,5
/// độ richter") or by a bare "độ" after it in a sentence about a quake ("mạnh 5.0 độ"), where
/// the "độ" is no degree of heat (slot, tokens taken after the figure).
pub fn vietnamese_magnitude(
    toks: &[Tok],
    first: usize,
    end: usize,
) -> Option<(&'static str, usize)> {
    let degree = toks.get(end).is_some_and(|t| t.is("độ"));
    let richter = degree && toks.get(end + 1).is_some_and(|t| t.is("richter"));
    let taken = usize::from(degree) + usize::from(richter);
    let named_before = first >= 2
        && ((toks[first - 2].is("độ") && toks[first - 1].is("lớn"))
            || (toks[first - 2].is("cường") && toks[first - 1].is("độ")));
    if named_before {
        return Some(("magnitude", taken));
    }
    let of_a_quake = || {
        toks.windows(2).any(|w| {
            (w[0].is("động") && w[1].is("đất")) || (w[0].is_any(&["rung", "dư"]) && w[1].is("chấn"))
        })
    };
    (degree && !richter && of_a_quake()).then_some(("magnitude", 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_that_count_people_are_told_from_heads_that_count_things() {
        for head in [
            "học sinh",
            "cậu bé",
            "vị khách",
            "tên cướp",
            "người đàn ông",
            "cô gái",
            "victims",
            "workers",
            "troops",
            "nguyên thủ",
            "chuyên gia",
            "experts",
            "ministers",
        ] {
            assert!(counts_people(head), "{head:?} counts people");
        }
        for head in [
            "trang trại",
            "khoang chứa",
            "ngón tay",
            "con voi",
            "nhà máy",
            "vehicles",
            "houses",
            "percent",
            "kg",
        ] {
            assert!(!counts_people(head), "{head:?} counts no people");
        }
    }
}
