//! Figure rules: a number with its qualifier, the thing it counts (the slot) and the slot's
//! subject (`khoảng 90.000 lính Nga` → 90000, about, `troops/RU`). Also what is not a figure
//! to compare: URLs, IDs, phone numbers, plates (`ĐNa 90604`), names (`COVID-19`, `G7`,
//! `Nord Stream 2`), ordinals (`lần thứ 3`), bare years. It must not read dates, times or
//! durations: those rules run first.

use super::noun::{noun_at, FUNCTION, POPULATION_BEFORE};
use super::numeral::{self, Numeral};
use super::qualifier;
use super::{Ctx, Lead};
use crate::claim::{Claim, Kind, Value};
use crate::entity;
use crate::examples;
use crate::token::{phrase_before, words_at, Class, PhrasesBefore, Tok, WordSet};
use std::borrow::Cow;

pub const EXAMPLES: &[super::Example] = examples![
    "partitive": "said six of the 23 coaches have derailed" => ["number=6", "number=23"],
    "partitive": "31 of the injured were hospitalized" => ["number=31"],
    "point_fraction": "The Fed raised rates by three-quarters of a percentage point." => ["number=0.75"],
    "point_fraction": "a half-point rise in interest rates" => ["number=0.5"],
    "!point_fraction": "He won by half a point." => [],
    "partitive": "the toll could rise as 19 of those injured were in critical condition" => ["number=19"],
    "partitive": "The blast killed 25 people, five of them tourists." => ["number=25", "number=5"],
    "!partitive": "Police arrested 12 people and released five of them on Monday." => ["number=12", "date=2022-01-17"],
    "partitive": "Four of the firefighters were trapped inside" => ["number=4"],
    "partitive": "At least 17 of 48 houses in the village were buried" => ["number=17", "number=48"],
    "partitive": "có 3 người nguy kịch, 2 trong 3 người này đã tử vong" => ["number=3", "number=2", "number=3"],
    "!partitive": "Anh Ty, 1 trong 6 ngư dân trên tàu, cho biết" => ["number=6"],
    "partitive": "Three out of the 40 passengers were killed" => ["number=3", "number=40"],
    "partitive": "leaving five out of six people on the plane missing" => ["number=5", "number=6"],
    "partitive": "Five of the six coast guard members on board were confirmed dead" => ["number=5", "number=6"],
    "!partitive": "one of the five of us" => [],
    "partitive": "The crash claimed 241 of the 242 people onboard" => ["number=241", "number=242"],
    "partitive": "there have been 40 of the 95 confirmed deaths in the country" => ["number=40", "number=95"],
    "!figure": "Jeju Air flight 2216 crash at Muan airport" => [],
    "!figure": "The Airbus flight 4U 9525 crashed after an eight-minute descent" => ["duration=PT8M"],
    "!figure_words": "Police at the crash site said no one survived" => [],
    "figure": "Day 2 Wayanad landslides: over 170 dead" => ["number=170"],
    "!figure": "Labour's historic landslide: 2024 UK election results" => [],
    "!figure": "the first 911 calls came in at the bowling alley" => [],
    "!figure": "Người dân gọi 114 báo cháy" => [],
    "!figure": "tàu cá QNg - 44586 TS của ông Dũng bị sóng đánh chìm" => [],
    "figure": "GDP quý 3 ước tăng 5,33% so với cùng kỳ năm trước" => ["number=5.33"],
    "figure": "Hội đồng có 5 GS và 12 TS" => ["number=5", "number=12"],
    "!figure": "lực lượng Cảnh sát 113 nhanh chóng có mặt" => [],
    "!figure": "cầu Phong Châu tại km 18+300 quốc lộ 32C bị sập" => [],
    "!figure": "đất đá chắn ngang quốc lộ 20 phía trước chốt" => [],
    "share": "với 440/440 đại biểu tham gia biểu quyết tán thành" => ["number=440"],
    "share": "có 452/483 đại biểu có mặt đồng ý" => ["number=452"],
    "!share": "mã số 500/400 người" => [],
    "!share": "Khoảng 4/10 người cho biết sẽ tiết kiệm" => [],
    "!share": "ngày 21/10 đại biểu họp" => ["date=2021-10-21"],
    "!figure_words": "One survivor told local media there were no alarms" => [],
    "!figure_words": "one local resident said the water rose fast" => [],
    "figure_words": "One survivor was found; one passenger who said he saw it" => ["number=1", "number=1"],
    "figure": "nhận hối lộ 20 triệu đồng" => ["number=20000000"],
    "!figure": "tại Km4+100 tuyến đường tỉnh 172, đoạn qua thôn 8" => [],
    "!figure": "xảy ra ở số nhà 37 ngách 29/70 phố Khương Hạ" => [],
    "figure": "ngôi nhà 3 tầng bị sập" => ["number=3"],
    "figure": "Labour can boast a majority of 176 MPs, and a total of 412 seats" => ["number=176", "number=412"],
    "figure": "a landslide majority of 174 and a projected total of 412 seats" => ["number=174", "number=412"],
    "figure": "Police received 150 calls" => ["number=150"],
    "!partitive": "in 2014 of the budget" => ["date=2014"],
    "!partitive": "12 of the hours" => [],
    "figure_words": "killing six residents including two boys" => ["number=6", "number=2"],
    "partitive": "9 trên 14 đứa trẻ đã được chuyển tới bệnh viện" => ["number=9", "number=14"],
    "partitive": "giành được 5 trên tổng số 8 đề cử" => ["number=5", "number=8"],
    "partitive": "2 trong số các nạn nhân đã tử vong" => ["number=2"],
    "!partitive": "nặng 5 trên 3 tấn" => ["number=3"],
    "!partitive": "30 of the 10 cars" => ["number=10"],
    "!partitive": "One of the passengers, Allan Lucero, said he was grateful" => [],
    "!partitive": "một trong số các nạn nhân là trẻ em" => [],
    "figure_words": "A three-storey residential building collapsed" => ["number=3"],
    "figure": "A 3-story building housed a primary school" => ["number=3"],
    "figure": "Over 1m people lost power" => ["number=1000000"],
    "figure": "Atleast 40 pilgrims died, more than 20 others got injured" => ["number=40", "number=20"],
    "figure": "The fire claimed 29 lives and resulted in the deaths of 12 others" => ["number=29", "number=12"],
    "figure": "fell from a 5m ledge" => ["number=5"],
    "figure": "cách 5m người dân phát hiện" => ["number=5"],
    "figure": "an ex-gratia of ₹10 lakh, Rs. 2 lakh for grievous injuries and Rs 1,200 crore" => ["number=1000000", "number=200000", "number=12000000000"],
    "figure": "Victims included 82 Iranians, 63 Canadians and three Germans" => ["number=82", "number=63", "number=3"],
    "!figure": "the 76ers beat the Lakers 110 to 98" => [],
    "figure": "Nga điều động khoảng 100,000 quân dọc biên giới" => ["number=100000"],
    "figure": "nơi gần 100.000 quân Nga đang tập trung" => ["number=100000"],
    "figure": "khoảng 90.000 lính Nga tập trung" => ["number=90000"],
    "figure": "trận động đất 6,1 độ Richter" => ["number=6.1"],
    "figure": "động đất có độ lớn 2.8, xảy ra tại vị trí" => ["number=2.8"],
    "figure": "một trận động đất mạnh 5.0 độ đã xảy ra" => ["number=5"],
    "figure": "cách bờ 242,9 km" => ["number=242.9"],
    "figure": "hai bên đồng ý mức giá 3,9 tỷ." => ["number=3900000000"],
    "figure_words": "bến gồm một cầu chính, một cầu dẫn và hai cầu bờ" => ["number=1", "number=1", "number=2"],
    "!figure_words": "dự án gồm một số hạng mục" => [],
    "figure_words": "Hai máy bay này gồm một chiếc C17 và một chiếc C32." => ["number=2"],
    "!figure": "Nhưng họ đã thu về tới 1,85 triệu." => [],
    "figure": "thiệt hại 1,5 triệu USD" => ["number=1500000"],
    "figure": "tài sản 290 triệu đồng" => ["number=290000000"],
    "figure": "Thiệt hại ước tính 3 tỷ 200 triệu đồng" => ["number=3200000000"],
    "figure": "trả 1 triệu 500 nghìn đồng mỗi tháng" => ["number=1500000"],
    "figure": "lãi 5 triệu, 2 người chia nhau" => ["number=5000000", "number=2"],
    "figure_words": "đưa nửa tỷ đồng cho tài xế" => ["number=500000000"],
    "figure_words": "Gần nửa triệu người bị ảnh hưởng" => ["number=500000"],
    "!figure_words": "nửa giờ sau" => [],
    "figure": "giá thuê 45 triệu đồng/tháng" => ["number=45000000"],
    "figure": "khoản vay 3 tỷ đồng" => ["number=3000000000"],
    "figure": "làm 20 người chết" => ["number=20"],
    "figure": "Ít nhất 48 người được xác nhận đã thiệt mạng." => ["number=48"],
    "figure": "hơn 14,000 người" => ["number=14000"],
    "figure": "cướp đi sinh mạng của hơn 14,000 người" => ["number=14000"],
    "figure": "ít nhất 5 người bị thương" => ["number=5"],
    "figure": "tăng 6% so với" => ["number=6"],
    "figure": "more than 100,000 Russian troops" => ["number=100000"],
    "figure": "about 1.5 million people" => ["number=1500000"],
    "figure": "the 36-ton ferry capsized" => ["number=36"],
    "figure": "The company lost £40 million last year" => ["number=40000000", "date=2021"],
    "figure": "a €5 billion package" => ["number=5000000000"],
    "figure": "about £3m in damages" => ["number=3000000"],
    "figure": "a $3bn deal" => ["number=3000000000"],
    "figure": "Emergency airbag recall updated to 7.8M vehicles" => ["number=7800000"],
    "figure": "a plan for 300mn people" => ["number=300000000"],
    "figure": "a US$1.2 billion deal" => ["number=1200000000"],
    "figure": "a loan of USD 1.2 billion" => ["number=1200000000"],
    "figure": "in a $35.3 bln all-stock deal" => ["number=35300000000"],
    "figure": "fined EUR 300 million" => ["number=300000000"],
    "figure": "giá 500 USD 20 người mua" => ["number=500", "number=20"],
    "figure": "prices rose 3.2 per cent" => ["number=3.2"],
    "figure_words": "At least two dozen people died" => ["number=24"],
    "figure_words": "The ferry sank about a kilometre from the port" => ["number=1"],
    "figure_words": "a one-kilometre stretch of road" => ["number=1"],
    "figure": "plunged into the 65-foot-deep ravine" => ["number=65"],
    "figure": "their car fell 150ft as the 260ft section gave way" => ["number=150", "number=260"],
    "!figure": "Winner 150 sử dụng loại động cơ mới" => [],
    "figure": "CĐV 2 đội đã chế giễu lẫn nhau" => ["number=2"],
    "figure": "All 120 passengers were rescued" => ["number=120"],
    "figure": "27 people have died and 39 more are injured" => ["number=27", "number=39"],
    "!figure_words": "won a ton of fans" => [],
    "vague": "At least 77 were killed and hundreds injured" => ["number=77", "number=100"],
    "figure_words": "the fire killed four workers and injured at least three others" => ["number=4", "number=3"],
    "figure_words": "12 people were rescued, four perished" => ["number=12", "number=4"],
    "vague": "dozens of people were injured" => ["number=24"],
    "vague": "dozens of other people were seriously wounded" => ["number=24"],
    "vague": "Scores of people were killed in the clashes" => ["number=40"],
    "vague": "hundreds of thousands of people fled" => ["number=100000"],
    "vague": "Thousands of protesters gathered" => ["number=1000"],
    "figure_words": "Half a million people were evacuated" => ["number=500000"],
    "vague": "killing four passengers and injuring dozens, an official said" => ["number=4", "number=24"],
    "!vague": "Thousands protested" => [],
    "figure": "At least 24 killed in bus plunge" => ["number=24"],
    "figure_words": "One person was killed and 12 were injured" => ["number=1", "number=12"],
    "figure": "a 7.8-magnitude quake struck" => ["number=7.8"],
    "figure": "A magnitude 7.9 earthquake strikes Sumatra" => ["number=7.9"],
    "figure": "The magnitude-6.8 quake is the biggest in 120 years" => ["number=6.8", "duration=P120Y"],
    "figure": "the earthquake measured 7 degrees on the Richter scale" => ["number=7"],
    "figure": "Forty search dogs and 470 search and rescue workers have been deployed" => ["number=40", "number=470"],
    "figure": "The Rs 600-crore Chandrayaan-3 mission was launched" => ["number=6000000000"],
    "figure": "NVIDIA reported quarterly revenue of $7.19B, down 13%" => ["number=7190000000", "number=13"],
    "figure": "Rescuers have recovered 30 bodies and are continuing the search for about 65 others." => ["number=30", "number=65"],
    "toll": "the number of unaccounted for after the wildfire now stands at 42" => ["number=42"],
    "figure": "a week earlier, when authorities said 385 remained unaccounted for" => ["number=385"],
    "figure": "The quake, with a magnitude of 6.4, struck at a depth of 10 km" => ["number=6.4", "number=10"],
    "figure": "The German Research Centre for Geosciences measured it at 5.7 and the U.S. Geological Survey at 5.6." => ["number=5.7", "number=5.6"],
    "!figure": "Officials put it at 20 and the survey at 25." => [],
    "figure": "there have been more than 8 magnitude 3.0 aftershocks" => ["number=3"],
    "figure": "winds of 108 kilometers (67 miles) per hour" => ["number=108"],
    "!figure": "Taiwan evacuates 3,000 ahead of typhoon" => [],
    "figure": "the quake measured 7.8 on the Richter scale" => ["number=7.8"],
    "!figure": "won 36 - ton of fans" => [],
    "figure": "NATO có 30 thành viên" => ["number=30"],
    "figure": "Ông 65 tuổi" => ["number=65"],
    "figure": "Nguyễn Anh Tuấn (42 tuổi, ngụ quận 3)" => ["number=42"],
    "figure": "Giông lốc làm 24 ngôi nhà sập đổ hoàn toàn" => ["number=24"],
    "figure": "$2.5 billion in aid" => ["number=2500000000"],
    "!figure": "không phải 30 với một" => [],
    "figure": "cầu chính dài 460m, rộng 22m" => ["number=460", "number=22"],
    "figure": "Sapa (Lào Cai) 83mm, Yên Bái 66 mm" => ["number=83", "number=66"],
    "figure": "Phạt 15.000.000đ (Mười lăm triệu đồng)" => ["number=15000000"],
    "figure": "tàu trọng tải 32.279 DWT và dài 177m" => ["number=32279", "number=177"],
    "figure": "hơn 16 triệu Won, tương đương" => ["number=16000000"],
    "figure": "giá trị thương hiệu 13.752 tỷ USD" => ["number=13752000000"],
    "figure": "đầu tư 1.500 tỷ đồng" => ["number=1500000000000"],
    "figure": "HLV 43 tuổi người Bắc Ireland" => ["number=43"],
    "figure": "là công ty 14 năm tuổi" => ["number=14"],
    "half": "hơn một nửa nam giới hút thuốc" => ["number=50"],
    "!half": "thức dậy lúc nửa đêm" => [],
    "figure_words": "và hai cầu dẫn có năng lực" => ["number=2"],
    "figure_words": "Một người chết, sáu người bị thương" => ["number=1", "number=6"],
    "figure_words": "chỉ một hành khách bị thương nhẹ" => ["number=1"],
    "figure": "2 trong số 5 học sinh bị thương" => ["number=2", "number=5"],
    "figure": "điều 18 xe cứu hỏa tới hiện trường" => ["number=18"],
    "figure": "\"Có 38 em học sinh trong ký túc xá" => ["number=38"],
    "figure": "với 8 giải thưởng trong tổng số 20 đề cử" => ["number=8", "number=20"],
    "figure_words": "Ba em nhỏ may mắn chỉ bị tê người" => ["number=3"],
    "!figure_words": "ba mẹ của em" => [],
    "!figure_words": "năm nay em học lớp" => [],
    "figure_words": "Boat that sank had four times the number of passengers allowed" => ["number=4"],
    "figure": "Giá tăng gấp 4 lần so với năm ngoái" => ["number=4", "date=2021"],
    "figure": "Nạn nhân bị đâm 3 lần" => ["number=3"],
    "!figure_words": "Năm ngoái, The Weeknd giành 3 giải" => ["date=2021", "number=3"],
    "!figure_words": "Năm nay anh được 3 giải" => ["number=3"],
    "!figure_words": "Năm qua, họ có 3 giải" => ["number=3"],
    "!figure_words": "cả hai vị ngoại trưởng đều" => [],
    "!figure_words": "cả hai nhà sáng lập đều tự tin" => [],
    "!figure": "Cả 2 hiện tại đều giữ chức vụ CEO" => [],
    "!figure": "tỷ phú giàu thứ 2 nước Nga" => [],
    "!figure": "phụ nữ đi 1 mình" => [],
    "!figure_words": "Nếu mỗi năm đồng hồ gặp sự cố" => [],
    "!figure": "năm 2014, Nga" => ["date=2014"],
    "figure_words": "hai mươi lăm người thiệt mạng" => ["number=25"],
    "figure_words": "hơn hai chục người bị thương nặng" => ["number=20"],
    "figure_words": "trừng phạt bốn cá nhân" => ["number=4"],
    "figure_words": "ba người bị thương" => ["number=3"],
    "figure_words": "five people were killed" => ["number=5"],
    "figure": "At least 26 people died and 15 were injured" => ["number=26", "number=15"],
    "figure": "killing at least 24 people and injuring 17 others" => ["number=24", "number=17"],
    "toll": "The death toll stands at 272 and is expected to rise" => ["number=272"],
    "toll": "The number of confirmed dead from the train collision at Tempi rose to 36 as the search went on" => ["number=36"],
    "figure": "At least 14 more charred bodies were recovered." => ["number=14"],
    "toll": "Rescuers pulled 12 survivors from the rubble, bringing the number rescued to 40." => ["number=12", "number=40"],
    "toll": "Death toll reaches 64 with 76 'potentially unaccounted for'" => ["number=64"],
    "toll": "The official death toll stood at four and was certain to rise" => ["number=4"],
    "!toll": "Death toll may escalate, with reports of around 10,000 individuals still missing." => ["number=10000"],
    "figure": "a torrent engulfed the city, which has a population of 90,000." => ["number=90000"],
    "figure": "the port city of Derna, which is home to 90,000 people" => ["number=90000"],
    "figure": "Kenya có dân số khoảng 45 triệu người" => ["number=45000000"],
    "!toll": "The toll of the storm was one of the worst" => [],
    "!toll": "Authorities revised the confirmed death toll from 79 following an overnight count of the bodies." => [],
    "toll": "Officials revised the death toll from 79 to 78." => ["number=78"],
    "toll": "The number of those killed in the March 22 terrorist attack at the Crocus City Hall concert venue in the Moscow Region has risen to 143, including three children." => ["date=2022-03-22", "number=143", "number=3"],
    "toll": "The death toll from the 7.8-magnitude quake has reached 413, officials said" => ["number=7.8", "number=413"],
    "toll": "Số người thiệt mạng đã lên tới 272." => ["number=272"],
    "toll": "Số người chết đã tăng từ 262 lên 272." => ["number=272"],
    "toll": "The death toll rose to 37, the agency said, up from 26 on Monday." => ["number=37", "date=2022-01-17"],
    "figure": "The final toll is 27 dead, while 144 people from 43 families were rescued" => ["number=27", "number=144", "number=43"],
    "toll": "Organisers put the crowd at 50,000, while police estimated 12,000." => ["number=50000", "number=12000"],
    "toll": "Officials put the official death toll at 43, after the remains of a family of three were retrieved" => ["number=43"],
    "figure": "its final signal was received at an altitude of just 625 feet" => ["number=625"],
    "toll": "the death toll has crossed 126, while 200 people were injured, out of which the condition of 26 was stated to be critical" => ["number=126", "number=200"],
    "elided": "More than 200 people were injured, 96 in Gansu and 124 in Qinghai." => ["number=200", "number=96", "number=124"],
    "elided": "The left alliance, at 188 seats, and Ensemble, with 161, remain larger forces." => ["number=188", "number=161"],
    "!elided": "The latest bodies were those of two children, ages 4 and 10, the mayor said." => ["number=2"],
    "!elided": "The gunman shot dead 26 people, including 20 children between the ages of 6 and 7." => ["number=26", "number=20"],
    "!elided": "The crash killed 12 people on Route 66, police said." => ["number=12"],
    "toll": "killing 25 people and injuring six inside a nightclub in Arpora" => ["number=25", "number=6"],
    "toll": "The march's organizers claimed a turnout of 750,000." => ["number=750000"],
    "toll": "Crowds there were estimated to be in excess of 250,000, again." => ["number=250000"],
    "!toll": "turnout across the UK was 60%, the second-lowest in a UK election since 1885" => ["number=60"],
    "toll": "Officials put the number of dead at 12 and the injured around 75." => ["number=12", "number=75"],
    "toll": "The toll from the massive earthquake along Ecuador's Pacific coast has risen to 262, officials said" => ["number=262"],
    "!toll": "Số người chết giảm. Có 5 đội cứu hộ đến" => ["number=5"],
    "!toll": "The death toll might go up as the bus was carrying 35 schoolchildren." => ["number=35"],
    "toll": "Temple stampede kills at least 133 in India" => ["number=133"],
    "toll": "the blast injured 12, police said" => ["number=12"],
    "!toll": "officials revised the death toll down by about 100 on Thursday" => ["date=2022-01-20"],
    "toll": "The death toll rose by 20 to 290." => ["number=290"],
    "!figure": "marking the first time more than 100 lives have been claimed by such an event" => [],
    "figure": "Wajima and Suzu bear the brunt, accounting for 81 and 71 deaths" => ["number=81", "number=71"],
    "toll": "The death toll from the 7.6-magnitude earthquake that struck Japan's Ishikawa prefecture on January 1 has surged to 202" => ["number=7.6", "date=2022-01-01", "number=202"],
    "!toll": "a man killed 2016 in a crash" => [],
    "!figure_words": "hai nước đồng ý" => [],
    "!figure_words": "Hai bên sẽ thảo luận" => [],
    "!figure_words": "một cuộc xâm lược" => [],
    "!figure_words": "Ba Lan và Nga" => [],
    "vague": "hàng nghìn người biểu tình" => ["number=1000"],
    "vague": "hàng chục nghìn binh sĩ" => ["number=10000"],
    "vague": "tens of thousands of troops" => ["number=10000"],
    "!vague": "hàng loạt vấn đề" => [],
    "!figure": "đại dịch COVID-19 và nhóm G7" => [],
    "!figure": "tàu cá ĐNa 90604 bị chìm" => [],
    "!figure": "tàu Hồng Long QN – 7038 liên quan" => [],
    "!figure": "lực lượng công an Q.2 phối hợp cùng" => [],
    "!figure": "đường ống Nord Stream 2 từ Moscow" => [],
    "!figure": "hiệp ước New START" => [],
    "!figure": "gọi số 0912345678 để" => [],
    "!figure": "xem https://vtv.vn/a-20220121051440988.htm ngay" => [],
    "!figure": "lần thứ 3 liên tiếp" => ["number=3"],
    "!figure": "Bão số 3 đổ bộ" => ["number=3"],
    "!figure": "phút 85 trận đấu, theo khoản 3 Điều 39" => ["number=85"],
    "!figure": "trú ngõ 280 phường Cổ Nhuế" => [],
    "figure": "HÀ NỘI - Khoảng 2.000 hộ dân" => ["number=2000"],
    "figure": "The temperature has hit 40.2C (104.3F) at Heathrow" => ["number=40.2"],
    "figure": "The temperature has hit 104.3F at Heathrow" => ["number=104.3"],
    "!figure": "Xe tải BKS 47C-114.26 chạy qua, căn hộ 5C" => [],
    "!figure": "điều khiển xe BKS 51B- 26149 chạy theo hướng Bắc" => [],
    "!figure": "Đi đến km 58 đoạn qua xã Phong Sơn" => [],
    "!figure": "tại vị trí có tọa độ 14.827 độ vĩ Bắc, 108.245 độ kinh Đông" => [],
    "!figure": "chuyến bay MS 804 của" => [],
    "!figure": "theo Quyết định 1234/QĐ-UBND của tỉnh" => [],
];

/// Number words that count with any noun ("hai cầu dẫn"); "một" (a, an), "năm" (year) and
/// "tư" (fourth) are too often something else.
fn counts_with_unknown_noun(toks: &[Tok], n: &Numeral) -> bool {
    const NOT_COUNTED: &[&str] = &[
        "mẹ", "bố", "nước", "bên", "phía", "chiều", "miền", "là", "tôi", "ta", "mình", "lăm",
    ];
    // One counts only as an item of a list ("gồm một cầu chính, một cầu dẫn").
    // An item named after its noun ("gồm một chiếc C17 và một chiếc C32") is that thing,
    // not a count of a kind.
    let named = toks
        .get(n.end + 1)
        .is_some_and(|t| t.is_capitalized() || t.class == Class::Num);
    let listed_one = n.value == 1.0 && in_enumeration(toks, n.start) && !named;
    if (n.value < 2.0 && !listed_one) || n.value >= 100.0 || n.value.fract() != 0.0 {
        return false;
    }
    // "cả hai vị ngoại trưởng" (both), "một trong hai con đường" (one of the two): a pairing,
    // not a count to check.
    if n.start > 0 && toks[n.start - 1].is_any(&["cả", "trong"]) {
        return false;
    }
    // "ba" is also "father" ("ba mẹ"): it counts only capitalised, at the head of a sentence.
    let single = n.end == n.start + 1;
    if single
        && toks[n.start].is_any(&["năm", "tư", "mốt", "ba"])
        && !toks[n.start].is_capitalized()
    {
        return false;
    }
    noun_word(toks, n.end).is_some_and(|t| !t.is_any(NOT_COUNTED))
}

/// Whether an English modal and its verb open at `k` ("7.0 may occur", "200 could be"): a
/// figure before them is their subject, nothing named after it. (Vietnamese "can", "may"
/// are nouns: "5 can nước".)
fn english_modal_verb(toks: &[Tok], k: usize) -> bool {
    toks[k].is_any(&["may", "might", "could", "should", "can", "must"])
        && toks
            .get(k + 1)
            .is_some_and(|v| v.is_lower_word() && v.s.is_ascii())
}

/// The token at `k` when it may be a noun as written: a lower-case word, not a function word,
/// nor a part of the day ("Bệnh viện Nhi đồng 1 trưa ngày 4/5": a figure counts no noon), nor
/// "vào" ("3 trẻ vào cấp cứu": into, not a noun).
fn noun_word<'t, 's>(toks: &'t [Tok<'s>], k: usize) -> Option<&'t Tok<'s>> {
    toks.get(k).filter(|t| {
        t.is_lower_word()
            && !FUNCTION.contains(t)
            && !t.is_any(&["sáng", "trưa", "chiều", "tối", "vào"])
    })
}

/// "13.752 tỷ USD": one separator before three digits groups thousands in Vietnamese, but no
/// sum in dollars or euros reaches thousands of billions; read so, the separator was a decimal
/// point (13.752 billion).
fn plausible_money(toks: &[Tok], n: &Numeral, slot: &str) -> f64 {
    const LARGEST: f64 = 5e12;
    let s = toks[n.start].s;
    let one_group = numeral::one_thousands_group(s);
    if n.scaled && one_group && n.value > LARGEST && matches!(slot, "money/USD" | "money/EUR") {
        n.value / 1000.0
    } else {
        n.value
    }
}

/// Whether the words at `j` name a toll: a toll noun ("người chết") or a counted noun with a
/// toll a few words on ("hành khách bị thương").
fn counts_a_toll(toks: &[Tok], j: usize) -> bool {
    match noun_at(toks, j) {
        Some((slot, len)) => STRONG_TOLLS.contains(&slot) || outcome_ahead(toks, j + len).is_some(),
        None => false,
    }
}

/// Tokens back from a list's item within which "gồm" may open the list.
const LIST_OPENER_NEAR: usize = 30;

/// Whether the "một" at `i` counts an item of a list that "gồm" / "bao gồm" (consists of)
/// opens: "gồm một cầu chính (…), một cầu dẫn (…), một cầu bờ". Not "một số", "một vài"
/// (some), "một phần" (a part).
fn in_enumeration(toks: &[Tok], i: usize) -> bool {
    const VAGUE_AFTER: &[&str] = &["số", "vài", "loạt", "phần", "nửa", "chút", "ít", "cách"];
    if i == 0
        || toks
            .get(i + 1)
            .is_none_or(|t| t.class != Class::Word || t.is_any(VAGUE_AFTER))
    {
        return false;
    }
    let opens = |k: usize| toks[k].is("gồm");
    if opens(i - 1) {
        return true;
    }
    // A later item, after a comma or "và", of a list "gồm" opened.
    (toks[i - 1].is_punct(',') || toks[i - 1].is("và"))
        && (i.saturating_sub(LIST_OPENER_NEAR)..i - 1)
            .rev()
            .take_while(|&k| !toks[k].is_punct('.') && !toks[k].is_punct(';'))
            .any(opens)
}

/// A measure hyphened to the figure ending at `j`, with no space either side ("36-ton",
/// "7.8-magnitude"): (slot, tokens taken, the hyphen included).
fn hyphened_measure(toks: &[Tok], j: usize) -> Option<(&'static str, usize)> {
    // "the 1.6 mile-long bridge": the unit hyphened to its extent, a space after the figure.
    if let Some((first, extent)) = toks.get(j).and_then(|t| t.s.split_once('-')) {
        if ["long", "wide", "high", "deep", "tall"].contains(&extent) {
            if let Some(slot) = super::noun::measure_word(first, &toks[j]) {
                return Some((slot, 1));
            }
        }
    }
    let unit = hyphened_to(toks, j)?;
    let measure = |slot: &&'static str| super::noun::is_measure(slot);
    if let Some((slot, len)) = noun_at(toks, j + 1).filter(|(slot, len)| *len == 1 && measure(slot))
    {
        return Some((slot, len + 1));
    }
    // "a three-storey building", "a 3-story building": the building's height in floors.
    if super::noun::is_storeys(unit.s) {
        return Some((super::noun::STOREYS, 2));
    }
    // "a 65-foot-deep ravine", "a 10-metre-high wall": the unit is the word's first part.
    let (first, _) = unit.s.split_once('-')?;
    super::noun::measure_word(first, unit).map(|slot| (slot, 2))
}

/// A noun hyphened to the figure ending at `j` that the lexicon does not know ("a 6,200-seat
/// venue", "the 500-bed hospital", "a 12-member team"): the figure counts that noun's things
/// (slot: the noun with an "s"). Not words that make the figure no count ("a 15-strong crew",
/// "a 2-1 win" has digits), nor a word hyphened on to another ("40-year-old"), nor a craft's
/// type by its seats ("the ATR 72-seater": often the maker's model number).
fn hyphened_count(toks: &[Tok], j: usize) -> Option<(Cow<'static, str>, usize)> {
    const NO_COUNT: &[&str] = &[
        "strong", "odd", "plus", "fold", "old", "way", "time", "off", "seater",
    ];
    let word = hyphened_to(toks, j)?;
    let plain = word.s.len() >= 3 && word.s.bytes().all(|b| b.is_ascii_lowercase());
    let hyphened_on = toks
        .get(j + 2)
        .is_some_and(|t| t.is_punct('-') && t.start == word.end);
    (plain && !hyphened_on && !word.is_any(NO_COUNT))
        .then(|| (Cow::Owned(format!("{}s", word.s)), 2))
}

/// A vehicle's seats in Vietnamese: "xe 45 chỗ", "xe khách loại 52 chỗ ngồi", "ô tô 4 chỗ"
/// count the seats of the vehicle named right before the figure, as "a 45-seat bus" does
/// ("3 chỗ sạt lở" counts places).
fn vehicle_seats(toks: &[Tok], figure: usize, j: usize) -> Option<(Cow<'static, str>, usize)> {
    const VEHICLE: &[&str] = &["xe", "tô", "ôtô", "khách", "buýt", "loại"];
    let seats = toks.get(j)?.is("chỗ") && figure > 0 && toks[figure - 1].is_any(VEHICLE);
    let len = if toks.get(j + 1).is_some_and(|t| t.is("ngồi")) {
        2
    } else {
        1
    };
    seats.then_some((Cow::Borrowed("seats"), len))
}

/// The token hyphened to the figure ending at `j`, with no space either side of the hyphen.
fn hyphened_to<'t, 's>(toks: &'t [Tok<'s>], j: usize) -> Option<&'t Tok<'s>> {
    let (hyphen, word) = (toks.get(j)?, toks.get(j + 1)?);
    let glued = j > 0 && toks[j - 1].end == hyphen.start && hyphen.end == word.start;
    (glued && hyphen.is_punct('-')).then_some(word)
}

/// Whether a verb that claims lives stands right before token `k` ("the crash claimed 241
/// of the 242 people on board").
fn claimed_before(toks: &[Tok], k: usize) -> bool {
    k > 0 && toks[k - 1].is_any(&["claimed", "claiming"])
}

/// The noun of the count right before "and" at `first - 1`, when that count's mention ends a
/// few words before it ("1,700 homes were destroyed and 3,000 damaged"): what a bare figure
/// after "and" counts. A count of people gives none (the caller's default is people).
fn noun_left_out(toks: &[Tok], first: usize, out: &[Claim]) -> Option<String> {
    const GAP: usize = 3;
    let and = toks.get(first.checked_sub(1)?).filter(|t| t.is("and"))?;
    let before = out.last().filter(|c| c.kind == Kind::Number)?;
    let between = toks
        .iter()
        .filter(|t| t.start >= before.span.end && t.end <= and.start)
        .count();
    let noun = before.slot.split('/').next().unwrap_or("");
    (between <= GAP
        && !noun.is_empty()
        && !COUNTS_OF_PEOPLE.contains(&noun)
        && !STRONG_TOLLS.contains(&noun)
        && noun.is_ascii())
    .then(|| noun.to_string())
}

/// "39 more are injured", "injuring 39 more", "two more people died": "more" after a figure
/// adds to a count of people as "others" does (the noun after it, when there is one, is what
/// is counted: "three more bodies"), and so does "other" before a known noun ("30 other
/// passengers"). `None` when "more" is not there or opens "more than".
fn more_of_a_count(toks: &[Tok], j: usize) -> Option<(&'static str, usize)> {
    const AFTER_PEOPLE: &[&str] = &[
        "are",
        "were",
        "was",
        "have",
        "had",
        "remain",
        "remained",
        "died",
        "dead",
        "injured",
        "wounded",
        "hurt",
        "missing",
        "killed",
        "taken",
        "rushed",
        "hospitalized",
        "hospitalised",
        "admitted",
        "evacuated",
        "trapped",
    ];
    // "30 other passengers": "other" before a known noun counts that noun.
    if toks.get(j)?.is("other") {
        return noun_at(toks, j + 1).map(|(slot, len)| (slot, len + 1));
    }
    if !toks.get(j)?.is("more") {
        return None;
    }
    match toks.get(j + 1) {
        None => Some(("people", 1)),
        Some(t) if t.class == Class::Punct || t.is_any(AFTER_PEOPLE) => Some(("people", 1)),
        // "14 more charred bodies": one describing word may stand before the noun.
        Some(t) => noun_at(toks, j + 1)
            .map(|(slot, len)| (slot, len + 1))
            .or_else(|| {
                (t.is_lower_word() && t.s.is_ascii())
                    .then(|| noun_at(toks, j + 2))
                    .flatten()
                    .map(|(slot, len)| (slot, len + 2))
            }),
    }
}

/// "destroyed 34 houses and damaged 666 others": "others" counts more of the things the
/// figure before it in the sentence counts. After people of any kind it counts people, as the
/// noun lexicon says ("53 survivors … two dozen others" are a part no outlet restates), and
/// always after a toll's verb ("killed 3 people in 2 cars and injured 10 others").
fn others_of_a_thing(toks: &[Tok], first: usize, j: usize) -> Option<(Cow<'static, str>, usize)> {
    const LOOK_BACK: usize = 15;
    if !toks.get(j)?.is("others") || toll_verb_before(toks, first).is_some() {
        return None;
    }
    let k = (first.saturating_sub(LOOK_BACK)..first)
        .rev()
        .take_while(|&k| !toks[k].is_punct('.') && !toks[k].is_punct(';'))
        .find(|&k| toks[k].class == Class::Num)?;
    let slot = match noun_at(toks, k + 1) {
        Some((slot, _)) => Cow::Borrowed(slot),
        None => {
            let t = toks
                .get(k + 1)
                .filter(|t| super::noun::is_english_plural(t))?;
            Cow::Owned(t.s.to_lowercase())
        }
    };
    const MORE_PEOPLE: &[&str] = &["survivors", "troops", "protesters", "members"];
    let people = [COUNTS_OF_PEOPLE, PARTS_OF_PEOPLE, STRONG_TOLLS, MORE_PEOPLE]
        .iter()
        .any(|list| list.contains(&&*slot));
    (!people).then_some((slot, 1))
}

/// A quake's magnitude named around the figure rather than after it: "a magnitude 7.9
/// earthquake", "measured 7.8 on the Richter scale" (slot, tokens taken after the figure).
fn magnitude_around(toks: &[Tok], start: usize, end: usize) -> Option<(&'static str, usize)> {
    // "a magnitude 7.9 earthquake", "a magnitude of 6.4", "quake of magnitude 6.4", "the
    // magnitude-6.8 quake".
    let after_magnitude = |k: usize| toks[k].is("magnitude");
    if start > 0
        && (after_magnitude(start - 1)
            || (start > 1
                && (toks[start - 1].is("of") || toks[start - 1].is_punct('-'))
                && after_magnitude(start - 2)))
    {
        return Some(("magnitude", 0));
    }
    // "a Mw 7.8 earthquake", "an M 7.1 quake": the seismologists' sign of moment magnitude
    // ("M" alone only before a figure under ten with decimals, in a sentence about quakes).
    if start > 0 {
        let sign = toks[start - 1].s;
        let decimal = toks[start].s.contains(['.', ',']) && toks[start].s.len() <= 3;
        if sign == "Mw" || (sign == "M" && decimal && toks.iter().any(|t| t.is_any(OF_QUAKES))) {
            return Some(("magnitude", 0));
        }
    }
    let scale = ["on", "the", "Richter", "scale"];
    if words_at(toks, end, &scale) {
        return Some(("magnitude", scale.len()));
    }
    measured_at(toks, start).then_some(("magnitude", 0))
}

/// Verbs an agency gives a quake's magnitude with: "measured it at 5.7", "pegged it at 5.6".
const MEASURED: &[&str] = &[
    "measured",
    "pegged",
    "put",
    "rated",
    "registered",
    "recorded",
    "estimated",
];

/// Words that say a sentence is about a quake or its measurers.
const OF_QUAKES: &[&str] = &[
    "quake",
    "earthquake",
    "tremor",
    "aftershock",
    "Geological",
    "Geosciences",
    "Seismological",
    "seismologists",
];

/// A quake's magnitude an agency put a bare figure on, in a sentence about quakes: "The German
/// Research Centre for Geosciences measured it at 5.7 and the U.S. Geological Survey at 5.6"
/// (the second elided). Only a figure with a decimal under ten: "put it at 20" is a toll.
fn measured_at(toks: &[Tok], start: usize) -> bool {
    let decimal = toks[start].s.contains(['.', ',']) && toks[start].s.len() <= 3;
    decimal
        && start >= 1
        && toks[start - 1].is("at")
        && toks[..start]
            .windows(3)
            .any(|w| w[0].is_any(MEASURED) && w[1].is("it") && w[2].is("at"))
        && toks.iter().any(|t| t.is_any(OF_QUAKES))
}

/// Slots that count people, whom a toll after the noun turns into its dead or injured.
const COUNTS_OF_PEOPLE: &[&str] = &[
    "people",
    "passengers",
    "crew",
    "aboard",
    "students",
    "victims",
    "workers",
    "children",
    "attendees",
    "individuals",
    "foreigners",
];

/// English words for a part of the people a toll counts, by age or sex: "23 children and four
/// adults were killed" counts two parts, not two tolls.
const PARTS_OF_PEOPLE: &[&str] = &[
    "adults",
    "women",
    "men",
    "boys",
    "girls",
    "kids",
    "teenagers",
    "infants",
    "babies",
];

/// Vietnamese words for a part of the people a toll counts, by age or sex, as
/// [`PARTS_OF_PEOPLE`] are in English.
const VI_PARTS_OF_PEOPLE: &[&str] = &[
    "trẻ em",
    "trẻ nhỏ",
    "nữ sinh",
    "nam sinh",
    "em",
    "bé",
    "cháu",
    "đứa trẻ",
    "trẻ",
    "phụ nữ",
    "đàn ông",
    "con trai",
    "con gái",
    "thiếu niên",
];

/// Slots that are a toll by themselves.
pub const STRONG_TOLLS: &[&str] = &[
    "deaths",
    "injured",
    "missing",
    "casualties",
    super::noun::DEAD_OR_MISSING,
];

/// The most capitalised English words that may stand between a figure and its noun.
const DESCRIBING_NAME_WORDS: usize = 3;

/// A unit written in capitals after a figure: two to five ASCII capitals ("DWT", "MW", "TEU").
fn is_unit_acronym(t: &Tok) -> bool {
    t.class == Class::Word
        && (2..=5).contains(&t.s.len())
        && t.s.bytes().all(|b| b.is_ascii_uppercase())
}

/// Words before a number that make it a position or a reference, not a count: "lần thứ 3",
/// "bão số 3", "phút 85", "khoản 3, Điều 39", "vòng 2", "tầng 6".
const ORDINAL_BEFORE: &[&str] = &[
    "thứ",
    "số",
    // "GDP quý 3 ước tăng 5,33%": the third quarter.
    "quý",
    "phút",
    "khoản",
    "điều",
    "chương",
    "mục",
    "vòng",
    "tầng",
    "trang",
    "hạng",
    "lượt",
    "hiệp",
    "quận",
    "ngõ",
    "ngách",
    "hẻm",
    "kiệt",
    "phường",
    "lô",
    "đường",
    "tập",
    "kỳ",
    "khóa",
    "no",
    "number",
    // "Flight 2216", "flight MH370": a flight's number names it; so does a day's in a
    // running story ("Day 2 Wayanad landslides").
    "flight",
    "day",
];

/// The noun a figure shares with the figure after "and" ("accounting for 81 and 71 deaths",
/// "81 và 71 người"): the first figure counts the same things, and takes none of the words.
/// Only plain counts: a scale or a unit of the second is not the first's to share ("45,5 và
/// 46 triệu đồng", "1.6 million and 62.5%"), and a number after a name is the name's ("thủy
/// điện Rào Trăng 3 và 13 người").
fn noun_of_the_next_figure(toks: &[Tok], n: &Numeral) -> Option<(&'static str, usize)> {
    if !toks.get(n.end)?.is_any(&["and", "và"]) || n.scaled {
        return None;
    }
    if n.start > 0 && toks[n.start - 1].class == Class::Word && toks[n.start - 1].is_capitalized() {
        return None;
    }
    let second = numeral::read(toks, n.end + 1, false)?;
    if second.scaled || second.unit.is_some() {
        return None;
    }
    let (slot, _) = noun_at(toks, second.end)?;
    (!super::noun::is_measure(slot) && slot != "percent").then_some((slot, 0))
}

/// Whether the figure at `first` is a mark a record passes, not a count: "marking the first
/// time more than 100 lives have been claimed by such an event since 2016".
fn first_time_over(toks: &[Tok], first: usize) -> bool {
    // Over a qualifier between ("the first time more than 100").
    (first.saturating_sub(5)..first).any(|k| {
        toks[k].is("first")
            && k > 0
            && toks[k - 1].is("the")
            && toks.get(k + 1).is_some_and(|t| t.is("time"))
    })
}

/// Whether "one" opens a speaker, not a count: "One survivor told local media", "one local
/// resident said" (one of many, quoted; "one survivor was found" counts). The verb of saying
/// follows the noun of one or two words ("one man who said" is not read so).
fn one_who_speaks(toks: &[Tok], n: &Numeral) -> bool {
    const SAYS: &[&str] = &[
        "said",
        "says",
        "told",
        "tells",
        "recalled",
        "recounted",
        "described",
        "added",
    ];
    const NOT_A_NOUN: &[&str] = &["who", "that", "which", "of"];
    let says = |k: usize| toks.get(k).is_some_and(|t| t.is_any(SAYS));
    n.words
        && n.end == n.start + 1
        && toks[n.start].is("one")
        && (says(n.end + 1)
            || (says(n.end + 2)
                && toks
                    .get(n.end + 1)
                    .is_some_and(|t| t.is_lower_word() && !t.is_any(NOT_A_NOUN))))
}

/// "a majority of 176 MPs", "a landslide majority of 174", "a whopping majority of around 180
/// seats": a winner's margin over all the others, no count of its seats ("the majority of the
/// 300 passengers" is most of them, read as a count). The seats or MPs after it belong to the
/// mention.
fn majority(
    ctx: &Ctx,
    first: usize,
    n: &Numeral,
    q: Option<qualifier::Qualifier>,
    out: &mut Vec<Claim>,
) -> Option<usize> {
    let toks = ctx.toks;
    let margin =
        first >= 3 && words_at(toks, first - 2, &["majority", "of"]) && !toks[first - 3].is("the");
    if !margin {
        return None;
    }
    let end = n.end + usize::from(toks.get(n.end).is_some_and(|t| t.is_any(&["seats", "MPs"])));
    let range = qualifier::range(n.value, q, numeral::written_unit(toks, n));
    push(
        ctx,
        out,
        "figure",
        first,
        end,
        n.value,
        range,
        q.map(|q| q.name),
        Cow::Borrowed("majority"),
        None,
        None,
    );
    Some(end)
}

/// Whether the figure `n` numbers a road ("quốc lộ 20", "tỉnh lộ 725", "đường tỉnh 172") or a
/// house ("số nhà 37 ngách 29/70"), not a count ("hối lộ 20 triệu" is a bribe, "nhà 3 tầng" a
/// building's storeys), or places a point on a road ("Km4+100": metres past a kilometre post).
fn address_number(toks: &[Tok], n: &Numeral) -> bool {
    if n.start < 2 {
        return false;
    }
    let (prev, before) = (&toks[n.start - 1], &toks[n.start - 2]);
    let road = (prev.is("lộ") && before.is_any(&["quốc", "tỉnh", "hương", "xa", "liên"]))
        || (prev.is("tỉnh") && before.is("đường"))
        || (prev.is("nhà") && before.is("số"));
    let post = prev.is_punct('+')
        && before.end == prev.start
        && prev.end == toks[n.start].start
        && before
            .s
            .get(..2)
            .is_some_and(|k| k.eq_ignore_ascii_case("km"));
    road || post
}

/// Emergency numbers: Vietnam's police, fire and ambulance lines, and the 911, 999 and 112 of
/// English-speaking countries and Europe.
const EMERGENCY_NUMBERS: &[f64] = &[111.0, 112.0, 113.0, 114.0, 115.0, 911.0, 999.0];

/// Whether the figure `n` is a number to call, not a count: an emergency line after a word of
/// calling or of the service it names ("gọi 114", "Cảnh sát 113", "dialled 999"), or before
/// "call(s)" ("the first 911 calls came in").
fn phone_number(toks: &[Tok], n: &Numeral) -> bool {
    if n.words || !EMERGENCY_NUMBERS.contains(&n.value) {
        return false;
    }
    let before = |k: usize, w: &str| n.start >= k && toks[n.start - k].is(w);
    let called = before(1, "gọi")
        || before(1, "dial")
        || before(1, "dialled")
        || before(1, "dialed")
        || (before(1, "điện") && before(2, "gọi"))
        || (before(1, "sát") && before(2, "cảnh"))
        || (before(1, "đài") && before(2, "tổng"));
    let calls = toks.get(n.end).is_some_and(|t| {
        t.is_any(&[
            "call",
            "calls",
            "caller",
            "callers",
            "dispatcher",
            "dispatchers",
        ])
    });
    called || calls
}

/// Phrases right before "X người" that make them dead or injured ("killing 24 people",
/// "injuring 17 others").
const TOLL_BEFORE: &[(&[&str], &str)] = &[
    (&["sinh", "mạng", "của"], "deaths"),
    (&["tính", "mạng", "của"], "deaths"),
    (&["cướp", "đi", "sinh", "mạng"], "deaths"),
    (&["làm", "chết"], "deaths"),
    (&["làm", "thiệt", "mạng"], "deaths"),
    (&["làm", "tử", "vong"], "deaths"),
    // "giết chết ít nhất 32 người", "sát hại 3 người".
    (&["giết", "chết"], "deaths"),
    (&["giết", "hại"], "deaths"),
    (&["sát", "hại"], "deaths"),
    (&["làm", "bị", "thương"], "injured"),
    // "resulted in the deaths of 12 people", "resulted in the death of 179 individuals".
    (&["deaths", "of"], "deaths"),
    (&["death", "of"], "deaths"),
    // "has already claimed the lives of 14 people".
    (&["claimed", "the", "lives", "of"], "deaths"),
    (&["claiming", "the", "lives", "of"], "deaths"),
    (&["took", "the", "lives", "of"], "deaths"),
    (&["taken", "the", "lives", "of"], "deaths"),
    (&["cost", "the", "lives", "of"], "deaths"),
    // "The fatalities also included 165 pilgrims from Indonesia": a part of the toll.
    (&["fatalities", "included"], "deaths"),
    (&["fatalities", "also", "included"], "deaths"),
    (&["fatalities", "include"], "deaths"),
    (&["dead", "included"], "deaths"),
    (&["dead", "also", "included"], "deaths"),
    (&["dead", "include"], "deaths"),
    (&["dead", "includes"], "deaths"),
    (&["killing"], "deaths"),
    (&["killed"], "deaths"),
    (&["kills"], "deaths"),
    (&["kill"], "deaths"),
    // "a ferry that capsized …, drowning at least 30 people".
    (&["drowning"], "deaths"),
    (&["drowned"], "deaths"),
    (&["injures"], "injured"),
    (&["injuring"], "injured"),
    (&["wounding"], "injured"),
    (&["injured"], "injured"),
    (&["wounded"], "injured"),
    // "The landslide buried more than 2,000 people alive": under the earth, feared dead.
    (&["buried"], super::noun::FEARED_DEAD),
];

/// Whether the people counted up to `end` are said, later in their clause, to be buried
/// under what fell on them ("670 people are estimated to be buried", "2,000 people are
/// believed to have been buried alive", "could be buried under the rubble"): feared dead.
/// (Bodies buried by the living are counted as bodies, before this is asked.)
fn buried_ahead(toks: &[Tok], end: usize) -> Option<&'static str> {
    const REACH: usize = 7;
    (end + 1..(end + REACH).min(toks.len()))
        .take_while(|&k| toks[k - 1].class != Class::Punct)
        .find(|&k| toks[k].is("buried") && toks[k - 1].is_any(&["be", "been", "are", "were"]))
        .map(|_| super::noun::FEARED_DEAD)
}

/// The toll a verb right before token `at` makes of the people counted there ("killing",
/// "cướp đi sinh mạng").
pub fn toll_verb_before(toks: &[Tok], at: usize) -> Option<&'static str> {
    static PHRASES: std::sync::LazyLock<PhrasesBefore> =
        std::sync::LazyLock::new(|| PhrasesBefore::new(TOLL_BEFORE));
    phrase_before(&PHRASES, toks, at)
}

/// The toll of a count of people joined to an earlier one that a toll's verb governs ("killing
/// 241 people onboard and dozens on the ground", "claimed 241 of the 242 aboard and at least
/// 38 on the ground", "killed 241 passengers and crew, along with 19 people on the ground"):
/// the verb reaches the second count too. Only when the link stands right before the count
/// (`first`) and the verb, then a figure, come before the link within a few words of one
/// clause; a count with a verb of its own ("and injuring 20", "and 20 were hurt") is read by
/// that verb first.
fn toll_of_first_conjunct(toks: &[Tok], first: usize) -> Option<&'static str> {
    const REACH: usize = 10;
    const LINKS: &[&[&str]] = &[
        &["and"],
        &["plus"],
        &["along", "with"],
        &["as", "well", "as"],
    ];
    let link = LINKS
        .iter()
        .find(|w| first >= w.len() && words_at(toks, first - w.len(), w))
        .map(|w| first - w.len())?;
    // A comma may set the link off ("…passengers and crew, along with 19 people").
    let end = if link > 0 && toks[link - 1].is_punct(',') {
        link - 1
    } else {
        link
    };
    let mut figure = false;
    for j in (end.saturating_sub(REACH)..end).rev() {
        if toks[j].class == Class::Punct {
            return None;
        }
        figure |= toks[j].class == Class::Num || numeral::read(toks, j, false).is_some();
        // "claimed 241 of the 242 people onboard": the crash claimed them.
        let claimed = claimed_before(toks, j).then_some("deaths");
        if let Some(toll) = toll_verb_before(toks, j).or(claimed) {
            return figure.then_some(toll);
        }
    }
    None
}

/// The levels of government a Vietnamese count of officials or police may name after its noun
/// ("2 cán bộ xã", "công an xã").
const GOVERNMENT_LEVELS: &[&str] = &["xã", "phường", "huyện", "tỉnh"];

/// The toll of a count of people joined to a later one whose toll follows it ("2 cán bộ xã
/// và 3 người dân thiệt mạng", "one driver and two passengers were killed"): the toll is told
/// once, after the last count. The link comes right after the first count's noun (past the
/// level of government, "xã"), the second count right after the link.
fn toll_of_next_conjunct(toks: &[Tok], own: &str, end: usize) -> Option<&'static str> {
    let mut k = end;
    while toks.get(k).is_some_and(|t| t.is_any(GOVERNMENT_LEVELS)) && k < end + 2 {
        k += 1;
    }
    if !toks.get(k).is_some_and(|t| t.is_any(&["và", "and"])) {
        return None;
    }
    let n = numeral::read(toks, k + 1, false)?;
    let (slot, len) = noun_at(toks, n.end)?;
    if !super::noun::counts_people(slot) && !COUNTS_OF_PEOPLE.contains(&slot) {
        return None;
    }
    // "gồm 20 người và 3 người bị thương": two counts of one kind are two counts, the toll
    // the second's only.
    if slot == own || (end > 0 && toks[end - 1].key == toks[n.end].key) {
        return None;
    }
    if STRONG_TOLLS.contains(&slot) {
        return Some(slot);
    }
    outcome_ahead(toks, n.end + len).or_else(|| toll_right_after(toks, n.end + len))
}

/// What a toll (or a crowd) is called when the figure comes after it ("the death toll has
/// risen to 262", "số người chết đã tăng lên 272", "put the crowd at 50,000"): the figure
/// counts that.
const TOLL_SUBJECTS: &[(&[&str], &str)] = &[
    (&["death", "toll"], "deaths"),
    (&["death", "count"], "deaths"),
    (&["body", "count"], "deaths"),
    (&["toll"], "deaths"),
    (&["number", "of", "dead"], "deaths"),
    (&["number", "of", "deaths"], "deaths"),
    // "The number of confirmed dead … rose to 36".
    (&["number", "of", "confirmed", "dead"], "deaths"),
    (&["number", "of", "confirmed", "deaths"], "deaths"),
    (&["number", "of", "fatalities"], "deaths"),
    (&["number", "of", "confirmed", "fatalities"], "deaths"),
    // "bringing the number rescued to 40".
    (&["number", "rescued"], "survivors"),
    (&["number", "of", "people", "rescued"], "survivors"),
    (&["number", "of", "survivors"], "survivors"),
    (&["number", "of", "people", "killed"], "deaths"),
    (&["number", "of", "those", "killed"], "deaths"),
    (&["number", "of", "people", "dead"], "deaths"),
    (&["number", "of", "those", "injured"], "injured"),
    (&["number", "of", "injured"], "injured"),
    (&["number", "of", "people", "injured"], "injured"),
    (&["number", "of", "missing"], "missing"),
    (&["number", "of", "people", "missing"], "missing"),
    (&["number", "of", "unaccounted"], "missing"),
    (&["number", "of", "people", "unaccounted"], "missing"),
    // "put the number of dead at 12 and the injured around 75": each figure its own toll.
    (&["the", "dead"], "deaths"),
    (&["the", "injured"], "injured"),
    (&["the", "wounded"], "injured"),
    (&["the", "missing"], "missing"),
    // "Organisers put the crowd at 50,000, while police estimated 12,000."
    (&["crowd"], "crowd"),
    // "Crowds there were estimated to be in excess of 250,000", "claimed a turnout of
    // 750,000".
    (&["crowds"], "crowd"),
    (&["turnout"], "crowd"),
    (&["số", "người", "chết"], "deaths"),
    (&["số", "người", "thiệt", "mạng"], "deaths"),
    (&["số", "người", "tử", "vong"], "deaths"),
    (&["số", "nạn", "nhân", "thiệt", "mạng"], "deaths"),
    (&["số", "người", "bị", "thương"], "injured"),
    (&["số", "người", "mất", "tích"], "missing"),
    (&["số", "người", "thương", "vong"], "casualties"),
    (&["số", "thương", "vong"], "casualties"),
];

static TOLL_SUBJECT_INDEX: std::sync::LazyLock<crate::token::PhraseIndex<&'static str>> =
    std::sync::LazyLock::new(|| crate::token::PhraseIndex::new(TOLL_SUBJECTS.iter().copied()));

/// How many live in a place (see [`super::noun::POPULATION`]).
const POPULATION: &str = super::noun::POPULATION;

/// Words by which a toll reaches a figure that has its own noun.
const TOLL_LINKS: &[&str] = &[
    "to", "at", "reached", "reaches", "hit", "hits", "is", "was", "stood", "stands", "of", "lên",
    "tới", "là", "đến",
];

/// Whether a word of money stands shortly before token `first` in its clause ("giá", "số
/// tiền", "vốn", "doanh thu"). Words that also speak of other things ("thu về" signatures,
/// "chi nhánh") are not among them.
fn money_before(toks: &[Tok], first: usize) -> bool {
    const LOOK_BACK: usize = 8;
    const MONEY: &[&str] = &[
        "giá",
        "tiền",
        "vốn",
        "lãi",
        "lỗ",
        "phí",
        "lương",
        "nợ",
        "thưởng",
        "phạt",
    ];
    const MONEY_PAIRS: &[[&str; 2]] = &[
        ["đầu", "tư"],
        ["ngân", "sách"],
        ["lợi", "nhuận"],
        ["doanh", "thu"],
        ["doanh", "số"],
        ["bồi", "thường"],
    ];
    (first.saturating_sub(LOOK_BACK)..first)
        .rev()
        .take_while(|&k| toks[k].class != Class::Punct || toks[k].is_punct(','))
        .any(|k| {
            toks[k].is_lower_word()
                && (toks[k].is_any(MONEY)
                    || (k > 0
                        && MONEY_PAIRS
                            .iter()
                            .any(|[a, b]| toks[k - 1].is(a) && toks[k].is(b))))
        })
}

/// Verbs by which a figure with no noun names what it counts after it ("40 were children").
const COPULAS: &[&str] = &["were", "are", "là"];

/// Tokens before a figure within which its toll may be named: a death toll may be told at
/// length first ("The death toll from the 7.6-magnitude earthquake that struck Japan's
/// Ishikawa prefecture on January 1 has surged to 202"); a crowd is put at its figure.
const TOLL_SUBJECT_NEAR: usize = 24;
const CROWD_NEAR: usize = 16;
/// Farther when a verb of rising stands right before the figure: "Số người thiệt mạng trong
/// trận động đất mạnh 6 độ richter xảy ra đêm 31-8, tại miền Đông nước này đã tăng lên ít
/// nhất 812 người" (the verb carries the toll across the clause between).
const TOLL_SUBJECT_NEAR_RISEN: usize = 40;

/// Verbs of a toll's rise, right before its figure (its qualifier, "ít nhất", "at least", is
/// the figure's mention).
const RISEN_TO: &[(&[&str], &str)] = &[
    (&["tăng", "lên"], "risen"),
    (&["lên", "tới"], "risen"),
    (&["lên", "đến"], "risen"),
    (&["rose", "to"], "risen"),
    (&["risen", "to"], "risen"),
    (&["climbed", "to"], "risen"),
    (&["surged", "to"], "risen"),
];

/// The toll named before a figure in its clause ("The death toll from the quake has reached
/// 413"), if any; `own_noun` when a noun follows the figure (what it counts may be another
/// thing).
fn toll_subject(toks: &[Tok], figure_start: usize, own_noun: bool) -> Option<&'static str> {
    // "revised the death toll down by about 100", "rose by 20 to 290": by how much it
    // changed, not where it stands.
    let by = (figure_start.saturating_sub(3)..figure_start)
        .rev()
        .take_while(|&k| toks[k].is("by") || toks[k].is_any(CHANGE_QUALIFIERS))
        .any(|k| toks[k].is("by"));
    if by {
        return None;
    }
    // "the remains of a family of three", "a crew of 12": a figure after a noun and "of" counts
    // that noun; "a toll of 43", "a turnout of 750,000", "the UN estimate of 670" are the toll.
    if figure_start >= 2
        && toks[figure_start - 1].is("of")
        && toks[figure_start - 2].class == Class::Word
        && !toks[figure_start - 2].is_any(OF_THE_TOLL)
        && !(figure_start.saturating_sub(4)..figure_start - 1).any(|k| {
            TOLL_SUBJECT_INDEX
                .longest_at(toks, k, false)
                .is_some_and(|(_, n)| k + n == figure_start - 1)
        })
    {
        return None;
    }
    static RISEN: std::sync::LazyLock<PhrasesBefore> =
        std::sync::LazyLock::new(|| PhrasesBefore::new(RISEN_TO));
    let near = if phrase_before(&RISEN, toks, figure_start).is_some() {
        TOLL_SUBJECT_NEAR_RISEN
    } else {
        TOLL_SUBJECT_NEAR
    };
    let from = figure_start.saturating_sub(near);
    for k in (from..figure_start).rev() {
        let t = &toks[k];
        if t.class == Class::Punct && [".", ";", ":", "!", "?"].contains(&t.s) {
            return None;
        }
        // "200 people were injured, out of which the condition of 26 was critical", "of whom
        // 12 were children": a part of the figure before, not the toll.
        if t.is_any(&["which", "whom"]) && k > 0 && toks[k - 1].is("of") {
            return None;
        }
        // A toll that has reached its figure is done with a figure of other things: "has
        // risen to 3, with one of the 10 survivors" counts survivors, "The final toll is 27
        // dead, while 144 people … were rescued" the rescued. "Put the crowd at 50,000, while
        // police estimated 12,000" still counts the crowd (no noun of its own), and a figure
        // no verb reaches is none the toll reached: "tăng từ 262 lên 272 người", "là 11 người
        // gồm 4 người quê Tuyên Quang" (its parts), a date between ("tính đến 22/5", "as of
        // July 20 is 27 people").
        let reached_before = own_noun
            && t.class == Class::Num
            && k > 0
            && toks[k - 1].is_any(&[
                "to", "at", "lên", "is", "was", "stands", "stood", "reached", "là",
            ])
            && !(k + 1 < figure_start && toks[k + 1].is_punct('/'));
        // "death toll reaches 64 with 76 unaccounted for": a figure brought in by "with"
        // after the toll's own is some other count.
        let with_after_a_figure =
            t.class == Class::Num && figure_start > 0 && toks[figure_start - 1].is("with");
        if reached_before || with_after_a_figure {
            return None;
        }
        if let Some((toll, n)) = TOLL_SUBJECT_INDEX.longest_at(toks, k, false) {
            // "the injured" names the figure right after it ("the injured around 75"), not
            // one further on ("The injured were taken to 3 hospitals") or past a comma
            // ("Among the dead, 12 were foreigners").
            let apart = figure_start > k + n + THE_TOLL_REACH
                || toks[k + n..figure_start]
                    .iter()
                    .any(|t| t.class == Class::Punct);
            let far_crowd = toll == "crowd" && figure_start - k > CROWD_NEAR;
            if !(far_crowd || (toks[k].is("the") && apart)) {
                return Some(toll);
            }
        }
    }
    None
}

/// Nouns whose "of" brings in the toll's own figure ("a toll of 43", "an estimate of 670").
const OF_THE_TOLL: &[&str] = &[
    "toll",
    "number",
    "tally",
    "count",
    "total",
    "figure",
    "estimate",
    "estimates",
];

/// Words of an amount between "by" and its figure: "by about 100", "by more than 100".
const CHANGE_QUALIFIERS: &[&str] = &[
    "about",
    "around",
    "more",
    "than",
    "nearly",
    "almost",
    "some",
    "roughly",
    "over",
    "at",
    "least",
    "approximately",
    "just",
    "another",
    "a",
    "further",
];

/// Tokens a toll named as "the dead", "the injured" may stand before its figure.
const THE_TOLL_REACH: usize = 2;

/// Which extent a length measures: the word before it in Vietnamese ("dài 460m", "rộng
/// 22m"), after it in English ("84 metres long", or before it: "a depth of 10 km"). A
/// wharf's length and its width are two facts; two lengths of one wharf are one.
fn dimension(toks: &[Tok], first: usize, end: usize, slot: &str) -> Option<&'static str> {
    const BEFORE: &[(&str, &str)] = &[
        ("dài", "length"),
        ("rộng", "width"),
        ("cao", "height"),
        ("sâu", "depth"),
    ];
    const AFTER: &[(&str, &str)] = &[
        ("long", "length"),
        ("wide", "width"),
        ("high", "height"),
        ("tall", "height"),
        // "barely reaching 100 meters altitude"
        ("altitude", "height"),
        ("deep", "depth"),
        // "took place 676 kilometres below the Earth's surface".
        ("below", "depth"),
        ("beneath", "depth"),
        ("underground", "depth"),
    ];
    // "a depth of 10 kilometres"; "fell 45 metres" is the height fallen from.
    const OF: &[(&[&str], &str)] = &[
        (&["length", "of"], "length"),
        (&["width", "of"], "width"),
        (&["height", "of"], "height"),
        (&["altitude", "of"], "height"),
        // An aircraft's height: "climbed to about 600 feet".
        (&["climbed", "to"], "height"),
        (&["depth", "of"], "depth"),
        (&["fell"], "height"),
        (&["fall"], "height"),
        (&["falls"], "height"),
        (&["plunged"], "height"),
        (&["plunge"], "height"),
        (&["plummeted"], "height"),
        (&["dropped"], "height"),
        (&["rơi"], "height"),
        (&["rơi", "xuống"], "height"),
    ];
    // What a length of road or bridge is: "a 260ft section", "an 80-metre stretch".
    const STRETCHES: &[&str] = &["section", "stretch", "span", "đoạn"];
    static OF_BEFORE: std::sync::LazyLock<PhrasesBefore> =
        std::sync::LazyLock::new(|| PhrasesBefore::new(OF));
    // Most figures measure no length: the slot's unit is looked up once, before the words.
    if super::noun::measure_of(slot) != Some("length") {
        return None;
    }
    let named = |t: Option<&Tok>, words: &[(&str, &'static str)]| {
        t.and_then(|t| words.iter().find(|(w, _)| t.is(w)).map(|&(_, d)| d))
    };
    // The word after may be hyphened to the unit ("a 500-metre-deep gorge") or follow the
    // figure in another unit ("a 150-metre (500-foot) deep gorge").
    let after = match toks.get(end) {
        Some(t) if t.is_punct('-') => end + 1,
        Some(t) if t.is_punct('(') => (end + 1..(end + 8).min(toks.len()))
            .find(|&k| toks[k].is_punct(')'))
            .map_or(end, |k| k + 1),
        _ => end,
    };
    // A unit word that carries the extent ("metre-deep") names it too.
    let hyphened = end
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .and_then(|t| t.s.rsplit_once('-'))
        .and_then(|(_, w)| AFTER.iter().find(|(x, _)| w.eq_ignore_ascii_case(x)))
        .map(|&(_, d)| d);
    let stretch = || {
        (toks.get(after)?.is_any(STRETCHES) || toks.get(after + 1)?.is_any(STRETCHES))
            .then_some("length")
    };
    named(first.checked_sub(1).and_then(|k| toks.get(k)), BEFORE)
        .or(hyphened)
        .or_else(|| named(toks.get(after), AFTER))
        .or_else(|| phrase_before(&OF_BEFORE, toks, past_limiters(toks, first)))
        .or_else(stretch)
}

/// Where the words before a figure end once the words that say how small it is are passed
/// ("an altitude of just 625 feet", "a depth of only 10 metres", "fell a mere 20 feet").
fn past_limiters(toks: &[Tok], first: usize) -> usize {
    let mut at = first;
    while at > 0 && toks[at - 1].is_any(&["just", "only", "barely", "merely", "mere", "a"]) {
        at -= 1;
    }
    at
}

/// What a sum of money is, named right before it: "tổng mức đầu tư 190 tỷ đồng" is an
/// investment, "doanh thu 5 tỷ" a revenue, "phạt 40 triệu" a fine. Two investments of one
/// story are one fact; an investment and a fine are two.
const MONEY_ROLES: &[(&[&str], &str)] = &[
    (&["đầu", "tư"], "investment"),
    (&["vốn", "đầu", "tư"], "investment"),
    // What a work cost to build, told as its investment or its capital ("tổng mức đầu tư xây
    // dựng khoảng 4 tỷ đồng", "có vốn xây dựng hơn 6 tỉ đồng").
    (&["đầu", "tư", "xây", "dựng"], "investment"),
    (&["vốn", "xây", "dựng"], "investment"),
    (&["invested"], "investment"),
    (&["chi", "phí"], "cost"),
    (&["kinh", "phí"], "cost"),
    (&["chi", "phí", "xây", "dựng"], "cost"),
    (&["cost"], "cost"),
    (&["costs"], "cost"),
    (&["vốn", "điều", "lệ"], "capital"),
    (&["doanh", "thu"], "revenue"),
    (&["thu", "về"], "revenue"),
    (&["thu", "về", "được"], "revenue"),
    (&["grossed"], "revenue"),
    (&["lợi", "nhuận"], "profit"),
    (&["lãi"], "profit"),
    (&["thiệt", "hại"], "damage"),
    (&["giá", "trị"], "value"),
    (&["trị", "giá"], "value"),
    (&["worth"], "value"),
    (&["valued", "at"], "value"),
    (&["value", "of"], "value"),
    (&["fine", "of"], "fine"),
    (&["cost", "of"], "cost"),
    (&["investment", "of"], "investment"),
    (&["revenue", "of"], "revenue"),
    (&["revenues", "of"], "revenue"),
    (&["profit", "of"], "profit"),
    (&["damage", "of"], "damage"),
    (&["damages", "of"], "damage"),
    (&["bribes", "of"], "bribe"),
    (&["salary", "of"], "salary"),
    (&["phạt"], "fine"),
    (&["phạt", "tiền"], "fine"),
    (&["fined"], "fine"),
    (&["lương"], "salary"),
    (&["hối", "lộ"], "bribe"),
    // What a court takes back, and what was taken: "ordered to forfeit $11 billion", "chiếm
    // đoạt 400 triệu đồng", "misappropriated over $10 billion".
    (&["forfeit"], "forfeiture"),
    (&["forfeiture", "of"], "forfeiture"),
    (&["tịch", "thu"], "forfeiture"),
    (&["chiếm", "đoạt"], "taken"),
    (&["misappropriated"], "taken"),
    (&["embezzled"], "taken"),
    (&["stole"], "taken"),
    (&["stealing"], "taken"),
    (&["defrauding", "of"], "taken"),
    (&["defrauded", "of"], "taken"),
    (&["tham", "ô"], "taken"),
];

/// Nouns right after a sum of money that say what it is: "an $11 billion forfeiture", "an $8
/// billion theft", "$5.5 billion in damage".
const MONEY_ROLES_AFTER: &[(&[&str], &str)] = &[
    (&["forfeiture"], "forfeiture"),
    (&["theft"], "taken"),
    (&["fraud"], "taken"),
    (&["fine"], "fine"),
    (&["bribe"], "bribe"),
    (&["bribes"], "bribe"),
    (&["in", "damage"], "damage"),
    (&["in", "damages"], "damage"),
    (&["in", "revenue"], "revenue"),
    (&["in", "profit"], "profit"),
    (&["in", "profits"], "profit"),
    // "Apple managed $89.5 billion of revenue", "$2 billion in sales".
    (&["of", "revenue"], "revenue"),
    (&["in", "sales"], "revenue"),
    (&["of", "sales"], "revenue"),
];

/// The role of a sum of money whose mention runs from `first` to `end` ([`MONEY_ROLES`]
/// before it, [`MONEY_ROLES_AFTER`] after it).
fn money_role(toks: &[Tok], first: usize, end: usize, slot: &str) -> Option<&'static str> {
    static MONEY_ROLES_BEFORE: std::sync::LazyLock<PhrasesBefore> =
        std::sync::LazyLock::new(|| PhrasesBefore::new(MONEY_ROLES));
    if !slot.starts_with("money/") {
        return None;
    }
    // "chiếm đoạt số tiền hơn 30.000 tỷ đồng": the words for "the sum" between the verb and
    // its sum are stepped over.
    let sum_words = [
        &["tổng", "số", "tiền"][..],
        &["số", "tiền"],
        &["khoản", "tiền"],
    ]
    .into_iter()
    .find(|w| first >= w.len() && words_at(toks, first - w.len(), w))
    .map_or(0, <[&str]>::len);
    phrase_before(&MONEY_ROLES_BEFORE, toks, first - sum_words).or_else(|| {
        MONEY_ROLES_AFTER
            .iter()
            .find(|(words, _)| words_at(toks, end, words))
            .map(|&(_, role)| role)
    })
}

/// Verbs right before a figure that change what it counts (`rút khoảng 10.000 quân`).
const ACTIONS: &[(&[&str], &str)] = &[
    (&["rút"], "withdrawn"),
    (&["rút", "về"], "withdrawn"),
    (&["withdrew"], "withdrawn"),
    (&["withdraw"], "withdrawn"),
    (&["sơ", "tán"], "evacuated"),
    // "di dời 38.047 hộ đến nơi an toàn": moved out of harm's way.
    (&["di", "dời"], "evacuated"),
    (&["evacuated"], "evacuated"),
    (&["bắt", "giữ"], "arrested"),
    (&["bắt"], "arrested"),
    (&["arrested"], "arrested"),
    (&["detained"], "arrested"),
    (&["tạm", "giữ"], "arrested"),
    (&["cứu"], "rescued"),
    (&["giải", "cứu"], "rescued"),
    (&["cứu", "được"], "rescued"),
    (&["cứu", "sống"], "rescued"),
    (&["cứu", "sống", "được"], "rescued"),
    (&["giải", "cứu", "được"], "rescued"),
    (&["thêm"], "added"),
    // What a craft or a hall may hold, not who was in it: "had the capacity to carry 178
    // passengers", "chỉ được phép chở 12 người", "sân có sức chứa 40.000 chỗ".
    (&["capacity", "to", "carry"], "capacity"),
    (&["capacity", "to", "hold"], "capacity"),
    (&["capacity", "of"], "capacity"),
    (&["designed", "to", "carry"], "capacity"),
    (&["authorised", "to", "carry"], "capacity"),
    (&["authorized", "to", "carry"], "capacity"),
    (&["allowed", "to", "carry"], "capacity"),
    (&["licensed", "to", "carry"], "capacity"),
    (&["sức", "chứa"], "capacity"),
    (&["sức", "chở"], "capacity"),
    // "đã xác định danh tính 39 nạn nhân", "have identified 39 of the victims": those whose
    // names are known, a part of a toll that grows as the count of the dead does not.
    (&["xác", "định", "danh", "tính"], "identified"),
    (&["xác", "định", "được", "danh", "tính"], "identified"),
    (&["nhận", "dạng"], "identified"),
    (&["nhận", "dạng", "được"], "identified"),
    (&["nhận", "diện", "được"], "identified"),
    (&["identified"], "identified"),
    (&["phép", "chở"], "capacity"),
    (&["tăng"], "increase"),
    // "GDP tăng trưởng hơn 5,3%": grew, as "tăng 5,33%" says.
    (&["tăng", "trưởng"], "increase"),
    (&["tốc", "mái"], "unroofed"),
    (&["làm", "sập"], "collapsed"),
    (&["đổ", "sập"], "collapsed"),
    (&["hư", "hỏng"], "damaged"),
    (&["hư", "hỏng", "nặng"], "damaged"),
    (&["giảm"], "decrease"),
    // English rises and falls by the figure ("rose 0.3%", "plunged 12 percent"); "fell to 2.1
    // percent" gives a level, not a change.
    (&["rose"], "increase"),
    (&["rises"], "increase"),
    (&["risen"], "increase"),
    (&["increased"], "increase"),
    (&["climbed"], "increase"),
    (&["jumped"], "increase"),
    (&["gained"], "increase"),
    (&["grew"], "increase"),
    (&["surged"], "increase"),
    (&["soared"], "increase"),
    (&["fell"], "decrease"),
    (&["falls"], "decrease"),
    (&["fallen"], "decrease"),
    (&["decreased"], "decrease"),
    (&["dropped"], "decrease"),
    (&["declined"], "decrease"),
    (&["plunged"], "decrease"),
    (&["slumped"], "decrease"),
    (&["tumbled"], "decrease"),
    // Counts won or lost: "losing 251 seats", "a gain of 214" (the seats held are another
    // figure).
    (&["lost"], "decrease"),
    (&["losing"], "decrease"),
    (&["gaining"], "increase"),
    (&["gain", "of"], "increase"),
    (&["increase", "of"], "increase"),
    // "resulting in the loss of 251 seats", "a drop of 3%": the noun says it as the verb does.
    (&["loss", "of"], "decrease"),
    (&["decrease", "of"], "decrease"),
    (&["drop", "of"], "decrease"),
    (&["decline", "of"], "decrease"),
    // "up by just under two points", "plummeting by 20 points": the change, by so much.
    (&["up", "by"], "increase"),
    (&["rose", "by"], "increase"),
    (&["rising", "by"], "increase"),
    (&["increased", "by"], "increase"),
    (&["grew", "by"], "increase"),
    (&["jumped", "by"], "increase"),
    (&["climbed", "by"], "increase"),
    (&["down", "by"], "decrease"),
    (&["fell", "by"], "decrease"),
    (&["falling", "by"], "decrease"),
    (&["dropped", "by"], "decrease"),
    (&["declined", "by"], "decrease"),
    (&["decreased", "by"], "decrease"),
    (&["plummeted", "by"], "decrease"),
    (&["plummeting", "by"], "decrease"),
    (&["plunged", "by"], "decrease"),
];

/// Verbs that make the state before them the source of a figure, not its subject: "Russia
/// says 60 dead" counts no Russians; "Mỹ cho biết Nga điều động 100.000 quân" still finds Nga.
const SOURCE_VERBS: &[&str] = &[
    "says",
    "said",
    "say",
    "reports",
    "reported",
    "claims",
    "claimed",
    "told",
    "announced",
    "nói",
    "biết",
    "bố",
];

/// Whether "trên <craft> có" stands before the figure at `first` ("Trên xe có tổng cộng 32
/// người", "trên tàu có 20 người"): those on board, as "chở 32 người" says.
fn on_board_had(toks: &[Tok], first: usize) -> bool {
    let mut k = first;
    while k > 0 && toks[k - 1].is_any(&["tổng", "cộng", "tất", "cả"]) {
        k -= 1;
    }
    if k == 0 || !toks[k - 1].is("có") {
        return false;
    }
    (k.saturating_sub(5)..k - 1)
        .rev()
        .take_while(|&j| toks[j].class == Class::Word)
        .any(|j| toks[j].is_any(&["trên", "Trên"]))
}

/// The place a line of a tally opens with, for a count of people in that line: "Lào Cai: 155
/// người (53 người chết, 102 người mất tích)", "Quảng Ninh 13 người chết", "tỉnh Cao Bằng có
/// 52 người chết và mất tích", "Tại Lào Cai 66 người …". A line runs from the sentence's start,
/// a ";" or a "+" to the figure; the place opens it (past "Trong đó", "Cụ thể", "Tại", "tỉnh"
/// …) and the line's first figure follows it, bar a ":" or "có" / "ghi nhận". The counts are
/// the place's, not the whole story's. ("5 người chết ở Hà Nội" names no line's place.)
fn tally_line_place(toks: &[Tok], first: usize) -> Option<String> {
    const OPENERS: &[&str] = &["trong", "đó", "cụ", "thể", "riêng"];
    // Words that say a place follows ("tại", "tỉnh", "huyện" …).
    const PLACE_WORDS: &[&str] = &[
        "tại", "ở", "tỉnh", "huyện", "thành", "phố", "tp", "thị", "xã", "quận",
    ];
    const LINKS: &[&str] = &["có", "ghi", "nhận", "là"];
    let line = (0..first)
        .rev()
        .find(|&k| toks[k].is_punct(';') || toks[k].is_punct('+'))
        .map_or(0, |k| k + 1);
    let mut k = line;
    let mut placed = false;
    while k < first {
        let t = &toks[k];
        if t.is_any(PLACE_WORDS) {
            placed = true;
        } else if !(t.is_punct(',') || t.is_punct(':') || t.is_punct('-') || t.is_any(OPENERS)) {
            break;
        }
        k += 1;
    }
    let name = k;
    while k < first && toks[k].class == Class::Word && toks[k].is_capitalized() {
        k += 1;
    }
    let colon = toks.get(k).is_some_and(|t| t.is_punct(':'));
    let vietnamese = toks[name..k]
        .iter()
        .all(super::syllable::is_vietnamese_token);
    // One capitalised word is a place only when said to be ("tỉnh Huế", "Huế:"); a sentence's
    // first word is capitalised anyway ("Sáng 19/5", "Khi hai bên").
    let named = k - name >= 2 || placed || colon;
    if !(1..=4).contains(&(k - name))
        || !named
        // ("Mumbai: Three people died" opens with a dateline, an English paper's way.)
        || !vietnamese
        // "Nguyễn Văn An có 3 người con": a person's name (a place has two syllables, "Cao
        // Bằng", "Hà Nội", if it begins like one).
        || (k - name >= 3 && super::name::is_surname(&toks[name]))
        || toks[name..k]
            .iter()
            .any(|t| t.is_any(PLACE_WORDS) || t.is_any(OPENERS))
    {
        return None;
    }
    // The line's first figure comes right after the place.
    let mut j = k;
    while j < toks.len() && (toks[j].is_punct(':') || toks[j].is_any(LINKS)) {
        j += 1;
    }
    let figure_next = toks.get(j).is_some_and(|t| t.class == Class::Num)
        || numeral::read(toks, j, false).is_some();
    (figure_next && j <= first).then(|| {
        toks[name..k]
            .iter()
            .map(|t| t.s)
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// Whether the word at `k` is a given or middle name after a Vietnamese family name ("Trương
/// Mỹ Lan", "Nguyễn Thị Nga"), not the state it also spells.
fn in_person_name(toks: &[Tok], k: usize) -> bool {
    let capital = |j: usize| toks[j].class == Class::Word && toks[j].is_capitalized();
    (k >= 1 && super::name::is_surname(&toks[k - 1]))
        || (k >= 2 && capital(k - 1) && super::name::is_surname(&toks[k - 2]))
}

/// The subject of a figure: an entity right after the noun (`lính Nga`) or, failing that,
/// within three tokens before the figure (`Nga điều động khoảng 100,000 quân`).
fn subject(ctx: &Ctx, figure_start: usize, noun_end: usize) -> Option<&'static str> {
    let toks = ctx.toks;
    // States and organisations are subjects; a place ("tại Đà Nẵng") is where, not who.
    // ("collapses in Bangkok as a 7.7 earthquake jolts Myanmar": a state or capital after
    // "in" is where, not who.)
    // ("giáp giới với Pakistan đã tăng lên 812 người": a state a place borders is where too.)
    // ("in the French Alps", "near the Russian border": the article between is no matter.)
    let located = |k: usize| {
        let before = |j: usize| {
            toks[j].is_any(&["in", "at", "near", "tại", "ở", "với", "giáp", "bordering"])
        };
        (k > 0 && before(k - 1)) || (k > 1 && toks[k - 1].is("the") && before(k - 2))
    };
    let who = |k: usize| {
        entity::alias_at(toks, k)
            .filter(|e| e.1 != entity::EntityKind::Place && !in_person_name(toks, k) && !located(k))
            .map(|e| e.0)
    };
    if let Some(id) = who(noun_end) {
        return Some(id);
    }
    for k in (figure_start.saturating_sub(4)..figure_start).rev() {
        if toks[k].class == Class::Punct
            || toks[k].is_any(&["và", "với", "hoặc", "and", "or"])
            || toks[k].is_any(SOURCE_VERBS)
        {
            break;
        }
        if let Some(id) = who(k) {
            return Some(id);
        }
    }
    None
}

/// What happened to what a figure counts, said right after the noun ("24 ngôi nhà sập đổ",
/// "9 người bị thương" is a noun of its own).
const OUTCOMES: &[(&[&str], &str)] = &[
    (&["bị", "sập"], "collapsed"),
    (&["sập"], "collapsed"),
    (&["đổ", "sập"], "collapsed"),
    (&["bị", "đổ", "sập"], "collapsed"),
    (&["bị", "sập", "đổ"], "collapsed"),
    (&["sập", "đổ"], "collapsed"),
    (&["tốc", "mái"], "unroofed"),
    (&["bị", "tốc", "mái"], "unroofed"),
    (&["hư", "hỏng"], "damaged"),
    (&["bị", "hư", "hỏng"], "damaged"),
    (&["hư", "hại"], "damaged"),
    (&["bị", "hư", "hại"], "damaged"),
    (&["bị", "thiệt", "hại"], "damaged"),
    (&["bị", "ngập"], "flooded"),
    (&["ngập"], "flooded"),
    (&["bị", "cháy"], "burned"),
    (&["bị", "bắt"], "arrested"),
    (&["bị", "bắt", "giữ"], "arrested"),
    (&["bị", "thu", "giữ"], "seized"),
    (&["nhập", "viện"], "hospitalised"),
    (&["phải", "nhập", "viện"], "hospitalised"),
    // "3 trẻ vào cấp cứu tại Bệnh viện Lê Văn Việt": taken in for emergency care.
    (&["vào", "cấp", "cứu"], "hospitalised"),
    (&["phải", "vào", "cấp", "cứu"], "hospitalised"),
    // "9 đứa trẻ đã được đưa đến bệnh viện", "được chuyển tới bệnh viện".
    (&["được", "đưa", "đến", "bệnh", "viện"], "hospitalised"),
    (&["được", "đưa", "tới", "bệnh", "viện"], "hospitalised"),
    (&["được", "đưa", "vào", "bệnh", "viện"], "hospitalised"),
    (&["được", "chuyển", "đến", "bệnh", "viện"], "hospitalised"),
    (&["được", "chuyển", "tới", "bệnh", "viện"], "hospitalised"),
    (&["được", "chuyển", "vào", "bệnh", "viện"], "hospitalised"),
    // "2 nạn nhân được đưa đi cấp cứu": taken for emergency care.
    (&["được", "đưa", "đi", "cấp", "cứu"], "hospitalised"),
    (&["được", "chuyển", "đi", "cấp", "cứu"], "hospitalised"),
    (&["được", "đưa", "vào", "viện"], "hospitalised"),
    (&["were", "admitted", "to", "hospital"], "hospitalised"),
    (&["were", "taken", "to", "a", "hospital"], "hospitalised"),
    (&["were", "hospitalised"], "hospitalised"),
    (&["were", "hospitalized"], "hospitalised"),
    (&["have", "been", "hospitalised"], "hospitalised"),
    (&["have", "been", "hospitalized"], "hospitalised"),
    (&["had", "been", "hospitalised"], "hospitalised"),
    (&["had", "been", "hospitalized"], "hospitalised"),
    (&["were", "transported", "to", "hospital"], "hospitalised"),
    (
        &["were", "transported", "to", "a", "hospital"],
        "hospitalised",
    ),
    (&["were", "transported", "to", "hospitals"], "hospitalised"),
    (&["were", "taken", "to", "hospitals"], "hospitalised"),
    (&["were", "taken", "to", "hospital"], "hospitalised"),
    // "23 people had been sent to hospitals".
    (&["were", "sent", "to", "hospital"], "hospitalised"),
    (&["were", "sent", "to", "hospitals"], "hospitalised"),
    (&["had", "been", "sent", "to", "hospital"], "hospitalised"),
    (&["had", "been", "sent", "to", "hospitals"], "hospitalised"),
    (&["have", "been", "sent", "to", "hospital"], "hospitalised"),
    (&["have", "been", "sent", "to", "hospitals"], "hospitalised"),
    (&["were", "rushed", "to", "hospital"], "hospitalised"),
    (&["were", "rushed", "to", "a", "hospital"], "hospitalised"),
    (&["were", "rushed", "to", "the", "hospital"], "hospitalised"),
    (&["were", "taken", "to", "the", "hospital"], "hospitalised"),
    (&["were", "brought", "to", "hospital"], "hospitalised"),
    (
        &["were", "brought", "to", "the", "hospital"],
        "hospitalised",
    ),
    (&["remain", "in", "hospital"], "hospitalised"),
    // "132 injured passengers were still in hospital on Monday".
    (&["were", "still", "in", "hospital"], "hospitalised"),
    (&["are", "still", "in", "hospital"], "hospitalised"),
    (&["remain", "in", "hospitals"], "hospitalised"),
    (&["were", "still", "hospitalised"], "hospitalised"),
    (&["were", "still", "hospitalized"], "hospitalised"),
    (&["are", "still", "hospitalised"], "hospitalised"),
    (&["are", "still", "hospitalized"], "hospitalised"),
    (&["remained", "in", "hospital"], "hospitalised"),
    // "Some 107 victims of the attack remained hospitalized".
    (&["remain", "hospitalized"], "hospitalised"),
    (&["remain", "hospitalised"], "hospitalised"),
    (&["remained", "hospitalized"], "hospitalised"),
    (&["remained", "hospitalised"], "hospitalised"),
    // "64 people have been admitted to Rajawadi Hospital": a hospital's name may follow.
    (&["have", "been", "admitted"], "hospitalised"),
    (&["had", "been", "admitted"], "hospitalised"),
    (&["were", "admitted"], "hospitalised"),
    // "382 are undergoing treatment", "25 people are being treated in hospital": those still
    // in care; "793 were discharged", those sent home, a count of their own.
    (&["are", "undergoing", "treatment"], "hospitalised"),
    (&["were", "undergoing", "treatment"], "hospitalised"),
    (
        &["are", "being", "treated", "in", "hospital"],
        "hospitalised",
    ),
    (
        &["were", "being", "treated", "in", "hospital"],
        "hospitalised",
    ),
    (
        &["are", "being", "treated", "in", "hospitals"],
        "hospitalised",
    ),
    (&["were", "discharged"], "discharged"),
    (&["have", "been", "discharged"], "discharged"),
    (&["had", "been", "discharged"], "discharged"),
    // "Khoảng 88.000 người phải sơ tán", "được sơ tán", "đã được di dời".
    (&["phải", "sơ", "tán"], "evacuated"),
    (&["được", "sơ", "tán"], "evacuated"),
    (&["phải", "di", "dời"], "evacuated"),
    (&["được", "di", "dời"], "evacuated"),
    (&["were", "evacuated"], "evacuated"),
    (&["have", "been", "evacuated"], "evacuated"),
    (&["evacuated"], "evacuated"),
    // "around 90,000 people were told to evacuate".
    (&["were", "told", "to", "evacuate"], "evacuated"),
    (&["were", "ordered", "to", "evacuate"], "evacuated"),
    (&["were", "forced", "to", "evacuate"], "evacuated"),
    (&["have", "been", "ordered", "to", "evacuate"], "evacuated"),
    (&["have", "been", "told", "to", "evacuate"], "evacuated"),
    (&["have", "been", "forced", "to", "evacuate"], "evacuated"),
    (&["had", "to", "evacuate"], "evacuated"),
    (&["were", "displaced"], "displaced"),
    (&["displaced"], "displaced"),
    (&["were", "destroyed"], "destroyed"),
    (&["destroyed"], "destroyed"),
    (&["were", "damaged"], "damaged"),
    (&["damaged"], "damaged"),
    (&["were", "arrested"], "arrested"),
    (&["were", "detained"], "arrested"),
    (&["have", "been", "detained"], "arrested"),
    (&["have", "been", "arrested"], "arrested"),
    (&["are", "in", "hospital"], "hospitalised"),
    // "three individuals hospitalized with severe injuries": the participle alone.
    (&["hospitalized"], "hospitalised"),
    (&["hospitalised"], "hospitalised"),
    (&["mắc", "kẹt"], "trapped"),
    (&["bị", "mắc", "kẹt"], "trapped"),
    // "2 thi thể đang bị mắc kẹt trong xe", "vẫn bị mắc kẹt": still trapped.
    (&["đang", "bị", "mắc", "kẹt"], "trapped"),
    (&["đang", "mắc", "kẹt"], "trapped"),
    (&["vẫn", "bị", "mắc", "kẹt"], "trapped"),
    (&["vẫn", "mắc", "kẹt"], "trapped"),
    (&["còn", "mắc", "kẹt"], "trapped"),
    (&["còn", "bị", "mắc", "kẹt"], "trapped"),
    (&["trapped"], "trapped"),
    (&["were", "trapped"], "trapped"),
    (&["are", "trapped"], "trapped"),
    (&["remain", "trapped"], "trapped"),
    (&["remained", "trapped"], "trapped"),
    // "143 individuals still trapped in the rubble", "over 600 individuals are still stranded".
    (&["still", "trapped"], "trapped"),
    (&["stranded"], "stranded"),
    (&["were", "stranded"], "stranded"),
    (&["are", "stranded"], "stranded"),
    (&["remain", "stranded"], "stranded"),
    (&["remained", "stranded"], "stranded"),
    (&["still", "stranded"], "stranded"),
    (&["declared", "stranded"], "stranded"),
    // "39 người đã được xác định danh tính", "39 thi thể đã được nhận dạng", "39 have been
    // identified": the named among the dead, no toll of its own.
    (&["được", "xác", "định", "danh", "tính"], "identified"),
    (&["xác", "định", "được", "danh", "tính"], "identified"),
    (&["xác", "định", "danh", "tính"], "identified"),
    (&["được", "nhận", "dạng"], "identified"),
    (&["were", "identified"], "identified"),
    (&["have", "been", "identified"], "identified"),
    (&["had", "been", "identified"], "identified"),
];

/// What befalls only the living: no outcome of a toll of the dead.
const OF_THE_LIVING: &[&str] = &["hospitalised", "evacuated", "stranded"];

/// Verbs of people carried to a hospital named by where it stands, and those places: "Twenty-three
/// people were taken to nearby hospitals", "were rushed to a nearby hospital". Each verb with
/// each place is an outcome phrase, "hospitalised".
const CARRIED: &[&str] = &["taken", "rushed", "transported", "brought"];
const NEARBY_HOSPITALS: &[&[&str]] = &[
    &["hospital"],
    &["a", "hospital"],
    &["the", "hospital"],
    &["hospitals"],
    &["nearby", "hospitals"],
    &["a", "nearby", "hospital"],
    &["local", "hospitals"],
    &["area", "hospitals"],
];

fn outcome(toks: &[Tok], noun_end: usize) -> Option<&'static str> {
    static CARRIED_TO_HOSPITAL: std::sync::LazyLock<Vec<Vec<&'static str>>> =
        std::sync::LazyLock::new(|| {
            // "were taken to", "have been transported to the hospital", and the participle
            // alone ("with 107 more taken to hospital").
            let auxiliaries: [&[&str]; 4] = [&["were"], &["have", "been"], &["had", "been"], &[]];
            auxiliaries
                .into_iter()
                .flat_map(|aux| {
                    CARRIED.iter().flat_map(move |verb| {
                        NEARBY_HOSPITALS.iter().map(move |place| {
                            aux.iter()
                                .copied()
                                .chain([*verb, "to"])
                                .chain(place.iter().copied())
                                .collect()
                        })
                    })
                })
                .collect()
        });
    static INDEX: std::sync::LazyLock<crate::token::PhraseIndex<&'static str>> =
        std::sync::LazyLock::new(|| {
            let carried = CARRIED_TO_HOSPITAL
                .iter()
                .map(|p| (p.as_slice(), "hospitalised"));
            crate::token::PhraseIndex::new(OUTCOMES.iter().copied().chain(carried))
        });
    // "9 đứa trẻ đã được đưa đến bệnh viện": the past marker says nothing of what happened;
    // "20 injured individuals have been transported to the hospital": the people after the
    // toll's word are those it counts.
    let people_after_toll = noun_end > 0
        && toks[noun_end - 1].is_any(&["injured", "wounded"])
        && toks.get(noun_end).is_some_and(|t| {
            t.is_any(&["people", "individuals", "persons", "passengers", "victims"])
        });
    let at = if toks.get(noun_end).is_some_and(|t| t.is("đã")) || people_after_toll {
        noun_end + 1
    } else {
        noun_end
    };
    if let Some((name, _)) = INDEX.longest_at(toks, at, false) {
        return Some(name);
    }
    // "Ten persons were already detained", "15 people have also been arrested": an adverb
    // after the first auxiliary changes nothing of what befell them.
    let adverb = toks
        .get(at + 1)
        .is_some_and(|t| t.is_any(AUXILIARY_ADVERBS));
    if !adverb
        || !toks
            .get(at)
            .is_some_and(|t| t.is_any(&["were", "have", "had", "are"]))
    {
        return None;
    }
    let joined: Vec<Tok> = std::iter::once(toks[at])
        .chain(toks[at + 2..].iter().take(OUTCOME_LEN).copied())
        .collect();
    INDEX.longest_at(&joined, 0, false).map(|(name, _)| name)
}

/// A toll phrase of the lexicon at `k` with an adverb after its auxiliary ("180 were also
/// injured", "12 were reportedly killed"), and its length with the adverb.
fn toll_past_adverb(toks: &[Tok], k: usize) -> Option<(&'static str, usize)> {
    // "over 800 have been reported injured", "120 are reported missing": a report of the toll
    // is the toll, as an adverb is.
    // "Six have since died", "40 have also been injured".
    let auxiliary = if toks.get(k)?.is_any(&["have", "has", "had"]) && toks.get(k + 1)?.is("been") {
        2
    } else if toks[k].is_any(&["were", "are", "was", "have", "has", "had"]) {
        1
    } else {
        return None;
    };
    let inserted = toks.get(k + auxiliary)?;
    if !inserted.is_any(AUXILIARY_ADVERBS) && !inserted.is("reported") {
        return None;
    }
    let joined: Vec<Tok> = toks[k..k + auxiliary]
        .iter()
        .chain(toks[k + auxiliary + 1..].iter().take(OUTCOME_LEN))
        .copied()
        .collect();
    let (slot, len) = noun_at(&joined, 0)?;
    (len > auxiliary && STRONG_TOLLS.contains(&slot)).then_some((slot, len + 1))
}

/// Adverbs that may stand after an auxiliary inside an outcome phrase.
const AUXILIARY_ADVERBS: &[&str] = &[
    "already",
    "also",
    "reportedly",
    "since",
    "later",
    "all",
    // "48 people are still in hospital", "over 600 individuals are still stranded".
    "still",
];

/// The most tokens an outcome phrase holds (past its first).
const OUTCOME_LEN: usize = 6;

/// Whether the figure whose mention opens at token `first` is the whole a figure before it is
/// part of ("9 trên 14", "9 of the 14", "Three out of the 40"; the mention takes "trên" in,
/// read as "more than").
fn whole_of_a_part(toks: &[Tok], first: usize) -> bool {
    let of = match first.checked_sub(1) {
        _ if toks[first].is("trên") => Some(first),
        Some(k) if toks[k].is("the") => k.checked_sub(1),
        k => k,
    };
    let Some(k) = of.filter(|&k| toks[k].is_any(&["trên", "of"])) else {
        return false;
    };
    let k = if toks[k].is("of") && k >= 1 && toks[k - 1].is("out") {
        k - 1
    } else {
        k
    };
    // "many of the 54 people who had been hospitalised … had died": a part named by a word
    // of amount leaves the whole as untold as a figure does ("all of" takes the whole).
    const AMOUNT_WORDS: &[&str] = &[
        "many", "some", "most", "several", "half", "few", "none", "dozens", "hundreds", "scores",
    ];
    k >= 1
        && (toks[k - 1].class == Class::Num
            || numeral::is_english_number_word(&toks[k - 1])
            || toks[k - 1].is_any(AMOUNT_WORDS))
}

/// A lower-case English participle that may stand between a figure and its noun ("95
/// confirmed deaths").
fn is_participle(t: &Tok) -> bool {
    t.is_lower_word() && t.s.len() > 4 && t.s.ends_with("ed")
}

/// Nouns that name a toll themselves: a whole counted by one is that toll.
const TOLL_NOUNS: &[&str] = &[
    "deaths",
    "dead",
    "fatalities",
    "injured",
    "wounded",
    "injuries",
    "casualties",
    "missing",
];

/// An unknown noun at `k` (its first word `t`) as written, so like compares with like, and the
/// tokens it takes. Vietnamese nouns are mostly two syllables ("thang máy" is not "thang
/// hàng", "đứa trẻ"); an English plural ends its noun ("leaders met", "fire engines").
fn noun_as_written(toks: &[Tok], k: usize, t: &Tok) -> (Cow<'static, str>, usize) {
    // "3 other vehicles", "Two other miners": what is counted is the noun after the part word
    // (which stays a cue of a part for alignment); "45,000 net new jobs" counts jobs too.
    if t.is_any(&[
        "other",
        "additional",
        "new",
        "net",
        "extra",
        "further",
        "different",
        "separate",
        "various",
    ]) {
        if let Some((slot, len)) = noun_at(toks, k + 1) {
            return (Cow::Borrowed(slot), len + 1);
        }
        if let Some(u) = noun_word(toks, k + 1) {
            let (slot, len) = noun_as_written(toks, k + 1, u);
            return (slot, len + 1);
        }
    }
    // "40 cựu học sinh": "former" says which ones; a known noun after it says what is
    // counted. (After it an unknown one is written out: "2 cựu binh", a veteran, is a noun of
    // its own.)
    if t.is("cựu") {
        if let Some((slot, len)) = noun_at(toks, k + 1) {
            return (Cow::Borrowed(slot), len + 1);
        }
    }
    // "hai nữ nhân viên", "3 nam công nhân": a word of sex before a known noun says which
    // ones, as "female" does; the noun says what is counted.
    if t.is_any(&["nữ", "nam"]) {
        if let Some((slot, len)) = noun_at(toks, k + 1) {
            return (Cow::Borrowed(slot), len + 1);
        }
        if let Some(u) = noun_word(toks, k + 1) {
            let (slot, len) = noun_as_written(toks, k + 1, u);
            if super::noun::counts_people(&slot) {
                return (slot, len + 1);
            }
        }
    }
    // "eight current and former officials": two English words joined by "and" or "or" before
    // a plural describe it; the plural says what is counted.
    let describing = |u: &Tok| {
        u.s.is_ascii()
            && u.is_lower_word()
            && !super::noun::is_english_plural(u)
            && !super::noun::is_english_plural_count(u)
    };
    if describing(t)
        && toks.get(k + 1).is_some_and(|a| a.is_any(&["and", "or"]))
        && toks.get(k + 2).is_some_and(describing)
    {
        if let Some(u) = toks
            .get(k + 3)
            .filter(|u| u.is_lower_word() && super::noun::is_english_plural(u))
        {
            return match noun_at(toks, k + 3) {
                Some((slot, len)) => (Cow::Borrowed(slot), len + 3),
                None => (Cow::Owned(u.s.to_lowercase()), 4),
            };
        }
    }
    // "claimed 11 young lives", "154 confirmed lives": an English word before a noun of the
    // dead describes them; the noun says they are the dead. (Not before other nouns: "eight
    // male victims" are some of the victims.)
    if t.s.bytes().all(|b| b.is_ascii_lowercase()) && !super::noun::is_english_plural(t) {
        if let Some((slot @ "deaths", len)) = noun_at(toks, k + 1) {
            return (Cow::Borrowed(slot), len + 1);
        }
    }
    // "6.1 million affected vehicles", "7.8 million affected U.S. vehicles": an English
    // participle before the plural noun says which ones, the noun says what is counted.
    if let Some(j) = participle_before_plural(toks, k) {
        return (Cow::Owned(toks[j].s.to_lowercase()), j + 1 - k);
    }
    // "five gunmen attacked": a plural not in -s ends the noun as well, unless a plural
    // follows it ("two women teachers" counts teachers).
    let english_plural = super::noun::is_english_plural(t)
        || (super::noun::is_english_plural_count(t)
            && !toks
                .get(k + 1)
                .is_some_and(|n| n.is_lower_word() && super::noun::is_english_plural(n)));
    match noun_word(toks, k + 1).filter(|_| !english_plural) {
        Some(u) => {
            // "seven criminal fraud charges", "Two air force cargo planes": English words
            // before a plural describe it; the last two name what is counted.
            let plural_after = (t.s.is_ascii() && !super::noun::is_english_plural(u))
                .then(|| {
                    (k + 2..k + 4)
                        .take_while(|&j| toks.get(j).is_some_and(|v| v.is_lower_word()))
                        .find(|&j| super::noun::is_english_plural(&toks[j]))
                })
                .flatten();
            let (first, second, len) = match plural_after {
                Some(j) => (&toks[j - 1], &toks[j], j - k + 1),
                None => (t, u, 2),
            };
            let written = format!("{} {}", first.s.to_lowercase(), second.s.to_lowercase());
            (Cow::Owned(written), len)
        }
        None => (Cow::Owned(t.s.to_lowercase()), 1),
    }
}

/// The plural noun after an English participle at `k` ("affected", "recalled"), over a
/// capitalised word or an abbreviation ("affected U.S. vehicles"), if it is there.
fn participle_before_plural(toks: &[Tok], k: usize) -> Option<usize> {
    let t = toks.get(k)?;
    if !(t.s.is_ascii() && t.is_lower_word() && t.s.len() > 4 && t.s.ends_with("ed")) {
        return None;
    }
    // "U.S." is cut into capitals and dots.
    let mut j = k + 1;
    while j < k + 5
        && toks
            .get(j)
            .is_some_and(|n| n.is_capitalized() || n.is_punct('.'))
    {
        j += 1;
    }
    toks.get(j)
        .filter(|n| n.is_lower_word() && super::noun::is_english_plural(n))
        .map(|_| j)
}

/// Whether "per hour" (or "an hour") follows a bracket that opens at token `end` ("108
/// kilometers (67 miles) per hour") or closes there, after a figure opened it ("(67 miles) per
/// hour").
fn per_hour_past_bracket(toks: &[Tok], first: usize, end: usize) -> bool {
    let per_hour =
        |k: usize| words_at(toks, k, &["per", "hour"]) || words_at(toks, k, &["an", "hour"]);
    let is = |k: usize, c: char| toks.get(k).is_some_and(|t| t.is_punct(c));
    if is(end, '(') {
        return (end + 1..(end + 6).min(toks.len()))
            .find(|&k| is(k, ')'))
            .is_some_and(|k| per_hour(k + 1));
    }
    first > 0 && is(first - 1, '(') && is(end, ')') && per_hour(end + 1)
}

/// Whether a figure is a year written alone in digits ("in 2016 were …"): it counts nothing.
fn bare_year(toks: &[Tok], n: &Numeral) -> bool {
    toks[n.start].s.bytes().all(|b| b.is_ascii_digit())
        && !n.scaled
        && (1900.0..=2100.0).contains(&n.value)
}

/// The noun an English list leaves out after its first count: "the New Popular Front, at 188
/// seats, and Ensemble, with 161, remain …", "31 people died in Wajima, 22 in Suzu", "More
/// than 200 people were injured, 96 in Gansu and 124 in Qinghai". A whole figure with no noun,
/// after "with", "and", a comma or a name a list opens ("the", "and" or a comma before it),
/// and before a comma, "and", a full stop or "in" and a place, counts what the sentence's
/// counted figure before it counts ("on Route 66, police said" opens no list; a name with its
/// number, "the Conservatives 121", is read as a name first).
fn elided_noun(ctx: &Ctx, n: &Numeral, first: usize, out: &[Claim]) -> Option<Cow<'static, str>> {
    let toks = ctx.toks;
    if n.scaled || n.unit.is_some() || n.value.fract() != 0.0 || n.value < 1.0 {
        return None;
    }
    let before = toks.get(first.checked_sub(1)?)?;
    if !before.s.is_ascii() {
        return None;
    }
    let list_item = || {
        // The capitalised run before the figure, and the word before that run.
        let mut k = first - 1;
        while k > 0 && toks[k - 1].is_capitalized() && toks[k - 1].s.is_ascii() {
            k -= 1;
        }
        k > 0 && (toks[k - 1].is_any(&["the", "and"]) || toks[k - 1].is_punct(','))
    };
    // "Organisers said 100,000 people marched, while police put the number at 20,000": another
    // estimate of the same count.
    let estimate = first >= 3
        && before.is("at")
        && toks[first - 3].is("the")
        && toks[first - 2].is_any(&["number", "figure"]);
    let opens = before.is_any(&["with", "and"])
        || before.is_punct(',')
        || estimate
        || (before.is_capitalized() && list_item());
    let closes = match toks.get(n.end) {
        None => true,
        Some(t) => {
            t.is_punct(',')
                || t.is_punct('.')
                || t.is_punct(';')
                || t.is("and")
                || (t.is("in")
                    && toks
                        .get(n.end + 1)
                        .is_some_and(|u| u.is_capitalized() || u.is("the")))
        }
    };
    if !(opens && closes) {
        return None;
    }
    let at = toks[first].start;
    let prior = out
        .iter()
        .rev()
        .take_while(|c| c.sentence == ctx.sentence)
        .find(|c| {
            c.kind == Kind::Number
                && matches!(c.rule, "figure" | "figure_words" | "elided")
                && c.span.end <= at
        })?;
    // The list goes on from that count: no other figure between ("two children, ages 4 and
    // 10", "between the ages of 6 and 7" are ages).
    let other_figure_between = toks[..first]
        .iter()
        .rev()
        .take_while(|t| t.start >= prior.span.end)
        .any(|t| t.class == Class::Num);
    (!other_figure_between).then(|| prior.slot.clone())
}

/// Whether a figure of four plain digits after "since" or "in" is a year older than
/// [`bare_year`] reads ("the second-lowest since 1885"): counts that large are written with a
/// separator.
fn year_after_preposition(toks: &[Tok], n: &Numeral, first: usize) -> bool {
    toks[n.start].s.len() == 4
        && toks[n.start].s.bytes().all(|b| b.is_ascii_digit())
        && n.end == n.start + 1
        && (1000.0..=2100.0).contains(&n.value)
        && first > 0
        && toks[first - 1].is_any(&["since", "in", "Since", "In"])
}

/// A part counted out of a whole: "six of the 23 coaches have derailed", "31 of the injured
/// were hospitalised", "Four of the firefighters were trapped". The figure counts the noun after
/// "of the" (and the whole's figure, if any), with what happened to the part; the rule's name
/// tells alignment it is a part. Scanning goes on after the figure, so the whole ("23
/// coaches") is read too.
fn partitive(ctx: &Ctx, first: usize, n: &Numeral, out: &mut Vec<Claim>) -> Option<usize> {
    let toks = ctx.toks;
    // "of the", "trong số", "trên (tổng số)" before the whole; Vietnamese may count the
    // whole's members with "các" / "những".
    // "17 of 48 houses": "of" alone before the whole's figure.
    // "five out of six people": the whole's figure may be a number word.
    let figure_at = |k: usize| {
        toks.get(k).is_some_and(|t| t.class == Class::Num)
            || (toks
                .get(k)
                .is_some_and(super::numeral::is_english_number_word)
                && numeral::read(toks, k, false).is_some())
    };
    let of_a_figure =
        figure_at(n.end + 1) || (words_at(toks, n.end, &["out", "of"]) && figure_at(n.end + 2));
    let connector = [
        &["out", "of", "the"][..],
        &["out", "of"],
        &["of", "the"],
        // "19 of those injured were in critical condition".
        &["of", "those"],
        // "killing 25 people, five of them tourists".
        &["of", "them"],
        &["of", "these"],
        // "1,204 injured, 721 of whom are in serious condition".
        &["of", "whom"],
        &["trên", "tổng", "số"],
        &["trong", "tổng", "số"],
        &["trong", "số"],
        &["trên"],
        &["trong"],
        &["of"],
    ]
    .into_iter()
    .find(|w| words_at(toks, n.end, w) && (!matches!(w, ["of"] | ["out", "of"]) || of_a_figure))?;
    let mut k = n.end + connector.len();
    if toks.get(k).is_some_and(|t| t.is_any(&["các", "những"])) && connector[0] != "of" {
        k += 1;
    }
    let whole = numeral::read(toks, k, false);
    // "trên" or "trong" alone is "out of" only before the whole's figure ("9 trên 14 đứa
    // trẻ", "2 trong 3 người này").
    if matches!(connector, ["trên"] | ["trong"]) && whole.is_none() {
        return None;
    }
    if bare_year(toks, n) || n.scaled || n.unit.is_some() {
        return None;
    }
    // "One of the passengers, Allan Lucero, said": one of a group singles out a person, it
    // counts nothing an outlet could give otherwise.
    if whole.is_none() && n.value == 1.0 {
        return None;
    }
    if let Some(whole) = whole {
        // A part is no larger than its whole, and one out of a round base is a ratio ("8
        // trong số 10 người Việt"), not a count.
        if whole.value < n.value || ratio_base(toks, k, &whole) {
            return None;
        }
        k = whole.end;
    }
    // "40 of the 95 confirmed deaths": a participle may describe the whole's noun.
    let described = toks
        .get(k)
        .is_some_and(|t| is_participle(t) && noun_at(toks, k).is_none())
        && noun_at(toks, k + 1).is_some();
    let (slot, len) = match noun_at(toks, k + usize::from(described)) {
        Some((slot, len)) => (Cow::Borrowed(slot), len + usize::from(described)),
        None => {
            let t = noun_word(toks, k)?;
            // After "of the", an English plural ("of the firefighters"), not "of the budget";
            // or a compound's first words before one ("of the six coast guard members").
            let plural_at = |j: usize| {
                toks.get(j)
                    .is_some_and(|u| u.is_lower_word() && super::noun::is_english_plural_count(u))
            };
            if connector[0] == "of"
                && !plural_at(k)
                && !(t.is_lower_word()
                    && (plural_at(k + 1)
                        || toks.get(k + 1).is_some_and(Tok::is_lower_word) && plural_at(k + 2)))
            {
                return None;
            }
            noun_as_written(toks, k, t)
        }
    };
    // "12 of the hours", "3 of the 10 km": parts of a measure or of time are no count.
    if super::noun::time_unit(&toks[k]).is_some() || super::noun::is_measure(&slot) {
        return None;
    }
    // "9 of the 14 children were killed": the part is the toll, as "9 children were killed";
    // so it is after a toll's verb ("killed 241 of the 242 people on board", "the crash
    // claimed 241 of the 242").
    let claimed = claimed_before(toks, first);
    let toll = COUNTS_OF_PEOPLE
        .contains(&&*slot)
        .then(|| {
            outcome_ahead(toks, k + len)
                .or_else(|| toll_verb_before(toks, first))
                .or_else(|| claimed.then_some("deaths"))
        })
        .flatten();
    let (slot, action) = match toll {
        Some(toll) => (Cow::Borrowed(toll), None),
        // "identified 20 of the victims", "arrested 12 of the protesters": a verb before
        // the part says what befell it, as before a count.
        None => (slot, outcome(toks, k + len).or_else(|| action(toks, first))),
    };
    // "Anh Ty, 1 trong 6 ngư dân trên tàu", "trở thành 1 trong 6 ca sĩ": one of a group
    // singles out a person; nothing befell a count.
    if n.value == 1.0
        && connector[0] == "trong"
        && action.is_none()
        && !STRONG_TOLLS.contains(&&*slot)
    {
        return Some(n.end);
    }
    let range = qualifier::range(n.value, None, 1.0);
    push(
        ctx,
        out,
        "partitive",
        first,
        k + len,
        n.value,
        range,
        None,
        slot,
        None,
        action,
    );
    Some(n.end)
}

/// A toll named a few words after "X người" ("đã được xác nhận đã thiệt mạng"), before the
/// clause ends.
fn outcome_ahead(toks: &[Tok], from: usize) -> Option<&'static str> {
    // "At least eight people on the ground, including four students, were killed": where
    // they were is stepped over, and so is a clause of the whole's parts between commas ("At
    // least 47 people, including 12 children, were killed").
    let from = if words_at(toks, from, &["on", "the", "ground"]) {
        from + 3
    } else {
        from
    };
    // "18 out of 19 passengers aboard the aircraft have been confirmed killed": so is what
    // they were aboard.
    let aboard = if words_at(toks, from, &["on", "board"]) {
        2
    } else {
        usize::from(
            toks.get(from)
                .is_some_and(|t| t.is_any(&["aboard", "onboard"])),
        )
    };
    let from = if aboard > 0
        && toks
            .get(from + aboard)
            .is_some_and(|t| t.is_any(&["the", "a", "an"]))
        && toks
            .get(from + aboard + 1)
            .is_some_and(|t| t.class == Class::Word)
    {
        from + aboard + 2
    } else {
        from + aboard
    };
    let from = parts_aside(toks, from).unwrap_or(from);
    // A place's name after the noun ("3 người dân thôn Làng Nủ đã may mắn thoát nạn") is one
    // modifier however many words it has: its capitalised words after the first cost no reach.
    let mut reach = OUTCOME_REACH;
    let mut k = from;
    // Where they live ("cùng trú huyện Kỳ Sơn, tỉnh Nghệ An tử vong"): the address, commas and
    // all, is one modifier; its words cost no reach.
    let mut address = false;
    while k < toks.len() && k < from + reach {
        let t = &toks[k];
        if crate::event::HOME_WORDS.contains(t) {
            address = true;
        }
        if address {
            reach = (reach + 1).min(OUTCOME_REACH + ADDRESS_WORDS_FREE);
        } else if k > from && t.is_capitalized() && toks[k - 1].is_capitalized() {
            reach = (reach + 1).min(OUTCOME_REACH + NAME_WORDS_FREE);
        } else if t.is_any(AUXILIARIES) && reach < OUTCOME_REACH + AUXILIARIES_FREE {
            // "23 children who were visiting the camp are still missing": the auxiliaries of
            // the clause and of the toll say nothing of who is counted.
            reach += 1;
        }
        let address_goes_on = address
            && t.is_punct(',')
            && toks
                .get(k + 1)
                .is_some_and(|n| n.is_any(&["tỉnh", "huyện", "xã", "phường", "quận", "TP", "thị"]));
        if address_goes_on {
            k += 1;
            continue;
        }
        if t.class == Class::Punct
            || t.is_any(&["và", "với", "còn", "nhưng", "and"])
            || t.class == Class::Num
        {
            return None;
        }
        if let Some((slot, len)) = super::noun::toll_phrase_at(toks, k) {
            // "Two quakes killed dozens of people", "Three storms killed 40 people": the toll
            // is its object's; what comes before the verb did the killing.
            if toll_object_at(toks, k + len) {
                return None;
            }
            return Some(slot);
        }
        k += 1;
    }
    None
}

/// Tokens after a count's noun within which its outcome is looked for, and how many more the
/// later words of a name after it may add.
const OUTCOME_REACH: usize = 6;
const NAME_WORDS_FREE: usize = 3;
/// Auxiliaries, the adverbs between them and a toll ("are still missing") and the "who" that
/// opens a clause about those counted, and how many more tokens they may add to the reach.
const AUXILIARIES: &[&str] = &[
    "who",
    "are",
    "were",
    "is",
    "was",
    "have",
    "has",
    "had",
    "been",
    "still",
    "also",
    "remain",
    "remained",
    "reportedly",
];
const AUXILIARIES_FREE: usize = 3;
/// How many more an address after the noun may add ("cùng trú huyện Kỳ Sơn, tỉnh Nghệ An").
const ADDRESS_WORDS_FREE: usize = 10;

/// Words after a verb of a toll that open its object: who was killed or hurt is counted
/// there ("killed dozens of people", "killed at least 5", "injured more than 40").
const TOLL_OBJECTS: &[&str] = &[
    "dozens",
    "hundreds",
    "thousands",
    "scores",
    "people",
    "persons",
    "more",
    "over",
    "nearly",
    "almost",
    "about",
    "around",
    "some",
    "an",
];

/// Whether the object of a toll's verb, a count of its own, opens at token `k`.
fn toll_object_at(toks: &[Tok], k: usize) -> bool {
    let Some(t) = toks.get(k) else {
        return false;
    };
    t.class == Class::Num
        || numeral::range_word(t).is_some_and(|_| t.s.is_ascii())
        || t.is_any(TOLL_OBJECTS)
        || (t.is("at") && toks.get(k + 1).is_some_and(|n| n.is("least")))
}

/// Words that open an aside on who most of a whole were (", mostly women,", ", chủ yếu là
/// phụ nữ,"): it describes the whole, the toll after it is still the whole's.
const SHARE_ASIDES: &[&[&str]] = &[
    &["mostly"],
    &["mainly"],
    &["largely"],
    &["chủ", "yếu"],
    &["phần", "lớn"],
    &["đa", "số"],
];

/// The token after a clause of parts set off by commas or dashes at `at` (", including 12
/// children,", ", trong đó có 5 trẻ em,", " – most of them women and children –", ", more than
/// half of them women and children,", ", mostly women,"), if one opens there.
fn parts_aside(toks: &[Tok], at: usize) -> Option<usize> {
    // "five people — including three coastguard members, a firefighter, and a child — died":
    // a list of three parts and their commas.
    let mark = toks.get(at)?;
    let close = [',', '–', '—', '-']
        .into_iter()
        .find(|&c| mark.is_punct(c))?;
    let end =
        (at + 2..(at + PARTS_ASIDE_LEN).min(toks.len())).find(|&k| toks[k].is_punct(close))?;
    let introduced = super::noun::PART_INTRODUCERS
        .iter()
        .chain(SHARE_ASIDES)
        .any(|w| words_at(toks, at + 1, w));
    // "most of them", "half of them": a share of the whole before it.
    let share = (at + 1..end).any(|k| words_at(toks, k, &["of", "them"]));
    // "120 people, who survived by swimming, were rescued": a relative clause between commas
    // says more of the same people.
    let relative = close == ',' && toks[at + 1].is_any(&["who", "whom"]);
    // "six others — believed to be members of a construction crew — are still missing": what
    // is believed or said of the same people.
    let hearsay = toks[at + 1].is_any(&["believed", "thought", "said", "reportedly"]);
    (introduced || share || relative || hearsay).then_some(end + 1)
}

/// The most tokens an aside of parts may take, its closing mark included.
const PARTS_ASIDE_LEN: usize = 18;

/// Whether a word is one of the [`ACTIONS`] that make a figure a rise or a fall ("tăng",
/// "giảm", "rose", "fell" …): the align stage looks for them when a second figure shares the
/// first one's verb.
pub fn is_change_verb(t: &Tok) -> bool {
    static WORDS: std::sync::LazyLock<WordSet> = std::sync::LazyLock::new(|| {
        WordSet::new(ACTIONS.iter().filter_map(|(words, action)| {
            (words.len() == 1 && matches!(*action, "increase" | "decrease")).then_some(words[0])
        }))
    });
    WORDS.contains(t)
}

fn action(toks: &[Tok], figure_start: usize) -> Option<&'static str> {
    static PHRASES: std::sync::LazyLock<PhrasesBefore> =
        std::sync::LazyLock::new(|| PhrasesBefore::new(ACTIONS));
    // "đã bắt giữ tổng cộng 46 đối tượng", "arrested a total of 46": the verb is before the
    // word for "in all". (Its last word is asked first: most figures have none of the three.)
    let last_word = figure_start
        .checked_sub(1)
        .is_some_and(|k| toks[k].is_any(&["cộng", "số", "of"]));
    let total = [
        &["tổng", "cộng"][..],
        &["tổng", "số"],
        &["a", "total", "of"],
    ]
    .into_iter()
    .find(|w| last_word && figure_start >= w.len() && words_at(toks, figure_start - w.len(), w))
    .map_or(0, |w| w.len());
    // "up by just under two points": "just" before the qualifier is no part of the verb.
    let just = usize::from(
        total == 0 && figure_start > 0 && toks[figure_start - 1].is_any(&["just", "only"]),
    );
    phrase_before(&PHRASES, toks, figure_start - total - just)
}

/// What a fact box's label says the figure right after its colon counts: "Homes destroyed: At
/// least 1,700", "Injuries: 71 to firefighters" (the label opens the sentence, a known noun and
/// at most one word of what befell it).
fn label_before(toks: &[Tok], first: usize) -> Option<(Cow<'static, str>, Option<&'static str>)> {
    if !(2..=4).contains(&first) || !toks[first - 1].is_punct(':') {
        return None;
    }
    let colon = first - 1;
    // A known noun, or an English plural as written ("Homes destroyed").
    let (slot, len) = match super::noun::noun_at(toks, 0) {
        Some((slot, len)) => (Cow::Borrowed(slot), len),
        None if super::noun::is_english_plural(&toks[0]) => {
            (Cow::Owned(toks[0].s.to_lowercase()), 1)
        }
        None => return None,
    };
    if len == colon {
        return Some((slot, None));
    }
    // One word of what befell it, read only when it is all that stands before the colon.
    if len + 1 != colon {
        return None;
    }
    outcome(toks, len).map(|befell| (slot, Some(befell)))
}

/// A percentage that names a change by the noun after it: "a 38% pay raise", "the 25% wage
/// increase", "a 10 percent cut" (or a fire's containment: "10% contained"). A raise and a
/// share of members are two facts.
/// Whether a share is an election's turnout: "a turnout of 71.86 percent", "turn out remained
/// around 70 percent", "a 71% turnout", "Tỉ lệ cử tri đi bầu đạt 99,94%" (within the clause
/// before the figure, or the word right after it). Outlets set one turnout against another,
/// never against a candidate's share of the vote.
fn turnout(toks: &[Tok], first: usize, end: usize, slot: &str) -> Option<&'static str> {
    /// Tokens back from the figure within which the turnout's word names it.
    const TURNOUT_REACH: usize = 5;
    if slot != "percent" {
        return None;
    }
    let named = |k: usize| {
        // "Participation was 76% by 18:00": turnout, as Spanish and French reports call it.
        toks[k].is_any(&["turnout", "participation"])
            || words_at(toks, k, &["turn", "out"])
            || words_at(toks, k, &["đi", "bầu"])
    };
    let before = (first.saturating_sub(TURNOUT_REACH)..first)
        .rev()
        .take_while(|&k| toks[k].class != Class::Punct)
        .any(named);
    (before || toks.get(end).is_some_and(|t| t.is("turnout"))).then_some("turnout")
}

fn change_after(toks: &[Tok], first: usize, end: usize, slot: &str) -> Option<&'static str> {
    const RISES: &[&str] = &[
        "increase",
        "increases",
        "raise",
        "raises",
        "rise",
        "rises",
        "hike",
        "hikes",
        "boost",
        "jump",
        "gain",
        "growth",
        "surge",
    ];
    const FALLS: &[&str] = &[
        "decrease",
        "decreases",
        "cut",
        "cuts",
        "drop",
        "drops",
        "decline",
        "declines",
        "reduction",
        "reductions",
        "dip",
        "fall",
        "slump",
        "plunge",
    ];
    if slot != "percent" {
        return None;
    }
    // "down 1 per cent year over year", "up 13 per cent": a share's bare "up" or "down" is a
    // change (of what else, "shot down 2 drones", it says nothing).
    match first.checked_sub(1).map(|k| &toks[k]) {
        Some(t) if t.is("up") => return Some("increase"),
        Some(t) if t.is("down") => return Some("decrease"),
        _ => {}
    }
    // "is 10% contained": how much of a fire's edge is held, not a share of anything counted.
    if toks.get(end).is_some_and(|t| t.is("contained")) {
        return Some("contained");
    }
    // The noun, or one word (what is raised: "pay", "wage") before it.
    (end..(end + 2).min(toks.len()))
        .take_while(|&k| toks[k].is_lower_word())
        .find_map(|k| {
            if toks[k].is_any(RISES) {
                Some("increase")
            } else if toks[k].is_any(FALLS) {
                Some("decrease")
            } else {
                None
            }
        })
}

/// The base of a ratio, a power of ten that counts no one: "8 trong (số) 10 người Việt", "cứ 10
/// người thì có 8", "eight out of 10 people", "one in 100". (A group's real size is no round
/// base: "2 trong số 5 học sinh" counts five students.)
fn ratio_base(toks: &[Tok], first: usize, n: &Numeral) -> bool {
    let is = |k: usize, w: &str| toks.get(k).is_some_and(|t| t.is(w));
    // "Khoảng 3 trên 5 người Việt": a part said approximately is a proportion, whatever its
    // base.
    let approximate_part = first >= 3
        && (is(first - 1, "trên") || (is(first - 1, "số") && is(first - 2, "trong")))
        && (first.saturating_sub(4)..first - 1).any(|k| toks[k].is_any(APPROXIMATE_PARTS))
        && toks[first - 2].class == Class::Num;
    if approximate_part {
        return true;
    }
    if ![10.0, 100.0, 1000.0].contains(&n.value) || first == 0 {
        return false;
    }
    let figure_at = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.class == Class::Num || numeral::english_number_word(t.s).is_some() || t.is("một")
        }) || numeral::read(toks, k, false).is_some()
    };
    let per = toks[first - 1].is_any(&["cứ", "every", "mỗi"]);
    let of = first >= 3
        && ((is(first - 2, "trong") && is(first - 1, "số"))
            || (is(first - 2, "out") && is(first - 1, "of")))
        && figure_at(first - 3);
    // "one in 100", "8 trong 10 người".
    let one_in = first >= 2 && toks[first - 1].is_any(&["in", "trong"]) && figure_at(first - 2);
    per || of || one_in
}

/// The slot of a multiplier: "four times the number of passengers allowed", "gấp 4 lần".
pub const MULTIPLE: &str = "multiple";

/// The slot of a difference in age: "kém Goo Hye Sun 3 tuổi" (three years younger than her)
/// is no one's age.
pub const AGE_GAP: &str = "age gap";

/// Whether an age's figure (or its qualifier) at `first` is a difference of two ages: a word
/// of comparison a few words before it in its clause ("hơn chồng 5 tuổi", "kém 3 tuổi",
/// "chênh nhau 10 tuổi", "cách nhau 4 tuổi"), or "hơn" right before it after an adjective of
/// age ("lớn hơn 3 tuổi"). "hơn 3 tuổi" alone is an age over three.
fn age_gap_before(toks: &[Tok], first: usize) -> bool {
    const COMPARING: &[&str] = &["kém", "chênh", "hơn"];
    const OF_AGE: &[&str] = &["lớn", "nhỏ", "trẻ", "già"];
    let qualified_by_more = toks.get(first).is_some_and(|t| t.is("hơn"));
    if qualified_by_more && first > 0 && toks[first - 1].is_any(OF_AGE) {
        return true;
    }
    (first.saturating_sub(AGE_GAP_REACH)..first)
        .rev()
        .take_while(|&k| toks[k].class != Class::Punct)
        .any(|k| {
            toks[k].is_any(COMPARING)
                || (toks[k].is("cách") && toks.get(k + 1).is_some_and(|t| t.is("nhau")))
        })
}

/// Words before an age within which a word of comparison makes it a difference of ages.
const AGE_GAP_REACH: usize = 4;

/// Whether "lần" / "times" ending at `end` multiplies rather than counts occurrences: "gấp 4
/// lần", "4 lần so với", "four times the number", "five times over its capacity", "three
/// times as many" (not "stabbed three times", "bị đâm 3 lần").
fn multiplies(toks: &[Tok], first: usize, end: usize) -> bool {
    let gap = (first.saturating_sub(2)..first).any(|k| toks[k].is("gấp"));
    let is = |k: usize, words: &[&str]| toks.get(k).is_some_and(|t| t.is_any(words));
    // "four times overloaded": a participle after it says how much more, too. "so", "over"
    // and "that" only as "so với", "over its capacity", "that of" ("three times so far",
    // "three times over the weekend" count occurrences).
    let compared = toks.get(end).is_some_and(|t| {
        t.is_any(&[
            "the", "as", "more", "less", "higher", "larger", "bigger", "greater", "smaller",
            "faster", "longer", "its", "their", "what",
        ]) || (t.is_lower_word() && t.s.is_ascii() && t.s.len() > 4 && t.s.ends_with("ed"))
    }) || (is(end, &["so"]) && is(end + 1, &["với"]))
        || (is(end, &["over"]) && is(end + 1, &["its", "their", "his", "her"]))
        || (is(end, &["that"]) && is(end + 1, &["of"]));
    gap || compared
}

/// Qualifiers that make a part out of a whole a proportion ("khoảng 3 trên 5").
const APPROXIMATE_PARTS: &[&str] = &["khoảng", "gần", "chừng", "about", "nearly", "around"];

/// A Vietnamese toll right after a figure with no noun of its own ("1 người chết và 4 mất
/// tích", "5 chết, 3 bị thương"): those the figure counts suffered it.
fn vietnamese_bare_toll(toks: &[Tok], k: usize) -> Option<(&'static str, usize)> {
    toks.get(k).filter(|t| !t.s.is_ascii())?;
    super::noun::toll_phrase_at(toks, k)
}

/// Where an airline's code stands right before a figure ("4U 9525", "MH 370", "VN 123"):
/// two or three capitals or digits, at least one a capital, in one piece.
fn carrier_code_start(toks: &[Tok], figure: usize) -> Option<usize> {
    let end = figure.checked_sub(1)?;
    let mut start = end;
    while start > 0
        && toks[start - 1].end == toks[start].start
        && toks[start - 1].class != Class::Punct
    {
        start -= 1;
    }
    let code = || toks[start..=end].iter().flat_map(|t| t.s.bytes());
    let fits = (2..=3).contains(&code().count())
        && code().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && code().any(|b| b.is_ascii_uppercase())
        && toks[end].end < toks[figure].start;
    fits.then_some(start)
}

/// Digit forms that are identifiers rather than figures.
fn looks_like_id(ctx: &Ctx, n: &Numeral) -> bool {
    let t = &ctx.toks[n.start];
    if n.words {
        return false;
    }
    let digits = t.s.bytes().filter(u8::is_ascii_digit).count();
    let plain = t.s.bytes().all(|b| b.is_ascii_digit());
    if plain && (digits >= 7 || (digits >= 3 && t.s.starts_with('0'))) {
        return true; // phone numbers, codes
    }
    if super::document_code_after(ctx.toks, n.end) {
        return true;
    }
    // "tàu cá QNg - 44586 TS", "QB 1171-TS": a fishing boat's registration ends in TS
    // (thủy sản).
    let fishery = |k: usize| ctx.toks.get(k).is_some_and(|t| t.s == "TS");
    let joiner = ctx
        .toks
        .get(n.end)
        .is_some_and(|t| t.is_punct('-') || t.is_punct('.'));
    // ("5 TS" counts doctors of science: a registration has more digits.)
    if digits >= 4 && (fishery(n.end) || (joiner && fishery(n.end + 1))) {
        return true;
    }
    // "COVID-19", "A-10": glued to a word by a hyphen or letter ("magnitude-6.8" is a measure).
    let after_measure = n.start >= 2 && ctx.toks[n.start - 2].is("magnitude");
    if ctx
        .glued_before(n.start)
        .is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '/')
        && !after_measure
    {
        return true;
    }
    // "km 18+300 quốc lộ 32C": a road's chainage, metres past a kilometre post, counts
    // nothing.
    if n.start >= 2
        && ctx.toks[n.start - 1].is_punct('+')
        && ctx.glued_before(n.start) == Some('+')
        && ctx.toks[n.start - 2].class == Class::Num
        && ctx.toks[n.start - 2].end == ctx.toks[n.start - 1].start
    {
        return true;
    }
    // "Q.2", "P.6": the number of a district or a ward after its abbreviation (not a sum
    // after "Rs.").
    if n.start >= 2
        && ctx.toks[n.start - 1].is_punct('.')
        && ctx.toks[n.start - 2].s.chars().count() <= 2
        && ctx.toks[n.start - 2].is_capitalized()
        && !super::is_currency_code(ctx.toks[n.start - 2].s)
    {
        return true;
    }
    // "QN – 7038", "51B- 26149": a code or a plate's number after a dash (a plate's series
    // is digits and capitals).
    let series = |s: &str| {
        s.chars().all(|c| c.is_uppercase())
            || (s.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
                && s.chars().any(|c| c.is_ascii_digit())
                && s.chars().any(char::is_uppercase))
    };
    if n.start >= 2
        && (ctx.toks[n.start - 1].is_punct('–') || ctx.toks[n.start - 1].is_punct('-'))
        && series(ctx.toks[n.start - 2].s)
        && digits >= 3
    {
        return true;
    }
    // "km 58", "Km58": a kilometre post names a place on the road, it counts nothing.
    if n.start >= 1 && ctx.toks[n.start - 1].is_any(&["km", "Km", "KM"]) {
        return true;
    }
    // "14.827 độ vĩ Bắc, 108.245 độ kinh Đông": a point's coordinates count nothing.
    if ctx.toks.get(n.end).is_some_and(|t| t.is("độ"))
        && ctx
            .toks
            .get(n.end + 1)
            .is_some_and(|t| t.is_any(&["vĩ", "kinh"]))
    {
        return true;
    }
    if let Some(prev) = n.start.checked_sub(1).map(|k| &ctx.toks[k]) {
        let upper = prev.s.chars().filter(|c| c.is_uppercase()).count();
        // Plates and flight numbers: "ĐNa 90604", "MS 804" (not "HLV 43 tuổi", "USD 300").
        if prev.class == Class::Word
            && upper >= 2
            && prev.s.chars().count() <= 4
            && digits >= 3
            && !super::is_currency_code(prev.s)
        {
            return true;
        }
    }
    false
}

/// A number right after a capitalised word that is not the sentence's first: a name
/// ("Nord Stream 2", "Airbus 320") unless a counted noun follows.
fn looks_like_name(ctx: &Ctx, n: &Numeral) -> bool {
    let Some(k) = n.start.checked_sub(1) else {
        return false;
    };
    let prev = &ctx.toks[k];
    // The sentence's first word is capitalised anyway, even after an opening quote; a
    // foreign one before a figure that counts nothing names a model ("Winner 150 sử dụng",
    // "Route 66 runs"), unless it is an English word that opens a count ("Only 150 came").
    let first_word = ctx.toks[..k].iter().all(|t| t.class == Class::Punct);
    let opens_count = || {
        // An abbreviation in capitals ("CĐV 2 đội": the fans of 2 teams) is no model's name.
        !prev.s.bytes().any(|b| b.is_ascii_lowercase())
            || !prev.s.is_ascii()
            || super::syllable::is_vietnamese_token(prev)
            || prev.is_any(&[
                "All", "Only", "Just", "Another", "Some", "Over", "Of", "In", "On", "At", "By",
                "For", "With", "From", "To", "After", "Before", "Since", "Until", "The", "Those",
                "These", "Its", "Their", "His", "Her", "And", "But", "Then", "Now", "Still",
                "Even", "Every", "Each", "Both", "Top", "Nearly", "Around", "About", "Almost",
                "Roughly", "Exactly",
            ])
    };
    prev.class == Class::Word
        && prev.is_capitalized()
        && !n.words
        && (!first_word || !opens_count())
}

/// "440/440 đại biểu tán thành", "452/483 đại biểu có mặt": so many of a whole, written as a
/// fraction before the noun counted (a day and month read first as a date). The part is the
/// count; the whole is the body that voted.
fn share_of_a_whole(ctx: &Ctx, i: usize, out: &mut Vec<Claim>) -> Option<usize> {
    let toks = ctx.toks;
    let t = toks.get(i).filter(|t| t.class == Class::Num)?;
    let (part, whole) = t.s.split_once('/')?;
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(part) || !all_digits(whole) {
        return None;
    }
    let (part, whole): (f64, f64) = (part.parse().ok()?, whole.parse().ok()?);
    // "Khoảng 4/10 người cho biết", "1/3 người": a small or round whole makes a ratio, a
    // share of anyone, not a count.
    let ratio = whole < 20.0 || [100.0, 1000.0].contains(&whole);
    let (slot, len) = noun_at(toks, i + 1).filter(|_| part <= whole && !ratio)?;
    push(
        ctx,
        out,
        "share",
        i,
        i + 1 + len,
        part,
        (part, part),
        None,
        Cow::Borrowed(slot),
        None,
        None,
    );
    Some(i + 1 + len)
}

/// Fractions of a point a rate moves by, as English words write them.
const POINT_FRACTIONS: &[(&str, f64)] = &[
    ("three-quarters", 0.75),
    ("three-quarter", 0.75),
    ("half", 0.5),
    ("quarter", 0.25),
    ("three-quarter-point", 0.75),
    ("half-point", 0.5),
    ("quarter-point", 0.25),
];

/// Words of a sentence about rates, in which "point" is a percentage point.
const RATE_WORDS: &[&str] = &["rate", "rates", "interest", "yield", "yields", "inflation"];

/// "raised rates by three-quarters of a percentage point", "half a percentage point", "a
/// quarter-point hike": a rate's move as a fraction of a point, in percentage points.
fn point_fraction(ctx: &Ctx, i: usize, out: &mut Vec<Claim>) -> Option<usize> {
    static FIRST: std::sync::LazyLock<WordSet> =
        std::sync::LazyLock::new(|| WordSet::new(POINT_FRACTIONS.iter().map(|(w, _)| *w)));
    let toks = ctx.toks;
    let t = &toks[i];
    if !FIRST.contains(t) {
        return None;
    }
    let &(word, value) = POINT_FRACTIONS.iter().find(|(w, _)| t.is(w))?;
    let mut k = i + 1;
    if !word.ends_with("-point") {
        let at = |k: usize, w: &str| toks.get(k).is_some_and(|t| t.is(w));
        k += usize::from(at(k, "of"));
        k += usize::from(at(k, "a"));
        k += usize::from(at(k, "percentage"));
        if !(at(k, "point") || at(k, "points")) {
            return None;
        }
        k += 1;
    }
    if !toks.iter().any(|t| t.is_any(RATE_WORDS)) {
        return None;
    }
    let range = qualifier::range(value, None, 1.0);
    push(
        ctx,
        out,
        "point_fraction",
        i,
        k,
        value,
        range,
        None,
        Cow::Borrowed("percentage points"),
        None,
        action(toks, i),
    );
    Some(k)
}

pub fn at(ctx: &Ctx, i: usize, lead: &Lead, out: &mut Vec<Claim>) -> Option<usize> {
    let toks = ctx.toks;
    // Birth years, ranges and ordinals are figures of their own shape, read first.
    if let Some(end) = super::person::at(ctx, i, out)
        .or_else(|| range_with_toll(ctx, i, out))
        .or_else(|| super::ordinal::at(ctx, i, out))
        .or_else(|| point_fraction(ctx, i, out))
        .or_else(|| share_of_a_whole(ctx, i, out))
    {
        return Some(end);
    }
    // vague: "hàng nghìn người"
    if let Some((name, lo, hi, len)) = qualifier::vague(toks, i) {
        // "injuring dozens," : after a toll's verb, and with no noun of its own, the amount
        // counts the toll's people.
        let bare = noun_word(toks, i + len).is_none();
        // "Dozens of protesters were injured", "thousands of demonstrators": an English plural
        // the lexicon does not know counts what it names, and a toll right after it says what
        // befell them (not a length of time: "hundreds of years").
        let plural = || {
            let t = toks.get(i + len).filter(|t| {
                super::noun::is_plural_as_written(t) && super::noun::time_unit(t).is_none()
            })?;
            let written = t.s.to_lowercase();
            let toll = unknown_people_toll(toks, i, i + len + 1, &written);
            Some((toll.map_or(Cow::Owned(written), Cow::Borrowed), 1))
        };
        let (slot, noun_len) = match noun_at(toks, i + len) {
            Some((slot, n)) => (Cow::Borrowed(slot), n),
            None => bare
                .then(|| toll_verb_before(toks, i))
                .flatten()
                .map(|toll| (Cow::Borrowed(toll), 0))
                .or_else(plural)?,
        };
        // "dozens of other people were seriously wounded": a toll a few words on says what
        // the people counted suffered, as for a figure.
        // So does a toll's verb before it: "killed dozens of people".
        let slot = if COUNTS_OF_PEOPLE.contains(&&*slot) {
            outcome_ahead(toks, i + len + noun_len)
                .or_else(|| toll_verb_before(toks, i))
                .or_else(|| toll_of_first_conjunct(toks, i))
                .map_or(slot, Cow::Borrowed)
        } else {
            slot
        };
        let subject = subject(ctx, i, i + len + noun_len);
        push(
            ctx,
            out,
            "vague",
            i,
            i + len + noun_len,
            lo,
            (lo, hi),
            Some(name),
            slot,
            subject,
            action(toks, i),
        );
        return Some(i + len + noun_len);
    }
    // "$2.5 billion", "£40 million": the lead says which currency sign stands before it.
    let (q, start, currency) = (lead.qualifier, lead.start, lead.currency);
    // "an estimated 20,000 to 25,000 pilgrims": a range after its qualifier.
    // (A length of time given as a range is the duration rule's, read from its first figure.)
    let of_time = || {
        super::range::ends_from(toks, start)
            .and_then(|(_, _, after)| toks.get(after))
            .and_then(super::noun::time_unit)
            .is_some()
    };
    if q.is_some() && currency.is_none() && start < toks.len() && !of_time() {
        if let Some(end) = range_with_toll(ctx, start, out) {
            return Some(end);
        }
    }
    // Where the claim's mention begins: at its qualifier when it has one.
    let first = if q.is_some() { i } else { start };
    // "US$1.2 billion", "HK$5": the letters glued to the sign are the currency's, not a subject.
    let first = match toks.get(start.wrapping_sub(1)) {
        Some(t)
            if currency.is_some()
                && first == start
                && t.end == toks[start].start
                && t.s.len() <= 3
                && t.s.bytes().all(|b| b.is_ascii_uppercase()) =>
        {
            start - 1
        }
        _ => first,
    };
    let n = lead.figure?;
    if ctx.in_url(n.start) || looks_like_id(ctx, &n) || ratio_base(toks, first, &n) {
        return Some(n.end);
    }
    // An ordinal ("lần thứ 3", "thứ hai"), a numbered name ("bão số 3"), or a number word
    // glued to digits ("năm 2014").
    static ORDINAL: std::sync::LazyLock<WordSet> =
        std::sync::LazyLock::new(|| WordSet::new(ORDINAL_BEFORE.iter().copied()));
    // A counted noun after it makes it a count after all ("điều 18 xe cứu hỏa", "2 trong số 5
    // học sinh"), and so does "tổng số 20".
    if n.start > 0
        && ORDINAL.contains(&toks[n.start - 1])
        && q.is_none()
        && (noun_at(toks, n.end).is_none() || toks[n.start - 1].is("thứ"))
        && !(toks[n.start - 1].is("số") && n.start > 1 && toks[n.start - 2].is("tổng"))
    {
        return Some(n.end);
    }
    // "Flight 4U 9525", "chuyến bay số VN 123": the number after an airline's code names the
    // flight, as the number right after "flight" does.
    if q.is_none()
        && carrier_code_start(toks, n.start)
            .is_some_and(|c| c > 0 && ORDINAL.contains(&toks[c - 1]))
    {
        return Some(n.end);
    }
    // "no one survived", "not one was found": nobody, not a count of one.
    if n.words && n.value == 1.0 && n.start > 0 && toks[n.start - 1].is_any(&["no", "not"]) {
        return Some(n.end);
    }
    if phone_number(toks, &n) || address_number(toks, &n) {
        return Some(n.end);
    }
    if let Some(end) = majority(ctx, first, &n, q, out) {
        return Some(end);
    }
    // "cả hai nhà sáng lập" (both founders): a pairing, not a count to check.
    // ("tất cả 38 em", "cả 16 đề cử" count all of them).
    if n.start > 0
        && toks[n.start - 1].is("cả")
        && n.value <= 3.0
        && !(n.start > 1 && toks[n.start - 2].is("tất"))
    {
        return Some(n.end);
    }
    if n.words && toks.get(n.end).is_some_and(|t| t.class == Class::Num) {
        return None;
    }
    // "mỗi năm đồng hồ …", "hằng năm", "các năm": "năm" is a year there, not five.
    if n.words
        && toks[n.start].is("năm")
        && n.start > 0
        && toks[n.start - 1].is_any(&["mỗi", "hằng", "hàng", "các", "những", "cả", "nhiều", "vài"])
    {
        return Some(n.end);
    }
    // "một nửa": a half, said of a share.
    if n.words
        && n.end == n.start + 1
        && toks[n.start].is("một")
        && toks.get(n.end).is_some_and(|t| t.is("nửa"))
    {
        let range = qualifier::range(50.0, q, 1.0);
        push(
            ctx,
            out,
            "half",
            first,
            n.end + 1,
            50.0,
            range,
            q.map(|q| q.name),
            "percent".into(),
            None,
            None,
        );
        return Some(n.end + 1);
    }
    // A lone "một" is the article "a", not the figure one, unless it counts a toll
    // ("Một người chết, sáu người bị thương", "chỉ một hành khách bị thương").
    if n.words
        && !n.scaled
        && n.end == n.start + 1
        && toks[n.start].is("một")
        && !counts_a_toll(toks, n.end)
        && !in_enumeration(toks, n.start)
    {
        return None;
    }
    if first_time_over(toks, first) {
        return None;
    }
    if one_who_speaks(toks, &n) {
        return None;
    }
    // "100,000 Russian troops": a nationality between the figure and the noun.
    let adjective = entity::alias_at(toks, n.end).filter(|_| noun_at(toks, n.end).is_none());
    // "133 Hindu worshippers", "12 Marine recruits": another capitalised English word before
    // the noun describes it too; so do a few ("10 Camp Mystic campers", "12 Red Cross
    // volunteers").
    let capitalised = (n.end..toks.len())
        .take(DESCRIBING_NAME_WORDS + 1)
        .take_while(|&k| {
            let t = &toks[k];
            t.class == Class::Word
                && t.is_capitalized()
                && t.s.is_ascii()
                && noun_at(toks, k).is_none()
        })
        .count();
    let described = if adjective.is_none()
        && (1..=DESCRIBING_NAME_WORDS).contains(&capitalised)
        && toks.get(n.end + capitalised).is_some_and(|t| {
            t.is_lower_word()
                && t.s.is_ascii()
                && (noun_at(toks, n.end + capitalised).is_some()
                    || super::noun::is_english_plural(t))
                && !FUNCTION.contains(t)
        }) {
        capitalised
    } else {
        0
    };
    // "82 Iranians, 63 Canadians": a people's plural names those the figure counts.
    let demonym = (adjective.is_none() && described == 0)
        .then(|| toks.get(n.end))
        .flatten()
        .filter(|t| t.class == Class::Word && t.is_capitalized() && noun_at(toks, n.end).is_none())
        .and_then(|t| entity::demonym_plural(t.s));
    let noun_start = n.end + adjective.map_or(described, |a| a.2);
    let thing = (currency.is_none() && n.unit.is_none())
        .then(|| others_of_a_thing(toks, first, noun_start))
        .flatten();
    let noun = if let Some((slot, len)) = thing {
        Some((slot, len + noun_start - n.end))
    } else {
        if let Some(slot) = currency {
            Some((slot, 0))
        } else if let Some(unit) = n.unit {
            Some((unit, 0))
        } else if let Some(unit) = hyphened_measure(toks, n.end) {
            Some(unit)
        } else if let Some(more) = more_of_a_count(toks, noun_start) {
            Some(more)
        } else if demonym.is_some() {
            Some(("people", 1))
        } else {
            super::noun::vietnamese_magnitude(toks, first, n.end)
                .or_else(|| vietnamese_bare_toll(toks, noun_start))
                .or_else(|| noun_at(toks, noun_start))
                .or_else(|| toll_past_adverb(toks, noun_start))
                .or_else(|| {
                    (n.value == 1.0)
                        .then(|| super::noun::singular_noun_at(toks, noun_start))
                        .flatten()
                })
                .or_else(|| magnitude_around(toks, start, n.end))
                .or_else(|| noun_of_the_next_figure(toks, &n))
        }
        .map(|(slot, len)| (Cow::Borrowed(slot), len + noun_start - n.end))
        .or_else(|| hyphened_count(toks, n.end))
        .or_else(|| vehicle_seats(toks, n.start, n.end))
    };
    if noun.is_none() && q.is_none() {
        if let Some(end) = partitive(ctx, first, &n, out) {
            return Some(end);
        }
    }
    // "more than 8 magnitude 3.0 aftershocks": the figure counts quakes of the magnitude
    // after it, which is read next; it is no magnitude.
    if noun.as_ref().is_some_and(|(slot, len)| {
        slot == "magnitude" && toks.get(n.end + len).is_some_and(|t| t.class == Class::Num)
    }) {
        return Some(n.end);
    }
    // "108 kilometers (67 miles) per hour", and the "67 miles" in the bracket: a speed whose
    // "per hour" follows the bracket.
    let noun = noun.map(|(slot, len)| {
        let speed = match &*slot {
            "km" => Some("km/h"),
            "miles" => Some("mph"),
            _ => None,
        };
        match speed {
            Some(unit) if per_hour_past_bracket(toks, first, n.end + len) => {
                (Cow::Borrowed(unit), len)
            }
            _ => (slot, len),
        }
    });
    let (slot, noun_len) = match noun {
        Some(x) => x,
        None => {
            // "three were rushed to a hospital": a figure with no noun, then what happened to
            // those it counts, counts people.
            // A bare year counts nothing ("in 2016 were …"; only "năm 2014" is a date).
            let year = bare_year(toks, &n) || year_after_preposition(toks, &n, first);
            let english_verb = toks
                .get(n.end)
                .is_some_and(|t| t.is_lower_word() && t.s.is_ascii());
            // A figure read alone (no noun taken): its mention ends with it.
            let alone = |out: &mut Vec<Claim>, rule, slot: Cow<'static, str>, action| {
                let range = qualifier::range(n.value, q, numeral::written_unit(toks, &n));
                let qualifier = q.map(|q| q.name);
                push(
                    ctx, out, rule, first, n.end, n.value, range, qualifier, slot, None, action,
                );
                Some(n.end)
            };
            if noun_start == n.end && english_verb && !year {
                if let Some(happened) = outcome(toks, n.end) {
                    let rule = if n.words { "figure_words" } else { "figure" };
                    // "1,700 homes were destroyed and 3,000 damaged": the noun left out is
                    // the one the count before it named.
                    let noun =
                        noun_left_out(toks, first, out).map_or(Cow::Borrowed("people"), Cow::Owned);
                    return alone(out, rule, noun, Some(happened));
                }
            }
            // "Of the victims, 40 were children", "trong đó 40 là trẻ em": the figure counts
            // the noun its copula names.
            // Only after a break that names the whole ("Of the victims, 40", "trong đó 40"): in
            // "WINNER 150 là xe" the figure is part of a name.
            // So after "and" that joins it to a figure told the same way ("56 were passengers
            // and 10 were crew members").
            let listed = first >= 2
                && toks[first - 1].is_any(&["and", "và"])
                && out.last().is_some_and(|c| {
                    c.kind == Kind::Number
                        && c.span.end == toks[first - 2].end
                        && toks.iter().any(|t| {
                            t.start >= c.span.start && t.end <= c.span.end && t.is_any(COPULAS)
                        })
                });
            let after_whole = first == 0
                || toks[first - 1].is_punct(',')
                || toks[first - 1].is_punct(':')
                || toks[first - 1].is_any(&["đó", "số", "whom", "which"])
                || listed;
            if noun_start == n.end
                && !year
                && after_whole
                && toks.get(n.end).is_some_and(|t| t.is_any(COPULAS))
            {
                // A known noun, or an English plural as written ("10 were teachers").
                let noun = noun_at(toks, n.end + 1)
                    .map(|(slot, len)| (Cow::Borrowed(slot), len))
                    .or_else(|| {
                        toks.get(n.end + 1)
                            .filter(|t| super::noun::is_plural_as_written(t))
                            .map(|t| (Cow::Owned(t.s.to_lowercase()), 1))
                    });
                if let Some((slot, len)) = noun {
                    let range = qualifier::range(n.value, q, 1.0);
                    push(
                        ctx,
                        out,
                        "figure",
                        first,
                        n.end + 1 + len,
                        n.value,
                        range,
                        q.map(|q| q.name),
                        slot,
                        None,
                        None,
                    );
                    return Some(n.end + 1 + len);
                }
            }
            // A number word counts things only with a noun that is not a common pairing
            // ("hai nước", "ba mẹ", "năm nay"): "hai cầu dẫn", "Ba em nhỏ"; or as the figure a
            // toll reaches ("The death toll has risen to four").
            // ("một" / "one", the commonest number word, is left out: a toll of one is told
            // in digits or by its noun; most others have a noun after them, asked first.)
            // So is one right after a toll's verb ("and injuring six inside a nightclub").
            let toll_reaches_word = || {
                n.value >= 2.0
                    && first > 0
                    && noun_word(toks, n.end).is_none()
                    && !toks.get(n.end).is_some_and(|t| t.is_any(&["of", "trong"]))
                    && ((toks[first - 1].is_any(TOLL_LINKS)
                        && toll_subject(toks, first, false).is_some())
                        || toll_verb_before(toks, first).is_some())
            };
            if n.words && !n.scaled && !counts_with_unknown_noun(toks, &n) && !toll_reaches_word() {
                return None;
            }
            if q.is_none() && looks_like_name(ctx, &n) {
                return Some(n.end);
            }
            // A unit in capitals: "32.279 DWT", "26 MW" (a state or a body is none: "2024
            // UK election results"; nor is a body's name before what it counts, "3 NDRF
            // teams", "40 SWAT officers").
            let named = |k: usize| entity::alias_at(toks, k).is_some();
            if let Some(u) = toks
                .get(n.end)
                .filter(|u| is_unit_acronym(u) && !n.words && !named(n.end) && described == 0)
            {
                let range = qualifier::range(n.value, q, numeral::written_unit(toks, &n));
                push(
                    ctx,
                    out,
                    "figure",
                    first,
                    n.end + 1,
                    n.value,
                    range,
                    q.map(|q| q.name),
                    u.s.to_string().into(),
                    None,
                    None,
                );
                return Some(n.end + 1);
            }

            // "the 7.8-magnitude quake": a figure hyphened to a word describes, it counts no toll.
            let hyphened = toks.get(n.end).is_some_and(|t| t.is_punct('-'));
            // "the toll rose from 262 to 272", "tăng từ 262 lên 272": where the count stood
            // before, not the toll the report gives.
            // So is a bare count after "up from" / "down from" ("rose to 37, up from 26 on
            // Monday").
            let superseded = first > 0
                && toks[first - 1].is_any(&["from", "từ"])
                && ((toks.get(n.end).is_some_and(|t| t.is_any(&["to", "lên"]))
                    && toks.get(n.end + 1).is_some_and(|t| t.class == Class::Num))
                    || (first > 1
                        && toks[first - 2].is_any(&["up", "down"])
                        && noun_word(toks, n.end).is_none())
                    // "Authorities revised the confirmed death toll from 79": the figure
                    // given up.
                    || (toks[first - 1].is("from")
                        && toks[first.saturating_sub(7)..first - 1].iter().any(|t| {
                            t.is_any(&["revised", "lowered", "corrected", "adjusted"])
                        })));
            if superseded {
                return Some(n.end);
            }
            // "Deaths: Seven directly due to fire": after a fact box's label, an English word
            // that is no noun of the lexicon and no plural describes the figure, it names
            // nothing the figure counts.
            let own_noun = noun_word(toks, n.end).is_some()
                && !(first >= 2
                    && toks[first - 1].is_punct(':')
                    && toks[n.end].is_lower_word()
                    && noun_at(toks, n.end).is_none()
                    && !super::noun::is_english_plural(&toks[n.end])
                    && label_before(toks, first).is_some());
            // "The toll is about three times higher than …": a multiplier of the toll is none.
            let multiplier = toks.get(n.end).is_some_and(|t| t.is_any(&["times", "lần"]));
            // A figure with its own noun is the toll only when the toll reaches it ("the toll
            // rose to 35 people", "lên đến 93 người"): in "the toll may rise as the bus was
            // carrying 35 schoolchildren" it counts the passengers.
            // "a death toll of 35 people" reaches it; "Death toll may rise, with reports of
            // 10,000 individuals still missing" does not: "of" links only a toll right before.
            let toll_of = first >= 2 && toks[first - 2].is_any(&["toll", "count"]);
            let reached = toks[first.saturating_sub(1)..n.start]
                .iter()
                .any(|t| t.is_any(TOLL_LINKS) && (!t.is("of") || toll_of));
            // "kills at least 133 in India", "killing 24.": after a toll's verb, a figure with no
            // noun of its own counts the toll's people, whatever subject stands before the verb
            // ("the crowd surge that killed at least 154").
            // "1,204 injured, 721 of whom are in serious condition": a part of the count before
            // it, not the toll.
            let partitive = toks.get(n.end).is_some_and(|t| t.is("of"))
                && toks
                    .get(n.end + 1)
                    .is_some_and(|t| t.is_any(&["whom", "them", "which"]));
            let toll = (!own_noun && !year && !multiplier && !partitive)
                .then(|| toll_verb_before(toks, first))
                .flatten()
                .or_else(|| {
                    ((!own_noun || reached) && !year && !multiplier && !partitive)
                        .then(|| toll_subject(toks, first, own_noun))
                        .flatten()
                        .filter(|_| !hyphened)
                });
            if let Some(toll) = toll {
                return alone(out, "toll", toll.into(), None);
            }
            // "a city with a population of 90,000": how many live there.
            if !own_noun && !year && phrase_before(&POPULATION_BEFORE, toks, first).is_some() {
                return alone(out, "figure", POPULATION.into(), None);
            }
            if let Some((slot, action)) = (!own_noun && !year)
                .then(|| label_before(toks, first))
                .flatten()
            {
                return alone(out, "label", slot, action);
            }
            // "trị giá căn nhà là 4,1 tỷ", "đồng ý mức giá 3,9 tỷ": Vietnamese reports drop
            // "đồng" after a scale word when a word of money comes before.
            // (Not before a capitalised word: "35 triệu Bảng" is in pounds.)
            let capital_after = toks.get(n.end).is_some_and(|t| t.is_capitalized());
            if !own_noun
                && !capital_after
                && n.scaled
                && toks[n.end - 1].is_any(numeral::VI_SCALES)
                && money_before(toks, first)
            {
                return alone(out, "figure", "money/VND".into(), None);
            }
            let Some(t) = noun_word(toks, noun_start) else {
                // No noun: one a list left out, if any.
                let slot = (!year)
                    .then(|| elided_noun(ctx, &n, first, out))
                    .flatten()?;
                return alone(out, "elided", slot, None);
            };
            if english_modal_verb(toks, noun_start) {
                return Some(n.end);
            }
            if year {
                return Some(n.end);
            }
            let (slot, len) = noun_as_written(toks, noun_start, t);
            (slot, noun_start - n.end + len)
        }
    };
    if n.words && !n.scaled && matches!(&*slot, "countries" | "parties") {
        return None; // "hai nước", "hai bên": "the two countries/sides", not a count to check
    }
    let mut end = n.end + noun_len;
    // A rate ("45 triệu đồng/tháng", "9.000 vòng/phút") is not a total: the unit joins the slot.
    // ("33 countries/nationalities": a plural after the slash is another name for the
    // counted, no rate.)
    let per = (toks.get(end).is_some_and(|t| t.is_punct('/')))
        .then(|| {
            toks.get(end + 1)
                .filter(|t| t.class == Class::Word && !super::noun::is_english_plural(t))
        })
        .flatten();
    let slot = match per {
        // "16km/h", "5 km/giờ" glued: a speed, as "16 km/h" reads.
        Some(u) if slot == "km" && u.is_any(&["h", "giờ"]) => {
            end += 2;
            Cow::Borrowed("km/h")
        }
        Some(u) => {
            end += 2;
            Cow::Owned(format!("{slot} per {}", u.s.to_lowercase()))
        }
        None => slot,
    };
    // "cướp đi sinh mạng của hơn 14,000 người": people whose lives were taken are deaths.
    // "killing all 150 people on board": "all" may stand between the verb and the figure.
    let verb_end = if first > 0 && toks[first - 1].is_any(&["all", "tất"]) {
        first - 1
    } else {
        first
    };
    // "killing all 14 passengers and two pilots": a count joined to another by "and" is a part
    // of the toll, not the toll.
    // ("killed 64 people and 16 were missing": a second count with a toll of its own after
    // it is another toll, and the first is the verb's.)
    let joined = toks.get(end).is_some_and(|t| t.is("and"))
        && numeral::read(toks, end + 1, false).is_some_and(|next| match noun_at(toks, next.end) {
            Some((slot, len)) => {
                !STRONG_TOLLS.contains(&slot) && outcome_ahead(toks, next.end + len).is_none()
            }
            None => outcome_ahead(toks, next.end).is_none(),
        });
    let toll_before = || {
        (!joined)
            .then(|| toll_verb_before(toks, verb_end))
            .flatten()
    };
    // "chở 66 người", "carrying 66 people": the people a craft carries are those aboard (a
    // count of passengers stays one).
    // "157 people were on board" too.
    let carried = slot == "people"
        && ((verb_end > 0
            && toks[verb_end - 1].is_any(&["chở", "carrying", "carried", "carries"]))
            || on_board_had(toks, verb_end)
            || (toks
                .get(end)
                .is_some_and(|t| t.is_any(&["were", "are", "was"]))
                && (words_at(toks, end + 1, &["on", "board"])
                    || toks
                        .get(end + 1)
                        .is_some_and(|t| t.is_any(&["aboard", "onboard"])))));
    // "continuing the search for about 65 others", "tìm kiếm 3 người": those searched for are
    // missing, whatever was counted before them.
    let searched_for = (COUNTS_OF_PEOPLE.contains(&&*slot) || slot == "bodies")
        && (first.saturating_sub(3)..first).any(|k| {
            words_at(toks, k, &["search", "for"])
                || words_at(toks, k, &["searching", "for"])
                || words_at(toks, k, &["looking", "for"])
                || words_at(toks, k, &["hunt", "for"])
                || words_at(toks, k, &["tìm", "kiếm"])
        })
        // "đã tìm kiếm thấy 3 thi thể", "tìm kiếm được 4 thi thể": searched for and found
        // (unless not yet: "chưa tìm kiếm được").
        && (!toks[first.saturating_sub(2)..first]
            .iter()
            .any(|t| t.is_any(&["thấy", "được"]))
            || toks[first.saturating_sub(5)..first]
                .iter()
                .any(|t| t.is("chưa")));
    // "8,400 members of Mexico's army, air force and national guard": soldiers, as "10,000
    // troops" counts them.
    let armed = slot == "members"
        && toks.get(end).is_some_and(|t| t.is("of"))
        && toks[end + 1..(end + 6).min(toks.len())]
            .iter()
            .take_while(|t| t.class == Class::Word || t.is_punct('\''))
            .any(|t| t.is_any(&["army", "military", "armed", "navy", "troops"]));
    let slot = if carried {
        Cow::Borrowed("aboard")
    } else if armed {
        Cow::Borrowed("troops")
    } else if searched_for {
        Cow::Borrowed("missing")
    } else if ["people", "residents", "inhabitants"].contains(&&*slot)
        && phrase_before(&POPULATION_BEFORE, toks, first).is_some()
    {
        // "home to 90,000 people", "dân số khoảng 45 triệu người": a town's people, not a toll.
        Cow::Borrowed(POPULATION)
    } else if let Some(toll) = COUNTS_OF_PEOPLE
        .contains(&&*slot)
        .then(toll_before)
        .flatten()
    {
        Cow::Borrowed(toll)
    } else if COUNTS_OF_PEOPLE.contains(&&*slot) {
        // "48 người được xác nhận đã thiệt mạng", "chỉ một hành khách bị thương nhẹ": a toll a
        // few words after the noun says what the people counted suffered; failing that, a
        // toll named before the figure ("Số người chết đã tăng lên 272 người").
        outcome_ahead(toks, end)
            .or_else(|| buried_ahead(toks, end))
            .or_else(|| put_to_death(toks, first, end).then_some("deaths"))
            // ("… gave the death toll, also said 23 people had been sent to hospitals":
            // people with an outcome of their own are not the toll named before them.)
            .or_else(|| {
                (slot == "people" && outcome(toks, end).is_none())
                    .then(|| toll_subject(toks, first, true))
                    .flatten()
            })
            // ("killed 20 and 5 more were rushed to hospital": what befell the second
            // conjunct's people is said after them.)
            .or_else(|| {
                outcome(toks, end)
                    .is_none()
                    .then(|| toll_of_first_conjunct(toks, first))
                    .flatten()
            })
            .or_else(|| toll_of_next_conjunct(toks, &slot, end))
            .map_or(slot, Cow::Borrowed)
    } else if let Some(toll) = matches!(slot, Cow::Owned(_))
        .then(|| unknown_people_toll(toks, first, end, &slot))
        .flatten()
    {
        Cow::Borrowed(toll)
    } else {
        slot
    };

    // The whole a part is taken from ("9 of the 14 people were killed", "9 trên 14 người đã
    // thiệt mạng") suffered nothing the part did: it counts people, not the toll.
    // "saved 29 lives" counts the living, not a toll.
    let saved = |k: usize| toks[k].is_any(&["saved", "save", "saves", "saving"]);
    // "2 of 181 survive" too, when a verb says so ("one of the 10 survivors" counts them).
    let befallen = STRONG_TOLLS.contains(&&*slot)
        || (slot == "survivors"
            && (super::noun::toll_at(toks, n.end).is_some()
                || toks
                    .get(n.end)
                    .is_some_and(|t| t.is_any(&["people", "passengers", "crew"]))));
    // "40 of the 95 deaths": a whole named by its toll noun is the toll all the same; "9 of
    // the 14 people were killed" tells the part's toll, not the whole's.
    let toll_noun = |k: usize| toks.get(k).is_some_and(|t| t.is_any(TOLL_NOUNS));
    let named_toll = toll_noun(n.end) || (toll_noun(n.end + 1) && is_participle(&toks[n.end]));
    let slot = if befallen && !named_toll && whole_of_a_part(toks, first) {
        // Counted in its own noun when it has one ("the 77 passengers": passengers, to meet
        // another outlet's "80 passengers"), else in people.
        let own = noun_at(toks, n.end).map(|(noun, _)| noun).filter(|noun| {
            super::noun::counts_people(noun)
                    && !STRONG_TOLLS.contains(noun)
                    // "2 of 181 survive": the verb the part's count took its noun from.
                    && *noun != &*slot
        });
        Cow::Borrowed(own.unwrap_or("people"))
    } else if slot == "deaths"
        && toks.get(n.end).is_some_and(|t| t.is("lives"))
        && (first.saturating_sub(3)..first).any(saved)
    {
        Cow::Borrowed("lives saved")
    } else if slot == "times" && multiplies(toks, first, end) {
        Cow::Borrowed(MULTIPLE)
    } else if slot == "age" && age_gap_before(toks, first) {
        Cow::Borrowed(AGE_GAP)
    } else {
        slot
    };
    let person = (slot == "age")
        .then(|| super::person::person_before(toks, first))
        .flatten();
    // (A headline's "Huế: 7 người bị sét đánh" names where the story is, no line of a tally.)
    let place = ((STRONG_TOLLS.contains(&&*slot) || slot == "people") && !ctx.headline)
        .then(|| tally_line_place(toks, first))
        .flatten();
    let subject = adjective
        .map(|a| a.0)
        .or(demonym)
        .or_else(|| subject(ctx, first, end))
        .or(person.as_deref())
        .or(place.as_deref());
    // A measure's dimension comes first: "plunged 500 feet" is the height fallen from, while
    // "plunged 12 percent" is a fall.
    let action = if super::noun::is_measure(&slot) {
        dimension(toks, first, end, &slot).or_else(|| action(toks, first))
    } else {
        action(toks, first).or_else(|| dimension(toks, first, end, &slot))
    }
    // "the loss of at least 69 lives" is a toll, no fall.
    .filter(|&a| !(a == "decrease" && slot == "deaths"));
    // "eight more persons lost their lives", "another 8 people died": counted on top of an
    // earlier count, as "thêm 3 người" is. (After a figure in the same sentence, "27 people
    // died and 39 more are injured", "more" says "others": the 39 are all the injured.)
    // (The words are asked first: most figures have neither, and the sentence is not read.)
    let more = ((first + 1..end).any(|k| {
        toks[k].is("more")
            && !toks.get(k + 1).is_some_and(|t| t.is("than"))
            && numeral::read(toks, k - 1, false).is_some()
    }) || (first > 0 && toks[first - 1].is("another")))
        && !(0..first).any(|k| {
            toks[k].class == Class::Num
                // "Eight employees have been confirmed dead and eight more are still missing".
                || (toks[k].class == Class::Word && numeral::read(toks, k, k == 0).is_some())
        });
    // "9 trên 14 đứa trẻ đã được chuyển tới bệnh viện", "9 of the 14 children were
    // hospitalised": what happened is the part's, not the whole's.
    // (What happened to the more, "Another 29 people have been hospitalized", comes first.)
    let action = action
        .or_else(|| {
            (!whole_of_a_part(toks, first))
                .then(|| outcome(toks, end))
                .flatten()
                // ("all of the 54 people taken to hospital had died": the dead are counted
                // as dead, not as taken to hospital.)
                .filter(|o| !(slot == "deaths" && OF_THE_LIVING.contains(o)))
        })
        .or_else(|| money_role(toks, first, end, &slot))
        .or_else(|| change_after(toks, first, end, &slot))
        .or_else(|| turnout(toks, first, end, &slot))
        .or_else(|| more.then_some("added"));
    // "cứu được 10 người", "rescued 10 people": those brought out alive, as "10 người được cứu"
    // and "10 people were rescued" count them.
    let (slot, action) = if action == Some("rescued") && matches!(&*slot, "people" | "survivors") {
        (Cow::Borrowed("survivors"), None)
    } else {
        (slot, action)
    };
    let value = plausible_money(toks, &n, &slot);
    let unit = numeral::written_unit(toks, &n) * value / n.value.max(f64::MIN_POSITIVE);
    let range = qualifier::range(value, q, unit);
    let rule = if n.words { "figure_words" } else { "figure" };
    push(
        ctx,
        out,
        rule,
        first,
        end,
        value,
        range,
        q.map(|q| q.name),
        slot.clone(),
        subject,
        action,
    );
    Some(end)
}

/// The range rule at token `i`, its people given the toll that befell them as a single
/// figure's are: "Between 18,000 and 20,000 people died", "killed between 40 and 50 people".
fn range_with_toll(ctx: &Ctx, i: usize, out: &mut Vec<Claim>) -> Option<usize> {
    let toks = ctx.toks;
    let before = out.len();
    let end = super::range::at(ctx, i, out)?;
    // The range's two ends: the toll is asked once, and only of people.
    let end_of_people = |c: &Claim| {
        c.slot
            .rsplit_once('/')
            .filter(|(noun, _)| COUNTS_OF_PEOPLE.contains(noun))
            .map(|(_, end_of_range)| end_of_range.to_string())
    };
    if !out[before..].iter().any(|c| end_of_people(c).is_some()) {
        return Some(end);
    }
    let Some(toll) = outcome_ahead(toks, end)
        .or_else(|| buried_ahead(toks, end))
        .or_else(|| toll_verb_before(toks, i))
    else {
        return Some(end);
    };
    for c in &mut out[before..] {
        if let Some(end_of_range) = end_of_people(c) {
            c.slot = Cow::Owned(format!("{toll}/{end_of_range}"));
        }
    }
    Some(end)
}

/// The toll of people the lexicon does not know, counted by a figure at `first` whose noun
/// (`slot`, as written) ends at `end`: "133 Hindu worshippers were killed", "3 ngư dân mất
/// tích". Not a part of the toll ("four adults", "the driver and two teachers", "teachers also
/// died"), and only when the outcome follows the noun as its verb, not in a clause of its own
/// ("fired 30 rounds before he was shot dead").
fn unknown_people_toll(toks: &[Tok], first: usize, end: usize, slot: &str) -> Option<&'static str> {
    const VERB: &[&str] = &[
        "were", "are", "was", "have", "had", "got", "died", "die", "dies", "perished", "drowned",
        "killed", "injured", "wounded", "dead",
    ];
    // "khiến 3 ngư dân mất tích", "2 công nhân đã tử vong": a Vietnamese word for people the
    // lexicon does not know, its toll right after it, as "3 học sinh tử vong" (not a part by
    // age or sex: "trong đó có 2 trẻ em").
    let part = slot
        .split(' ')
        .next()
        .is_some_and(|w| VI_PARTS_OF_PEOPLE.contains(&w))
        || VI_PARTS_OF_PEOPLE.contains(&slot);
    if !slot.is_ascii() && super::noun::counts_people(slot) && !part {
        return toll_right_after(toks, end).or_else(|| toll_of_next_conjunct(toks, slot, end));
    }
    // "six innocent people": people with a word of their own before them. ("More than 30
    // nationalities are among the dead": peoples and places are counted, not the dead.)
    let plural_noun = slot.is_ascii()
        && (slot.ends_with('s') || slot.ends_with(" people"))
        && !PARTS_OF_PEOPLE.contains(&slot)
        && !slot
            .rsplit(' ')
            .next()
            .is_some_and(|w| NO_PEOPLE.contains(&w));
    // "killing six residents", "injured 12 miners": a toll's verb right before the figure
    // makes the people it counts that toll, whatever English noun names them.
    if let Some(toll) = plural_noun.then(|| toll_verb_before(toks, first)).flatten() {
        return Some(toll);
    }
    // "stabbed six shoppers to death", "crushed 12 pilgrims to death".
    if plural_noun && put_to_death(toks, first, end) {
        return Some("deaths");
    }
    // ("Three teachers and 17 pupils died": a part of a list; "the bus crashed and 17 pupils
    // died": a clause of its own.)
    let joined = first > 0
        && toks[first - 1].is("and")
        && (first.saturating_sub(4)..first - 1)
            .any(|k| toks[k].class == Class::Num || numeral::read(toks, k, false).is_some());
    // "146 devotees, including 30 children and 38 women, were killed": the clause of parts is
    // stepped over, as the outcome search does.
    let next = parts_aside(toks, end).unwrap_or(end);
    let verb = toks.get(next).is_some_and(|t| t.is_any(VERB));
    let also = toks[next..(next + 3).min(toks.len())]
        .iter()
        .any(|t| t.is("also"));
    if !plural_noun || joined || !verb || also {
        return None;
    }
    outcome_ahead(toks, end).filter(|t| STRONG_TOLLS.contains(t))
}

/// English plurals of peoples and places: a toll after them counts the dead among them, not
/// them.
const NO_PEOPLE: &[&str] = &[
    "nationalities",
    "nations",
    "villages",
    "towns",
    "cities",
    "districts",
    "provinces",
    "regions",
    "areas",
    "sites",
    "places",
];

/// A Vietnamese toll right after a count's noun, past the little words of its verb ("3 ngư
/// dân mất tích", "2 công nhân đã tử vong", "5 du khách khác bị thương"); not a toll further
/// on ("250 lao động được huy động vớt cá chết").
fn toll_right_after(toks: &[Tok], end: usize) -> Option<&'static str> {
    const LITTLE: &[&str] = &["đã", "đều", "cũng", "khác", "còn", "lại", "đang", "vẫn"];
    let mut k = end;
    // "2 cán bộ xã hy sinh": the level of government people serve is no word of the toll's.
    while toks
        .get(k)
        .is_some_and(|t| t.is_any(LITTLE) || t.is_any(GOVERNMENT_LEVELS))
        && k < end + 3
    {
        k += 1;
    }
    super::noun::toll_at(toks, k)
}

/// Whether the people counted from `first` to `end` are the object of a verb that put them
/// "to death" ("stabbed six shoppers to death"): a past verb right before the figure, "to
/// death" right after the noun.
fn put_to_death(toks: &[Tok], first: usize, end: usize) -> bool {
    first > 0
        && toks[first - 1].is_lower_word()
        && toks[first - 1].s.ends_with("ed")
        && words_at(toks, end, &["to", "death"])
}

#[allow(clippy::too_many_arguments)]
fn push(
    ctx: &Ctx,
    out: &mut Vec<Claim>,
    rule: &'static str,
    a: usize,
    b: usize,
    value: f64,
    range: (f64, f64),
    qualifier: Option<&'static str>,
    slot: Cow<'static, str>,
    subject: Option<&str>,
    action: Option<&str>,
) {
    // A slot of the lexicon without subject or action stays borrowed: no allocation.
    let full = if subject.is_none() && action.is_none() {
        slot
    } else {
        let mut full = slot.into_owned();
        for part in [subject, action].into_iter().flatten() {
            full.push('/');
            full.push_str(part);
        }
        Cow::Owned(full)
    };
    out.push(Claim {
        kind: Kind::Number,
        value: Value::Number(value),
        range,
        qualifier,
        slot: full,
        span: ctx.span(a, b),
        sentence: ctx.sentence,
        rule,
        weekday: None,
    });
}

#[cfg(test)]
mod tests {
    use crate::extract::{example_published, extract_str};

    fn slots(text: &str) -> Vec<String> {
        extract_str(text, Some(example_published()))
            .into_iter()
            .map(|c| c.slot.into_owned())
            .collect()
    }

    #[test]
    fn people_taken_to_hospital_after_more_are_the_hospitalised_not_the_toll() {
        // Crocus City Hall, March 2024: "has risen to 143, with 107 more taken to hospital".
        assert_eq!(
            slots("The toll has risen to 143, with 107 more taken to hospital."),
            ["deaths", "people/hospitalised"]
        );
        assert_eq!(
            slots("It killed 20 and 5 more were rushed to hospital."),
            ["deaths", "people/hospitalised"]
        );
        assert_eq!(
            slots("Some 107 victims remained hospitalized on Saturday."),
            ["victims/hospitalised", "date"]
        );
        // With nothing said after them, the more of a toll's conjunct share its toll.
        assert_eq!(slots("It killed 20 and 5 more."), ["deaths", "deaths"]);
    }

    #[test]
    fn people_who_succumbed_are_dead() {
        // Kinnaur, 2013: "three others succumbed to their injuries on way to hospital".
        assert_eq!(
            slots(
                "Fifteen people died on the spot while three others succumbed to their injuries."
            ),
            ["deaths/at the scene", "deaths"]
        );
        assert_eq!(
            slots("Three people succumbed to their injuries."),
            ["deaths"]
        );
    }

    #[test]
    fn a_difference_of_ages_is_no_one_s_age() {
        // Seoul, May 2016: "Ahn Jae Hyun (SN 1987) kém Goo Hye Sun 3 tuổi" tells how much
        // younger he is; his age is the birth year's.
        assert_eq!(
            slots("Ahn Jae Hyun (SN 1987) kém Goo Hye Sun 3 tuổi."),
            ["born/Ahn Jae Hyun", "age/Ahn Jae Hyun", "age gap"]
        );
        assert_eq!(slots("Cô hơn chồng 5 tuổi."), ["age gap"]);
        assert_eq!(
            slots("Hai người chênh nhau 10 tuổi."),
            ["people", "age gap"]
        );
        assert_eq!(slots("Anh lớn hơn em 3 tuổi."), ["age gap"]);
        assert_eq!(slots("Họ cách nhau 4 tuổi."), ["age gap"]);
        assert_eq!(slots("Chồng chị lớn hơn 3 tuổi."), ["age gap"]);
        // An age over a figure is an age.
        assert_eq!(slots("Cháu bé hơn 3 tuổi đã tử vong."), ["age"]);
        assert_eq!(slots("Bé trai nhỏ 3 tuổi bị bỏng."), ["age"]);
    }

    #[test]
    fn the_people_a_range_counts_take_the_toll_that_befell_them() {
        // Kahramanmaraş, February 2023: "Between 18,000 and 20,000 people died" is a death
        // toll of two ends, as "20,000 people died" is one.
        assert_eq!(
            slots("Between 18,000 and 20,000 people died in the quake."),
            ["deaths/min", "deaths/max"]
        );
        assert_eq!(
            slots("Gunmen killed between 40 and 50 people."),
            ["deaths/min", "deaths/max"]
        );
        // People a range counts with nothing befalling them stay people.
        assert_eq!(
            slots("Between 400 and 750 people had gathered in the square."),
            ["people/min", "people/max"]
        );
    }

    #[test]
    fn a_part_of_the_dead_named_by_an_irregular_plural_is_counted_as_that_part() {
        // Seoul, 30 October 2022: "97 of them women" is the women among the dead, not a
        // bare figure after the crush.
        assert_eq!(
            slots("The crowd crush in Itaewon had killed 151 people, 97 of them women and 54 men, and injured 82."),
            ["deaths", "women", "men", "injured"]
        );
        assert_eq!(
            slots("Survivors saw about five to six men push others."),
            ["men/min", "men/max"]
        );
    }

    #[test]
    fn the_hurt_in_chan_thuong_and_the_not_yet_found_are_tolls() {
        // Trà Leng, 29 October 2020: two outlets' counts of the hurt and the missing.
        assert_eq!(
            slots("Trong đó 16 người đa chấn thương, 6 người chết và 14 người chưa tìm được."),
            ["injured", "deaths", "missing"]
        );
        assert_eq!(slots("còn 3 người chưa được tìm thấy"), ["missing"]);
    }

    #[test]
    fn those_searched_for_are_missing_and_a_town_s_people_its_population() {
        assert_eq!(
            slots("Rescuers have recovered 30 bodies and are continuing the search for about 65 others."),
            ["bodies", "missing"]
        );
        // So is where they live, commas and all.
        assert_eq!(
            slots("Vụ tai nạn khiến hai người trên xe khách cùng trú huyện Kỳ Sơn, tỉnh Nghệ An tử vong."),
            ["deaths"]
        );
        assert_eq!(
            slots("3 người dân trú xã Phong Sơn, huyện Phong Điền đã tử vong."),
            ["deaths"]
        );
        // So is a long aside of parts between dashes.
        assert_eq!(
            slots("In San Remigio, five people — including three coastguard members, a firefighter, and a child — died when walls crumbled."),
            ["deaths", "coastguard members"]
        );
        // So are the auxiliaries of a clause about them and of the toll.
        assert_eq!(
            slots("Officials said 23 children who were visiting the camp are still missing."),
            ["missing"]
        );
        assert_eq!(
            slots("NHK reported that at least 17 people evacuated from the passenger plane were injured."),
            ["injured/evacuated"]
        );
        // Where they were aboard is stepped over to the toll.
        assert_eq!(
            slots("He is the lone survivor, as 18 out of 19 passengers aboard the aircraft have been confirmed killed."),
            ["deaths", "passengers"]
        );
        assert_eq!(
            slots("All 19 passengers on board the plane were killed."),
            ["deaths"]
        );
        assert_eq!(
            slots("Lực lượng chức năng đã tìm kiếm thấy 3 thi thể mất tích."),
            ["bodies"]
        );
        assert_eq!(
            slots("có khoảng 10 ôtô, 2 xe máy; có 10 phương tiện đang di chuyển trên cầu"),
            ["vehicles", "motorbikes", "vehicles"]
        );
        assert_eq!(
            slots("Khoảng 88.000 người phải sơ tán; 3.000 hộ đã được di dời; di dời 38.047 hộ"),
            [
                "people/evacuated",
                "households/evacuated",
                "households/evacuated"
            ]
        );
        assert_eq!(
            slots("cứu được 47 người; tìm kiếm được 4 thi thể; chưa tìm kiếm được 2 người"),
            ["survivors", "bodies", "missing"]
        );
        assert_eq!(
            slots("Lực lượng cứu hộ đang tìm kiếm 3 người còn lại."),
            ["missing"]
        );
        assert_eq!(
            slots("Derna, which is home to 90,000 people, was cut off."),
            ["population"]
        );
        assert_eq!(
            slots("Derna, a community of around 125,000 people, was left with damaged homes."),
            ["population"]
        );
        assert_eq!(slots("They live in a city of 40 islands."), ["islands"]);
        assert_eq!(
            slots("It carried 10 foreigners; another report said 15 foreign nationals."),
            ["foreigners", "foreigners"]
        );
        assert_eq!(
            slots("Vụ cướp khiến một người nước ngoài bị thương."),
            ["injured"]
        );
        assert_eq!(
            slots("It carried 477 people, of whom 164 were confirmed rescued, with six confirmed dead."),
            ["aboard", "survivors", "deaths"]
        );
        assert_eq!(
            slots(
                "Death toll may escalate, with reports of around 10,000 individuals still missing."
            ),
            ["missing"]
        );
        assert_eq!(
            slots("Forty search dogs and 470 search and rescue workers have been deployed."),
            ["search dogs", "rescuers"]
        );
        assert_eq!(
            slots("Another 29 people have been hospitalized, the police said."),
            ["people/hospitalised"]
        );
        // The injured carried to a hospital are those of them in hospital, whatever the
        // auxiliary and whoever the injured are called.
        assert_eq!(
            slots("At least 20 injured individuals have been transported to the hospital."),
            ["injured/hospitalised"]
        );
        assert_eq!(
            slots("At least 20 people have been taken to hospital."),
            ["people/hospitalised"]
        );
    }

    #[test]
    fn the_dead_and_the_injured_name_the_figure_right_after_them() {
        assert_eq!(
            slots("Officials put the number of dead at 12 and the injured around 75."),
            ["deaths", "injured"]
        );
        assert_eq!(
            slots("The injured were taken to 3 hospitals, and the dead numbered 12."),
            ["hospitals", "deaths"]
        );
    }

    #[test]
    fn a_multiplier_is_no_count_of_occurrences() {
        assert_eq!(
            slots("The boat had four times the number of passengers allowed."),
            ["multiple"]
        );
        assert_eq!(
            slots("Giá tăng gấp 4 lần so với năm ngoái."),
            ["multiple", "date"]
        );
        assert_eq!(
            slots("The vessel was five times over its capacity."),
            ["multiple"]
        );
        assert_eq!(
            slots("The death toll given by the government is about three times higher than the UN estimate of 670."),
            ["multiple", "deaths"]
        );
        assert_eq!(slots("Nạn nhân bị đâm 3 lần."), ["times"]);
        assert_eq!(slots("He was stabbed three times in the chest."), ["times"]);
        assert_eq!(slots("It has struck three times so far."), ["times"]);
        assert_eq!(
            slots("Police were called three times over the weekend."),
            ["times"]
        );
    }

    #[test]
    fn slots_from_nouns_subjects_outcomes_and_people() {
        assert_eq!(slots("khoảng 90.000 lính Nga tập trung"), ["troops/RU"]);
        // A Vietnamese verb of killing before the count makes it the dead.
        assert_eq!(
            slots("Quán karaoke bốc cháy, giết chết ít nhất 32 người"),
            ["deaths"]
        );
        assert_eq!(slots("Nghi phạm đã sát hại 3 người"), ["deaths"]);
        // "Former" says which ones; the noun after it what is counted.
        assert_eq!(
            slots("Xe khách chở 40 cựu học sinh đi tham quan"),
            ["students"]
        );
        assert_eq!(
            slots("Two air force cargo planes and 10 helicopters were on standby."),
            ["cargo planes", "helicopters"]
        );
        // Basements and an attic floor are no storeys.
        assert_eq!(
            slots("tòa nhà cao 11 tầng, 2 tầng hầm và 1 tầng tum"),
            ["storeys", "basements", "tum"]
        );
        assert_eq!(slots("có 2 cựu binh dự lễ"), ["cựu binh"]);
        // Those saved, with or without the past marker.
        assert_eq!(
            slots("13 người mất tích, 4 người đã được cứu sống"),
            ["missing", "survivors"]
        );
        assert_eq!(
            slots("Nga đã rút khoảng 10.000 quân"),
            ["troops/RU/withdrawn"]
        );
        assert_eq!(
            slots("Gul reported three individuals hospitalized with severe injuries."),
            ["individuals/hospitalised"]
        );
        // Detained before the count, as after it ("Six people have been detained").
        assert_eq!(
            slots("Authorities detained five people for questioning."),
            ["people/arrested"]
        );
        assert_eq!(
            slots("Công an đã tạm giữ 3 đối tượng."),
            ["đối tượng/arrested"]
        );
        assert_eq!(
            slots("a skyscraper collapses in Bangkok as 7.7 magnitude earthquake jolts Myanmar"),
            ["magnitude"]
        );
        // A Vietnamese toll right after a bare figure is what befell those it counts.
        assert_eq!(
            slots("Vụ tai nạn làm 1 người chết, 4 mất tích và 3 bị thương."),
            ["deaths", "missing", "injured"]
        );
        assert_eq!(
            slots("Eight more bodies were found, bringing the body count up to 13 people."),
            ["bodies/added", "deaths"]
        );
        assert_eq!(
            slots("The department gave the death toll, and said 23 people had been sent to hospitals."),
            ["people/hospitalised"]
        );
        assert_eq!(
            slots("GDP tăng trưởng hơn 5,3% trong quý III."),
            ["percent/increase"]
        );
        // A second count with a toll of its own leaves the first to the verb before it.
        assert_eq!(
            slots("The blast killed 12 people and 30 people were injured."),
            ["deaths", "injured"]
        );
        assert_eq!(
            slots("The fire killed 64 people and 16 were missing."),
            ["deaths", "missing"]
        );
        assert_eq!(
            slots("Xinhua said 132 injured passengers were still in hospital."),
            ["injured/hospitalised"]
        );
        assert_eq!(
            slots("The plane crashed in the French Alps with 150 passengers on board."),
            ["passengers"]
        );
        assert_eq!(
            slots("Mandalay, with 1.2 million inhabitants"),
            ["population"]
        );
        // "đồng" and "nhà" open words for people as well as money and houses.
        assert_eq!(slots("bị cáo cùng 27 đồng phạm kháng cáo"), ["accomplices"]);
        assert_eq!(slots("của 35.824 nhà đầu tư thứ cấp"), ["investors"]);
        assert_eq!(slots("cháy 12 nhà dân"), ["houses"]);
        // The dead and the missing counted together are neither toll alone.
        assert_eq!(
            slots("Có 296 người chết, mất tích (155 người chết, 141 người mất tích)"),
            ["dead or missing", "deaths", "missing"]
        );
        assert_eq!(
            slots("at least 40 people dead or missing"),
            ["dead or missing"]
        );
        // A line of a tally counts its place's people, not the story's.
        assert_eq!(
            slots(
                "Cụ thể, Lào Cai: 155 người (53 người chết, 102 người mất tích); Yên Bái 44 người."
            ),
            [
                "people/Lào Cai",
                "deaths/Lào Cai",
                "missing/Lào Cai",
                "people/Yên Bái"
            ]
        );
        assert_eq!(
            slots("Trong đó, tỉnh Cao Bằng có 52 người chết và mất tích."),
            ["dead or missing/Cao Bằng"]
        );
        assert_eq!(
            slots("Khi đó hai người chết; Nguyễn Văn An có 3 người con."),
            ["deaths", "people"]
        );
        assert_eq!(slots("Mumbai: Three people died in the storm."), ["deaths"]);
        // A state's name inside a person's is no subject.
        assert_eq!(
            slots("bà Trương Mỹ Lan chiếm đoạt 30.000 tỷ đồng"),
            ["money/VND/taken"]
        );
        // The state that says a figure is its source, not what it counts.
        assert_eq!(
            slots("Russia says 60 dead, 145 injured"),
            ["deaths", "injured"]
        );
        assert_eq!(
            slots("Mỹ cho biết Nga điều động khoảng 100.000 quân"),
            ["troops/RU"]
        );
        assert_eq!(
            slots("Ít nhất 48 người được xác nhận đã thiệt mạng."),
            ["deaths"]
        );
        assert_eq!(slots("50 người con lên non"), ["people"]);
        assert_eq!(slots("it added 45 thousand net new jobs"), ["jobs"]);
        assert_eq!(
            slots("Hiện vẫn còn 2 thi thể đang bị mắc kẹt trong xe."),
            ["bodies/trapped"]
        );
        // A count after "and" with a verb of its own is a toll; one in a list is a part.
        assert_eq!(
            slots("The school was razed and 17 pupils died in the inferno."),
            ["deaths"]
        );
        assert_eq!(
            slots("Three teachers and 17 pupils died."),
            ["teachers", "pupils"]
        );
        assert_eq!(
            slots("Trên xe có tổng cộng 29 người, trên tàu có 5 người; nhà có 4 người."),
            ["aboard", "aboard", "people"]
        );
        // Survived, rescued, survivors: one count however an outlet puts it.
        assert_eq!(
            slots("At least 38 were killed, 134 survived and 15 remain missing."),
            ["deaths", "survivors", "missing"]
        );
        assert_eq!(slots("Balilo said 127 people survived."), ["survivors"]);
        assert_eq!(
            slots("The agency said 10 people had been recovered alive and 12 had been rescued."),
            ["survivors", "survivors"]
        );
        assert_eq!(
            slots("Thirty-seven others were rescued; earlier 40 people had survived."),
            ["survivors", "survivors"]
        );
        assert_eq!(slots("38 dead, 15 still missing"), ["deaths", "missing"]);
        assert_eq!(
            slots("Lực lượng chức năng cứu được 10 người, trong đó có 3 thuyền viên."),
            ["survivors", "crew"]
        );
        assert_eq!(
            slots("Đến tối, đã cứu sống 11 người và 12 người được cứu."),
            ["survivors", "survivors"]
        );
        // A noun of people and what became of them a few words on.
        assert_eq!(
            slots(
                "He said 44 passengers were rescued and 169 passengers are still unaccounted-for."
            ),
            ["survivors", "missing"]
        );
        assert_eq!(
            slots("The toll is 132, while two persons remain unaccounted for."),
            ["deaths", "missing"]
        );
        assert_eq!(
            slots("Two bodies have been recovered; rescuers found 3 thi thể and 15 dead bodies."),
            ["bodies", "bodies", "bodies"]
        );
        assert_eq!(slots("Some 640 hurt in explosion at factory"), ["injured"]);
        // The toll after an aside of the whole's shares, set off by commas or dashes.
        assert_eq!(
            slots("At least 145 Hindu pilgrims, more than half of them women and children, were trampled to death."),
            ["deaths"]
        );
        assert_eq!(
            slots("At least 145 people – most of them women and children – were killed."),
            ["deaths"]
        );
        assert_eq!(slots("145 temple pilgrims die in stampede"), ["deaths"]);
        // What did the killing is no toll: the count after the verb is.
        assert_eq!(
            slots("Three storms killed 40 people; two quakes killed dozens of people."),
            ["storms", "deaths", "quakes", "deaths"]
        );
        assert_eq!(
            slots("The earthquake has already claimed the lives of 14 people."),
            ["deaths"]
        );
        assert_eq!(slots("Crowds mourn over 150 crushed to death"), ["deaths"]);
        assert_eq!(
            slots("the crowd surge that killed at least 154, mostly people in their 20s"),
            ["deaths"]
        );
        // A vague amount of people and what they suffered; a death escaped is none.
        assert_eq!(
            slots("She said dozens of other people were seriously wounded."),
            ["injured/seriously"]
        );
        assert_eq!(
            slots("Hàng chục người đi đường thoát chết; 5 người thoát chết trong gang tấc."),
            ["survivors", "survivors"]
        );
        assert_eq!(slots("Two people nearly died in the blaze."), ["survivors"]);
        // A Vietnamese word for people the lexicon does not know takes the toll right after
        // it, not one further on, nor a part by sex.
        assert_eq!(
            slots("Vụ chìm tàu cá khiến 3 ngư dân mất tích."),
            ["missing"]
        );
        assert_eq!(
            slots("Vụ sập giàn giáo làm 2 công nhân đã tử vong."),
            ["deaths"]
        );
        assert_eq!(
            slots("Có 250 lao động được huy động vớt cá chết."),
            ["lao động"]
        );
        assert_eq!(
            slots("Vụ cháy làm 5 người chết, trong đó có 2 nữ sinh tử vong."),
            ["deaths", "nữ sinh"]
        );
        assert_eq!(
            slots("At least eight people on the ground, including four medical students, were killed."),
            ["deaths", "medical students"]
        );
        assert_eq!(
            slots(
                "Some 8,400 members of Mexico's army, air force and national guard were deployed."
            ),
            ["troops"]
        );
        assert_eq!(slots("Some 40 members of the club attended."), ["members"]);
        assert_eq!(
            slots("In neighboring counties, eight more persons lost their lives."),
            ["deaths/added"]
        );
        assert_eq!(slots("Another 8 people died."), ["deaths/added"]);
        assert_eq!(
            slots("Eight employees have been confirmed dead and eight more are still missing."),
            ["deaths", "missing"]
        );
        assert_eq!(slots("More than 8 people died."), ["deaths"]);
        assert_eq!(
            slots("Các đơn vị đã bắt giữ tổng cộng 46 đối tượng."),
            ["đối tượng/arrested"]
        );
        // A population given as a range is still one.
        assert_eq!(
            slots("The estate is home to roughly 4,600–4,800 people."),
            ["population/min", "population/max"]
        );
        assert_eq!(
            slots("The fatalities also included 165 pilgrims from Indonesia."),
            ["deaths"]
        );
        // The whole a toll's part is taken from keeps its own noun, people without one.
        assert_eq!(
            slots("9 trên 14 người đã thiệt mạng."),
            ["deaths", "people"]
        );
        // A part of those aboard after a toll's verb is the toll.
        assert_eq!(
            slots("The crash claimed 241 of the 242 people onboard."),
            ["deaths", "aboard"]
        );
        // The verb reaches a count of people joined to the one it governs, and "on the
        // ground" counts people; with no toll's verb, or a verb of its own, it does not.
        assert_eq!(
            slots("The crash claimed 241 of the 242 people onboard and at least 38 on the ground."),
            ["deaths", "aboard", "deaths"]
        );
        assert_eq!(
            slots("It killed 241 passengers and crew, along with 19 people on the ground."),
            ["deaths", "deaths"]
        );
        assert_eq!(
            slots("The plane carried 242 people and 12 on the ground saw it."),
            ["aboard", "people"]
        );
        assert_eq!(
            slots("Rescuers found 12 bodies and 40 on the ground were injured."),
            ["bodies", "injured"]
        );
        // The whole of a part named by a word of amount is not the toll; "all of" is the whole.
        assert_eq!(
            slots("The toll was unclear, but many of the 54 people taken to hospital had died."),
            ["people"]
        );
        assert_eq!(
            slots("The toll was unclear, but all of the 54 people taken to hospital had died."),
            ["deaths"]
        );
        assert_eq!(
            slots("The blast killed 9 of the 14 workers."),
            ["deaths", "workers"]
        );
        // A place's name between the count and its outcome is one modifier, however long.
        assert_eq!(
            slots("Thêm 3 người dân thôn Làng Nủ đã may mắn thoát nạn."),
            ["survivors/added"]
        );
        assert_eq!(
            slots("7 người tại tỉnh Thừa Thiên Huế đã bị thương vong do sét đánh."),
            ["casualties"]
        );
        // The dead and the hurt in one count are neither toll alone.
        assert_eq!(
            slots("Vụ tai nạn làm hàng chục người chết và bị thương."),
            ["casualties"]
        );
        assert_eq!(
            slots("Police said 25 people were killed or injured in the blast."),
            ["casualties"]
        );
        assert_eq!(
            slots("22 people were killed and 59 injured."),
            ["deaths", "injured"]
        );
        // A participle says which ones; the plural noun says what is counted.
        assert_eq!(
            slots("The list covers 7.8 million affected U.S. vehicles, up from 6.1 million affected vehicles and 4.74 million vehicles."),
            ["vehicles", "vehicles", "vehicles"]
        );
        assert_eq!(slots("after a four-storey building collapsed"), ["storeys"]);
        // A fear is no toll.
        assert_eq!(
            slots("More than 200 people feared dead after ferry sinks"),
            ["feared dead"]
        );
        assert_eq!(
            slots("It is feared more than 200 people could be dead."),
            ["feared dead"]
        );
        // "Feared dead" after another count describes it, and fears for no toll after it.
        assert_eq!(
            slots("Searches halted for hundreds missing and feared dead after a dam burst, killing at least 34 people."),
            ["missing", "deaths"]
        );
        // A toll a modal puts ahead is projected, as one feared; a range keeps its ends.
        assert_eq!(
            slots("The death toll from the floods could reach 20,000, the mayor said."),
            ["feared dead"]
        );
        assert_eq!(
            slots("It can reach 18,000 to 20,000 deaths based on the destroyed districts."),
            ["feared dead/min", "feared dead/max"]
        );
        assert_eq!(
            slots("The mayor said that 20,000 people may have died."),
            ["feared dead"]
        );
        assert_eq!(
            slots("The mayor said the death toll could very well reach 20,000."),
            ["feared dead"]
        );
        assert_eq!(
            slots("Số người chết có thể lên tới 20.000 người."),
            ["feared dead"]
        );
        // Balasore, June 2023: the fear right after the people counted, before their verb;
        // not another count's fear after the toll.
        assert_eq!(
            slots("Around 50 individuals are feared to have lost their lives."),
            ["feared dead"]
        );
        assert_eq!(
            slots("Dozens dead and hundreds feared missing in migrant ship sinking"),
            ["deaths"]
        );
        // Enga, May 2024: people buried under a landslide are feared dead.
        assert_eq!(
            slots("About 670 people are estimated to be buried under a massive landslide."),
            ["feared dead"]
        );
        assert_eq!(
            slots("The landslide buried more than 2,000 people alive."),
            ["feared dead"]
        );
        assert_eq!(slots("More than 150 houses had been buried."), ["houses"]);
        // Kanjuruhan, October 2022: an adverb after the toll's auxiliary.
        assert_eq!(
            slots("180 were also injured, and 12 were reportedly killed."),
            ["injured", "deaths"]
        );
        // Odisha, June 2023: a report between the auxiliary and the toll.
        assert_eq!(
            slots("288 have died, over 800 have been reported injured, 12 are reported missing"),
            ["deaths", "injured", "missing"]
        );
        // Results: "down 1 per cent", "up 13 per cent", "a 2.8% boost", "a 2.5% dip".
        assert_eq!(
            slots("revenue of $89.5 billion, down 1 per cent, and EPS up 13 per cent"),
            ["money/USD/revenue", "percent/decrease", "percent/increase"]
        );
        assert_eq!(
            slots("Organisers said 100,000 people marched, while police put the number at 20,000."),
            ["people", "people"]
        );
        // A vague amount of people the lexicon does not know.
        assert_eq!(
            slots("Thousands of protesters gathered; dozens of protesters were injured."),
            ["protesters", "injured"]
        );
        assert!(slots("The temple has stood for hundreds of years.").is_empty());
        assert_eq!(
            slots("convicted of all seven criminal fraud charges against him"),
            ["fraud charges"]
        );
        assert_eq!(
            slots("Apple managed $89.5 billion of revenue and $2 billion in sales"),
            ["money/USD/revenue", "money/USD/revenue"]
        );
        assert_eq!(
            slots("iPhone sales saw a 2.8% boost; sales in China saw a 2.5% dip"),
            ["percent/increase", "percent/decrease"]
        );
        // An election's turnout, as against a candidate's share.
        assert_eq!(
            slots("Lai won 40.05 percent, and turn out remained around 70 percent."),
            ["percent", "percent/turnout"]
        );
        assert_eq!(
            slots("a turnout of 71.86 percent; a 71% turnout; Tỉ lệ cử tri đi bầu đạt 99,94%"),
            ["percent/turnout", "percent/turnout", "percent/turnout"]
        );
        assert_eq!(
            slots("Participation was 76% by 18:00 (local time)."),
            ["percent/turnout", "time"]
        );
        assert_eq!(
            slots("48 people are still in hospital; 600 individuals are still stranded."),
            ["people/hospitalised", "individuals/stranded"]
        );
        assert_eq!(
            slots("Six have since died and 40 have also been injured."),
            ["deaths", "injured"]
        );
        assert_eq!(
            slots("Of the 1,175 people admitted, 793 were discharged and 382 are undergoing treatment"),
            ["people", "people/discharged", "people/hospitalised"]
        );
        // A figure whose copula names what it counts, after a break or joined by "and" to
        // one told the same way; an English plural the lexicon does not know as written.
        assert_eq!(
            slots("Of the 66 people on board, 56 were passengers and 10 were crew members."),
            ["aboard", "passengers", "crew"]
        );
        assert_eq!(slots("Of the dead, 12 were teachers."), ["teachers"]);
        // The forecasters after a figure are whose forecast it is, not what it counts.
        assert_eq!(
            slots("Payrolls rose by 256,000 jobs, well above the 155,000 economists had expected; 300 economists met."),
            ["jobs/increase", "jobs/expected", "economists"]
        );
        // Quakes and aftershocks counted in either language are one count each.
        assert_eq!(
            slots("Có 11 trận động đất, 3 earthquakes and 2 dư chấn, 5 aftershocks."),
            ["quakes", "quakes", "aftershocks", "aftershocks"]
        );
        // A change told by its noun, as by its verb.
        assert_eq!(
            slots("It ended in the loss of 251 seats; the Tories lost 250 seats; a drop of 3%."),
            ["seats/decrease", "seats/decrease", "percent/decrease"]
        );
        // What was taken, the sum named as such before it.
        assert_eq!(
            slots("đã chiếm đoạt số tiền hơn 30.000 tỷ đồng của gần 36.000 bị hại"),
            ["money/VND/taken", "bị hại"]
        );
        // Those named among the dead are a part of the toll, not a toll.
        assert_eq!(
            slots("39 người đã được xác định danh tính; đã nhận dạng được 12 thi thể; trong đó 20 người đã xác định danh tính."),
            ["people/identified", "bodies/identified", "people/identified"]
        );
        assert_eq!(
            slots("Police have identified 20 of the victims; 31 have been identified."),
            ["victims/identified", "people/identified"]
        );
        // A body's name in capitals before what the figure counts is no unit.
        assert_eq!(
            slots("3 NDRF teams and 40 SWAT officers were sent; the plant makes 26 MW."),
            ["teams", "officers", "MW"]
        );
        // Police or officials killed on duty and the gravely hurt, past the level of
        // government they serve.
        assert_eq!(
            slots("Sự việc khiến 4 công an hy sinh, 2 công an trọng thương."),
            ["deaths", "injured/seriously"]
        );
        assert_eq!(slots("Vụ việc khiến 2 cán bộ xã hy sinh."), ["deaths"]);
        // A plural not in -s ends its noun before a verb, not before another plural.
        assert_eq!(
            slots("A group of up to five gunmen attacked the hall."),
            ["gunmen"]
        );
        assert_eq!(slots("Two women teachers died."), ["deaths"]);
        assert_eq!(
            slots("Of those, 80 still remain in hospitals."),
            Vec::<String>::new()
        );
        // A toll told once after two counts of people of two kinds is both counts'; two
        // counts of one kind are two counts.
        assert_eq!(
            slots("Vụ tai nạn khiến 1 tài xế và 2 hành khách tử vong."),
            ["deaths", "deaths"]
        );
        assert_eq!(
            slots("Đoàn gồm 20 người và 3 người bị thương."),
            ["people", "injured"]
        );
        // The dead and the missing counted together, however joined.
        assert_eq!(
            slots(
                "So far at least 79 people are dead/missing, while 104 were successfully rescued."
            ),
            ["dead or missing", "survivors"]
        );
        assert_eq!(
            slots("At least 79 are dead or missing."),
            ["dead or missing"]
        );
        // The part of a count in a grave state is no toll, though a toll opens the sentence.
        assert_eq!(
            slots("Death toll of the earthquake has risen to 1,037 dead and 1,204 injured, 721 of whom are in serious condition."),
            ["deaths", "injured", "injured/seriously"]
        );
        // A modal that does not project the toll: luck, a funeral, a cause.
        assert_eq!(slots("Rất may, 3 người chết đều là người lớn."), ["deaths"]);
        assert_eq!(slots("The 20 dead will be buried in the town."), ["deaths"]);
        assert_eq!(
            slots("Vụ cháy khiến 3 người chết có thể do ngạt khói."),
            ["deaths"]
        );
        assert_eq!(slots("At least 42 people have died."), ["deaths"]);
        assert_eq!(
            slots("45 people lost their lives after a bus fell into a gorge."),
            ["deaths"]
        );
        assert_eq!(
            slots("17 people were killed and three sustained injuries."),
            ["deaths", "injured"]
        );
        // The injured of a clause that ends in their death died later: a part of the toll.
        assert_eq!(
            slots("2 người tử vong tại chỗ, 1 người bị thương nặng được đưa đi cấp cứu nhưng không qua khỏi; khoảng 6 người khác bị thương."),
            ["deaths/at the scene", "deaths/later", "injured"]
        );
        assert_eq!(
            slots("3 người bị thương, trong đó 1 người không qua khỏi."),
            ["injured", "people"]
        );
        // Those killed where it happened are a part of the toll, named apart.
        assert_eq!(
            slots(
                "A total of 16 pupils died at school while one more died en route to the hospital."
            ),
            ["deaths/at the scene", "deaths"]
        );
        assert_eq!(
            slots("He said 17 died at the scene and the rest succumbed in hospital."),
            ["deaths/at the scene"]
        );
        assert_eq!(
            slots("Vụ tai nạn khiến 3 người chết tại chỗ, 2 người tử vong trên đường đi cấp cứu."),
            ["deaths/at the scene", "deaths"]
        );
        assert_eq!(
            slots("Hậu quả 6 người được xác nhận đã tử vong tại chỗ và 10 người khác tử vong trên đường đến bệnh viện."),
            ["deaths/at the scene", "deaths"]
        );
        assert_eq!(
            slots("19 were killed, police said at the scene."),
            ["deaths"]
        );
        assert_eq!(
            slots("15 bodies have been recovered and 25 have been injured."),
            ["bodies", "injured"]
        );
        // What a sum is, named before it in English; currencies by their English names.
        assert_eq!(
            slots("The fine of €2.4 billion was the largest ever imposed."),
            ["money/EUR/fine"]
        );
        assert_eq!(
            slots("The deal is valued at about $1.2bn."),
            ["money/USD/value"]
        );
        // What a court takes back and what was taken, named before or after the sum.
        assert_eq!(
            slots("He was ordered to forfeit more than $11 billion after an $8 billion theft."),
            ["money/USD/forfeiture", "money/USD/taken"]
        );
        assert_eq!(
            slots("Bị can lừa đảo chiếm đoạt 400 triệu đồng."),
            ["money/VND/taken"]
        );
        assert_eq!(
            slots("The government will spend 3 trillion yen on it."),
            ["money/JPY"]
        );
        // What happened to what is counted, said after it in English as in Vietnamese.
        assert_eq!(
            slots("Nearly 3,000 homes were destroyed and 12,000 people displaced."),
            ["homes/destroyed", "people/displaced"]
        );
        assert_eq!(
            slots("Officials said 300 people were evacuated."),
            ["people/evacuated"]
        );
        assert_eq!(
            slots("At least 13 people, including two women, were burnt to death"),
            ["deaths", "women"]
        );
        assert_eq!(slots("Nine people drowned when the boat sank"), ["deaths"]);
        // "An estimated" qualifies the figure; the toll verb before it still names the count.
        assert_eq!(
            slots("A quake strikes western Iran, killing an estimated 261 people."),
            ["deaths"]
        );
        assert_eq!(
            slots("A 6.3 magnitude quake kills an estimated 263 people"),
            ["magnitude", "deaths"]
        );
        assert_eq!(
            slots("At least 25 people died and 35 got injured"),
            ["deaths", "injured"]
        );
        assert_eq!(
            slots("38 dead as ferry capsizes; 118 rescued"),
            ["deaths", "survivors"]
        );
        assert_eq!(slots("Có 20 người được cứu sống."), ["survivors"]);
        // Those of them taken to hospital are a part, not the count.
        assert_eq!(
            slots("At least 53 survivors were brought to the hospital."),
            ["survivors/hospitalised"]
        );
        assert_eq!(
            slots("9 đứa trẻ đã được đưa đến bệnh viện sau cuộc tấn công"),
            ["đứa trẻ/hospitalised"]
        );
        assert_eq!(
            slots("Hai nạn nhân được đưa đi cấp cứu."),
            ["victims/hospitalised"]
        );
        assert_eq!(
            slots("12 people were admitted to hospital."),
            ["people/hospitalised"]
        );
        // The whole a part is taken from suffered nothing the part did; the part (read in
        // English) did.
        assert_eq!(
            slots("9 trên 14 đứa trẻ đã được chuyển tới bệnh viện"),
            ["đứa trẻ/hospitalised", "đứa trẻ"]
        );
        assert_eq!(
            slots("9 of the 14 children were hospitalised"),
            ["children/hospitalised", "children"]
        );
        assert_eq!(
            slots("9 of the 14 people were killed"),
            ["deaths", "people"]
        );
        assert_eq!(slots("9 trên 14 người đã thiệt mạng"), ["deaths", "people"]);
        assert_eq!(slots("14 people were killed"), ["deaths"]);
        assert_eq!(slots("1 người chết não có thể cứu"), ["brain-dead"]);
        assert_eq!(slots("killing all 150 people on board"), ["deaths"]);
        assert_eq!(slots("with 66 people on board"), ["aboard"]);
        assert_eq!(slots("it believes 157 people were on board"), ["aboard"]);
        assert_eq!(slots("a plane with 157 on board crashed"), ["aboard"]);
        assert_eq!(slots("killing all 157 on board"), ["deaths"]);
        assert_eq!(slots("around 250,000 left homeless"), ["homeless"]);
        assert_eq!(
            slots("the detention of eight current and former officials"),
            ["officials"]
        );
        assert_eq!(
            slots("The flooding has left more than 30,000 people homeless"),
            ["homeless"]
        );
        assert_eq!(slots("Two other miners were rescued"), ["miners"]);
        assert_eq!(
            slots("More than 30 nationalities are among the dead."),
            ["nationalities"]
        );
        assert_eq!(slots("32 workers were among the dead."), ["deaths"]);
        assert_eq!(
            slots("TAND TP Hà Nội đã xét xử 38 bị cáo trong đại án Việt Á."),
            ["bị cáo"]
        );
        assert_eq!(
            slots("All 171 passengers survived, with three receiving minor injuries."),
            ["survivors", "injured"]
        );
        // A word of difference describes; a plural after a slash names the counted again.
        assert_eq!(
            slots("they were from 33 different countries/nationalities."),
            ["countries"]
        );
        assert_eq!(slots("of 35 different nationalities"), ["nationalities"]);
        // A word of sex before a known noun: the noun is what is counted.
        assert_eq!(
            slots("tại phòng giao dịch có hai nữ nhân viên"),
            slots("tại phòng giao dịch có hai nhân viên")
        );
        assert_eq!(slots("hai nữ nhân viên"), ["nhân viên"]);
        // "not" counts nothing: the figure after the toll's verb is the toll.
        assert_eq!(
            slots("Cianjur earthquake kills 62 not 162, BNPB clarifies"),
            ["deaths"]
        );
        assert_eq!(slots("5 nữ sinh"), ["nữ sinh"]);
        // One counts a thing in the singular.
        assert_eq!(
            slots("At least one passenger was killed and one child hurt."),
            ["deaths", "injured"]
        );
        assert_eq!(slots("the 3 other vehicles"), ["vehicles"]);
        // The speed in miles per hour in brackets restates the one before it.
        assert_eq!(
            slots("winds of 108 kilometers (67 miles) per hour"),
            ["km/h"]
        );
        assert_eq!(slots("máy bay chở 66 người"), ["aboard"]);
        assert_eq!(slots("carrying 56 passengers"), ["passengers"]);
        // A measure restated in brackets in other units is one claim.
        assert_eq!(slots("at a depth of 8.2 km (5.1 mi)"), ["km/depth"]);
        assert_eq!(slots("a 50-foot (15-meter) ravine"), ["feet"]);
        // A speed in km/h is a speed, and its conversion in brackets is dropped as well.
        assert_eq!(slots("Winds of 150 km/h (93 mph) hit"), ["km/h"]);
        assert_eq!(
            slots("The first quake was measured at 7.8 magnitudes."),
            ["magnitude"]
        );
        assert_eq!(
            slots("It was followed by a Mw 7.7 earthquake in Kahramanmaraş."),
            ["magnitude"]
        );
        assert_eq!(slots("An M 7.1 quake hit Peru."), ["magnitude"]);
        // What a craft may carry is its capacity, not who was aboard.
        assert_eq!(
            slots("the vessel had the capacity to carry 178 passengers"),
            ["passengers/capacity"]
        );
        assert_eq!(
            slots("Tàu chỉ được phép chở 12 người nhưng chở tới 30 người."),
            ["aboard/capacity", "aboard"]
        );
        // Wildfires and fact boxes: containment, the evacuated, a label before a colon.
        assert_eq!(
            slots("The fire has burned more than 70,000 acres and is 10% contained."),
            ["acres", "percent/contained"]
        );
        assert_eq!(
            slots("Around 90,000 people were told to evacuate overnight."),
            ["people/evacuated"]
        );
        assert_eq!(
            slots("A total of 31 confirmed deaths and 37 non-fatal injuries have been reported."),
            ["deaths", "injured"]
        );
        assert_eq!(
            slots("Homes destroyed: At least 1,700, according to county authorities."),
            ["homes/destroyed"]
        );
        assert_eq!(
            slots("Injuries: 71 to firefighters, and 27 to civilians."),
            ["injured"]
        );
        // A word describing the figure after a label is no noun of its own.
        assert_eq!(slots("Deaths: Seven directly due to fire."), ["deaths"]);
        // A relative clause between the people and what befell them.
        assert_eq!(
            slots("She said 120 people, who survived by swimming, were rescued."),
            ["survivors"]
        );
        // A toll's participle after the happening: "drowning at least 30 people".
        assert_eq!(
            slots("a ferry that capsized in Cagayan province, drowning at least 30 people"),
            ["deaths"]
        );
        assert_eq!(
            slots("The bus fell about 200 feet, or 60 meters, to the ground below."),
            ["feet/height"]
        );
        // The extent hyphened to the unit, or after the figure restated in another unit.
        assert_eq!(
            slots("fell into the over 500-metre-deep nullah"),
            ["m/depth"]
        );
        assert_eq!(
            slots("plunged into a 150-metre (500-foot) deep gorge"),
            ["m/depth"]
        );
        // The height fallen, and the length of a stretch, whatever the unit.
        assert_eq!(
            slots("their car fell 150ft as the huge 260ft section gave way"),
            ["feet/height", "feet/length"]
        );
        assert_eq!(
            slots("the 600ft central section fell 100 metres"),
            ["feet/length", "m/height"]
        );
        assert_eq!(slots("rolled into a 200ft-deep gorge"), ["feet/depth"]);
        assert_eq!(
            slots("The quake took place 676 kilometres below the Earth's surface."),
            ["km/depth"]
        );
        assert_eq!(slots("The death toll rose to 35 people"), ["deaths"]);
        assert_eq!(
            slots("killing all 14 passengers and two pilots"),
            ["passengers", "pilots"]
        );
        assert_eq!(slots("killing all 16 people on board"), ["deaths"]);
        assert_eq!(
            slots("four perished and three were rushed to a hospital"),
            ["deaths", "people/hospitalised"]
        );
        assert_eq!(
            slots("64 people have been admitted to Rajawadi Hospital"),
            ["people/hospitalised"]
        );
        assert_eq!(
            slots("Twenty-three people were taken to nearby hospitals by emergency responders"),
            ["people/hospitalised"]
        );
        assert_eq!(
            slots("At least 133 Hindu worshippers were killed and 48 injured"),
            ["deaths", "injured"]
        );
        // A few capitalised words before the noun describe it, as one does.
        assert_eq!(
            slots(
                "There are still 10 Camp Mystic campers and 12 Red Cross volunteers at the river"
            ),
            ["campers", "volunteers"]
        );
        // A part of the day after a figure is no noun it counts (the figure ends a name).
        assert_eq!(
            slots("Bệnh nhi được chuyển đến Bệnh viện Nhi đồng 1 trưa ngày 4/5/2024."),
            ["date"]
        );
        // Nor is "vào" (into): those taken in for emergency care are hospitalised.
        assert_eq!(
            slots("Nhiều người nôn ói sau ăn bánh mì, trong đó 3 trẻ vào cấp cứu tại bệnh viện."),
            ["trẻ/hospitalised"]
        );
        assert_eq!(
            slots("Sản lượng tăng tới 2,2 triệu thùng vào tháng 5."),
            ["thùng/increase", "date"]
        );
        // A toll's verb before an English noun of people the lexicon lacks.
        assert_eq!(
            slots("The blast killed six villagers and injured 12 miners"),
            ["deaths", "injured"]
        );
        assert_eq!(slots("destroying 300 houses"), ["houses"]);
        // A change by so much: "up by", "plummeting by", over a "just" before the qualifier.
        assert_eq!(
            slots("Labour's share is up by just under two points; the Tories' fell by 20 points."),
            ["points/increase", "points/decrease"]
        );
        // "the loss of at least 69 lives" is a toll, no fall.
        assert_eq!(
            slots("resulting in the loss of at least 69 lives, after losing 250 seats"),
            ["deaths", "seats/decrease"]
        );
        // A winner's margin is no count of its seats; most of a group is a count.
        assert_eq!(
            slots("a majority of 176 MPs, a whopping majority of around 180 seats, 412 seats"),
            ["majority", "majority", "seats"]
        );
        assert_eq!(
            slots("The majority of the 300 passengers were Chinese."),
            ["passengers"]
        );
        // How they were killed: stabbed, shot, hacked "to death".
        assert_eq!(
            slots("Six stabbed to death as two people were shot dead"),
            ["deaths", "deaths"]
        );
        assert_eq!(slots("Six people have been stabbed to death"), ["deaths"]);
        assert_eq!(
            slots("26 people, mostly tourists, were gunned down in the meadow"),
            ["deaths"]
        );
        // A superscript square is the m2 other reports write, spaced or glued.
        assert_eq!(
            slots("ngôi nhà rộng khoảng 30 m² nằm sâu trong ngõ"),
            ["m2"]
        );
        assert_eq!(slots("diện tích 74.410m²"), ["m2"]);
        // English square metres, however abbreviated.
        assert_eq!(
            slots("The house is about 100 sq.m and the yard 40 square metres, or 140 sqm."),
            ["m2", "m2", "m2"]
        );
        // A word before the dead's noun describes them; before another noun, it picks some.
        assert_eq!(slots("a stampede that claimed 11 young lives"), ["deaths"]);
        assert_eq!(
            slots("eight male victims and seven female victims"),
            ["male victims", "female victims"]
        );
        assert_eq!(
            slots("a knifeman who stabbed six shoppers to death. He stabbed 5 people to death."),
            ["deaths", "deaths"]
        );
        assert_eq!(slots("a knifeman who stabbed six shoppers"), ["shoppers"]);
        assert_eq!(slots("Two officers shot dead the gunman"), ["officers"]);
        assert_eq!(slots("would kill six innocent people"), ["deaths"]);
        assert_eq!(
            slots("2 die, 5 injured in Phoenix shooting"),
            ["deaths", "injured"]
        );
        // The base of a ratio counts no one; a group's size does.
        assert_eq!(
            slots("khoảng 8 trong số 10 người Việt đã điều chỉnh"),
            Vec::<String>::new()
        );
        assert_eq!(
            slots("cứ 10 người Việt thì có 8 người đã điều chỉnh"),
            ["people/VN"]
        );
        assert_eq!(
            slots("eight out of 10 people changed habits"),
            Vec::<String>::new()
        );
        // The part and its whole: two counts, the part's read by the partitive rule.
        assert_eq!(slots("2 trong số 5 học sinh bị thương").len(), 2);
        assert!(slots("8 trong số 10 người Việt dùng điện thoại").is_empty());
        assert!(slots("Khoảng 3 trên 5 người Việt đã giảm chi tiêu").is_empty());
        // A speed glued to its figure reads as one written apart.
        assert_eq!(slots("packing wind speeds of 16km/h"), ["km/h"]);
        // A rise or fall by a figure; but the height a bus plunged from is a height.
        assert_eq!(
            slots("Suzuki shares plunged 12 percent"),
            ["percent/decrease"]
        );
        // A change named by the noun after the percentage; a share of members is none.
        assert_eq!(
            slots("a 38% pay raise that 59% of members backed, after a 10 percent cut"),
            ["percent/increase", "percent", "percent/decrease"]
        );
        assert_eq!(
            slots("the bus plunged 500 feet into a gorge"),
            ["feet/height"]
        );
        // An aircraft's height, told before or after the figure.
        assert_eq!(
            slots(
                "it climbed to about 600 feet before the call, barely reaching 100 meters altitude"
            ),
            ["feet/height", "m/height"]
        );
        // A unit hyphened to its extent after a space.
        assert_eq!(
            slots("leading parts of the 1.6 mile-long bridge to tumble into the water"),
            ["miles/length"]
        );
        // A word of how little between the extent and the figure.
        assert_eq!(
            slots("its final signal was received at an altitude of just 625 feet"),
            ["feet/height"]
        );
        // A bare Vietnamese amount after a word of money is in đồng; not before another
        // currency's name.
        assert_eq!(slots("trị giá căn nhà là 4,1 tỷ nhưng"), ["money/VND"]);
        assert!(slots("trả mức giá 34 triệu Bảng cho cầu thủ").is_empty());
        assert_eq!(
            slots("The quake destroyed 34 houses and damaged 666 others."),
            ["houses", "houses"]
        );
        assert_eq!(
            slots("Five people died and 20 others were injured."),
            ["deaths", "injured"]
        );
        assert_eq!(
            slots("Of the victims, 40 were children and upto 45 women"),
            ["children", "women"]
        );
        // A copula before something that is not a counted noun takes nothing; before one the
        // lexicon counts (foreigners since this stop) it takes that noun.
        assert!(slots("Among the dead, 12 were unidentified").is_empty());
        assert_eq!(slots("Among the dead, 12 were foreigners"), ["foreigners"]);
        assert_eq!(
            slots("23 children and four adults were killed"),
            ["children", "adults"]
        );
        assert_eq!(
            slots("the gunman fired about 30 rounds before he was shot dead"),
            ["rounds"]
        );
        assert_eq!(
            slots("146 devotees, including 30 children and 38 women, were killed"),
            ["deaths", "children", "women"]
        );
        assert_eq!(
            slots("The bus driver and two women teachers also died"),
            ["women teachers"]
        );
        // "including" is no noun: what the figure counts is not named there.
        assert_eq!(slots("Thirty including 27 children killed"), ["deaths"]);
        assert_eq!(slots("8 km (5 người)"), ["km", "people"]);
        assert_eq!(
            slots("Five people fatally injured in the blaze died"),
            ["deaths"]
        );
        assert_eq!(
            slots("chạy 80 dặm/giờ cách bờ 5 hải lý"),
            ["mph", "nautical miles"]
        );
        assert_eq!(
            slots("khoảng một nửa (47%) số người"),
            ["percent", "percent"]
        );
        assert_eq!(
            slots("27 people died and 39 more are injured"),
            ["deaths", "injured"]
        );
        assert_eq!(
            slots("chỉ một hành khách bị thương nhẹ được đưa vào bệnh viện"),
            ["injured"]
        );
        assert_eq!(slots("trên xe có khoảng 10 hành khách."), ["passengers"]);
        // Passengers and crew together are everyone on board, not the passengers.
        assert_eq!(
            slots("A ferry carrying 189 passengers and crew capsized"),
            ["aboard"]
        );
        assert_eq!(
            slots("a ferry with 173 passengers and 16 crew on board"),
            ["passengers", "crew"]
        );
        assert_eq!(
            slots("máy bay chở 66 hành khách và phi hành đoàn"),
            ["aboard"]
        );
        assert_eq!(
            slots("Giông lốc làm 24 ngôi nhà sập đổ"),
            ["houses/collapsed"]
        );
        assert_eq!(
            slots("Nguyễn Anh Tuấn (42 tuổi, ngụ quận 3)"),
            ["age/Nguyễn Anh Tuấn"]
        );
        assert_eq!(
            slots("giá thuê 45 triệu đồng/tháng"),
            ["money/VND per tháng"]
        );
        assert_eq!(slots("xảy ra tại Đà Nẵng làm 28 người chết"), ["deaths"]);
        // The ages of those a toll counts are theirs, not a whole school's.
        assert_eq!(
            slots("Các nạn nhân thiệt mạng đều trong độ tuổi từ 5 - 12 tuổi."),
            ["age/deaths/min", "age/deaths/max"]
        );
        // However long the clause runs on after its subject ("the victims killed").
        assert_eq!(
            slots("Các nạn nhân thiệt mạng trong vụ tai nạn thương tâm này đều trong độ tuổi từ 5 - 12 tuổi, vốn là người ở khu vực miền núi."),
            ["age/deaths/min", "age/deaths/max"]
        );
        assert_eq!(
            slots("The victims killed in the fire at the dormitory of the school were all aged between 5 and 12."),
            ["age/deaths/min", "age/deaths/max"]
        );
        assert_eq!(
            slots("Những đứa trẻ sống trong ký túc xá này ở độ tuổi từ 3 đến 13."),
            ["age/min", "age/max"]
        );
        // "vụ" counts happenings, "ca" may count people (cases of a disease).
        assert_eq!(slots("xảy ra hai vụ sét đánh"), ["incidents"]);
        assert_eq!(slots("bệnh viện tiếp nhận 3 ca"), ["cases"]);
        // A length's extent is part of what it measures; a distance has none. (One main
        // bridge is an item of the list "gồm" opens.)
        assert_eq!(
            slots("gồm một cầu chính dài 460m, rộng 22m và hai cầu dẫn"),
            ["cầu chính", "m/length", "m/width", "cầu dẫn"]
        );
        assert_eq!(
            slots("The bridge is 84 metres long and 12 metres wide."),
            ["m/length", "m/width"]
        );
        assert_eq!(slots("Cầu dài trên 84 m, sập vào rạng sáng"), ["m/length"]);
        assert_eq!(slots("cách thủ đô 280 km về phía đông nam"), ["km"]);
        assert_eq!(
            slots("The quake struck at a depth of 10 kilometres"),
            ["km/depth"]
        );
        // What a sum is: an investment, a fine; a sum named by nothing stays money.
        assert_eq!(
            slots("Công trình có tổng mức đầu tư 190 tỷ đồng, bị phạt 40 triệu đồng"),
            ["money/VND/investment", "money/VND/fine"]
        );
        assert_eq!(
            slots("từ chối nhận hối lộ 500 triệu đồng"),
            ["money/VND/bribe"]
        );
        assert_eq!(slots("mua một chiếc xe 500 triệu đồng"), ["money/VND"]);
        // What was won and what one was up for are two counts; one word for the prize as good
        // as another.
        assert_eq!(
            slots("giành 8 giải thưởng trong tổng số 20 đề cử"),
            ["awards", "nominations"]
        );
        assert_eq!(slots("giành tới 5 cúp vàng"), ["awards"]);
        assert_eq!(
            slots("won 8 awards from 20 nominations"),
            ["awards", "nominations"]
        );
        assert_ne!(slots("đưa ra 3 giải pháp"), ["awards"]);
        assert_eq!(
            slots("At least 26 people died and 15 were injured"),
            ["deaths", "injured"]
        );
        assert_eq!(
            slots("killing at least 24 people and injuring 17 others"),
            ["deaths", "injured"]
        );
        assert_eq!(slots("12 people were wounded"), ["injured"]);
        assert_eq!(
            slots("the toll rose to 121 with 28 people sustaining injuries"),
            ["deaths", "injured"]
        );
        assert_eq!(slots("Four people sustained serious injuries"), ["injured"]);
        assert_eq!(slots("179 passed away in the incident"), ["deaths"]);
        assert_eq!(
            slots("The tragedy resulted in the death of 179 individuals"),
            ["deaths"]
        );
        assert_eq!(
            slots("Three individuals remain unaccounted for"),
            ["missing"]
        );
        // What befell the part is no toll of the whole it is of.
        assert_eq!(
            slots("179 dead, 2 of 181 survive"),
            ["deaths", "survivors", "people"]
        );
        assert_eq!(
            slots("Three out of the 40 passengers were killed"),
            ["deaths", "passengers"]
        );
        assert_eq!(slots("Two survive as plane crashes"), ["survivors"]);
        assert_eq!(
            slots("Two out of 181 people survived"),
            ["survivors", "people"]
        );
        assert_eq!(
            slots("Around 250 people are yet to be traced from Mundakkai"),
            ["missing"]
        );
        assert_eq!(
            slots("It left over 900 injuries, with 77 people trapped and 442 others declared stranded"),
            ["injured", "people/trapped", "people/stranded"]);
        // "still" between the people and what befell them.
        assert_eq!(
            slots("143 individuals still trapped in the rubble and 600 others are still stranded"),
            ["individuals/trapped", "people/stranded"]
        );
        assert_eq!(
            slots("six others — believed to be members of a construction crew — are still missing"),
            ["missing"]
        );
        // A modal after a figure names nothing counted.
        assert_eq!(
            slots("Aftershocks of up to 7.0 may occur"),
            Vec::<String>::new()
        );
        assert_eq!(
            slots("Recap: Key Bridge collapses, 6 presumed dead. Four others are presumed dead."),
            ["missing", "missing"]
        );
        assert_eq!(
            slots("At least 47 people, including 12 children, were killed."),
            ["deaths", "children"]
        );
        assert_eq!(
            slots("At least 121 people, mostly women, lost their lives in a stampede."),
            ["deaths"]
        );
        assert_eq!(
            slots("Around 120 people, mostly women, were killed in a stampede."),
            ["deaths"]
        );
        assert_eq!(
            slots("22 men, eight women and three children died"),
            ["men", "women", "deaths"]
        );
        assert_eq!(
            slots("taking the total death count to 33, Kamble said"),
            ["deaths"]
        );
        // The toll has its figure; the survivors are counted apart (one of them a part).
        assert_eq!(
            slots("The death toll has risen to 3, with one of the 10 survivors still in hospital"),
            ["deaths", "survivors", "survivors"]
        );
        assert_eq!(
            slots("killing at least two people and injuring 30 other passengers"),
            ["deaths", "injured"]
        );
        // "passenger" before a noun describes it: two trains are no toll.
        assert_eq!(
            slots("two passenger trains collided, killing 358 people"),
            ["passenger trains", "deaths"]
        );
        assert_eq!(
            slots("3,500 police have been deployed and 40 firefighters are there"),
            ["police", "firefighters"]
        );
        assert_eq!(
            slots("Glas said 272 had died and 12 are missing"),
            ["deaths", "missing"]
        );
        assert_eq!(
            slots("A 7.8 magnitude earthquake struck the coast"),
            ["magnitude"]
        );
        // A noun hyphened to the figure counts its things; "-strong", "-seater" do not.
        assert_eq!(
            slots("Gunmen stormed the 6,200-seat venue and the 500-bed hospital."),
            ["seats", "beds"]
        );
        assert_eq!(
            slots("A 15-strong crew flew the ATR 72-seater."),
            Vec::<String>::new()
        );
        // The injured told by how badly are a part of the injured.
        assert_eq!(
            slots("Có 12 người bị thương, trong đó 4 người bị thương nặng, 8 người bị thương nhẹ."),
            ["injured", "injured/seriously", "injured/lightly"]
        );
        assert_eq!(
            slots("Two people were confirmed dead with another 60 injured, 15 seriously."),
            ["deaths", "injured", "injured/seriously"]
        );
        assert_eq!(
            slots("At least 59 people died and 155 were injured, 22 in critical condition."),
            ["deaths", "injured", "injured/seriously"]
        );
        assert_eq!(slots("Hiện có 3 người nguy kịch."), ["injured/seriously"]);
        // People of no toll yet in a critical state are the badly injured.
        assert_eq!(
            slots("trong đó có 3 nạn nhân đang nguy kịch"),
            ["injured/seriously"]
        );
        assert_eq!(
            slots("Two passengers are in critical condition."),
            ["injured/seriously"]
        );
        // A figure a forecast governs in its clause is what was expected, not what was
        // counted; "more than expected" compares the count with it.
        assert_eq!(
            slots(
                "Economists had expected the report to show 185,000 jobs were created last month \
                 while the unemployment rate was expected to fall to 4%."
            ),
            ["jobs/expected", "percent/expected"]
        );
        assert_eq!(
            slots("Sales rose more than expected to $5 billion."),
            ["money/USD"]
        );
        assert_eq!(
            slots("tỷ lệ thất nghiệp hiện là 17% và được dự báo sẽ tăng lên gần 21% trong năm tới"),
            ["percent", "percent/expected"]
        );
        assert_eq!(
            slots("Chủ tịch CLB kỳ vọng HLV 43 tuổi sẽ giúp Celtic"),
            ["age"]
        );
        // The injured a critical state follows, "a" or not.
        assert_eq!(
            slots("The toll could rise as four injured persons are in a critical condition."),
            ["injured/seriously"]
        );
        assert_eq!(
            slots("Two passengers are in a critical condition."),
            ["injured/seriously"]
        );
        assert_eq!(slots("3 nạn nhân đã tử vong"), ["deaths"]);
        // An adverb after the auxiliary: still the arrested.
        assert_eq!(
            slots("Ten persons were already detained over the concert."),
            ["people/arrested"]
        );
        assert_eq!(
            slots("Số người chết đã tăng lên 272 người, 20 người bị thương"),
            ["deaths", "injured"]
        );
        // A verb of rising carries the toll across a long clause.
        assert_eq!(
            slots("Số người thiệt mạng trong trận động đất mạnh 6 độ richter tại các tỉnh miền núi hẻo lánh ở miền Đông nước này giáp giới với Pakistan đã tăng lên ít nhất 812 người"),
            ["magnitude", "deaths"]
        );
        assert_eq!(
            slots("The death toll from the storm that hit the coastal towns of the southern provinces of the country late on Sunday night has risen to 812 people"),
            ["date", "deaths"]
        );
        // The toll "là" (is) one figure; the figures after it count others, or its parts.
        assert_eq!(
            slots("Tổng số người tử vong là 11 người, 4 người bị thương, 9 người an toàn."),
            ["deaths", "injured", "people"]
        );
        assert_eq!(
            slots(
                "Số người tử vong là 11 người gồm 4 người quê Tuyên Quang, 3 người quê Cao Bằng."
            ),
            ["deaths", "people", "people"]
        );
        assert_eq!(
            slots("the bus fell about 150 meters into a ravine"),
            ["m/height"]
        );
        // A building's height however written: storeys, stories, floors.
        assert_eq!(
            slots("He built nine stories, not six stories; the block had nine floors."),
            ["storeys", "storeys", "storeys"]
        );
        // A bare figure after "and" counts what the count before it named.
        assert_eq!(
            slots("At least 1,700 homes were destroyed and 3,000 damaged."),
            ["homes/destroyed", "homes/damaged"]
        );
        assert_eq!(
            slots("Five people were killed and 20 injured."),
            ["deaths", "injured"]
        );
        // A noun as written stops before a verb of causing ("trâu", not "trâu khiến").
        assert_eq!(
            slots("Đàn 5 trâu khiến 2 người bị thương."),
            ["trâu", "injured"]
        );
        // A vehicle's seats, as "a 45-seat bus" counts them; a place is no seat.
        assert_eq!(
            slots("Vụ va chạm giữa xe khách và xe ô tô 4 chỗ khiến 2 người tử vong."),
            ["seats", "deaths"]
        );
        assert_eq!(
            slots("xe 45 chỗ chở 36 học sinh, một xe khách loại 52 chỗ ngồi; 3 chỗ sạt lở"),
            ["seats", "students", "seats", "chỗ sạt"]
        );
        // A noun as written stops before a word of time ("jobs", not "jobs last").
        assert_eq!(
            slots("The company cut 1,500 jobs last year."),
            ["jobs", "date"]
        );
        assert_eq!(slots("The two leaders met in Geneva"), ["leaders"]);
        assert_eq!(slots("18 fire engines were sent"), ["fire engines"]);
        assert_eq!(
            slots("Organisers put the crowd at 50,000, while police estimated 12,000."),
            ["crowd", "crowd"]
        );
        assert_eq!(
            slots("the fire killed four workers and injured at least three others"),
            ["deaths", "injured"]
        );
        assert_eq!(slots("1 chiếc xe tải lật ngang đường"), ["trucks"]);
        assert_eq!(slots("hàng chục chiếc xe máy đang chạy"), ["motorbikes"]);
    }
}
