//! Proper names as written, for spelling variants across outlets: people named after a title
//! or role (`ông Trần Hữu Trung`, `bé Nam`, `đạo diễn Vĩnh Khương`, `Chủ tịch CLB Ian
//! Bankier`), Vietnamese full names (`Nguyễn Văn Toán`), names followed by an age or birth year
//! (`Hồ Lĩnh (SN 1999)`), and foreign names, recognised because a word cannot be a Vietnamese
//! syllable (`Natalie Tyson`, `Kim Jong-un`, `The Weeknd`, `Madonna`, `Las Vegas`). The slot
//! says what is known of the name: `name/<title or role>` for a person, `name` otherwise.
//! It must not compare names or decide which names are one person.
//!
//! Cost: only sentences with a capital after their first word are scanned; each capitalised run
//! is looked at once, with a bounded look-back for its title.

use super::syllable::is_vietnamese_token;
use crate::claim::{Claim, Kind, Span, Value};
use crate::token::{words_at, Class, ExactWords, Tok, WordSet};
use std::sync::LazyLock;

/// (text, the names it must yield) — checked by the test below.
pub const EXAMPLES: &[(&str, &[&str])] = &[
    // A public body's name may open with a title's word.
    (
        "Prabowo Subianto has been elected, the General Elections Commission says.",
        &["Prabowo Subianto", "General Elections Commission"],
    ),
    (
        "Boeing's shares fell 5% after the crash, and Airbus's rose.",
        &["Boeing", "Airbus"],
    ),
    ("Today's figures are higher than Monday's.", &[]),
    // A state opening an organisation's name stays in it.
    (
        "A Japan Airlines Co. airplane collided with a coast guard plane.",
        &["Japan Airlines Co"],
    ),
    ("After Japan Airlines Co. said so", &["Japan Airlines Co"]),
    ("Later, Japan Airlines Co said", &["Japan Airlines Co"]),
    ("Later, the Japan Airlines plane", &["Japan Airlines"]),
    (
        "Teams from the Bangladesh Inland Water Transport Authority joined the search.",
        &["Bangladesh Inland Water Transport Authority"],
    ),
    // A Vietnamese state's name before a foreign body's says whose it is.
    (
        "ngân hàng tư nhân lớn nhất nước Nga Alfa Bank",
        &["Alfa Bank"],
    ),
    // A group's or a role's possessive opens the rest of a body's name; a state's does not.
    (
        "The Hanoi People's Committee said five people died.",
        &["Hanoi People's Committee"],
    ),
    (
        "the Maricopa County Sheriff's Office confirmed it",
        &["Maricopa County Sheriff's Office"],
    ),
    ("Later, Russia's Foreign Ministry said", &["Foreign Ministry"]),
    (
        "leaders of the district's Division of Public Security arrived",
        &["Division of Public Security"],
    ),
    // A full name closes a body's longer run, marks or no marks.
    (
        "Chairman of the Hanoi People's Committee Tran Sy Thanh inspected the scene.",
        &["Tran Sy Thanh"],
    ),
    (
        "Secretary of the Hanoi Party Committee Dinh Tien Dung arrived.",
        &["Dinh Tien Dung"],
    ),
    // The article of a name that ends in what it names is not the name's.
    (
        "The Civil Aviation Authority of Vietnam said the flight landed.",
        &["Civil Aviation Authority of Vietnam"],
    ),
    (
        "Hành khách của Vietnam Airlines Corporation cho biết",
        &["Vietnam Airlines Corporation"],
    ),
    (
        "Ông đảm nhận chức Tổng giám đốc Vietnam Airlines từ năm 2012",
        &["Vietnam Airlines"],
    ),
    (
        "các mã SWIFT của ngân hàng Nhật Bản Bank of Tokyo Mitsubishi",
        &["Bank of Tokyo Mitsubishi"],
    ),
    ("Here's what we know about the crash.", &[]),
    (
        "Fifty-three Bhutanese passengers and 15 foreign nationals were on board.",
        &["Bhutanese"],
    ),
    // A church's title is no part of the name.
    (
        "The homily of Cardinal Giovanni Battista Re praised him.",
        &["Giovanni Battista Re"],
    ),
    // A plural title is shared by the names after it, no part of the first.
    (
        "The summit ended with Presidents Joe Biden and Xi Jinping agreeing to talk.",
        &["Joe Biden", "Xi Jinping"],
    ),
    // "Chair" is a title as "Chairman" is.
    (
        "Federal Reserve Chair Jerome Powell said at a press conference.",
        &["Jerome Powell"],
    ),
    // An age opening the sentence as an adjective is no part of the name after it.
    (
        "Ten-year-old Zoey Levesque told WMTW-TV she was grazed by a bullet.",
        &["Zoey Levesque"],
    ),
    // A name hyphened to a participle is the name without it.
    (
        "He burst into a Taylor Swift-themed class; a Hamas-led group said so.",
        &["Taylor Swift", "Hamas"],
    ),
    // A number after a dateline is no name alone.
    (
        "MOSCOW - Thirty-eight people died when the aircraft crashed near Aktau.",
        &["Aktau"],
    ),
    (
        "Rock: Twenty One Pilots; duo: One Direction.",
        &["Twenty One Pilots", "One Direction"],
    ),
    // A nickname in quotes and a Portuguese particle inside the name.
    (
        "Brazil's former President Luiz Inácio 'Lula' da Silva has won the run-off.",
        &["Luiz Inácio Lula da Silva"],
    ),
    (
        "Phút 28, đội trưởng Trần Chí Công nhận thẻ vàng. Đội trưởng Đội cảnh sát điều tra cho biết.",
        &["Trần Chí Công"],
    ),
    (
        "All 21 coaches derailed, Magistrate Anshul Agarwal said.",
        &["Anshul Agarwal"],
    ),
    (
        "Telangana Chief Minister K Chandrashekhar Rao expressed grief.",
        &["K Chandrashekhar Rao"],
    ),
    (
        "Sixty-three Canadians are dead, among them 82 Iranians, Vadym Prystaiko said.",
        &["Vadym Prystaiko"],
    ),
    (
        "ORMOC, July 3 (UPI) -- Dozens were killed, Reynante Manza said.",
        &["Reynante Manza"],
    ),
    (
        "Nữ ca sĩ Adele giành giải (Top Streaming Songs Artist) và (Top R&B Artist).",
        &["Adele"],
    ),
    (
        "Officials said on Monday, Jan. 10, that Lavrov met Blinken in October.",
        &["Lavrov", "Blinken"],
    ),
    (
        "Quoting Mawa port's Iqbal Hossain, Hossain said.",
        &["Mawa", "Iqbal Hossain", "Hossain"],
    ),
    ("Citing Reuters, the paper wrote.", &["Reuters"]),
    (
        "Nico Williams gave Luis de la Fuente's side the lead, Ursula von der Leyen said.",
        &["Nico Williams", "Luis de la Fuente", "Ursula von der Leyen"],
    ),
    (
        "More than two million people marched, Kerry said in Boston January 21, 2017.",
        &["Kerry", "Boston"],
    ),
    (
        "Although Ecuador's Institute of Geophysics gave lower readings, Jorge Glas spoke.",
        &["Ecuador", "Institute of Geophysics", "Jorge Glas"],
    ),
    ("After Japan, Ecuador rattled by quake", &["Japan", "Ecuador"]),
    (
        "Ecuador Vice-President Jorge Glas said the Bank of England and the University of Tokyo agreed.",
        &["Jorge Glas", "Bank of England", "University of Tokyo"],
    ),
    ("Sporting Kansas City beat Ding Tea.", &["Sporting Kansas City", "Ding Tea"]),
    (
        "A flight from Paris to Cairo Thursday morning vanished; Theresa May spoke.",
        &["Paris", "Cairo", "Theresa May"],
    ),
    (
        "EgyptAir Flight Disappears Over Mediterranean with 66 Passengers Onboard",
        &[],
    ),
    (
        "CAIRO – An EgyptAir flight travelling from Paris disappeared.",
        &["EgyptAir", "Paris"],
    ),
    (
        "Ông A. Bellen gặp anh Nguyễn An Khương",
        &["A. Bellen", "Nguyễn An Khương"],
    ),
    (
        "Tsai Ing-wen Sworn In as Taiwan's First Female President",
        &[],
    ),
    (
        "7 Killed, 200 Injured After NYC-Bound Train Overturns in Philadelphia",
        &[],
    ),
    (
        "Bus 'Plunges into a Ravine' in Indonesia Killing Schoolchildren and Parents.",
        &[],
    ),
    (
        "Chiều 23/5, ông Võ Thanh Hùng-Trưởng ban quản lý khu chế xuất cho biết.",
        &["Võ Thanh Hùng"],
    ),
    (
        "It took them an hour to contain the blaze, said Rashed Bin Khaled of Fire Service.",
        &["Rashed Bin Khaled", "Fire Service"],
    ),
    (
        "Album Rap: Meek Mill, Dreams Worth More Than Money",
        &["Album Rap", "Meek Mill", "Dreams Worth More Than Money"],
    ),
    (
        "De Gea, Valencia, Smalling, Blind, Rojo, Carrick, Rooney",
        &[
            "De Gea", "Valencia", "Smalling", "Blind", "Rojo", "Carrick", "Rooney",
        ],
    ),
    (
        "Philadelphia Mayor Michael Nutter and Martin Luther King Jr spoke.",
        &["Michael Nutter", "Martin Luther King Jr"],
    ),
    (
        "Several Philadelphia hospitals treated more than 100 patients.",
        &["Philadelphia"],
    ),
    (
        "Secretary of State Antony Blinken met Foreign Minister Sergei Lavrov.",
        &["Antony Blinken", "Sergei Lavrov"],
    ),
    (
        "The Kullu district administration has provided Rs. 50,000 to The Weeknd fans.",
        &["Kullu", "The Weeknd"],
    ),
    (
        "Kullu Superintendent of Police Shalini Agnihotri said the bus fell.",
        &["Shalini Agnihotri"],
    ),
    (
        "Greek Defense Minister Panos Kammenos said President Obama would call.",
        &["Panos Kammenos", "Obama"],
    ),
    (
        "They said spokesman Commander Arman Balilo and Capt. Pedro Tinampay spoke.",
        &["Arman Balilo", "Pedro Tinampay"],
    ),
    (
        "Director-General Daljeet Chaudhary met the Principal Secretary on Sunday.",
        &["Daljeet Chaudhary"],
    ),
    (
        "Bridge collapses, Motorist Alessandro Megna told reporters.",
        &["Alessandro Megna"],
    ),
    (
        "At least 134 people from the M/B Kim Nirvana were rescued.",
        &["Kim Nirvana"],
    ),
    (
        "Bị cáo Phạm Đức Huy và ông Sergey A. Ryabkov gặp Ukraine.",
        &["Phạm Đức Huy", "Sergey A. Ryabkov"],
    ),
    (
        "anh Huy đến nhà của ông Trần Hữu Trung (SN 1982) tại số nhà 93",
        &["Huy", "Trần Hữu Trung"],
    ),
    (
        "Chủ tịch CLB Ian Bankier kỳ vọng HLV 43 tuổi",
        &["Ian Bankier"],
    ),
    (
        "hai em Bo Tý (14 tuổi) và Cao Lâm (13 tuổi, cùng quê huyện Khánh Sơn)",
        &["Bo Tý", "Cao Lâm"],
    ),
    // A later mention without a title is the person the article named, however it is spelt.
    (
        "hai em Bo Tý (16 tuổi) và Cao Lâm. Lâm hét lớn gọi Bo Tí đến giúp.",
        &["Bo Tý", "Cao Lâm", "Bo Tí"],
    ),
    ("Lâm hét lớn gọi Bo Tí đến giúp.", &[]),
    // A day's word after a site's acronym is no name of its own.
    ("phóng viên của trang giải trí ET Today đã liên hệ", &[]),
    (
        "Hồ Nghĩa (SN 1968), Hồ Lĩnh (SN 1999) và Hồ Toán (cùng trú tại Tổ 6)",
        &["Hồ Nghĩa", "Hồ Lĩnh", "Hồ Toán"],
    ),
    (
        "Cô có tên Natalie Tyson, năm nay 26 tuổi",
        &["Natalie Tyson"],
    ),
    (
        "lãnh đạo Triều Tiên Kim Yong-un đã đề nghị",
        &["Kim Yong-un"],
    ),
    ("The Weeknd giành chiến thắng vang dội", &["The Weeknd"]),
    (
        "các tên tuổi lớn như Madona, Celine Dion, Justin Bieber",
        &["Madona", "Celine Dion", "Justin Bieber"],
    ),
    ("Simon cho biết anh không lo lắng", &["Simon"]),
    ("chiếm đoạt hơn 16 triệu Won, tương đương 300 tỷ đồng", &[]),
    ("temperatures of 1,500 degrees Celsius, the mayor said", &[]),
    ("Kal So Won cho biết 16 người bị bắt", &["Kal So Won"]),
    ("cho cháu Hoài ăn trước", &["Hoài"]),
    (
        "của đạo diễn Vĩnh Khương có buổi giao lưu",
        &["Vĩnh Khương"],
    ),
    ("Tổng thống Mã Anh Cửu của Quốc Dân đảng", &["Mã Anh Cửu"]),
    ("lễ trao giải tổ chức ở Las Vegas", &["Las Vegas"]),
    ("tại bệnh viện Severance ở Seoul", &["Severance"]),
    ("chị Lê Thị Th (SN 1998)", &["Lê Thị Th"]),
    (
        "ông cùng đồng CEO Mike Cannon-Brookes mở công ty",
        &["Mike Cannon-Brookes"],
    ),
    (
        "Trưởng ban kỷ luật VFF Nguyễn Hải Hưởng cho biết",
        &["Nguyễn Hải Hưởng"],
    ),
    (
        "qua website www.drvn.gov.vn hoặc www.x.vn/a/b.html.",
        &["www.drvn.gov.vn"],
    ),
    (
        "Bí thư Tỉnh đoàn Khánh Hòa Nguyễn Văn Nhuận đã biểu dương",
        &["Nguyễn Văn Nhuận"],
    ),
    (
        "Giám đốc Sở Tài nguyên - Môi trường TP HCM Nguyễn Toàn Thắng cho biết",
        &["Nguyễn Toàn Thắng"],
    ),
    ("đối tượng Nguyễn Văn T. bị bắt", &["Nguyễn Văn T"]),
    (
        "vụ kiện của ngân hàng Banco del Austro (BDA) tại Hồng Kông",
        &["Banco del Austro"],
    ),
    (
        "cuộc họp do Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung chủ trì",
        &["Nguyễn Đức Chung"],
    ),
    (
        "Chủ tịch UBND tỉnh Quảng Nam Lê Trí Thanh cho biết",
        &["Lê Trí Thanh"],
    ),
    (
        "Giám đốc Công an tỉnh Nghệ An Phạm Thế Tùng",
        &["Phạm Thế Tùng"],
    ),
    ("\"I am Malala,\" she told Reuters", &["Malala", "Reuters"]),
    (
        "With Activision Blizzard, Microsoft would become the third-largest gaming company",
        &["Activision Blizzard", "Microsoft"],
    ),
    (
        "For Tony Chen, a 74-year-old retiree who voted in Taipei, it was simple",
        &["Tony Chen"],
    ),
    (
        "two teachers from a high school in the town of Haltern am See in northwest Germany",
        &["Haltern am See"],
    ),
    (
        "Nhìn Daniella Semaan, không ai nghĩ cô nàng đã 41 tuổi",
        &["Daniella Semaan"],
    ),
    (
        "Trưởng ban Tổ chức Trung ương Phạm Minh Chính",
        &["Phạm Minh Chính"],
    ),
    (
        "đi qua Q. Tân Bình, Q. 3, Q. Phú Nhuận và Q. Bình Thạnh.",
        &[],
    ),
    ("sẽ trao 3 giải A, 7 giải B, 12 giải C", &["A", "B", "C"]),
    ("bỏ trống khán đài B để phản đối", &["B"]),
    ("Email: Bualiemvang@xaydungdang.vn", &[]),
    (
        "Đi cùng Fabregas có nàng WAGs, Daniella Semaan.",
        &["Fabregas", "Daniella Semaan"],
    ),
    (
        "qua các con phố Quán Sứ, Lý Thường Kiệt, Bà Triệu, Nguyễn Du, Yết Kiêu thu hút",
        &[],
    ),
    (
        "Phát ngôn viên Quốc Phòng Hàn Quốc Moon Sang Gyun tuyên bố",
        &["Moon Sang Gyun"],
    ),
    (
        "Hết Mitsubishi lại đến Suzuki vướng vào bê bối",
        &["Mitsubishi", "Suzuki"],
    ),
    ("M.U và Liverpool bị phạt nặng", &["Liverpool"]),
    (
        "bà Phan Thị Tuyết Mai, Phó Chủ tịch Hiệp hội tinh dầu",
        &["Phan Thị Tuyết Mai"],
    ),
    ("chất bảo quản Methylisothiazolinone (MIT)", &[]),
    ("Vì H. đã bỏ sót điều này", &[]),
    ("đi Bà Rịa-Vũng Tàu, TP.HCM.", &[]),
    (
        "Bộ trưởng Quốc phòng Mỹ Ashton Carter đã công bố",
        &["Ashton Carter"],
    ),
    ("anh Quốc cho biết", &["Quốc"]),
    ("ban lãnh đạo Hợp tác xã Tân Triều đều vắng", &[]),
    ("trú C38TT12, KĐT Văn Quán", &[]),
    (
        "Tiền vệ gốc Việt Lee Nguyễn đã không có tên",
        &["Lee Nguyễn"],
    ),
    ("Giám đốc Cảng thủy nội địa Quảng Ninh cho biết", &[]),
    ("trung úy Vinh chia sẻ.", &["Vinh"]),
    ("Cô chia sẻ: “Khi Mark bắt gặp tôi", &["Mark"]),
    ("trước chủ nhà Khánh Hoà, hôm nay", &[]),
    ("Hạ Palace với 10 người, M.U vô địch", &["Palace"]),
    (
        "M.U: De Gea, Valencia, Smalling",
        &["De Gea", "Valencia", "Smalling"],
    ),
    ("300 sinh viên ĐH Đà Nẵng rước hương án", &[]),
    ("Khoảng 300 sinh viên Khoa Y dược khoác áo", &[]),
    ("của Tổng thống Mỹ Obama, Nhà Trắng", &["Obama"]),
    // Places, organisations and headings are not names.
    ("tại phường Tân Thành, TP Buôn Ma Thuột, tỉnh Đắk Lắk", &[]),
    ("Công an TP Hà Nội và Bộ Quốc phòng Hàn Quốc cho biết", &[]),
    ("Theo Tổ chức Y tế Thế giới, hơn một nửa nam giới", &[]),
    (
        "Trung tâm Dự báo Khí tượng Thủy văn Trung ương cho biết",
        &[],
    ),
];

/// Titles and roles that a person's name follows (lower-case in running text; a capitalised
/// first word is matched case-insensitively).
const ROLES: &[&[&str]] = &[
    &["ông"],
    &["bà"],
    &["anh"],
    &["chị"],
    &["em"],
    &["bé"],
    &["cháu"],
    &["cô"],
    &["chú"],
    &["cậu"],
    &["cụ"],
    &["mr"],
    &["ms"],
    &["mrs"],
    &["dr"],
    &["ngài"],
    &["vợ"],
    &["chồng"],
    &["con", "trai"],
    &["con", "gái"],
    &["con"],
    &["mẹ"],
    &["cha"],
    &["bố"],
    &["bạn", "gái"],
    &["bạn", "trai"],
    &["mẹ", "vợ"],
    &["bố", "vợ"],
    &["tài", "xế"],
    &["lái", "xe"],
    &["bị", "can"],
    &["bị", "cáo"],
    &["nghi", "phạm"],
    &["đối", "tượng"],
    &["nạn", "nhân"],
    &["bệnh", "nhân"],
    &["đạo", "diễn"],
    &["diễn", "viên"],
    &["nam", "diễn", "viên"],
    &["nữ", "diễn", "viên"],
    &["ca", "sĩ"],
    &["nữ", "ca", "sĩ"],
    &["nam", "ca", "sĩ"],
    &["nhạc", "sĩ"],
    &["cầu", "thủ"],
    &["tiền", "vệ"],
    &["tiền", "đạo"],
    &["hậu", "vệ"],
    &["trung", "vệ"],
    &["thủ", "môn"],
    &["đội", "trưởng"],
    &["tay", "vợt"],
    &["hlv"],
    &["huấn", "luyện", "viên"],
    &["chủ", "tịch"],
    &["bí", "thư"],
    &["phó", "chủ", "tịch"],
    &["giám", "đốc"],
    &["tổng", "giám", "đốc"],
    &["tổng", "thống"],
    &["thủ", "tướng"],
    &["bộ", "trưởng"],
    &["ngoại", "trưởng"],
    &["thứ", "trưởng"],
    &["trưởng", "ban"],
    &["trưởng", "phòng"],
    &["đại", "tá"],
    &["thượng", "tá"],
    &["trung", "tá"],
    &["thiếu", "tá"],
    &["đại", "úy"],
    &["thượng", "úy"],
    &["trung", "úy"],
    &["thiếu", "úy"],
    &["nhà", "báo"],
    &["phóng", "viên"],
    &["bác", "sĩ"],
    &["luật", "sư"],
    &["giáo", "sư"],
    &["tiến", "sĩ"],
    &["người", "mẫu"],
    &["vận", "động", "viên"],
    &["người", "phát", "ngôn"],
    &["phát", "ngôn", "viên"],
    &["lãnh", "đạo"],
    &["nhà", "lãnh", "đạo"],
    &["lãnh", "tụ"],
    &["tỷ", "phú"],
    &["doanh", "nhân"],
    &["ngôi", "sao"],
    &["siêu", "sao"],
    &["danh", "thủ"],
    &["nữ", "sinh"],
    &["nam", "sinh"],
    &["học", "sinh"],
    &["sinh", "viên"],
    &["vai"],
    &["nhân", "vật"],
    &["chủ", "nhà"],
    &["chủ", "cơ", "sở"],
    &["chủ", "quán"],
    &["đại", "biểu"],
    &["thượng", "nghị", "sĩ"],
    &["nghị", "sĩ"],
    &["thẩm", "phán"],
    &["kiểm", "sát", "viên"],
    &["thiếu", "nữ"],
    &["cô", "gái"],
    &["chàng", "trai"],
    &["người", "đàn", "ông"],
    &["president"],
    &["minister"],
    &["secretary"],
    &["spokesman"],
    &["spokeswoman"],
];

/// Words before a capitalised run that make it a place or an organisation, not a person.
const PLACE_WORDS: &[&[&str]] = &[
    &["đường"],
    &["cao", "tốc"],
    &["quốc", "lộ"],
    &["tỉnh", "lộ"],
    &["đèo"],
    &["hầm"],
    &["ga"],
    &["bến"],
    &["phố"],
    &["phường"],
    &["xã"],
    &["quận"],
    &["huyện"],
    &["tỉnh"],
    &["thành", "phố"],
    &["thị", "xã"],
    &["thị", "trấn"],
    &["ấp"],
    &["thôn"],
    &["xóm"],
    &["bản"],
    &["làng"],
    &["sông"],
    &["núi"],
    &["hồ"],
    &["cầu"],
    &["chợ"],
    &["trường"],
    &["cảng"],
    // A military base ("căn cứ Carroll", "căn cứ quân sự Caroll", "căn cứ không quân Hmeimim").
    &["căn", "cứ"],
    &["căn", "cứ", "quân", "sự"],
    &["căn", "cứ", "không", "quân"],
    &["căn", "cứ", "hải", "quân"],
    &["đảo"],
    &["vịnh"],
    &["biển"],
    &["khu"],
    &["tổ"],
    &["đội"],
    &["công", "ty"],
    &["tập", "đoàn"],
    &["ngân", "hàng"],
    &["khách", "sạn"],
    &["sân"],
    &["nhà", "máy"],
    &["thủy", "điện"],
    &["vườn", "quốc", "gia"],
    &["bộ"],
    &["sở"],
    &["cục"],
    &["viện"],
    &["đảng"],
    &["báo"],
    &["đài"],
    &["hãng"],
    &["tờ"],
    &["trang"],
    &["kênh"],
    &["phim"],
    &["bộ", "phim"],
    &["ca", "khúc"],
    &["bài", "hát"],
    &["album"],
    &["chương", "trình"],
    &["giải"],
    &["dự", "án"],
    &["tòa", "án"],
    &["công", "an"],
    &["ủy", "ban"],
];

/// Places and organisations named like a person (a family name, then two or more words).
const PLACE_NAMES: &[&str] = &[
    "Thái Bình Dương",
    "Đại Tây Dương",
    "Ấn Độ Dương",
    "Bà Rịa",
    "Hồ Chí Minh City",
    "Lâm Đồng",
    "Cao Bằng",
    "Hà Giang",
    "Hà Tĩnh",
    "Hà Nam",
    "Đồng Nai",
    "Trường Sa",
    "Hoàng Sa",
    "Vũng Tàu",
    "Phan Thiết",
    "Phan Rang",
    "Lý Sơn",
    "Hồ Chí Minh",
];

/// Common Vietnamese (and Sino-Vietnamese) family names: a run of three or more capitalised
/// words starting with one is a full name.
const SURNAMES: &[&str] = &[
    // Written without marks in English reports ("Tran Sy Thanh"); those that are also
    // English or Vietnamese words ("Le", "Do", "Ho", "Ha", "To"; "Dinh Thống Nhất" is a
    // palace, "Vu Lan" a festival) are left out.
    "Nguyen",
    "Tran",
    "Pham",
    "Hoang",
    "Huynh",
    "Vo",
    "Dang",
    "Bui",
    "Ngo",
    "Duong",
    "Truong",
    "Trinh",
    "Doan",
    "Luong",
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Phan",
    "Hoàng",
    "Huỳnh",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Đinh",
    "Trương",
    "Lâm",
    "Mai",
    "Đào",
    "Cao",
    "Lưu",
    "Tô",
    "Tạ",
    "Châu",
    "Trịnh",
    "Đoàn",
    "Lương",
    "Thái",
    "Quách",
    "Kiều",
    "Hà",
    "Tăng",
    "Triệu",
    "Chu",
    "Mã",
    "Hoắc",
    "Tôn",
    "Khổng",
    "Tập",
    "Quan",
    "Thạch",
    "Lục",
    "Mạc",
    "Tiêu",
    "Giang",
    "Doãn",
    "Âu",
    "Phùng",
    "Khúc",
    "Lã",
    "La",
    "Bạch",
    "Diệp",
    "Đàm",
    "Hàn",
    "Hứa",
    "Kha",
    "Khương",
    "Lại",
    "Mẫn",
    "Nghiêm",
    "Nông",
    "Phí",
    "Quản",
    "Thân",
    "Tống",
    "Từ",
    "Vi",
    "Vương",
    "Ninh",
    "Lò",
    "Hầu",
    "Bế",
    "Cù",
    "Cung",
    "Đồng",
    "Ôn",
    "Tiết",
    "Văn",
    "Ông",
    "Đường",
    "Giáp",
];

/// Capitalised words that start a title inside a run ("Ông Blinken", "Bà Thái Anh Văn").
const RUN_TITLES: &[&str] = &[
    "Ông", "Bà", "Anh", "Chị", "Em", "Bé", "Cháu", "Cô", "Chú", "Mr", "Ms", "Mrs", "Dr", "Ngài",
    "HLV",
];

/// English titles written capitalised before a name: the role, not part of the name.
const EN_TITLES: &[&[&str]] = &[
    &["President"],
    // Shared by the names after it: "Presidents Joe Biden and Xi Jinping".
    &["Presidents"],
    &["Prime", "Ministers"],
    &["Foreign", "Ministers"],
    &["Senators"],
    &["Governors"],
    &["Vice", "President"],
    &["Vice-President"],
    &["Vice-Chairman"],
    &["Vice-Premier"],
    &["Vice-Governor"],
    &["Vice-Mayor"],
    &["Prime", "Minister"],
    &["Foreign", "Minister"],
    &["Deputy", "Foreign", "Minister"],
    &["Defense", "Minister"],
    &["Defence", "Minister"],
    &["Interior", "Minister"],
    &["Finance", "Minister"],
    &["Minister"],
    &["Secretary"],
    &["Secretary", "General"],
    &["Chancellor"],
    &["Chairman"],
    &["Chair"],
    &["Chairwoman"],
    &["Senator"],
    &["Sen."],
    &["Governor"],
    &["Mayor"],
    &["General"],
    &["Gen."],
    &["Captain"],
    &["Ambassador"],
    &["Judge"],
    &["Pope"],
    &["King"],
    &["Queen"],
    &["Prince"],
    &["Spokesman"],
    &["Spokeswoman"],
    &["Commander"],
    &["Lieutenant"],
    &["Colonel"],
    &["Sergeant"],
    &["Admiral"],
    &["Chief"],
    &["Chief", "Supt"],
    &["Chief", "Superintendent"],
    &["Superintendent"],
    &["Inspector"],
    &["Commissioner"],
    &["Director"],
    &["Director-General"],
    &["Director", "General"],
    &["Sheriff"],
    &["Coach"],
    &["Manager"],
    &["Bishop"],
    &["Archbishop"],
    &["Cardinal"],
    &["Rabbi"],
    &["Imam"],
    &["Reverend"],
    &["Rev."],
    &["Representative"],
    &["Rep."],
    &["Congressman"],
    &["Congresswoman"],
    &["Magistrate"],
    &["Prosecutor"],
    &["Detective"],
    &["Officer"],
    &["Dr."],
    &["Professor"],
    &["Prof."],
    // What a person was in the story, written as a title in English copy ("Witness Alessandro
    // Megna", "Motorist Alessandro Megna").
    &["Witness"],
    &["Motorist"],
    &["Driver"],
    &["Passenger"],
    &["Resident"],
    &["Survivor"],
    &["Firefighter"],
    &["Pilot"],
    &["Farmer"],
    &["Nurse"],
    &["Lawyer"],
    &["Attorney"],
    &["Activist"],
    &["Constable"],
    &["Trooper"],
];

/// Titles that are also words of names ("Martin Luther King", "Freddie Prince").
const ROYAL_TITLES: &[&str] = &["King", "Queen", "Prince", "Pope"];

static EN_TITLE_INDEX: LazyLock<crate::token::PhraseIndex<()>> =
    LazyLock::new(|| crate::token::PhraseIndex::new(EN_TITLES.iter().map(|t| (*t, ()))));

/// How many tokens an English title opening at `k` takes ("Cardinal", "Foreign Minister"),
/// 0 when none does.
pub fn english_title_len(toks: &[Tok], k: usize) -> usize {
    EN_TITLE_INDEX
        .longest_at(toks, k, true)
        .map_or(0, |(_, n)| n)
}

/// English words capitalised in Vietnamese text that are not names.
const NOT_NAMES: &[&str] = &[
    "Top",
    "Album",
    "Video",
    "Clip",
    "Online",
    "Internet",
    "Website",
    "Fanpage",
    "Show",
    "Live",
    "Story",
    "Update",
    "Photo",
    "News",
    "Hot",
    "Cover",
    "Fan",
    "Fans",
    "Tags",
    "Tag",
    "Link",
    "Source",
    "Title",
    "Content",
    "Summary",
    "Author",
    "Published",
    "Date",
    "The",
    "Theo",
    // English nouns of sources that open a sentence before "said".
    "Officials",
    "Police",
    "Authorities",
    "Witnesses",
    "Residents",
    "Analysts",
    "Experts",
    "Investigators",
    "Rescuers",
    "Prosecutors",
    // Vague amounts and qualifiers that open a sentence: "Dozens were killed", "More than
    // two million people".
    "More",
    "Less",
    "Fewer",
    "Nearly",
    "Almost",
    "Around",
    "Roughly",
    "Approximately",
    "Tens",
    "Dozens",
    "Hundreds",
    "Thousands",
    "Scores",
    "Millions",
    // Pronouns and determiners that open a sentence.
    "They",
    "He",
    "She",
    "We",
    "It",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "This",
    "That",
    "These",
    "Those",
    "There",
];

static SURNAME_WORDS: LazyLock<ExactWords> = LazyLock::new(|| ExactWords::new(SURNAMES));
/// First words of [`PLACE_NAMES`], to try those only for runs that open with one.
static PLACE_FIRST_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(PLACE_NAMES.iter().filter_map(|p| p.split(' ').next())));
/// Last words of organisations' names.
const ORG_END_WORDS: &[&str] = &[
    "Corp",
    "Corporation",
    "Inc",
    "Co",
    "Ltd",
    "Group",
    "Company",
    "Motor",
    "Motors",
    "Bank",
    "Airlines",
    "Holdings",
    "Enterprise",
    "Times",
    "News",
    "League",
    "Cup",
    "Awards",
    "Music",
    "Club",
    "Institute",
    "University",
    "Foundation",
    "Post",
    "Journal",
    "Agency",
];

/// Whether the state written in `toks[from..at]` opens an organisation's name ("Japan
/// Airlines", "Vietnam Airlines Corporation"): the state in English, then an organisation's
/// word (no person is named "Airlines"). A Vietnamese state's name before an English one
/// says whose it is ("ngân hàng Nhật Bản Bank of Tokyo").
fn names_an_org_after(toks: &[Tok], from: usize, at: usize) -> bool {
    toks.get(at).is_some_and(|t| t.is_any(ORG_END_WORDS))
        && toks[from..at].iter().all(|t| t.s.is_ascii())
}

/// Last words of the names of public bodies ("General Elections Commission", "General
/// Assembly", "Joint Chiefs of Staff"): a title's word opening them is part of the name.
const BODY_END_WORDS: &[&str] = &[
    "Commission",
    "Committee",
    "Council",
    "Assembly",
    "Court",
    "Office",
    "Staff",
    "Hospital",
    "Command",
    "Department",
    "Ministry",
    "Authority",
];

/// English names of bodies that name what they are of after "of" ("Institute of Geophysics",
/// "Ministry of Defence", "University of Tokyo"): the "of" is inside the name.
const OF_HEADS: &[&str] = &[
    "Institute",
    "University",
    "Ministry",
    "Department",
    "Bank",
    "Academy",
    "Museum",
    "Council",
    "Office",
    "Bureau",
    "College",
    "School",
    "Federation",
    "Association",
    "Society",
    "Agency",
    "Court",
    "Centre",
    "Center",
    "Church",
    "Republic",
    "Kingdom",
    "Union",
    "Organization",
    "Organisation",
    "Board",
    "Commission",
    "Authority",
    "Division",
    "Directorate",
];

/// Whether a name is a body's, of something ("London School of Economics").
fn names_a_body_of(v: &str) -> bool {
    v.split(' ')
        .zip(v.split(' ').skip(1))
        .any(|(head, of)| of == "of" && OF_HEADS.contains(&head))
}

/// English words that open a sentence before a capitalised name and are not the name's ("An
/// EgyptAir flight", "Several Philadelphia hospitals"). "All" and "The" can open a name ("All
/// Nippon Airways", "The Weeknd").
const ENGLISH_DETERMINERS: &[&str] = &[
    "A", "An", "Several", "Many", "Some", "Most", "Both", "Each", "Every", "Few", "Another",
    "Other", "Such",
];

/// English participles of saying or citing that open a sentence before a name or a source.
const SAYING_PARTICIPLES: &[&str] = &[
    "Quoting",
    "Citing",
    "According",
    "Speaking",
    "Addressing",
    "Responding",
    "Referring",
    "Commenting",
    "Echoing",
    "Adding",
];

/// English conjunctions, prepositions and adverbs that open a sentence or clause before a
/// name ("After Japan, Ecuador …", "Although Ecuador's Institute …", "In Guayaquil, …"):
/// capitalised only for standing first, never the name's.
const ENGLISH_CLAUSE_OPENERS: &[&str] = &[
    "After",
    "Although",
    "Though",
    "While",
    "When",
    "Whereas",
    "Because",
    "Since",
    "Before",
    "Until",
    "Unless",
    "If",
    "Despite",
    "Unlike",
    "In",
    "On",
    "At",
    "From",
    "During",
    "Under",
    "For",
    "With",
    "Without",
    "Amid",
    "Among",
    "Following",
    "Throughout",
    "Against",
    "Meanwhile",
    "However",
    "But",
    "And",
];

/// A capitalised word that is never a name alone: an English weekday or month (the date
/// rules read them), an abbreviated title, "Officials", "The".
pub fn is_not_name(t: &Tok) -> bool {
    // An abbreviated title ends its run at the full stop: "Capt" of "Capt. Pedro Tinampay".
    NOT_NAME_WORDS.contains(t)
        || super::date::is_english_calendar_word(t)
        || crate::token::is_title_abbreviation(t.s)
        // "Thirty-eight people died": a number opening a sentence.
        || (t.is_capitalized() && super::numeral::is_english_number_word(t))
}

/// Whether a word is a common Vietnamese family name.
pub fn is_surname(t: &Tok) -> bool {
    SURNAME_WORDS.contains(t)
}

/// Verbs of saying right after a name ("Vinh chia sẻ", "Long cho biết").
static SPEECH_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new([
        "cho", "nói", "chia", "khẳng", "nhấn", "tuyên", "phát", "cảnh", "kêu", "thông", "trả",
        "said", "says", "told",
    ])
});
/// Kin titles: a person's given name alone follows them ("anh Quốc", "bé Nam").
static KIN: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new([
        "ông", "bà", "anh", "chị", "em", "bé", "cháu", "cô", "chú", "cậu", "cụ", "mẹ", "cha", "bố",
        "vợ", "chồng", "con", "trai", "gái",
    ])
});
/// Capitalised words that open the name of an organisation or an administrative unit.
static ORG_HEAD_WORDS: LazyLock<ExactWords> = LazyLock::new(|| {
    ExactWords::new(&[
        "Sở",
        "Bộ",
        "Cục",
        "Viện",
        "Ban",
        "Tổng",
        "Công",
        "Ủy",
        "Uỷ",
        "Tòa",
        "Toà",
        "Trường",
        "Hội",
        "Đoàn",
        "Phòng",
        "Đội",
        "Trung",
        "Ngân",
        "Tập",
        "Đài",
        "Báo",
        "Đảng",
        "Quân",
        "Tỉnh",
        "Thành",
        "Huyện",
        "Quận",
        "Xã",
        "Phường",
        "Viện",
        "Học",
        "Đại",
        "Chi",
        "Văn",
        "Nhà",
        "Bệnh",
        "Cảnh",
        "Hãng",
        "Tổ",
        "Hiệp",
        "Hợp",
        "Xí",
        "Quốc",
        "Khoa",
        "Liên",
        "Quỹ",
        "Ngân",
        "Cơ",
    ])
});
/// English given names and the short forms the press writes for them, lower case: "Mike
/// Bouchard" and "Michael Bouchard" are one sheriff, not two spellings.
const NICKNAMES: &[(&str, &str)] = &[
    ("abby", "abigail"),
    ("alex", "alexander"),
    ("andy", "andrew"),
    ("ben", "benjamin"),
    ("beth", "elizabeth"),
    ("bill", "william"),
    ("bob", "robert"),
    ("charlie", "charles"),
    ("chris", "christopher"),
    ("chuck", "charles"),
    ("dan", "daniel"),
    ("danny", "daniel"),
    ("dave", "david"),
    ("debbie", "deborah"),
    ("dick", "richard"),
    ("don", "donald"),
    ("doug", "douglas"),
    ("ed", "edward"),
    ("fred", "frederick"),
    ("greg", "gregory"),
    ("jeff", "jeffrey"),
    ("jen", "jennifer"),
    ("jenny", "jennifer"),
    ("jim", "james"),
    ("jimmy", "james"),
    ("joe", "joseph"),
    ("jon", "jonathan"),
    ("josh", "joshua"),
    ("kate", "katherine"),
    ("kathy", "katherine"),
    ("ken", "kenneth"),
    ("larry", "lawrence"),
    ("liz", "elizabeth"),
    ("maggie", "margaret"),
    ("matt", "matthew"),
    ("mike", "michael"),
    ("nick", "nicholas"),
    ("pat", "patrick"),
    ("pete", "peter"),
    ("phil", "philip"),
    ("rick", "richard"),
    ("rob", "robert"),
    ("ron", "ronald"),
    ("sam", "samuel"),
    ("steve", "stephen"),
    ("steve", "steven"),
    ("sue", "susan"),
    ("ted", "edward"),
    ("tim", "timothy"),
    ("tom", "thomas"),
    ("tony", "anthony"),
    ("will", "william"),
];

/// Whether one lower-case given name is the other's usual short form ("mike", "michael").
pub fn is_nickname(short: &str, full: &str) -> bool {
    NICKNAMES
        .iter()
        .any(|&(s, f)| (s == short && f == full) || (s == full && f == short))
}

/// Lower-case particles inside foreign names ("Banco del Austro", "Robin van Persie",
/// "Haltern am See").
pub const PARTICLES: &[&str] = &[
    "del", "de", "van", "von", "der", "dos", "das", "du", "di", "bin", "ibn", "al", "da", "am",
];
static PARTICLE_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(PARTICLES.iter().copied()));

/// Whether a token is a lower-case particle of a foreign name ("da" of "Alice da Silva").
pub fn is_particle(t: &Tok) -> bool {
    t.lower && PARTICLE_WORDS.contains(t)
}
/// Roles written as acronyms: "CEO Scott Farquhar", "HLV Phan Thanh Hùng".
static ROLE_ACRONYM_WORDS: LazyLock<ExactWords> =
    LazyLock::new(|| ExactWords::new(&["CEO", "HLV", "GĐ", "TGĐ", "PGS", "GS", "TS", "ThS", "BS"]));
static RUN_TITLE_WORDS: LazyLock<ExactWords> = LazyLock::new(|| ExactWords::new(RUN_TITLES));
static NOT_NAME_WORDS: LazyLock<ExactWords> = LazyLock::new(|| ExactWords::new(NOT_NAMES));
static ROLE_ENDS: LazyLock<PhraseEnds> = LazyLock::new(|| PhraseEnds::new(ROLES));
static PLACE_ENDS: LazyLock<PhraseEnds> = LazyLock::new(|| PhraseEnds::new(PLACE_WORDS));

/// Phrases indexed by the key of their last word, to find the one ending before a token with
/// one probe.
struct PhraseEnds {
    gate: WordSet,
    by_last: std::collections::HashMap<u64, Vec<&'static [&'static str]>>,
}

impl PhraseEnds {
    fn new(table: &'static [&'static [&'static str]]) -> PhraseEnds {
        let mut by_last: std::collections::HashMap<u64, Vec<&'static [&'static str]>> =
            Default::default();
        for p in table {
            by_last
                .entry(crate::token::fold_hash(p[p.len() - 1]))
                .or_default()
                .push(p);
        }
        PhraseEnds {
            gate: WordSet::new(table.iter().map(|p| p[p.len() - 1])),
            by_last,
        }
    }

    /// The longest phrase that ends right before token `at`, as its tokens' span.
    fn before(&self, toks: &[Tok], at: usize) -> Option<(usize, usize)> {
        let prev = toks.get(at.checked_sub(1)?)?;
        if !self.gate.contains(prev) {
            return None;
        }
        self.by_last
            .get(&prev.key)?
            .iter()
            .filter(|p| p.len() <= at && words_at(toks, at - p.len(), p))
            .map(|p| (at - p.len(), at))
            .max_by_key(|(a, b)| b - a)
    }
}

/// "Boeing's shares fell …": an English word opening its sentence with a possessive's "s" owns
/// something, as a name does ("Today's", "Everyone's" are none).
pub(crate) fn owns(toks: &[Tok], a: usize, b: usize) -> bool {
    // The apostrophe first: most runs that ask have none, and leave before the word list.
    toks.get(b).is_some_and(Tok::is_apostrophe)
        && toks.get(b + 1).is_some_and(|t| t.s == "s")
        && toks[a].s.is_ascii()
        && !toks[a].is_any(COMMON_OWNERS)
}

/// English words that open a sentence with a possessive's "s" and are no name, and words the
/// "s" of "is" or "us" follows ("Here's what we know", "Let's").
const COMMON_OWNERS: &[&str] = &[
    "here",
    "there",
    "that",
    "this",
    "it",
    "what",
    "who",
    "where",
    "when",
    "how",
    "let",
    "he",
    "she",
    "one",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "nobody",
    "anyone",
    "children",
    "women",
    "men",
    "people",
    "mother",
    "father",
    "week",
    "year",
    "month",
    "world",
    "nation",
    "country",
    "city",
    "state",
    "government",
    "company",
    "police",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "weekend",
    "season",
    "team",
    "club",
    "party",
];

/// Words before a name that make it a place's in running text, beyond [`PLACE_WORDS`].
const PLACE_CUES: &[&str] = &["tịch", "cứ", "đô", "vùng", "miền", "nước", "tại", "ở"];

/// Short words a headline in title case leaves in lower case.
const TITLE_CASE_LOWER: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "into", "for", "from",
    "by", "with", "as", "after", "over", "amid", "vs", "is", "are", "was",
    // The possessive's "s", cut from its word at the apostrophe.
    "s",
];

/// Whether a headline is in English title case: three words or more, every one capitalised
/// but the short ones title case leaves in lower case ("25 Passengers Dead, 35 Injured after
/// Bus Tumbles into Gorge"). Vietnamese headlines are written in sentence case.
pub fn title_case(toks: &[Tok]) -> bool {
    let mut words = 0;
    for t in toks.iter().filter(|t| t.class == Class::Word) {
        if t.upper {
            words += 1;
        } else if !t.is_any(TITLE_CASE_LOWER) {
            return false;
        }
    }
    words >= 3
}

/// The bodies an English title is "of" ("Secretary of State", "Superintendent of Police",
/// "Minister of Defence").
const TITLE_BODIES: &[&str] = &[
    "State",
    "Police",
    "Defence",
    "Defense",
    "Health",
    "Justice",
    "Finance",
    "Education",
    "Transport",
    "Interior",
    "Agriculture",
    "Commerce",
    "Energy",
    "Labour",
    "Labor",
];

/// Whether token `k` is the body of a title before it ("State" of "Secretary of State",
/// "Police" of "Superintendent of Police"): the lower-case "of" leaves it opening a
/// capitalised run.
fn body_of_title(toks: &[Tok], k: usize) -> bool {
    k >= 2
        && TITLE_BODIES.contains(&toks[k].s)
        && toks[k - 1].s == "of"
        && EN_TITLE_INDEX
            .longest_at(toks, k - 2, true)
            .is_some_and(|(_, n)| n == 1)
}

/// The English title of a person whose name follows an aside in brackets ("Additional
/// Director General of Police (Law and Order) Daljeet Choudhury", "Inspector General (Kanpur
/// range) Zaki Ahmad"): the title's tokens in the capitalised run before the bracket.
fn title_before_aside(toks: &[Tok], a: usize) -> Option<(usize, usize)> {
    if a == 0 || !toks[a - 1].is_punct(')') {
        return None;
    }
    let open = (a.saturating_sub(ASIDE_LEN)..a - 1)
        .rev()
        .find(|&k| toks[k].is_punct('('))?;
    if toks[open + 1..a - 1]
        .iter()
        .any(|t| t.class == Class::Punct)
    {
        return None;
    }
    // The capitalised run before the bracket, with the joining "of" of "General of Police".
    let start = (open.saturating_sub(ASIDE_LEN)..open)
        .rev()
        .take_while(|&k| {
            toks[k].is("of") || toks[k].s.chars().next().is_some_and(char::is_uppercase)
        })
        .last()?;
    (start..open).find_map(|k| {
        EN_TITLE_INDEX
            .longest_at(toks, k, true)
            .map(|(_, n)| (k, k + n))
            .filter(|&(_, end)| end <= open)
    })
}

/// Tokens an aside in brackets, or the title before it, may take.
const ASIDE_LEN: usize = 6;

/// Where the person's name starts in a capitalised run `a..b` that opens with an English
/// title, and maybe a state or body before it ("Russian Deputy Foreign Minister Sergei
/// Ryabkov", "Oakland County Sheriff Michael Bouchard"): after the last title that leaves a
/// name.
pub fn after_english_title(toks: &[Tok], a: usize, b: usize) -> usize {
    if a + 1 < b && body_of_title(toks, a) {
        return a + 1;
    }
    (a..b)
        .filter_map(|k| {
            EN_TITLE_INDEX
                .longest_at(toks, k, true)
                .map(|(_, n)| k + n)
                .filter(|&end| end < b)
        })
        .next_back()
        .unwrap_or(a)
}

/// Whether a role ("Chủ tịch", "giám đốc", "Bí thư") ends right before token `at`.
pub fn role_before(toks: &[Tok], at: usize) -> bool {
    ROLE_ENDS.before(toks, at).is_some()
}

/// Whether the name at token `at` (`value` as written) is a place's or an organisation's: a
/// place or organisation word right before it ("xã Krông Na", "hãng American Airlines",
/// "quốc tịch Marốc"), a known place or organisation, or an organisation's last word.
pub fn is_place_or_org(toks: &[Tok], at: usize, value: &str) -> bool {
    PLACE_ENDS.before(toks, at).is_some()
        || at
            .checked_sub(1)
            .is_some_and(|k| toks[k].is_lower_word() && toks[k].is_any(PLACE_CUES))
        || crate::entity::alias_at(toks, at).is_some()
        || ORG_END_WORDS.iter().any(|w| value.ends_with(w))
        // Banks written as one word (Vietinbank, Techcombank, Agribank).
        || (value.len() > 4 && value.ends_with("bank"))
        // Places named after a saint (San Francisco, Santa Monica, São Paulo, St. Louis), or
        // written with their kind short (Tp Hòa Bình).
        || PLACE_PREFIXES
            .iter()
            .any(|p| value.strip_prefix(p).is_some_and(|rest| rest.starts_with(' ')))
        || qualifies_a_role(toks, at)
        || english_place(toks, at)
}

/// Whether an English name's last word says what kind of place or body it names ("Travis
/// County", "Guadalupe River", "Reuters News Agency"): that word is shared by names of
/// different things, so it is no key to the thing named.
pub fn ends_with_its_kind(last: &str) -> bool {
    const MORE_KINDS: &[&str] = &[
        "River", "Lake", "Island", "Bay", "Street", "Road", "Avenue", "Bridge", "Airport",
        "Station", "Park", "Stadium", "Square", "Market", "Hotel", "State",
    ];
    [ORG_END_WORDS, BODY_END_WORDS, OF_HEADS, MORE_KINDS]
        .iter()
        .any(|list| list.contains(&last))
        || (last.starts_with(char::is_uppercase)
            && EN_PLACE_KINDS.iter().any(|k| last.eq_ignore_ascii_case(k)))
}

/// English kinds of place written after a name ("the Banjar area", "Kullu district").
const EN_PLACE_KINDS: &[&str] = &[
    "area", "district", "town", "village", "city", "province", "county", "region", "valley",
];

/// English nouns of a public body that a name before them qualifies ("the Modi government").
const EN_BODY_NOUNS: &[&str] = &["government", "administration", "police", "authorities"];

/// Kinds of places named in the plural before a list of them.
const EN_PLACE_KINDS_PLURAL: &[&str] = &[
    "areas",
    "districts",
    "towns",
    "villages",
    "cities",
    "provinces",
    "counties",
    "regions",
    "states",
    "islands",
    "prefectures",
];

/// Whether the name at token `at` is an item of a list of places: back over "X, Y and" to the
/// list's first item, before which its kind stands in the plural ("the provinces of Fujian,
/// Guangdong, Zhejiang and Hainan", "southwestern regions, including Kaohsiung, Pingtung,
/// Tainan, and Taitung").
fn in_a_list_of_places(toks: &[Tok], at: usize) -> bool {
    let capital = |k: usize| toks[k].class == Class::Word && toks[k].is_capitalized();
    let mut first = at;
    loop {
        let mut j = first;
        if j > 0 && toks[j - 1].is("and") {
            j -= 1;
        }
        if j > 0 && toks[j - 1].is_punct(',') {
            j -= 1;
        }
        if j == first {
            break;
        }
        let mut start = j;
        while start > 0 && capital(start - 1) {
            start -= 1;
        }
        if start == j {
            break;
        }
        first = start;
    }
    let mut k = first;
    while k > 0 && (toks[k - 1].is_punct(',') || toks[k - 1].is_any(&["of", "including", "like"])) {
        k -= 1;
    }
    k > 0 && k < first && toks[k - 1].is_any(EN_PLACE_KINDS_PLURAL)
}

/// Directions from a place ("south-west of Marrakesh").
const EN_DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
];

/// Compass points that make the name after them a place's.
const EN_COMPASS: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
];

/// Whether the words around the name at `at` tell an English place: a kind of place after it
/// ("Gadagushani area"), "way to" before it, or a route "from X to Y" it is either end of.
fn english_place(toks: &[Tok], at: usize) -> bool {
    let is = |k: Option<usize>, w: &str| k.and_then(|k| toks.get(k)).is_some_and(|t| t.s == w);
    let capital = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.class == Class::Word && t.is_capitalized())
    };
    let end = run_at(toks, at);
    if toks
        .get(end)
        .is_some_and(|t| t.is_lower_word() && t.is_any(EN_PLACE_KINDS))
    {
        return true;
    }
    let before = at.checked_sub(1);
    if is(before, "to") && is(at.checked_sub(2), "way") {
        return true;
    }
    // "northern Sumatra", "south-western Nigeria": a compass point before a name is a place's.
    if before.is_some_and(|k| toks[k].is_lower_word() && toks[k].is_any(EN_COMPASS)) {
        return true;
    }
    // "71km south-west of Marrakesh", "the city of Marrakech", "the town of Ighil": a
    // direction or a kind of place, then "of", before a name is a place's.
    if is(before, "of")
        && at.checked_sub(2).is_some_and(|k| {
            toks[k].is_lower_word()
                && (toks[k].is_any(EN_DIRECTIONS) || toks[k].is_any(EN_PLACE_KINDS))
        })
    {
        return true;
    }
    if is(before, "from") && is(Some(end), "to") && capital(end + 1) {
        return true;
    }
    if in_a_list_of_places(toks, at) {
        return true;
    }
    // "from Kullu to Gadaghusheni": back over the capitalised run before "to" to a "from".
    if is(before, "to") {
        let mut start = at - 1;
        while start > 0 && capital(start - 1) {
            start -= 1;
        }
        return start < at - 1 && is(start.checked_sub(1), "from");
    }
    false
}

/// "Cựu HLV Liverpool, Brendan Rodgers đã …", "CEO Apple - Tim Cook nói": one word between a
/// role and a comma or a dash, then the person's full name and the clause going on, says whose
/// role it is (a club, a company); the person is the name after the mark. A list of people
/// after a role ("ca sĩ Madonna, Celine Dion và Pink") goes on with "và" or a comma instead.
fn qualifies_a_role(toks: &[Tok], at: usize) -> bool {
    let mark = at + 1;
    let apposition = |t: &Tok| t.is_punct(',') || t.is_punct('-') || t.is_punct('–');
    if ROLE_ENDS.before(toks, at).is_none() || !toks.get(mark).is_some_and(apposition) {
        return false;
    }
    let name = mark + 1;
    let end = run_at(toks, name);
    end >= name + 2
        && toks
            .get(end)
            .is_some_and(|t| t.is_lower_word() && !t.is_any(&["và", "cùng", "hoặc", "and", "or"]))
}

/// First words of place names that never open a person's name: a saint's, an article, and
/// "Tp", "Tx" (thành phố, thị xã written short with a small letter, so no acronym).
const PLACE_PREFIXES: &[&str] = &[
    "San", "Santa", "Santo", "São", "Saint", "St.", "Los", "Las", "Tp", "Tx",
];

/// Two capitals or more and no lower-case letter: "CLB", "TP", "UBND" (the run's tokens
/// already start with a capital).
pub fn is_acronym(t: &Tok) -> bool {
    let mut chars = t.s.chars();
    chars.next();
    chars.next().is_some_and(char::is_uppercase) && !chars.any(char::is_lowercase)
}

/// The capitalised run starting at `start`: words with a capital first letter, a middle
/// initial with its dot ("Sergey A. Ryabkov"), and a final initial ("Nguyễn Văn T.").
fn run_at(toks: &[Tok], start: usize) -> usize {
    let mut k = start;
    while k < toks.len() && toks[k].class == Class::Word && toks[k].is_capitalized() {
        // "from Paris to Cairo Thursday morning": a weekday ends the name before it.
        if k > start && super::date::is_english_weekday(&toks[k]) {
            break;
        }
        // "in Washington January 21, 2017": a month before a day number opens a date.
        if k > start
            && toks.get(k + 1).is_some_and(|t| t.class == Class::Num)
            && super::date::is_english_calendar_word(&toks[k])
        {
            break;
        }
        k += 1;
        // "Institute of Geophysics", "Bank of England": a body's kind, "of" and what it is of.
        if toks.get(k).is_some_and(|t| t.s == "of")
            && OF_HEADS.contains(&toks[k - 1].s)
            && toks
                .get(k + 1)
                .is_some_and(|t| t.class == Class::Word && t.is_capitalized())
        {
            k += 1;
            continue;
        }
        // "Luiz Inácio 'Lula' da Silva": a nickname in quotes inside the name.
        let quote = |k: usize| toks.get(k).is_some_and(is_quote_mark);
        let capital = |k: usize| {
            toks.get(k)
                .is_some_and(|t| t.class == Class::Word && t.is_capitalized())
        };
        if quote(k)
            && capital(k + 1)
            && quote(k + 2)
            && (capital(k + 3)
                || (toks
                    .get(k + 3)
                    .is_some_and(|t| t.lower && PARTICLE_WORDS.contains(t))
                    && capital(k + 4)))
        {
            k += 3;
            k += usize::from(!capital(k));
            continue;
        }
        // "Banco del Austro", "Robin van Persie": a particle between two capitalised words;
        // or two ("Luis de la Fuente", "Ursula von der Leyen", "Ruud van den Bosch").
        let particle = |j: usize| {
            toks.get(j)
                .is_some_and(|t| t.lower && PARTICLE_WORDS.contains(t))
        };
        let capital_at = |j: usize| {
            toks.get(j)
                .is_some_and(|t| t.class == Class::Word && t.is_capitalized())
        };
        // "Hanoi People's Committee", "Sheriff's Office", "Launch Owners' Association": a
        // group or a role owning the body's kind is inside its name (not a state's or a
        // person's: "Russia's Foreign Ministry", "Trump's lawyers").
        let apostrophe = |j: usize| toks.get(j).is_some_and(Tok::is_apostrophe);
        if apostrophe(k) && toks[k - 1].is_any(POSSESSIVE_OWNERS) {
            if toks.get(k + 1).is_some_and(|t| t.s == "s") && capital_at(k + 2) {
                k += 2;
                continue;
            }
            if toks[k - 1].s.ends_with('s') && capital_at(k + 1) {
                k += 1;
                continue;
            }
        }
        // ("I am Malala": the pronoun and its verb, no name's particle.)
        if particle(k) && capital_at(k + 1) && toks[k - 1].s != "I" {
            k += 1;
            continue;
        }
        if particle(k)
            && toks
                .get(k + 1)
                .is_some_and(|t| t.lower && t.is_any(&["la", "las", "los", "der", "den", "le"]))
            && capital_at(k + 2)
        {
            k += 2;
            continue;
        }
        let initial = toks[k - 1].s.chars().nth(1).is_none();
        if initial
            && toks.get(k).is_some_and(|t| t.is_punct('.'))
            && toks
                .get(k + 1)
                .is_some_and(|t| t.class == Class::Word && t.is_capitalized())
        {
            k += 1;
        }
    }
    k
}

/// Vietnamese family names that, written without marks, are also words (`Dinh` a palace, `Vu`
/// in `Vu Lan`, `Le`, `Do`, `Ho`): a person's only as a plain three-syllable name closing a run.
const UNMARKED_WORD_SURNAMES: &[&str] = &["Dinh", "Vu", "Le", "Do", "Ho", "Lam", "Ly"];

/// Groups and roles whose possessive opens the rest of a body's name ("People's Committee",
/// "Children's Hospital", "Sheriff's Office", "Owners' Association").
const POSSESSIVE_OWNERS: &[&str] = &[
    "People",
    "Children",
    "Women",
    "Men",
    "Workers",
    "Owners",
    "Farmers",
    "Veterans",
    "Teachers",
    "Journalists",
    "Writers",
    "Sheriff",
    "Examiner",
    "Coroner",
    "Prosecutor",
    "Attorney",
    "Mayor",
    "Governor",
    "President",
    "Minister",
    "Marshal",
    "Chancellor",
];

/// Quotation marks, straight and curly.
const QUOTES: &[char] = &['\'', '"', '‘', '’', '“', '”'];

/// Whether a token is quotation marks only.
fn is_quote_mark(t: &Tok) -> bool {
    t.class == Class::Punct && t.s.chars().all(|c| QUOTES.contains(&c))
}

fn text_of(text: &str, toks: &[Tok], a: usize, b: usize) -> String {
    // As written, with white space folded to single spaces ("Sergey A. Ryabkov").
    let s = &text[toks[a].start..toks[b - 1].end];
    // A nickname's quotes are no letters of the name ("Luiz Inácio 'Lula' da Silva").
    if toks[a..b].iter().any(is_quote_mark) {
        return s
            .split_whitespace()
            .map(|w| w.trim_matches(QUOTES))
            .collect::<Vec<_>>()
            .join(" ");
    }
    let mut prev_space = false;
    let folded = s.bytes().all(|c| {
        let ok = !(matches!(c, b'\n' | b'\t' | b'\r') || (prev_space && c == b' '));
        prev_space = c == b' ';
        ok
    });
    if folded {
        return s.to_string();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether the run is followed by an age or a birth year: "Hồ Lĩnh (SN 1999", "Lê Văn Tưởng, 41
/// tuổi", "Trần Hữu Anh (1986,".
fn followed_by_age(toks: &[Tok], end: usize) -> bool {
    let opens = toks
        .get(end)
        .is_some_and(|t| t.is_punct('(') || t.is_punct(','));
    let next = toks.get(end + 1);
    opens
        && next.is_some_and(|t| {
            t.is("SN")
                || t.is("sinh")
                || (t.class == Class::Num
                    && (toks.get(end + 2).is_some_and(|u| u.is("tuổi"))
                        || (t.s.len() == 4 && t.s.starts_with(['1', '2']))))
        })
}

/// Whether the run at `a` continues a list of people: "Hồ Nghĩa (SN 1968), Hồ Lĩnh (SN 1999)
/// và Hồ Toán" — "và" or a comma before it, and a person's name found just before.
fn listed_after_person(toks: &[Tok], a: usize, out: &[Claim]) -> bool {
    let joined = a > 0 && toks[a - 1].is_any(&["và", ","]);
    let window = toks[a.saturating_sub(12)].start;
    joined
        && out.iter().any(|c| {
            c.kind == Kind::Name
                && c.slot.starts_with("name/")
                && (window..=toks[a].start).contains(&c.span.end)
        })
}

/// An age written as one hyphened adjective: "Ten-year-old", "40-year-old", "Six-month-old".
fn is_age_adjective(t: &Tok) -> bool {
    // Asked of every run's first word: compared in place, with no lower-cased copy.
    let s = t.s.as_bytes();
    ["-year-old", "-month-old", "-week-old", "-day-old"]
        .iter()
        .any(|age| {
            s.len() > age.len() && s[s.len() - age.len()..].eq_ignore_ascii_case(age.as_bytes())
        })
}

/// Participles that make a name hyphened before them an adjective ("Swift-themed").
const HYPHEN_ADJECTIVES: &[&str] = &[
    "themed",
    "bound",
    "based",
    "led",
    "backed",
    "born",
    "style",
    "inspired",
    "owned",
    "linked",
    "funded",
    "flagged",
    "made",
    "built",
    "controlled",
    "run",
    "registered",
    "speaking",
    "affiliated",
    "allied",
    "aligned",
    "sponsored",
    "brokered",
    "era",
];

/// The slot of a person's name known without a title (a full name, or a name with an age).
const PERSON_SLOT: &str = "name/person";

fn push(
    out: &mut Vec<Claim>,
    value: String,
    slot: std::borrow::Cow<'static, str>,
    span: Span,
    sentence: Span,
) {
    out.push(Claim {
        kind: Kind::Name,
        value: Value::Text(value),
        range: (0.0, 0.0),
        qualifier: None,
        slot,
        span,
        sentence,
        rule: "name",
        weekday: None,
    });
}

/// "CEO Atlassian Scott Farquhar": when the first word of a name of three or more words is
/// named alone elsewhere in the article (the company), the name is the rest; so is a foreign
/// person's name after a Vietnamese one ("Lầu Năm Góc Peter Cook"). Runs over one
/// article's claims once they are all found; returns the indices of the claims it changed.
pub fn split_known_prefixes<'c>(
    text: &str,
    claims: impl Iterator<Item = &'c mut Claim>,
) -> Vec<usize> {
    let mut names: Vec<(usize, &mut Claim)> = claims
        .enumerate()
        .filter(|(_, c)| c.kind == Kind::Name)
        .collect();
    // Names given alone (organisations, places, works), by the hash of their text.
    // A name that speaks ("Rashed said") is a person's: "Rashed Bin Khaled" is no body
    // called Rashed.
    let speaks = |c: &Claim| {
        let after = text.get(c.span.end..).unwrap_or("").trim_start();
        ["said", "says", "told", "nói", "cho biết"]
            .iter()
            .any(|w| after.starts_with(w))
    };
    let mut alone: Vec<u64> = names
        .iter()
        .filter(|(_, c)| c.slot == "name" && !speaks(c))
        .filter_map(|(_, c)| match &c.value {
            Value::Text(t) => Some(crate::token::fold_hash(t)),
            _ => None,
        })
        .collect();
    alone.sort_unstable();
    let mut changed = Vec::new();
    for (i, c) in names.iter_mut() {
        // Only a person's name can hide an organisation before it ("CEO Atlassian Scott
        // Farquhar"); "Suzuki Motor Corp" is one organisation.
        let Value::Text(v) = &c.value else {
            continue;
        };
        // Only a person's name can hide an organisation before it ("CEO Atlassian Scott
        // Farquhar", "phim Hollywood Paul Blackthorne"); "Suzuki Motor Corp" is one name.
        if !c.slot.starts_with("name/")
            && (ORG_END_WORDS.iter().any(|w| v.ends_with(w)) || names_a_body_of(v))
        {
            continue;
        }
        // The longest known prefix that leaves a name of two words or more, else a Vietnamese
        // name of a body before a foreign person's ("Lầu Năm Góc Peter Cook").
        let cut = v
            .rmatch_indices(' ')
            .map(|(at, _)| at)
            .find(|&at| {
                v[at + 1..].contains(' ')
                    && alone
                        .binary_search(&crate::token::fold_hash(&v[..at]))
                        .is_ok()
            })
            .or_else(|| foreign_after_vietnamese(v));
        // A name that ends in what it names ("Utah Valley Regional Medical Center", "Utah
        // Valley Hospital") is one name whatever place opens it. (Asked only of a name a
        // prefix would cut: most are cut nowhere.)
        let ends_in_its_kind =
            || !c.slot.starts_with("name/") && v.rsplit(' ').next().is_some_and(ends_with_its_kind);
        if let Some(at) = cut.filter(|_| !ends_in_its_kind()) {
            let rest = v[at + 1..].to_string();
            if let Some(found) = text[c.span.start..c.span.end].find(&rest) {
                c.span.start += found;
                c.value = Value::Text(rest);
                changed.push(*i);
            }
        }
    }
    changed
}

/// Where a name turns from Vietnamese words (one with Vietnamese letters at least) to two or
/// more Latin words that cannot be Vietnamese syllables: the space before the foreign part.
/// "Trương Nam Thanh" stays whole ("Nam Thanh" are syllables); so does "Kim Jong Un" (no
/// Vietnamese letters before it).
fn foreign_after_vietnamese(v: &str) -> Option<usize> {
    // Most names are one script or the other: nothing to cut.
    if v.is_ascii() {
        return None;
    }
    let foreign = |w: &str| w.is_ascii() && !super::syllable::is_vietnamese(w);
    // The first foreign word (syllables are read for Latin words only: most names have none).
    let mut at = 0;
    for w in v.split(' ') {
        if foreign(w) {
            break;
        }
        at += w.len() + 1;
    }
    let (head, rest) = (v.get(..at.checked_sub(1)?)?, v.get(at..)?);
    // Vietnamese words before it, one with Vietnamese letters at least ("José Antonio
    // Martinez" is whole), and two Latin words or more from it.
    let vietnamese_head = !head.is_ascii()
        && head
            .split(' ')
            .all(|w| w.is_ascii() || super::syllable::is_vietnamese(w));
    let latin_rest = rest.is_ascii() && rest.contains(' ');
    (vietnamese_head && latin_rest).then(|| at - 1)
}

/// Websites named in the text ("qua website www.drvn.gov.vn"): the host, as a name, read at a
/// "www" token (a rule of the sentence pass). A link with a path is a source, not a name, and
/// is left out.
pub fn website_at(
    text: &str,
    toks: &[Tok],
    i: usize,
    sentence: Span,
    out: &mut Vec<Claim>,
) -> Option<usize> {
    let t = &toks[i];
    if !t.s.eq_ignore_ascii_case("www") || !toks.get(i + 1).is_some_and(|d| d.is_punct('.')) {
        return None;
    }
    let rest = &text[t.start..sentence.end];
    let host_len = rest
        .find(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ')' | '(' | '"' | '”'))
        .unwrap_or(rest.len());
    let host = rest[..host_len].trim_end_matches('.');
    if host.split('.').count() < 3 || host.contains('/') || host.split('.').any(str::is_empty) {
        return None;
    }
    push(
        out,
        host.to_string(),
        "website".into(),
        Span::new(t.start, t.start + host.len()),
        sentence,
    );
    Some(toks.partition_point(|k| k.start < t.start + host.len()))
}

/// The names an article has already given: by spelling and title (hash), so a name is claimed
/// once per article at its first mention; and the people's names of two words or more without
/// marks, `y` as `i` (`bo ti`) with the spelling first given, so a later mention without a
/// title spelt otherwise ("gọi Bo Tí" after "em Bo Tý") is known as that person's.
#[derive(Debug, Default)]
pub struct Seen {
    keys: std::collections::HashSet<u64, crate::token::KeyHasher>,
    people: std::collections::HashMap<String, String>,
}

/// A person's name without marks and with `y` as `i` (Vietnamese writes `Tý` and `Tí`, `Mỹ`
/// and `Mĩ`).
fn bare_name(value: &str) -> String {
    crate::entity::fold_person(value).replace('y', "i")
}

/// Names in one tokenised sentence.
pub fn names(text: &str, toks: &[Tok], sentence: Span, seen: &mut Seen, out: &mut Vec<Claim>) {
    // An English headline in Title Case capitalises every word: its capitals name nothing
    // ("EgyptAir Flight Disappears Over Mediterranean with 66 Passengers Onboard").
    if is_title_case(toks) {
        return;
    }
    // The sentence's first word (after any opening quote or bracket).
    let first_word_at = toks
        .iter()
        .position(|t| t.class != Class::Punct)
        .unwrap_or(0);
    // Where the last run that named a place ended: "các con phố Quán Sứ, Lý Thường Kiệt, Bà
    // Triệu" lists streets, not people, after one place word.
    let mut place_list_end: Option<usize> = None;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        // "M/B Kim Nirvana", "M/V Sewol": the letter after a slash is the prefix's end.
        let after_slash = i >= 2
            && toks[i - 1].is_punct('/')
            && toks[i - 1].end == t.start
            && toks[i - 2].end == toks[i - 1].start;
        // "Fifty-three Nepalese passengers": a number word before a people's name counts them,
        // it names no one ("One Direction", "Twenty One Pilots" keep theirs).
        let people = |n: &Tok| {
            n.s.is_ascii()
                && (crate::entity::demonym_plural(n.s).is_some()
                    || ["ese", "ian", "ians", "ans", "ish"]
                        .iter()
                        .any(|e| n.s.ends_with(e)))
        };
        let number_word =
            || super::numeral::is_english_number_word(t) && toks.get(i + 1).is_some_and(people);
        if t.class != Class::Word || !t.is_capitalized() || after_slash || number_word() {
            i += 1;
            continue;
        }
        let end = run_at(toks, i);
        // "82 Iranians", "Sixty-three Canadians": a people counted, no one's name.
        if crate::entity::demonym_plural(toks[end - 1].s).is_some() {
            i = end.max(i + 1);
            continue;
        }
        // "(Top Streaming Songs Artist)", "Top R&B Album": a chart or award category, no one's
        // name; what is joined to it by "&" goes with it.
        if t.s == "Top" && end > i + 1 {
            let mut k = end;
            while toks.get(k).is_some_and(|t| t.is_punct('&'))
                && toks
                    .get(k + 1)
                    .is_some_and(|t| t.class == Class::Word && t.is_capitalized())
            {
                k = run_at(toks, k + 1);
            }
            i = k;
            continue;
        }
        let in_place_list = place_list_end.is_some_and(|e| {
            (e..i).len() <= 2 && toks[e..i].iter().all(|t| t.is_punct(',') || t.is("và"))
        });
        let run = Run {
            span: (i, end),
            first_word_at,
            in_place_list,
        };
        if name_in_run(text, toks, run, sentence, seen, out) {
            place_list_end = Some(end);
        }
        i = end.max(i + 1);
    }
}

/// Lower-case words of an English headline in Title Case: articles, conjunctions and short
/// prepositions.
const HEADLINE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with",
    "into", "from", "as", "over", "after", "off", "up", "vs",
];

/// Whether a sentence is an English headline in Title Case: five words or more, all in Latin
/// letters, few commas, and either every word capitalised but the small ones
/// ([`HEADLINE_SMALL_WORDS`]), or, with no full stop (a sentence of the text has one), all but
/// a fifth of the words capitalised and the others short.
fn is_title_case(toks: &[Tok]) -> bool {
    let (mut words, mut capitalised, mut commas) = (0, 0, 0);
    let (mut small, mut stop, mut colon) = (true, false, false);
    for (k, t) in toks.iter().enumerate() {
        if t.is_punct('.') {
            // A headline may end with a full stop; one inside is a sentence's abbreviation.
            if k + 1 < toks.len() {
                return false;
            }
            stop = true;
        }
        commas += usize::from(t.is_punct(','));
        colon |= t.is_punct(':');
        if t.class != Class::Word {
            continue;
        }
        if !t.s.is_ascii() || (!t.is_capitalized() && t.s.len() > 4) {
            return false;
        }
        words += 1;
        capitalised += usize::from(t.is_capitalized());
        small &= t.is_capitalized() || HEADLINE_SMALL_WORDS.contains(&t.s);
    }
    // A comma may part a headline's clauses ("7 Killed, 200 Injured After …"), each of some
    // words; a line of names parted by commas is a list (a team's line-up).
    // "Album Rap: Meek Mill, Dreams Worth More Than Money": a label, then a list.
    let clauses = words >= 5 && words >= 4 * (commas + 1) && !(colon && commas > 0);
    // "Secretary of State Antony Blinken met Foreign Minister Sergei Lavrov." lowers a verb.
    clauses && ((small && capitalised >= 4) || (!stop && capitalised * 5 >= words * 4))
}

/// A capitalised run and what the sentence around it says.
struct Run {
    span: (usize, usize),
    first_word_at: usize,
    /// The run continues a list of places.
    in_place_list: bool,
}

/// Decides whether the capitalised run holds a name, and pushes it. Returns whether the run
/// names a place (so a list of them can be followed).
fn name_in_run(
    text: &str,
    toks: &[Tok],
    run: Run,
    sentence: Span,
    seen: &mut Seen,
    out: &mut Vec<Claim>,
) -> bool {
    let Run {
        span: (mut a, b),
        first_word_at,
        in_place_list,
    } = run;
    // "Ten-year-old Zoey Levesque": an age written as an adjective opening the sentence is
    // no part of the name after it.
    if is_age_adjective(&toks[a]) {
        a += 1;
        if a == b {
            return false;
        }
    }
    // The sentence's first word alone is capitalised anyway: a name only before "cho biết",
    // "nói" (most runs are this, and leave here).
    let speaker_after = || {
        toks.get(b)
            .is_some_and(|t| t.is_any(&["cho", "nói", "said", "says"]))
    };
    // A clause opens after a quotation mark, a bracket or a colon as at the sentence's start:
    // its first word is capitalised anyway ("Cô chia sẻ: “Khi Mark …").
    let opens_clause = |k: usize| {
        k == first_word_at
            || k.checked_sub(1).is_some_and(|p| {
                toks[p].class == Class::Punct
                    && matches!(toks[p].s, "“" | "\"" | "«" | "(" | ":" | "‘")
            })
    };
    if b == a + 1 && opens_clause(a) && !speaker_after() && !owns(toks, a, b) {
        return false;
    }
    // The commonest run, one Vietnamese word with no title before it ("Nga", "Huế", "Công"),
    // is no name; it only says whether it continues a list of places.
    if b == a + 1
        && toks[a].s.chars().nth(1).is_some()
        && is_vietnamese_token(&toks[a])
        && ROLE_ENDS.before(toks, a).is_none()
    {
        return in_place_list || PLACE_ENDS.before(toks, a).is_some();
    }
    // In a list of places ("các con phố Quán Sứ, Bà Triệu, Nguyễn Du") even a title or a family
    // name opens a place's name.
    if in_place_list && toks[a..b].iter().all(is_vietnamese_token) {
        return true;
    }
    // "Bà Rịa-Vũng Tàu" is a province, whatever its first word says.
    let is_place_name = |from: usize| {
        PLACE_FIRST_WORDS.contains(&toks[from]) && {
            let whole = &text[toks[from].start..toks[b - 1].end];
            PLACE_NAMES.iter().any(|p| whole.starts_with(p))
        }
    };
    if is_place_name(a) {
        return true;
    }
    // "M.U", "L.T.T": letters with dots are an acronym or initials, no name.
    if b > a + 1
        && toks[a..b]
            .iter()
            .all(|t| t.class == Class::Punct || t.s.chars().nth(1).is_none())
    {
        return false;
    }
    // "C38TT12", "A1 TV Channel": a code in the run, no name.
    if toks[a..b]
        .iter()
        .any(|t| t.s.bytes().any(|c| c.is_ascii_digit()))
    {
        return false;
    }
    // "16 triệu Won", "2 tỷ Yên", "1,500 degrees Celsius": a unit after a figure, or the end of
    // one, no name.
    let after_figure = |j: usize| {
        j > 0 && (toks[j - 1].class == Class::Num || super::numeral::scale(&toks[j - 1]).is_some())
    };
    if b == a + 1
        && (a.saturating_sub(1)..=a).any(|j| {
            after_figure(j) && super::noun::noun_at(toks, j).is_some_and(|(_, n)| j + n >= b)
        })
    {
        return false;
    }
    // "căn nhà số 423 Võ Văn Tần": a street after a house number.
    if a >= 2 && toks[a - 1].class == Class::Num && toks[a - 2].is("số") {
        return true;
    }
    // "Additional Director General", "Principal Secretary": a run that ends with an English
    // title and holds no name after it is a post, not a name.
    // (Titles are at most three words: only the run's last three can open one that ends it.)
    if (b.saturating_sub(3).max(a)..b).any(|k| {
        EN_TITLE_INDEX
            .longest_at(toks, k, true)
            .is_some_and(|(_, n)| k + n == b && !toks[k].is_any(ROYAL_TITLES))
    }) {
        return false;
    }
    // The title before the run, or a capitalised title opening it ("Ông Blinken").
    // The role's tokens; written into the slot only when a name is pushed.
    let mut role: Option<(usize, usize)> = ROLE_ENDS
        .before(toks, a)
        .or_else(|| title_before_aside(toks, a));
    if b - a >= 2 && RUN_TITLE_WORDS.contains(&toks[a]) {
        role = Some((a, a + 1));
        a += 1;
    }
    // An English title opening the run ("President Obama", "Foreign Minister Sergei Lavrov",
    // "Secretary of State Antony Blinken", "Greek Defense Minister Panos Kammenos").
    let title_from = a + crate::entity::alias_at(toks, a)
        .filter(|e| e.1 == crate::entity::EntityKind::State)
        .map_or(0, |e| e.2);
    let of_state = title_from < b && body_of_title(toks, title_from);
    let title = if of_state {
        Some((title_from - 2, title_from + 1))
    } else {
        EN_TITLE_INDEX
            .longest_at(toks, title_from, true)
            .map(|(_, n)| (title_from, title_from + n))
            // "Philadelphia Mayor Michael Nutter", "Philadelphia Police Commissioner Charles
            // Ramsey": a place or body of one or two words may come first when a full name
            // (two words at least) follows ("Martin Luther King Jr" has no title).
            .or_else(|| {
                (title_from + 1..=title_from + 2).find_map(|k| {
                    EN_TITLE_INDEX
                        .longest_at(toks, k, true)
                        .filter(|&(_, n)| k + n + 2 <= b && !toks[k].is_any(ROYAL_TITLES))
                        .map(|(_, n)| (k, k + n))
                })
            })
    };
    // A title run on by another ("Chief Minister K Chandrashekar Rao"): the name starts
    // after the last one that leaves a name.
    let title = title.map(|(start, mut end)| {
        while let Some((_, n)) = EN_TITLE_INDEX.longest_at(toks, end, true) {
            if end + n >= b {
                break;
            }
            end += n;
        }
        (start, end)
    });
    // The title's tokens (start, end), a name after them. ("General Elections Commission":
    // a public body's name may open with a title's word.)
    let body = || toks[b - 1].is_any(BODY_END_WORDS) || toks[b - 1].is_any(ORG_END_WORDS);
    if let Some((start, end)) = title.filter(|&(_, end)| end < b && !body()) {
        role = Some((start, end));
        a = end;
    }
    // States and places of the alias table are entities, not names; one opening the run is
    // where the person is from ("lãnh đạo Triều Tiên Kim Yong-un").
    while let Some((_, _, n)) = crate::entity::alias_at(toks, a) {
        // A whole run that is a state or place of the table ("Ukraine", "Hàn Quốc") is no name.
        if a + n == b {
            return false;
        }
        // A state opening an organisation's name is part of it ("Japan Airlines Co", "Bangladesh
        // Inland Water Transport Authority").
        if names_an_org_after(toks, a, a + n)
            || (body()
                && toks[a..a + n]
                    .iter()
                    .all(|t| t.s.is_ascii() && !is_vietnamese_token(t)))
        {
            break;
        }
        // After a role one word may follow ("Tổng thống Mỹ Obama"); otherwise a name of two.
        if a + n + if role.is_some() { 1 } else { 2 } > b {
            break;
        }
        a += n;
    }
    // "Phát ngôn viên Quốc Phòng Hàn Quốc Moon Sang Gyun": the name follows the state.
    if let Some(after) = (a + 1..b.saturating_sub(2)).rev().find_map(|k| {
        crate::entity::alias_at(toks, k)
            .filter(|e| {
                e.1 == crate::entity::EntityKind::State
                    && k + e.2 + 2 <= b
                    && !names_an_org_after(toks, k, k + e.2)
                    && !body()
            })
            .map(|e| k + e.2)
    }) {
        a = after;
    }
    // "Chủ tịch CLB Ian Bankier", "đồng CEO Mike Cannon-Brookes": the name follows an
    // organisation's acronym or a role written as one.
    if let Some(last) = (a..b).rev().find(|&k| is_acronym(&toks[k])) {
        if ROLE_ACRONYM_WORDS.contains(&toks[last]) {
            role = Some((last, last + 1));
        }
        a = last + 1;
        // "sinh viên ĐH Đà Nẵng": what follows the acronym may be a place of the table.
        if crate::entity::alias_at(toks, a).is_some_and(|e| a + e.2 == b) {
            return true;
        }
    }
    // "M.U. Song …": dotted initials open the run; the name, if any, follows them.
    while b > a + 2
        && toks[a].s.chars().nth(1).is_none()
        && toks[a + 1].is_punct('.')
        && role.is_none()
        && toks.get(a + 3).is_some_and(|t| t.is_punct('.'))
    {
        a += 2;
    }
    if a >= b {
        return false;
    }
    // "Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung": a known place opening the run, though its
    // first syllable is a family name too, is where the official serves; the name follows.
    // (The family-name check first: the alias index is asked only for the few runs it passes.)
    if SURNAME_WORDS.contains(&toks[a]) {
        if let Some((_, _, len)) = crate::entity::alias_at(toks, a) {
            if a + len < b
                && SURNAME_WORDS.contains(&toks[a + len])
                && (2..=4).contains(&(b - a - len))
            {
                a += len;
            }
        }
    }
    // "Bí thư Tỉnh đoàn Khánh Hòa Nguyễn Văn Nhuận": a full name closing a longer run.
    if !SURNAME_WORDS.contains(&toks[a]) {
        // (A family name that is also a word, written without marks, closes the run only as
        // three plain syllables: "… Party Committee Dinh Tien Dung", not "Dinh Thống Nhất".)
        let unmarked_name = |p: usize| {
            b - p == 3
                && toks[p].is_any(UNMARKED_WORD_SURNAMES)
                && toks[p..b].iter().all(|t| t.s.is_ascii())
        };
        if let Some(p) = (a + 1..b).find(|&p| {
            (SURNAME_WORDS.contains(&toks[p]) && (3..=4).contains(&(b - p))) || unmarked_name(p)
        }) {
            a = p;
        } else if ORG_HEAD_WORDS.contains(&toks[a])
            && !role.is_some_and(|(p, q)| q == p + 1 && KIN.contains(&toks[p]))
        {
            // "Giám đốc Sở Tài nguyên", "Bộ trưởng Quốc phòng": an organisation after the role,
            // no name ("anh Quốc" is one: a kin title names a person).
            return false;
        }
    }
    // "Q. Tân Bình", "P. Khánh Xuân": an abbreviated place word opens the run.
    let abbreviated_place =
        b > a + 2 && toks[a].s.len() == 1 && toks[a + 1].is_punct('.') && role.is_none();
    if abbreviated_place {
        a += 2;
    }
    // "An EgyptAir flight", "A Metrojet Airbus": an English article before a foreign name is
    // not the name's ("An Giang", "Nguyễn An Khương" keep their "An").
    if b > a + 1
        && toks[a].is_any(ENGLISH_DETERMINERS)
        && toks[a].end < toks[a + 1].start
        && toks[a + 1].class == Class::Word
        && !is_vietnamese_token(&toks[a + 1])
    {
        a += 1;
    }
    // "The Kullu district administration", "The Modi government": the article is the noun's
    // after the name, not the name's ("The Weeknd won" keeps it); so is the article of a name
    // that ends in what it names ("The Civil Aviation Authority", as "the Civil Aviation
    // Authority" mid-sentence).
    if b > a + 1
        && toks[a].s == "The"
        && (toks
            .get(b)
            .is_some_and(|t| t.is_any(EN_PLACE_KINDS) || t.is_any(EN_BODY_NOUNS))
            || (b > a + 2
                && (ends_with_its_kind(toks[b - 1].s)
                    || (a + 2..b).any(|k| toks[k].is("of") && toks[k - 1].is_any(OF_HEADS)))))
    {
        a += 1;
    }
    // A role says person; without one, a place word before (or a list of places) says place.
    let after_place = abbreviated_place
        || (role.is_none() && (in_place_list || PLACE_ENDS.before(toks, a).is_some()));
    // "Nhìn Daniella Semaan, …", "Hết Mitsubishi lại đến …": a Vietnamese word opening the
    // sentence is not the name's.
    if opens_clause(a)
        && b > a + 1
        && role.is_none()
        && !SURNAME_WORDS.contains(&toks[a])
        && !toks[a].is_any(&[
            "The", "La", "Le", "El", "Los", "Las", "De", "Di", "Da", "Van", "Von", "Del", "Mc",
        ])
        && is_vietnamese_token(&toks[a])
        && toks[a + 1..b].iter().any(|t| !is_vietnamese_token(t))
    {
        a += 1;
    }
    // "Quoting Mawa port's …", "Citing Reuters": a participle of saying that opens an English
    // sentence is not the name's ("Sporting Kansas City", "Ding Tea" keep theirs).
    if opens_clause(a)
        && b > a + 1
        && (toks[a].is_any(SAYING_PARTICIPLES) || toks[a].is_any(ENGLISH_CLAUSE_OPENERS))
    {
        a += 1;
    }
    let len = b - a;
    // A mixed-case acronym ("WAGs") or the name part of an e-mail address is no name; a single
    // letter is one only as the designation of a place or a thing ("khán đài B", "giải B").
    // Counted only for a single word (most runs that reach here are longer or leave here).
    let single_chars = if len == 1 {
        toks[a].s.chars().count()
    } else {
        0
    };
    let letter = single_chars == 1 && !toks.get(b).is_some_and(|t| t.is_punct('.'));
    let abbreviation = single_chars == 1 && !letter;
    // A single word this long is a chemical or a compound, not a name.
    let too_long = single_chars > 15 && !toks[a].s.contains('-');
    if (len == 1 && toks[a].s.chars().nth(1).is_some_and(char::is_uppercase))
        || abbreviation
        || too_long
        || (letter && !after_place)
        || toks.get(b).is_some_and(|t| t.is_punct('@'))
    {
        return after_place;
    }
    let any_foreign = || toks[a..b].iter().any(|t| !is_vietnamese_token(t));
    // The sentence's first word is capitalised anyway: alone it is no evidence of a name.
    let first_word = opens_clause(a);
    let surname = SURNAME_WORDS.contains(&toks[a]);
    // After a formal role one Vietnamese syllable followed by a lower-case word opens an
    // organisation ("Giám đốc Cảng thủy nội địa", "Bộ trưởng Quốc phòng"); a person named by
    // the given name alone ("trung úy Vinh chia sẻ") ends the clause or speaks.
    let kin_role = role.is_some_and(|(_, q)| KIN.contains(&toks[q - 1]));
    if role.is_some()
        && !kin_role
        && len == 1
        && is_vietnamese_token(&toks[a])
        && toks
            .get(b)
            .is_some_and(|t| t.is_lower_word() && !SPEECH_WORDS.contains(t))
    {
        return false;
    }
    // A run ending in an organisation's word is its name, even after a role ("Tổng giám đốc
    // Vietnam Airlines": the role is held in it, not named by it).
    let person = (role.is_some() && !toks[b - 1].is_any(ORG_END_WORDS))
        || (len >= 3 && surname)
        || (len >= 2 && surname && (followed_by_age(toks, b) || listed_after_person(toks, a, out)))
        || (len >= 2 && !seen.people.is_empty() && {
            let written = text_of(text, toks, a, b);
            seen.people
                .get(&bare_name(&written))
                .is_some_and(|first| *first != written)
        });
    let kind = if after_place {
        // "bệnh viện Severance", "ở Las Vegas" are places; Vietnamese place names are not taken.
        if !letter && !any_foreign() {
            return true;
        }
        "name"
    } else if person && !is_place_name(a) {
        "person"
    } else if !(len == 1
        && (is_not_name(&toks[a]) || (first_word && !speaker_after() && !owns(toks, a, b))))
    {
        // "The Weeknd" keeps its article; a lone "The" or "Top" is no name.
        if !any_foreign() || (len == 1 && toks[a].s.chars().count() < 3) {
            return false;
        }
        "name"
    } else {
        return false;
    };
    // One claim per spelling and title in an article: its first mention.
    let role_key = match (kind, role) {
        ("person", Some((p, q))) => toks[p..q]
            .iter()
            .fold(1u64, |h, t| h.rotate_left(7) ^ t.key),
        ("person", None) => 2,
        _ => 3,
    };
    let name_key =
        crate::token::fold_hash(&text[toks[a].start..toks[b - 1].end]) ^ role_key.rotate_left(29);
    if !seen.keys.insert(name_key) {
        return after_place;
    }
    let mut value = text_of(text, toks, a, b);
    // "ông Võ Thanh Hùng-Trưởng ban quản lý": a role glued to the name by a hyphen is not the
    // name's.
    let mut end = toks[b - 1].end;
    if let Some((name, role)) = toks[b - 1].s.split_once('-') {
        if !name.is_empty()
            && role
                .split('-')
                .next()
                .is_some_and(|w| HYPHEN_ROLES.contains(&w))
        {
            end = toks[b - 1].start + name.len();
            value.truncate(value.len() - (toks[b - 1].end - end));
        }
    }
    // "a Taylor Swift-themed class", "the Singapore-flagged Dali", "Hamas-led": a word made
    // an adjective by its hyphened participle names what it is made of.
    if let Some((name, suffix)) = text[toks[b - 1].start..end].rsplit_once('-') {
        if !name.is_empty() && HYPHEN_ADJECTIVES.contains(&suffix) {
            let cut = end - toks[b - 1].start - name.len();
            end -= cut;
            value.truncate(value.len() - cut);
        }
    }
    if kind == "person" && len >= 2 {
        seen.people
            .entry(bare_name(&value))
            .or_insert_with(|| value.clone());
    }
    let slot = match (kind, role) {
        ("person", Some((p, q))) => {
            let mut slot = String::from("name/");
            for (k, t) in toks[p..q].iter().enumerate() {
                if k > 0 {
                    slot.push(' ');
                }
                // "Vice-President" and "Vice President" are one role.
                slot.extend(
                    t.s.chars()
                        .map(|c| if c == '-' { ' ' } else { c })
                        .flat_map(char::to_lowercase),
                );
            }
            slot.into()
        }
        ("person", None) => PERSON_SLOT.into(),
        _ => "name".into(),
    };
    push(out, value, slot, Span::new(toks[a].start, end), sentence);
    after_place
}

/// First words of Vietnamese roles a writer may glue to a name with a hyphen.
const HYPHEN_ROLES: &[&str] = &[
    "Trưởng",
    "Phó",
    "Giám",
    "Chủ",
    "Tổng",
    "Bí",
    "Thứ",
    "Chánh",
    "Cục",
    "Viện",
    "Trợ",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    #[test]
    fn every_name_example_holds() {
        let mut failures = Vec::new();
        for (text, want) in EXAMPLES {
            let mut toks = Vec::new();
            tokenize(text, Span::new(0, text.len()), &mut toks);
            let mut out = Vec::new();
            names(
                text,
                &toks,
                Span::new(0, text.len()),
                &mut Seen::default(),
                &mut out,
            );
            for i in 0..toks.len() {
                website_at(text, &toks, i, Span::new(0, text.len()), &mut out);
            }
            let got: Vec<String> = out.iter().map(|c| c.value.to_string()).collect();
            if got != *want {
                failures.push(format!("{text:?}: want {want:?}, got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// The names of `text` with their slots.
    fn named(text: &str) -> Vec<(String, String)> {
        let mut toks = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut toks);
        let mut out = Vec::new();
        let whole = Span::new(0, text.len());
        names(text, &toks, whole, &mut Seen::default(), &mut out);
        out.iter()
            .map(|c| (c.value.to_string(), c.slot.to_string()))
            .collect()
    }

    #[test]
    fn a_role_before_an_organisation_names_no_person() {
        let n = |v: &str, s: &str| (v.to_string(), s.to_string());
        assert_eq!(
            named("Ông đảm nhận chức Tổng giám đốc Vietnam Airlines từ năm 2012"),
            [n("Vietnam Airlines", "name")]
        );
        assert_eq!(
            named("Ông Dương Trí Thành thôi giữ chức Phó Tổng giám đốc Nguyễn Văn Hùng"),
            [
                n("Dương Trí Thành", "name/ông"),
                n("Nguyễn Văn Hùng", "name/tổng giám đốc")
            ]
        );
    }

    #[test]
    fn a_title_before_an_aside_in_brackets_is_the_persons() {
        let n = |v: &str, s: &str| (v.to_string(), s.to_string());
        assert_eq!(
            named("police Director-General Daljeet Chaudhary said"),
            [n("Daljeet Chaudhary", "name/director general")]
        );
        assert!(named(
            "Additional Director General of Police (Law and Order) Daljeet Choudhury told UNI"
        )
        .contains(&n("Daljeet Choudhury", "name/director general")));
        // A bracket after a place or a body gives no title.
        assert!(
            named("the city of Kanpur (Uttar Pradesh) Daljeet Choudhury told UNI")
                .contains(&n("Daljeet Choudhury", "name"))
        );
    }

    #[test]
    fn a_headline_in_title_case_is_told_from_one_in_sentence_case() {
        let title_case_of = |text: &str| {
            let mut toks = Vec::new();
            tokenize(text, Span::new(0, text.len()), &mut toks);
            title_case(&toks)
        };
        assert!(title_case_of(
            "25 Passengers Dead, 35 Injured after Bus Tumbles into Gorge in Himachal Pradesh's Kullu District"
        ));
        assert!(title_case_of("Nepal Plane Crash: What We Know So Far"));
        assert!(!title_case_of(
            "18 dead, over 30 injured as bus falls in gorge in Kullu district of Himachal Pradesh"
        ));
        assert!(!title_case_of("Nadal bất ngờ rút lui khỏi Roland Garros"));
        // Two capitalised words are a name as likely as a headline's style.
        assert!(!title_case_of("Shalini Agnihotri"));
    }

    #[test]
    fn a_foreign_name_after_a_vietnamese_one_is_the_person() {
        let rest = |v: &'static str| foreign_after_vietnamese(v).map(|at| &v[at + 1..]);
        assert_eq!(rest("Lầu Năm Góc Peter Cook"), Some("Peter Cook"));
        assert_eq!(
            rest("Hà Lan Michael Dudok De Wit"),
            Some("Michael Dudok De Wit")
        );
        assert_eq!(rest("Chuẩn Tướng Mohammed Samir"), Some("Mohammed Samir"));
        // Syllables without their marks, a name with no Vietnamese letters, one foreign word.
        assert_eq!(rest("Trương Nam Thanh"), None);
        assert_eq!(rest("Kim Jong Un"), None);
        assert_eq!(rest("Peter Cook"), None);
        assert_eq!(rest("Nguyễn Thị Kim Loan"), None);
        assert_eq!(rest("Đài Loan Tsai"), None);
        assert_eq!(rest("José Antonio Martinez"), None);
    }
}

#[cfg(test)]
mod place_or_org_tests {
    use super::*;
    use crate::token::tokenize;

    /// Whether the name `value`, found in `text`, is judged a place or an organisation.
    fn judged(text: &str, value: &str) -> bool {
        let mut toks = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut toks);
        let at = toks
            .iter()
            .position(|t| value.starts_with(t.s))
            .expect("the name is in the text");
        is_place_or_org(&toks, at, value)
    }

    #[test]
    fn banks_in_one_word_saints_places_and_whose_role_are_not_people() {
        for (text, value, place_or_org) in [
            ("Vietinbank thoái vốn tại Saigonbank", "Vietinbank", true),
            (
                "vụ nổ tại căn cứ quân sự Caroll, tỉnh Gyeongsang",
                "Caroll",
                true,
            ),
            (
                "71km (44 miles) south-west of Marrakesh, at a depth",
                "Marrakesh",
                true,
            ),
            (
                "the historic city of Marrakech, a Unesco site",
                "Marrakech",
                true,
            ),
            (
                "the Secretary of State Antony Blinken said",
                "Antony Blinken",
                false,
            ),
            (
                "máy bay cất cánh từ căn cứ không quân Hmeimim",
                "Hmeimim",
                true,
            ),
            (
                "Lễ trao giải ở San Francisco tối qua",
                "San Francisco",
                true,
            ),
            ("Đội bóng São Paulo thắng", "São Paulo", true),
            ("Người dân Tp Hòa Bình cho biết", "Tp Hòa Bình", true),
            ("Cầu thủ Santi Cazorla trở lại", "Santi Cazorla", false),
            (
                "Cựu HLV Liverpool, Brendan Rodgers đã được bổ nhiệm",
                "Liverpool",
                true,
            ),
            (
                "các ca sĩ Madonna, Celine Dion và Pink biểu diễn",
                "Madonna",
                false,
            ),
            ("HLV Conte, người Italy, nói", "Conte", false),
            (
                "Cựu HLV Liverpool - Brendan Rodgers chính thức",
                "Liverpool",
                true,
            ),
            ("Ông Nguyễn Văn Bảng phát biểu", "Nguyễn Văn Bảng", false),
            (
                "vụ tai nạn ở Đường Cao tốc La Sơn-Hòa Liên",
                "La Sơn-Hòa Liên",
                true,
            ),
            ("sạt lở trên đèo Khánh Lê", "Khánh Lê", true),
            (
                "Ông Douglas Fairbanks phát biểu",
                "Douglas Fairbanks",
                false,
            ),
            (
                "a tourist destination in northern Sumatera Island",
                "Sumatera",
                true,
            ),
            ("the northern Sumatera governor said", "Sumatera", true),
            ("President Joko Widodo said", "Joko Widodo", false),
            (
                "the provinces of Fujian, Guangdong, Zhejiang and Hainan.",
                "Hainan",
                true,
            ),
            (
                "southwestern regions, including Kaohsiung, Pingtung, Tainan, and Taitung.",
                "Tainan",
                true,
            ),
            (
                "the singers, including Adele, Drake and Rihanna.",
                "Rihanna",
                false,
            ),
        ] {
            assert_eq!(judged(text, value), place_or_org, "{value}");
        }
    }
}
