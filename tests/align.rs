//! Alignment and comparison on short stories written for each kind of disagreement, and on
//! hard negatives that must not be reported. Each story is a folder of articles compared by
//! the built binary; rows are read back as parsed CSV.

mod common;

use common::Row;

/// Writes `articles` (outlet, text) into a folder with a manifest, compares it, returns rows.
fn compare(published: &str, articles: &[(&str, &str)]) -> Vec<Row> {
    compare_with(published, articles, &[])
}

/// [`compare`] with more flags.
fn compare_with(published: &str, articles: &[(&str, &str)], flags: &[&str]) -> Vec<Row> {
    let dated: Vec<(&str, &str, &str)> = articles
        .iter()
        .map(|&(outlet, text)| (outlet, published, text))
        .collect();
    compare_story(&dated, "vi", flags)
}

/// Writes articles (outlet, publication day, text) into a story folder with a manifest giving
/// them `language`, compares it with `flags`, returns the rows.
fn compare_story(articles: &[(&str, &str, &str)], language: &str, flags: &[&str]) -> Vec<Row> {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story");
    std::fs::create_dir(&story).unwrap();
    let mut manifest = String::from("file,outlet,published,url,language\n");
    for (i, (outlet, published, text)) in articles.iter().enumerate() {
        let file = format!("a{i}.txt");
        std::fs::write(story.join(&file), text).unwrap();
        manifest.push_str(&format!("{file},{outlet},{published},,{language}\n"));
    }
    std::fs::write(story.join("manifest.csv"), manifest).unwrap();
    common::compare_with(&story, flags)
}

/// Fails, showing every row, when some row is of `kind`.
fn assert_none_of(rows: &[Row], kind: &str) {
    assert!(rows.iter().all(|r| r["kind"] != kind), "{rows:?}");
}

/// A row's two values, sorted (which outlet is side a is not the test's business).
fn values(r: &Row) -> [String; 2] {
    let mut v = [r["value_a"].clone(), r["value_b"].clone()];
    v.sort();
    v
}

fn kinds(rows: &[Row]) -> Vec<String> {
    let mut k: Vec<String> = rows.iter().map(|r| r["kind"].clone()).collect();
    k.sort();
    k
}

#[test]
fn death_tolls_that_disagree_are_reported_with_both_sides() {
    let rows = compare(
        "2016-05-20",
        &[
            ("A", "Sét đánh ở Huế\nChiều 19/5, sét đánh khiến 1 người chết và 6 người bị thương ở Huế.\n"),
            ("B", "Sét đánh làm 1 người chết\nChiều 19/5, sét đánh làm 1 người chết và 5 người bị thương ở Huế.\n"),
            ("C", "Mưa giông ở Huế\nSét đánh ở Huế chiều 19/5 làm 1 người chết, 6 người bị thương.\n"),
        ],
    );
    // One disagreement, one row: the note lists every outlet on each side.
    assert_eq!(kinds(&rows), ["numeric_conflict"], "{rows:?}");
    assert_eq!(rows[0]["slot"], "injured");
    assert_eq!(rows[0]["note"], "5: B; 6: A, C");
}

#[test]
fn those_killed_at_the_scene_meet_the_same_part_not_the_whole_toll() {
    let rows = compare(
        "2016-09-10",
        &[
            ("A", "Cháy nhà máy ở Gazipur\nVụ cháy nhà máy ở Gazipur sáng 10/9 làm 24 người chết. Cảnh sát cho biết 17 người chết tại chỗ, số còn lại tử vong ở bệnh viện.\n"),
            ("B", "Cháy lớn ở Gazipur\nSáng 10/9, vụ cháy nhà máy ở Gazipur khiến 24 người thiệt mạng. Theo cảnh sát, 19 người tử vong tại chỗ.\n"),
        ],
    );
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["slot"], "deaths/at the scene");
    assert_eq!(values(&rows[0]), ["17", "19"]);
}

#[test]
fn a_figure_within_a_range_agrees_with_it_one_outside_does_not() {
    let rows = compare(
        "2022-05-01",
        &[
            ("A", "Bus crash in town\nA bus crashed on Sunday in the town centre. Between 15 and 20 people were hurt in the crash, police said.\n"),
            ("B", "Town bus crash\nA bus crashed on Sunday in the town centre. Police said 18 people were hurt in the crash.\n"),
            ("C", "Crash of a bus\nA bus crashed on Sunday in the town centre. Police said two or three people were hurt in the crash.\n"),
        ],
    );
    // 18 lies within 15-20: no row. Two or three lies outside both: against 18, and each
    // end against the other range's end.
    assert!(
        rows.iter()
            .all(|r| r["outlet_a"] == "C" || r["outlet_b"] == "C"),
        "{rows:?}"
    );
    let mut pairs: Vec<[String; 2]> = rows.iter().map(values).collect();
    pairs.sort();
    assert_eq!(pairs, [["15", "2"], ["18", "2"], ["20", "3"]], "{rows:?}");
}

#[test]
fn tallies_of_two_moments_are_no_disagreement_tallies_of_one_moment_are() {
    // Hạ Long, July 2025: bodies found by 17:45 and by 19:40 are one search at two moments.
    let rows = compare(
        "2025-07-19",
        &[
            ("A", "Lật tàu trên vịnh Hạ Long\nChiều 19/7, tàu du lịch bị lật trên vịnh Hạ Long. Đến 17 giờ 45, lực lượng cứu hộ vớt được 3 thi thể.\n"),
            ("B", "Tàu du lịch lật ở Hạ Long\nChiều 19/7, tàu du lịch bị lật trên vịnh Hạ Long. Đến 19 giờ 40 phút, lực lượng cứu hộ vớt được 9 thi thể.\n"),
            ("C", "Tàu lật trên vịnh Hạ Long\nChiều 19/7, tàu du lịch bị lật trên vịnh Hạ Long. Đến 19 giờ 40 phút, lực lượng cứu hộ vớt được 8 thi thể.\n"),
        ],
    );
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(values(&rows[0]), ["8", "9"]);
}

#[test]
fn a_tally_as_of_one_day_meets_no_count_published_days_later() {
    // Itaewon, October 2022: a toll "as of" Sunday evening and one published on Tuesday.
    let sunday = "Crowd crush in Seoul\nAs of Sunday evening, officials said 153 people were killed and 133 were injured in the crush.\n";
    let tuesday = "Seoul crush toll\nOfficials said on Tuesday that 156 people were killed and 151 were injured in the crush.\n";
    let rows = compare_dated(&[("A", "2022-10-31", sunday), ("B", "2022-11-01", tuesday)]);
    assert_none_of(&rows, "numeric_conflict");
}

/// Vietnamese articles (outlet, publication day, text) of one story, compared with `flags`.
fn compare_vi(articles: &[(&str, &str, &str)], flags: &[&str]) -> Vec<Row> {
    compare_story(articles, "vi", flags)
}

#[test]
fn a_dollar_sum_in_two_writing_styles_is_one_figure_a_sum_in_dong_is_not() {
    // X-Men: Apocalypse, May 2016: "103.300 Triệu USD" is 103.3 million written with the
    // English decimal point; "500.000 triệu đồng" is 500 billion đồng, a slip to report.
    let english_style = "X-Men: Apocalypse mở màn\nSau 5 ngày ra mắt, X-Men: Apocalypse đã thu về được hơn 103.3 triệu USD tại các thị trường quốc tế.\n";
    let mixed = "X-Men: Apocalypse mở màn\nSau 5 ngày ra mắt, X-Men: Apocalypse đã thu về được hơn 103.300 Triệu USD tại các thị trường quốc tế.\n";
    let rows = compare_vi(
        &[
            ("A", "2016-05-24", english_style),
            ("B", "2016-05-24", mixed),
        ],
        &[],
    );
    assert_none_of(&rows, "numeric_conflict");
    let bribe = "Tài xế hối lộ cảnh sát\nTài xế đề nghị đưa 500 triệu đồng để được bỏ qua, nhưng cảnh sát từ chối nhận hối lộ.\n";
    let slipped = "Tài xế hối lộ cảnh sát\nTài xế đề nghị đưa 500.000 triệu đồng để được bỏ qua, nhưng cảnh sát từ chối nhận hối lộ.\n";
    let rows = compare_vi(
        &[("A", "2016-05-24", bribe), ("B", "2016-05-24", slipped)],
        &[],
    );
    assert_eq!(kinds(&rows), ["numeric_conflict"], "{rows:?}");
}

#[test]
fn a_count_of_people_never_meets_a_count_of_incidents() {
    // Huế, May 2016: lightning. Three victims in hospital are not two strikes, whatever the
    // weights say of two kinds the lexicon tells apart (here: nothing against them) and however
    // low the score a row may have.
    let dir = tempfile::tempdir().unwrap();
    let weights = dir.path().join("weights.csv");
    let text: String = include_str!("../src/align/weights.csv")
        .lines()
        .map(|l| match l.starts_with("number,slot,other_kind,") {
            true => "number,slot,other_kind,,,0,0\n".to_string(),
            false => format!("{l}\n"),
        })
        .collect();
    std::fs::write(&weights, text).unwrap();
    let flags = ["--weights", weights.to_str().unwrap(), "--min-score", "0.2"];
    let hospital = "Sét đánh ở Huế\nChiều 28/5, Bệnh viện Trung ương Huế cho biết, bệnh viện đang cấp cứu ba nạn nhân bị sét đánh vào chiều cùng ngày.\n";
    let strikes = "Sét đánh ở Huế\nChiều 28/5, tại Thừa Thiên - Huế xảy ra hai vụ sét đánh, các nạn nhân được chuyển đến Bệnh viện Trung ương Huế cấp cứu.\n";
    let rows = compare_vi(
        &[("A", "2016-05-28", hospital), ("B", "2016-05-28", strikes)],
        &flags,
    );
    assert_none_of(&rows, "numeric_conflict");
    // The same victims counted again are compared.
    let four = "Sét đánh ở Huế\nChiều 28/5, Bệnh viện Trung ương Huế cho biết, bệnh viện đang cấp cứu bốn nạn nhân bị sét đánh vào chiều cùng ngày.\n";
    let rows = compare_vi(
        &[("A", "2016-05-28", hospital), ("C", "2016-05-28", four)],
        &flags,
    );
    assert_eq!(kinds(&rows), ["numeric_conflict"], "{rows:?}");
}

#[test]
fn each_outlets_today_is_its_own_day_not_a_date_told_two_ways() {
    // A weather story running over two days: "tối nay" on the 23rd, "hôm nay" on the 24th.
    let monday = "Bắc Bộ tối nay có mưa dông, đề phòng tố lốc\nTheo Trung tâm Dự báo Khí tượng Thủy văn Trung ương, tối nay Bắc Bộ có mưa dông, có nơi mưa to, đề phòng tố lốc và mưa đá.\n";
    let tuesday = "Thời tiết hôm nay: Bắc Bộ có khả năng xảy ra tố lốc, mưa đá\nTheo Trung tâm Dự báo Khí tượng Thủy văn Trung ương, hôm nay Bắc Bộ có mưa dông, có nơi mưa to, đề phòng tố lốc và mưa đá.\n";
    // Nor is the next day's issue that writes its own day out ("24/5") at odds with Monday's.
    let dated = "Thời tiết 24/5: Bắc Bộ có khả năng xảy ra tố lốc, mưa đá\nTheo Trung tâm Dự báo Khí tượng Thủy văn Trung ương, ngày 24/5 Bắc Bộ có mưa dông, có nơi mưa to, đề phòng tố lốc và mưa đá.\n";
    let rows = compare_vi(
        &[
            ("A", "2016-05-23", monday),
            ("B", "2016-05-24", tuesday),
            ("D", "2016-05-24", dated),
        ],
        &[],
    );
    assert_none_of(&rows, "date_conflict");
    // A day written out is the outlet's word on that day, and is still compared.
    let written = "Bắc Bộ tối 22/5 có mưa dông, đề phòng tố lốc\nTheo Trung tâm Dự báo Khí tượng Thủy văn Trung ương, tối 22/5 Bắc Bộ có mưa dông, có nơi mưa to, đề phòng tố lốc và mưa đá.\n";
    let rows = compare_vi(
        &[("A", "2016-05-23", monday), ("C", "2016-05-23", written)],
        &[],
    );
    assert_eq!(kinds(&rows), ["date_conflict"], "{rows:?}");
}

#[test]
fn a_statement_made_after_a_report_went_out_is_another_statement() {
    // Maui, August 2023: the governor's toll on Saturday in Sunday's report, and on Monday in
    // Monday's. The Sunday report could not have heard Monday's statement.
    let sunday = "Maui fire death toll rises\nHawaii Governor Josh Green said on Saturday the death toll from devastating wildfires on the island of Maui had risen to 89, making it the deadliest in the U.S. in the past century.\n";
    let monday = "Maui wildfire toll rises again\nThe death toll from the wildfire disaster on the island of Maui rose to 99 people, Hawaii Governor Josh Green said on Monday, making it the deadliest in the U.S. in the past century.\n";
    let rows = compare_dated(&[("A", "2023-08-13", sunday), ("B", "2023-08-14", monday)]);
    assert_none_of(&rows, "date_conflict");
}

#[test]
fn two_months_a_month_apart_are_two_months_not_a_slip() {
    // The Fed's rise of July 2023: the range set in May, and the pause of June, are two
    // decisions of two months, not one month told two ways.
    let may = "Federal Reserve raises interest rates by quarter point to combat inflation\nThe new target federal funds rate is in the range of 5.25% to 5.5%.\nThe Federal Reserve Bank on Wednesday raised interest rates by a quarter of a point in an effort to fight inflation, putting its key interest rate of 5.5% at its highest level in 22 years.\nWhile the Fed maintained interest rates last month after 10 straight hikes, the new target federal funds rate is in the range of 5.25% to 5.5%. The previous range set in May was 5%-5.25%.\nThe Fed's goal is to move inflation to 2%, and the Consumer Price Index Report for June showed that inflation is at 3%.\n";
    let june = "Fed Increases Interest Rates to 22-Year High\nAfter taking a one-month break, the Federal Reserve again raised interest rates on Wednesday despite inflation still showing signs of slowing. The central bank inched up its key interest rate by a quarter-point, to 5.5 percent, the highest in 22 years. The incremental increase comes after the Fed backed off in June to re-evaluate its hawkish approach. Since topping out at 9.1 percent last year, inflation fell to just 3 percent in June, down a percentage point from a month previous, according to the Consumer Price Index. But the current rate is still hovering above the Fed's target of just 2 percent.\n";
    let rows = compare_dated(&[("A", "2023-07-26", may), ("B", "2023-07-26", june)]);
    assert_none_of(&rows, "date_conflict");
}

#[test]
fn a_province_named_first_holds_its_share_of_the_nations_toll() {
    // Typhoon Yagi, September 2024: Lao Cai's 53 dead beside the nation's 152 are not a toll
    // to set against another report's national 87.
    let national = "Typhoon Yagi leaves 87 dead, 70 missing in Vietnam\nThe death toll from Typhoon Yagi and subsequent heavy rain has risen to 87, with 70 individuals still missing, state broadcaster VTV said.\n";
    let provinces = "Typhoon Yagi death toll and missing soar\nHeavy rainfall brought by typhoon Yagi has caused widespread flooding and severe landslides in Vietnam's northern upland, with 152 people reported dead and 140 others missing as of 9 a.m. today, according to the Vietnam Disaster and Dyke Management Authority.\nIn Lao Cai Province, 53 people have been confirmed dead, and 102 individuals remain unaccounted for.\n";
    let rows = compare_dated(&[
        ("A", "2024-09-10", national),
        ("B", "2024-09-11", provinces),
    ]);
    let pairs: Vec<[String; 2]> = rows.iter().map(values).collect();
    assert!(
        pairs
            .iter()
            .all(|p| !p.contains(&"53".to_string()) && !p.contains(&"102".to_string())),
        "{rows:?}"
    );
}

/// English articles (outlet, publication day, text) of one story, compared.
fn compare_dated(articles: &[(&str, &str, &str)]) -> Vec<Row> {
    compare_story(articles, "en", &[])
}

#[test]
fn the_toll_of_a_quake_a_week_later_is_not_the_first_quakes() {
    let first = "Quake hits western province\nA magnitude 6.3 earthquake struck the western province, an official said. The earthquake killed 14 people and injured 78, the health director said.\n";
    let next_day = "Quake toll rises\nThe earthquake struck the western province on Saturday. Officials said it killed 14 people and injured 120.\n";
    let week_later = "Another quake strikes the province\nA powerful 6.3 magnitude earthquake struck the province on Sunday, a week after the deadly quakes. Aid groups said four people have died and the regional hospital has received 153 injured.\n";
    let rows = compare_dated(&[
        ("A", "2023-10-07", first),
        ("B", "2023-10-08", next_day),
        ("C", "2023-10-15", week_later),
    ]);
    // The next day's higher count of the one quake is a row; the next quake's counts meet none.
    assert!(
        rows.iter()
            .all(|r| r["outlet_a"] != "C" && r["outlet_b"] != "C"),
        "{rows:?}"
    );
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(values(&rows[0]), ["120", "78"]);
}

#[test]
fn a_places_share_of_a_toll_meets_the_same_places_figure_not_a_placeless_one() {
    // Texas, July 2025: counties' tolls told by two outlets.
    let a = "Floods in Texas\nThe death toll from the floods in Kerr County rose to 25 on Friday, including one death in neighboring Kendall County. An additional four deaths were reported in Travis County and three in Burnet County. The other nine deaths were spread throughout other counties.\n";
    let b = "Texas floods\nSix people died in Travis County, two people died in Kendall County and one in Tom Green County.\n";
    let rows = compare_dated(&[("A", "2025-07-05", a), ("B", "2025-07-05", b)]);
    assert!(rows.iter().any(|r| values(r) == ["1", "2"]), "{rows:?}");
    // The nine of other counties and the county's 25 are no county's share.
    assert!(
        rows.iter().all(
            |r| !values(r).contains(&"9".to_string()) && !values(r).contains(&"25".to_string())
        ),
        "{rows:?}"
    );
    // "Wajima and Suzu each have 24 deaths" is each city's, not the prefecture's toll.
    let total =
        "Noto quake\nIshikawa prefecture authorities have confirmed 30 fatalities on Tuesday.\n";
    let each = "Noto quake toll\nThe municipalities of Wajima and Suzu each have 24 deaths, officials said on Tuesday.\n";
    let rows = compare_dated(&[("A", "2024-01-02", total), ("B", "2024-01-02", each)]);
    assert_none_of(&rows, "numeric_conflict");
}

#[test]
fn a_headline_that_stops_at_in_is_compared_without_a_crash() {
    let a = "5 people trapped in\nFive people were trapped in the rubble on Tuesday.\n";
    let b = "Quake\nSeven people were trapped in the rubble on Tuesday.\n";
    let rows = compare_dated(&[("A", "2024-01-02", a), ("B", "2024-01-02", b)]);
    assert!(rows.iter().any(|r| values(r) == ["5", "7"]), "{rows:?}");
}

#[test]
fn an_aftershocks_time_and_depth_told_after_the_quakes_are_not_the_quakes() {
    // Noto, January 2024: the aftershock's sentence names it before its figures.
    let quake = "Quake hits Noto\nA magnitude 7.6 earthquake struck the peninsula on Monday. The quake occurred at a depth of 16 kilometers at about 4:10 p.m. on Monday, the agency said.\n";
    let later = "Noto quake toll rises\nThe 7.6 magnitude earthquake struck the peninsula on Monday. Western Japan suffered a new aftershock measuring 5.5 on Wednesday. The new quake occurred around 10:54 local time and at a depth of 10 km, the agency said.\n";
    let rows = compare_dated(&[("A", "2024-01-02", quake), ("B", "2024-01-03", later)]);
    assert!(rows.is_empty(), "{rows:?}");
    // Aftershocks named after the figure are not what the figure measures: two depths of
    // one quake disagree.
    let followed = "Quake in Cebu\nThe quake struck at a depth of 10 kilometers on Tuesday and was followed by several aftershocks.\n";
    let other = "Cebu quake\nThe quake struck on Tuesday at a depth of five kilometres.\n";
    let rows = compare_dated(&[("A", "2025-10-01", followed), ("B", "2025-10-01", other)]);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(values(&rows[0]), ["10", "5"]);
}

#[test]
fn the_clock_time_of_an_aftershock_days_later_is_not_the_quakes() {
    let first = "Quake hits the peninsula\nA magnitude 7.6 earthquake struck the peninsula on Monday. The earthquake occurred at around 4:10 p.m. on Monday, the weather agency said.\n";
    let later = "Quake toll rises\nThe toll from the Monday quake rose on Saturday. A powerful aftershock occurred at 5:26 a.m. on Saturday, the weather agency said.\n";
    let rows = compare_dated(&[("A", "2024-01-02", first), ("B", "2024-01-06", later)]);
    assert_none_of(&rows, "time_conflict");
}

#[test]
fn everyone_a_part_is_counted_out_of_is_not_the_toll() {
    // "2 out of 181 survive": 181 is everyone on board, not those feared dead; the clock times
    // of the landing still disagree.
    let first = "Jeju Air flight crashes at Muan airport, 2 out of 181 survive\nThe plane made a belly landing at 8:50 a.m. local time. According to the transport ministry and fire authorities on the 29th, the aircraft had 181 people on board, including 175 passengers and six crew members. Among the 175 passengers, 173 were Korean and two were Thai. The crash resulted in the death of 179 people, as confirmed by the National Fire Agency, while two people were rescued.\n";
    let later = "Jeju Air Boeing 737 crashes in fiery explosion at Muan International Airport\nA devastating plane crash at South Korea's Muan International Airport has left 179 people feared dead. The incident occurred on Sunday morning during an emergency landing attempt. Only two survivors, a passenger and a crew member, have been rescued.\n\nThe Jeju Air flight, a Boeing 737-800, was en route from Bangkok to Muan with 181 people onboard, including six crew members. The plane made a belly landing at approximately 9:03 AM local time.\n";
    let rows = compare_dated(&[("A", "2024-12-29", first), ("B", "2024-12-29", later)]);
    assert_eq!(kinds(&rows), ["time_conflict"], "{rows:?}");
    assert_eq!(values(&rows[0]), ["08:50", "09:03"]);
}

#[test]
fn a_toll_told_as_additional_is_set_against_the_other_part_not_the_total() {
    // "Additionally, at least 28 were killed in the dormitory": those on the ground, beyond the
    // 241 on board; the other outlet's 38 on the ground disagree with it, its 279 in all do not.
    let first = "One man survives as 241 die in Air India jet crash\nOn June 12, Air India Flight AI171 took off from Ahmedabad Airport, en route to London. Within just 30 seconds of takeoff, the aircraft crashed into the student dormitory building of a nearby medical university.\n\nThe aircraft was carrying 242 individuals. According to official sources, 241 people lost their lives in the crash, with only one survivor.\n\nAdditionally, at least 28 individuals were killed and around 60 injured in the dormitory building due to the crash.\n\nThe sole survivor, a British national, was seated in seat 11A, adjacent to the emergency exit. Doctors have confirmed that his condition is stable.\n";
    let later = "The tragedy of Air India flight 171\nOn June 12, Air India Flight AI171 taxied down the runway at Ahmedabad, bound for London Gatwick. Within 30 seconds of being airborne, the plane crashed into the BJ Medical College hostel.\n\nThe crash claimed 241 of the 242 people onboard and at least 38 on the ground, including four medical students. The death toll, confirmed at 279 by June 16, marked this as the worst aviation disaster in a decade.\n";
    let rows = compare_dated(&[("A", "2025-06-13", first), ("B", "2025-06-20", later)]);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(values(&rows[0]), ["28", "38"]);
}

#[test]
fn midday_is_the_middle_of_the_day_not_the_stroke_of_noon() {
    // "At midday" holds 12:50 PM; 12:20 PM and 12:50 PM are two times.
    let a = "Quake strikes central Myanmar\nA powerful earthquake measuring 7.7 struck central Myanmar near Sagaing at midday on March 28, the junta said.\n";
    let b = "Massive earthquake strikes Myanmar\nA powerful 7.7-magnitude earthquake struck central Myanmar on Friday, March 28, at 12:50 p.m. local time.\n";
    let c = "Myanmar quake toll rises\nThe powerful earthquake struck at 12:20 PM local time on Friday, with its epicenter northwest of Sagaing.\n";
    let rows = compare_dated(&[
        ("A", "2025-03-29", a),
        ("B", "2025-03-28", b),
        ("C", "2025-03-30", c),
    ]);
    assert_eq!(kinds(&rows), ["time_conflict"], "{rows:?}");
    assert_eq!(values(&rows[0]), ["12:20", "12:50"]);
}

#[test]
fn clock_times_of_two_days_of_a_flood_are_two_moments() {
    let first = "Lũ quét ở Lào Cai\nThông tin từ Ban chỉ huy, đến 16h15 ngày 13/9 đã có thêm 3 người dân thôn Làng Nủ may mắn thoát chết trong trận lũ quét.\n";
    let later = "Thêm một người tử vong vì lũ quét\nChiều 20/9, Sở Chỉ huy tìm kiếm cứu nạn thôn Làng Nủ thông tin, lúc 17h cùng ngày, đã có thêm một nạn nhân tử vong trong trận lũ quét.\n";
    let rows = compare_story(
        &[("A", "2024-09-13", first), ("B", "2024-09-20", later)],
        "vi",
        &[],
    );
    assert_none_of(&rows, "time_conflict");
}

#[test]
fn a_date_of_no_happening_does_not_make_its_sentence_background() {
    // A year the figure is measured since ("since the 2019 bombing" too), and the year a
    // building was built in: the sentence's figures are the story's, compared at high
    // severity.
    // Two articles (outlet, publication day, text) and the values of the one row they give.
    type Case<'a> = ([(&'a str, &'a str, &'a str); 2], [&'a str; 2]);
    let cases: [Case; 3] = [
        (
            [
                ("A", "2023-10-07", "Quake hits the west\nThe quake, the deadliest since 1994, killed 14 people in the west on Saturday.\n"),
                ("B", "2023-10-07", "Deadly quake in the west\nThe quake killed 18 people in the west on Saturday, officials said.\n"),
            ],
            ["14", "18"],
        ),
        (
            [
                ("A", "2021-06-25", "Tower collapses\nThe 12-storey building built in 1981 collapsed at about 1.30 am on Thursday.\n"),
                ("B", "2021-06-25", "Condo tower falls\nThe building fell at around 2:30 am on Thursday, officials said.\n"),
            ],
            ["01:30", "02:30"],
        ),
        (
            [
                ("A", "2025-04-23", "Attack on tourists\nIn the deadliest attack since the 2019 Pulwama bombing, 28 people were killed in the meadow on Tuesday.\n"),
                ("B", "2025-04-23", "Tourists gunned down\nTwenty-six people were gunned down in the meadow on Tuesday, officials said.\n"),
            ],
            ["26", "28"],
        ),
    ];
    for (articles, want) in cases {
        let rows = compare_dated(&articles);
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert_eq!(values(&rows[0]), want);
        assert!(!rows[0]["event"].starts_with("background"), "{rows:?}");
        assert_eq!(rows[0]["severity"], "high", "{rows:?}");
    }
}

#[test]
fn different_counted_things_are_not_compared() {
    // 5,000 marchers counted vs 40,000 expected: two slots of one story.
    let rows = compare(
        "2016-05-20",
        &[
            ("A", "Tuần hành\nBan tổ chức dự kiến 40.000 người tham gia, nhưng cảnh sát đếm được khoảng 5.000 người tuần hành.\n"),
            ("B", "Tuần hành ở thủ đô\nKhoảng 5.000 người tuần hành trên phố, theo cảnh sát.\n"),
        ],
    );
    assert!(rows.is_empty(), "{rows:?}");
}

#[test]
fn rises_of_other_things_or_over_other_periods_are_not_compared() {
    // A month-on-month rise and one since December, or the gold price's rise and the food
    // group's, are different figures; the gold price's 1,54% against 1,45% is one.
    let rows = compare(
        "2016-05-24",
        &[
            ("A", "CPI tháng 5 tăng\nChỉ số giá tiêu dùng (CPI) tháng 5 tăng 0,54% so với tháng trước và tăng 2,28% so với cùng kỳ năm trước. Chỉ số giá vàng tăng 1,54% so với tháng trước, nhóm giao thông tăng 2,39%.\n"),
            ("B", "Giá tiêu dùng tháng 5\nCPI tháng 5 tăng 0,54% so với tháng trước, tăng 1,88% so với tháng 12 năm trước. Chỉ số giá vàng tháng 5 tăng 1,45% so với tháng trước, giá lương thực tăng 0,68%.\n"),
        ],
    );
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["note"], "1.45: B; 1.54: A");
}

#[test]
fn a_named_subject_makes_two_english_losses_one_figure() {
    // "The Tories … losing 251 seats" and "the Tories have lost 250 seats" share one word
    // before their verbs, a name: one loss. (Its score is low, so every pair is shown.)
    let rows = compare_story(
        &[
            ("A", "2024-07-05", "Labour's landslide\nLabour has secured 412 seats. The Tories suffered a massive blow, losing 251 seats, marking the end of Rishi Sunak's tenure.\n"),
            ("B", "2024-07-05", "Top takeaways from the election\nA 20% nose dive in the national vote share means the Tories have lost 250 seats across the UK.\n"),
        ],
        "en",
        &["--min-score", "0"],
    );
    assert!(
        rows.iter()
            .any(|r| r["slot"] == "seats/decrease" && values(r) == ["250", "251"]),
        "{rows:?}"
    );
}

#[test]
fn a_temperature_in_fahrenheit_is_set_against_one_in_celsius() {
    // 113F is 45C: no disagreement with 45C, two degrees off 47C.
    let story = |a: &str, b: &str| {
        let text = |t: &str| {
            format!("Phoenix heat\nThe temperature in Phoenix reached {t} on Monday, a record for the city.\n")
        };
        compare_story(
            &[("A", "2024-07-10", &text(a)), ("B", "2024-07-10", &text(b))],
            "en",
            &[],
        )
    };
    assert_eq!(story("45C", "113F"), Vec::<common::Row>::new());
    let rows = story("113F", "47C");
    assert_eq!(kinds(&rows), ["numeric_conflict"], "{rows:?}");
    assert_eq!(values(&rows[0]), ["113", "47"]);
}

#[test]
fn industry_and_construction_is_not_industry_alone() {
    // The rise of two sectors joined is one figure; that of the first alone is another.
    let rows = compare(
        "2024-10-06",
        &[
            ("A", "GDP quý III tăng 7,4%\nTổng cục Thống kê cho biết GDP quý III ước tăng 7,4%. Giá trị tăng thêm toàn ngành công nghiệp 9 tháng tăng 8,34%.\n"),
            ("B", "9 tháng, GDP tăng 6,82%\nTổng cục Thống kê cho biết GDP quý 3 ước tăng 7,4%. Trong mức tăng 9 tháng, khu vực công nghiệp và xây dựng tăng 8,19%.\n"),
        ],
    );
    assert!(rows.is_empty(), "{rows:?}");
}

#[test]
fn figures_measured_over_two_spans_or_a_lead_time_are_not_compared() {
    // Takings after five days and after three are two figures (the spans disagree, not the
    // sums); a release a week ahead of another market is no length of screening; two lengths
    // of time after one happening disagree.
    let rows = compare(
        "2016-05-24",
        &[
            ("A", "X-Men: Apocalypse thắng lớn\nPhim ra mắt ngày 20/5, trước thị trường Mỹ 1 tuần. Doanh thu trong 5 ngày đã đạt 103 triệu USD. Cuộc gặp diễn ra hai ngày sau khi phim ra mắt.\n"),
            ("B", "X-Men: Apocalypse ra mắt\nSau 3 ngày công chiếu, phim thu về 100 triệu USD dù chưa chiếu tại Mỹ. Cuộc gặp diễn ra 3 ngày sau khi phim ra mắt.\n"),
        ],
    );
    let mut found: Vec<(String, [String; 2])> = rows
        .iter()
        .map(|r| (r["slot"].clone(), values(r)))
        .collect();
    found.sort();
    assert_eq!(
        found,
        [
            (
                "duration".to_string(),
                ["P3D".to_string(), "P5D".to_string()]
            ),
            (
                "duration/offset".to_string(),
                ["P2D".to_string(), "P3D".to_string()]
            ),
        ],
        "{rows:?}"
    );
    // However low the score, the two sums are never set against each other.
    let all = compare_with(
        "2016-05-24",
        &[
            (
                "A",
                "X-Men: Apocalypse thắng lớn\nDoanh thu trong 5 ngày đã đạt 103 triệu USD.\n",
            ),
            (
                "B",
                "X-Men: Apocalypse ra mắt\nSau 3 ngày công chiếu, phim thu về 100 triệu USD.\n",
            ),
        ],
        &["--min-score", "0"],
    );
    assert!(
        all.iter().all(|r| !r["slot"].starts_with("money")),
        "{all:?}"
    );
}

#[test]
fn ordinals_of_two_things_are_not_compared() {
    // An 80th birthday, the 69th festival and a second win are three counts; two outlets'
    // numbers of one congress are one.
    let rows = compare_with(
        "2016-05-23",
        &[
            ("A", "Ken Loach đoạt Cành cọ vàng\nChỉ 2 tuần trước khi Loach mừng sinh nhật lần thứ 80, ông đã đoạt Cành cọ vàng. Đại hội lần thứ 12 của hội điện ảnh sẽ họp vào tháng sau.\n"),
            ("B", "Cannes 2016: Ken Loach lần thứ 2 nhận Cành cọ vàng\nLiên hoan phim Cannes lần thứ 69 đã khép lại. Đại hội lần thứ 13 của hội điện ảnh sẽ họp vào tháng sau.\n"),
        ],
        &["--min-score", "0"],
    );
    let ordinals: Vec<[String; 2]> = rows
        .iter()
        .filter(|r| r["slot"].starts_with("ordinal"))
        .map(values)
        .collect();
    assert_eq!(ordinals, [["12".to_string(), "13".to_string()]], "{rows:?}");
}

#[test]
fn two_defendants_terms_are_two_facts() {
    // Each outlet names another defendant's term: Lạc's 10 years against Danh's 9 is no
    // conflict; Phúc's 5 years against 6 is.
    let rows = compare(
        "2016-05-24",
        &[
            ("A", "Tuyên án vụ mía đường\nBị cáo Trần Cạnh Lạc, nguyên Tổng giám đốc bị tuyên phạt 10 năm tù. Bị cáo Nguyễn Thị Phúc nhận 5 năm tù.\n"),
            ("B", "Xử vụ mía đường\nBị cáo Nguyễn Xuân Danh, nguyên phó phòng kinh doanh bị tuyên phạt 9 năm tù. Bị cáo Nguyễn Thị Phúc nhận 6 năm tù.\n"),
        ],
    );
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["note"], "P5Y: A; P6Y: B");
}

#[test]
fn a_sentence_set_in_the_past_is_background() {
    // An earlier fish's price (a year given on one side, "Trước đây" on the other) is no
    // figure of this story's fish.
    let rows = compare(
        "2016-05-20",
        &[
            ("A", "Ngư dân bắt được cá ngừ\nNgư dân Khánh Hòa bắt được con cá ngừ vây xanh nặng 300 kg. Năm 2012, một con cá ngừ vây xanh nặng 222 kg đã được mua với giá 1,3 triệu USD.\n"),
            ("B", "Cá ngừ vây xanh hiếm\nMột tàu cá Khánh Hòa câu được con cá ngừ vây xanh nặng 300 kg. Trước đây, người Nhật đã bắt được một con cá ngừ vây xanh có giá trị lên tới 2 triệu USD.\n"),
        ],
    );
    assert!(rows.is_empty(), "{rows:?}");
}

#[test]
fn background_figures_are_not_the_story_figures() {
    let rows = compare(
        "2016-05-20",
        &[
            ("A", "Cháy chợ\nVụ cháy chợ sáng 19/5 làm 3 người chết.\nNăm 2014, một vụ cháy khác tại chợ này làm 12 người chết.\n"),
            ("B", "Cháy chợ lớn\nSáng 19/5, vụ cháy chợ làm 3 người chết.\n"),
        ],
    );
    assert!(rows.is_empty(), "{rows:?}");
}

#[test]
fn a_year_after_than_dates_the_compared_term_not_the_figure() {
    // 1997 is when Blair won 419; Labour's 412 is the story's, set against the other's 411
    // as the story's figures are, not as a background figure.
    let lead = "Labour has won the general election with a landslide on Thursday.";
    let a = format!("Labour landslide\n{lead}\nLabour's tally of 412 seats is a little less than the 419 Tony Blair won in 1997.\n");
    let b =
        format!("Labour wins\n{lead}\nLabour's tally of 411 seats gives the party a landslide.\n");
    let rows = compare_story(
        &[("A", "2024-07-05", &a), ("B", "2024-07-05", &b)],
        "en",
        &[],
    );
    assert_eq!(kinds(&rows), ["numeric_conflict"], "{rows:?}");
    assert_eq!(values(&rows[0]), ["411", "412"]);
    assert_eq!(rows[0]["event"], "main story", "{rows:?}");
}

#[test]
fn a_runner_up_s_year_dates_the_record_it_trails_not_the_figure() {
    // 2005 is Rita's; Milton's 897 mb is the story's, set against the other outlet's 902 as
    // one of the story's figures. (Its score is low, so every pair is shown.)
    let a = "Milton nears Florida\nHurricane Milton churned towards Florida on Tuesday. Its lowest pressure peaked at 897 millibars, just behind Hurricane Rita's 895 mb in 2005.\n";
    let b = "Milton strengthens\nHurricane Milton churned towards Florida on Tuesday. Its lowest pressure peaked at 902 millibars.\n";
    let rows = compare_story(
        &[("A", "2024-10-09", a), ("B", "2024-10-09", b)],
        "en",
        &["--min-score", "0"],
    );
    let row = rows
        .iter()
        .find(|r| values(r) == ["897", "902"])
        .unwrap_or_else(|| panic!("{rows:?}"));
    assert!(!row["event"].contains("2005"), "{rows:?}");
}

#[test]
fn last_year_dates_a_background_figure_and_compared_to_keeps_the_story_s() {
    // "Last year, a fire … killed 32 people" is an earlier fire, not this one's toll; in
    // "reported 183 deaths, compared to 313 last year" the year is the compared term's.
    let pair =
        |day: &str, a: &str, b: &str| compare_story(&[("A", day, a), ("B", day, b)], "en", &[]);
    let lead = "A fire at an apartment block killed dozens on Tuesday.";
    let a = format!("Apartment fire\n{lead} The fire killed 56 people.\nLast year, a fire at a karaoke bar killed 32 people.\n");
    let b = format!("Deadly blaze\n{lead} Officials said 32 people died in the fire.\n");
    let rows = pair("2023-09-14", &a, &b);
    assert_eq!(kinds(&rows), ["numeric_conflict"], "{rows:?}");
    assert_eq!(values(&rows[0]), ["32", "56"]);
    assert!(rows[0]["sentence_a"].contains("56") && !rows[0]["sentence_b"].contains("karaoke"));

    let lead = "The heat killed many pilgrims during the hajj.";
    let a =
        format!("Hajj deaths\n{lead} Indonesia reported 183 deaths, compared to 313 last year.\n");
    let b = format!("Pilgrims die\n{lead} Indonesia has reported 165 deaths.\n");
    let rows = pair("2024-06-20", &a, &b);
    assert_eq!(kinds(&rows), ["numeric_conflict"], "{rows:?}");
    assert_eq!(values(&rows[0]), ["165", "183"]);
}

#[test]
fn a_sentence_going_on_about_a_dated_background_is_background_too() {
    // "It" right after a sentence dated in 2005 speaks of 2005's quake; a sentence that does
    // not refer back is the story's again.
    let b = (
        "B",
        "2015-10-27",
        "Quake kills 86\nThe quake on Monday left 86 people dead.\n",
    );
    let refers_back = (
        "A",
        "2015-10-27",
        "Quake in Afghanistan\nThe quake struck on Monday. In 2005, an earthquake hit Kashmir. Occurring just 15km below the surface, it left 87 people dead in one town.\n",
    );
    assert!(compare_story(&[refers_back, b], "en", &[]).is_empty());
    let story_again = (
        "A",
        "2015-10-27",
        "Quake in Afghanistan\nThe quake struck on Monday. In 2005, an earthquake hit Kashmir. Rescuers said 87 people were dead in one town.\n",
    );
    let rows = compare_story(&[story_again, b], "en", &[]);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(values(&rows[0]), ["86", "87"]);
}

#[test]
fn different_meetings_are_not_compared_and_one_meeting_is() {
    let geneva = "Hội đàm\nHôm thứ Sáu (21/01), hai ngoại trưởng gặp nhau tại Geneva. Cuộc họp kéo dài 90 phút.\n";
    let brussels = "Hội đàm NATO\nHôm thứ Tư (12/01), hội đàm tại Brussels kéo dài bốn giờ.\n";
    assert!(compare("2022-01-22", &[("A", geneva), ("B", brussels)]).is_empty());
    let geneva_long =
        "Gặp ở Geneva\nHôm thứ Sáu (21/01), hai ngoại trưởng hội đàm tại Geneva trong hai giờ.\n";
    let rows = compare("2022-01-22", &[("A", geneva), ("B", geneva_long)]);
    assert_eq!(kinds(&rows), ["numeric_conflict"], "{rows:?}");
    assert_eq!(
        (rows[0]["value_a"].as_str(), rows[0]["value_b"].as_str()),
        ("PT90M", "PT2H")
    );
    assert_eq!(rows[0]["event"], "talks · Geneva · 2022-01-21");
}

#[test]
fn dates_and_times_of_one_event() {
    let rows = compare(
        "2016-05-20",
        &[
            (
                "A",
                "Động đất\nTrận động đất xảy ra tại Hà Nội lúc 15h45 ngày 18/5.\n",
            ),
            (
                "B",
                "Động đất ở Hà Nội\nTrận động đất tại Hà Nội xảy ra lúc 16h30 ngày 18/5.\n",
            ),
            (
                "C",
                "Rung lắc\nTrận động đất ở Hà Nội ngày 17/5 gây rung lắc.\n",
            ),
        ],
    );
    assert_eq!(kinds(&rows), ["date_conflict", "time_conflict"], "{rows:?}");
    let date = rows.iter().find(|r| r["kind"] == "date_conflict").unwrap();
    assert_eq!(date["note"], "2016-05-17: C; 2016-05-18: A, B");
}

#[test]
fn the_clock_goes_round_midnight() {
    // Midnight and 10 pm are two hours apart, not 22: a disagreement on the fire's start.
    let rows = compare(
        "2024-09-06",
        &[
            ("A", "School fire kills pupils\nThe fire erupted at midnight, catching the students by surprise while they slept in the dormitory.\n"),
            ("B", "Guard recounts school fire\nThe fire erupted at around 10 pm, catching the students by surprise while they slept in the dormitory.\n"),
        ],
    );
    assert_eq!(kinds(&rows), ["time_conflict"], "{rows:?}");
    assert_eq!(values(&rows[0]), ["00:00", "22:00"]);
    // "about 09:00 local time (00:00 GMT)" holds 08:54 (23:54 GMT) on the day before.
    let rows = compare_story(
        &[
            ("A", "2024-12-29", "Plane crash at Muan\nThe plane crashed at about 09:00 local time (00:00 GMT) on Sunday.\n"),
            ("B", "2024-12-29", "Muan airport crash\nThe plane crashed at 08:54 (23:54 GMT) on Sunday.\n"),
        ],
        "en",
        &[],
    );
    assert_none_of(&rows, "time_conflict");
}

#[test]
fn the_time_a_fire_was_reported_is_not_the_time_it_started() {
    let rows = compare(
        "2019-02-12",
        &[
            ("A", "Hotel fire kills 17\nThe fire at the hotel in Karol Bagh started around 2.30 a.m. on Tuesday, police said.\n"),
            ("B", "Karol Bagh hotel fire\nA call about the fire was received at 4.35 am on Tuesday, police said.\n"),
            ("C", "Delhi hotel fire\nAt least 25 fire tenders responded to a call at 4.30 am on Tuesday, police said.\n"),
        ],
    );
    // The two calls disagree; neither is set against the fire's start.
    assert_eq!(kinds(&rows), ["time_conflict"], "{rows:?}");
    assert_eq!(values(&rows[0]), ["04:30", "04:35"]);
}

#[test]
fn names_spelled_differently_are_one_row_transliterations_are_none() {
    let rows = compare(
        "2016-05-20",
        &[
            ("A", "Tai nạn\nTài xế Phạm Đức Huy khai với cơ quan điều tra. Ông Sergei Ryabkov phát biểu.\n"),
            ("B", "Tai nạn giao thông\nTài xế Phan Đức Huy khai với cơ quan điều tra. Ông Sergey A. Ryabkov phát biểu.\n"),
            ("C", "Xe tải gây tai nạn\nTài xế Phan Đức Huy bị tạm giữ.\n"),
        ],
    );
    assert_eq!(kinds(&rows), ["name_variant"], "{rows:?}");
    assert_eq!(
        rows[0]["note"],
        "name of the tài xế: Phan Đức Huy: B, C; Phạm Đức Huy: A"
    );
    // A person later named by the first word of the name alone ("Rashed said") keeps the
    // whole name: the first word is no organisation before it.
    let rows = compare_with(
        "2021-11-05",
        &[
            ("A", "Factory fire\nThe fire broke out at the shoe factory around 1:15 pm, said Rashed Bin Khalid, an officer of the Fire Service control room.\n"),
            ("B", "Shoe factory fire\nThe fire broke out at the shoe factory around 1:15 pm, said Rashed Bin Khaled of the Fire Service control room.\nThe victims were asleep, Rashed said.\n"),
        ],
        &["--min-score", "0"],
    );
    assert!(
        rows.iter().any(|r| r["kind"] == "name_variant"
            && r["note"] == "Rashed Bin Khaled: B; Rashed Bin Khalid: A"),
        "{rows:?}"
    );
}

#[test]
fn quotes_given_to_different_speakers_or_changed() {
    let rows = compare(
        "2022-01-22",
        &[
            ("A", "Phát biểu\n“Chúng tôi sẵn sàng gặp Nga trên một trong hai con đường này,” ông Blinken nói.\n“Nga sẽ rút 10 nghìn quân khỏi biên giới trong tuần tới,” ông Peskov nói.\n"),
            ("B", "Tuyên bố\n“Chúng tôi sẵn sàng gặp Nga trên một trong hai con đường này,” ông Lavrov nói.\n“Nga sẽ rút 20 nghìn quân khỏi biên giới trong tuần tới,” ông Peskov nói.\n"),
        ],
    );
    // The changed figure inside the quote is also a figure that disagrees.
    assert_eq!(
        kinds(&rows),
        ["attribution_conflict", "numeric_conflict", "quote_variant"],
        "{rows:?}"
    );
}

#[test]
fn a_statement_quoted_whole_and_in_two_pieces_is_one_wording() {
    let first = "I have decided not to run";
    let rest = "My very first decision as the party nominee in 2020 was to pick Kamala Harris as my Vice President, and it has been the best decision I have made in all my years of public service";
    let whole = format!("Biden quits\n\"{first}. {rest},\" Biden wrote.\n");
    let pieces = format!("Biden endorses Harris\n\"{first},\" Biden wrote. \"{rest}.\"\n");
    let rows = compare_dated(&[("A", "2024-07-21", &whole), ("B", "2024-07-22", &pieces)]);
    assert_none_of(&rows, "quote_variant");
}

#[test]
fn a_weekday_next_to_the_wrong_date() {
    let rows = compare(
        "2022-01-22",
        &[("A", "Hội đàm\nHôm thứ Hai (21/01), hai bên hội đàm.\n")],
    );
    assert_eq!(kinds(&rows), ["weekday_mismatch"]);
}

#[test]
fn notes_name_differing_sources_and_a_later_higher_toll() {
    let dir_rows = |a_pub: &str, b_pub: &str| {
        let dir = tempfile::tempdir().unwrap();
        let story = dir.path().join("s");
        std::fs::create_dir(&story).unwrap();
        std::fs::write(
            story.join("a.txt"),
            "Động đất\nTheo USGS, trận động đất làm 20 người chết tại Hà Nội.\n",
        )
        .unwrap();
        std::fs::write(
            story.join("b.txt"),
            "Động đất mạnh\nTheo Cục Khí tượng, trận động đất làm 27 người chết tại Hà Nội.\n",
        )
        .unwrap();
        std::fs::write(
            story.join("manifest.csv"),
            format!(
                "file,outlet,published,url,language\na.txt,A,{a_pub},,vi\nb.txt,B,{b_pub},,vi\n"
            ),
        )
        .unwrap();
        common::compare(&story)
    };
    let rows = dir_rows("2016-05-20", "2016-05-21");
    assert_eq!(rows.len(), 1, "{rows:?}");
    let note = &rows[0]["note"];
    assert!(
        note.contains("different sources: theo USGS (A) / theo Cục Khí tượng (B)"),
        "{note}"
    );
    assert!(
        note.contains("the later report (B, 2016-05-21) has the higher figure"),
        "{note}"
    );
    let same_day = dir_rows("2016-05-20", "2016-05-20");
    assert!(!same_day[0]["note"].contains("later report"));
}

#[test]
fn notes_a_later_report_with_fewer_missing() {
    let rows = compare_story(
        &[
            ("A", "2023-09-01", "Wildfire in Maui\nCurrently, 385 people remain missing after the wildfire in Lahaina.\n"),
            ("B", "2023-09-08", "Maui wildfire update\nThe governor said 66 people remain missing after the wildfire in Lahaina.\n"),
        ],
        "en",
        &[],
    );
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert!(
        rows[0]["note"].contains("the later report (B, 2023-09-08) has the lower figure"),
        "{}",
        rows[0]["note"]
    );
}

#[test]
fn a_vietnamese_name_without_marks_in_english_copy_is_no_variant() {
    let story = |language: &str, a: &str, b: &str| {
        let text = |name: &str| {
            format!("Fire in Hanoi\nPrime Minister {name} visited the building where the fire broke out.\n")
        };
        compare_story(
            &[("A", "2023-09-14", &text(a)), ("B", "2023-09-14", &text(b))],
            language,
            &["--min-score", "0"],
        )
    };
    // English copy drops the marks: one name.
    assert_none_of(
        &story("en", "Phạm Minh Chính", "Pham Minh Chinh"),
        "name_variant",
    );
    // In Vietnamese an unmarked spelling is a slip to check.
    let rows = story("vi", "Nguyễn Văn Lần", "Nguyễn Văn Lan");
    assert!(rows.iter().any(|r| r["kind"] == "name_variant"), "{rows:?}");
}

#[test]
fn a_father_and_son_named_alike_are_two_people() {
    // Nguyễn Văn Hùng and his son Nguyễn Văn Hưng stand in one sentence: two people, so the
    // outlet that names only the father in full (the son by his given name) has no variant
    // of the son's name.
    let rows = compare(
        "2016-06-11",
        &[
            ("A", "Hai cha con bị thương khi sửa điện\nChiều 10/6, ông Nguyễn Văn Hùng (58 tuổi) và con trai là anh Nguyễn Văn Hưng (30 tuổi) bị điện giật khi sửa đường dây tại xã Yên Phú.\nAnh Hưng bị bỏng nặng ở tay.\n"),
            ("B", "Sửa điện, hai cha con bị thương\nChiều 10/6, ông Hùng và con trai Hưng bị điện giật tại xã Yên Phú. Ông Nguyễn Văn Hùng cho biết anh Hưng bị bỏng ở tay.\n"),
        ],
    );
    assert_none_of(&rows, "name_variant");
}

#[test]
fn one_person_named_two_ways_is_reported_with_the_role_the_outlets_give() {
    // The driver, 45, named with two different middle names: a variant of one person.
    let rows = compare(
        "2016-06-11",
        &[
            ("A", "Xe tải lật trên quốc lộ 1\nSáng 10/6, tài xế Trần Văn Lợi (45 tuổi) điều khiển xe tải lật nghiêng trên quốc lộ 1.\n"),
            ("B", "Lật xe tải ở Quảng Nam\nSáng 10/6, xe tải do tài xế Trần Văn Lợi (45 tuổi) cầm lái bị lật trên quốc lộ 1.\n"),
            ("C", "Xe tải bị lật\nSáng 10/6, tài xế Trần Minh Lợi (45 tuổi) lái xe tải bị lật trên quốc lộ 1.\n"),
        ],
    );
    let names: Vec<&Row> = rows
        .iter()
        .filter(|r| r["kind"] == "name_variant")
        .collect();
    assert_eq!(names.len(), 1, "{rows:?}");
    assert_eq!(
        names[0]["note"],
        "name of the tài xế: Trần Minh Lợi: C; Trần Văn Lợi: A, B"
    );
}

#[test]
fn a_given_name_a_title_or_initials_for_the_full_name_are_no_variant() {
    let rows = compare(
        "2016-06-11",
        &[
            ("A", "Bắt đối tượng trộm xe\nCông an huyện đã bắt Nguyễn Văn Tùng (32 tuổi) khi đang tiêu thụ xe máy trộm cắp.\nTùng khai đã trộm 5 xe máy.\n"),
            ("B", "Trộm 5 xe máy\nCông an huyện đã bắt đối tượng Nguyễn Văn T. (32 tuổi) khi đang tiêu thụ xe máy trộm cắp.\n"),
            ("C", "Bắt kẻ trộm xe máy\nCông an huyện đã bắt anh Tùng (32 tuổi) khi đang tiêu thụ xe máy trộm cắp.\n"),
        ],
    );
    assert_none_of(&rows, "name_variant");
    // A club's name cut short ("Man United") is its name too; a role glued to a name by a
    // hyphen is not part of the name.
    let rows = compare_with(
        "2016-05-22",
        &[
            ("A", "Manchester United vô địch Cúp FA 2016\nĐội bóng thắng 2-1 trong trận chung kết. Ông Võ Thanh Hùng, trưởng ban tổ chức, trao cúp.\n"),
            ("B", "Ngược dòng ngoạn mục, Man United vô địch FA Cup\nĐội bóng thắng 2-1 trong trận chung kết. Ông Võ Thanh Hùng-Trưởng ban tổ chức trao cúp.\n"),
        ],
        &["--min-score", "0"],
    );
    assert_none_of(&rows, "name_variant");
    // "Mike" is what the press calls a Michael; "Michele" is another name.
    let story = |other: &'static str| {
        [
            ("A", "Gunman opens fire at water park\nOakland County Sheriff Michael Bouchard said the attack appeared to be random.\n"),
            ("B", other),
        ]
    };
    let rows = compare_with(
        "2022-06-12",
        &story("Nine injured in park shooting\nSheriff Mike Bouchard said the attack appeared to be random.\n"),
        &["--min-score", "0"],
    );
    assert_none_of(&rows, "name_variant");
    let rows = compare_with(
        "2022-06-12",
        &story("Nine injured in park shooting\nSheriff Michele Bouchard said the attack appeared to be random.\n"),
        &["--min-score", "0"],
    );
    assert!(rows.iter().any(|r| r["kind"] == "name_variant"), "{rows:?}");
}

#[test]
fn an_outlet_that_names_both_people_keeps_them_apart() {
    // A names the father and the son in two sentences; B names only the son, C only the
    // father. No outlet names one person two ways.
    let rows = compare(
        "2016-06-11",
        &[
            ("A", "Hai cha con bị điện giật\nChiều 10/6, ông Nguyễn Văn Hùng (58 tuổi) bị điện giật khi sửa đường dây tại xã Yên Phú.\nCon trai ông là anh Nguyễn Văn Hưng (30 tuổi) chạy đến cứu cũng bị điện giật.\n"),
            ("B", "Cứu cha, con trai bị điện giật\nChiều 10/6, anh Nguyễn Văn Hưng (30 tuổi) bị điện giật khi cứu cha tại xã Yên Phú.\n"),
            ("C", "Sửa điện, một người bị thương\nChiều 10/6, ông Nguyễn Văn Hùng (58 tuổi) bị điện giật tại xã Yên Phú.\n"),
        ],
    );
    assert_none_of(&rows, "name_variant");
}

#[test]
fn two_letters_swapped_are_one_slip_of_one_name() {
    // "Cecs" for "Cesc": a transposition is one slip, as a letter changed is.
    let rows = compare(
        "2016-05-21",
        &[
            ("A", "Tây Ban Nha công bố danh sách dự Euro\nHLV Del Bosque triệu tập tiền vệ Cesc Fabregas của Chelsea vào đội tuyển Tây Ban Nha.\n"),
            ("B", "Fabregas được gọi lên tuyển\nCecs Fabregas có mùa giải kém thành công cùng Chelsea nhưng vẫn được HLV Del Bosque triệu tập vào đội tuyển Tây Ban Nha.\n"),
            ("C", "Del Bosque chốt danh sách\nTiền vệ Cesc Fabregas của Chelsea có tên trong danh sách đội tuyển Tây Ban Nha dự Euro.\n"),
        ],
    );
    let names: Vec<&Row> = rows
        .iter()
        .filter(|r| r["kind"] == "name_variant")
        .collect();
    assert_eq!(names.len(), 1, "{rows:?}");
    let mut values = [names[0]["value_a"].as_str(), names[0]["value_b"].as_str()];
    values.sort();
    assert_eq!(values, ["Cecs Fabregas", "Cesc Fabregas"]);
}

#[test]
fn two_short_given_names_two_letters_apart_are_two_people() {
    // "Lan" and "Mai" differ in two of three letters: that is every letter, not a slip.
    let rows = compare(
        "2016-05-28",
        &[
            ("A", "Hai người bị lừa tiền tỷ\nChị Lan (35 tuổi, ngụ Hoài Đức) đã chuyển 400 triệu đồng cho đối tượng.\nTheo chị Lan, đối tượng hứa xin việc cho con.\n"),
            ("B", "Lừa xin việc, chiếm đoạt tiền tỷ\nChị Mai (35 tuổi, ngụ Hoài Đức) đã chuyển 400 triệu đồng cho đối tượng.\nChị Mai cho biết đối tượng hứa xin việc cho con.\n"),
            ("C", "Bắt đối tượng lừa đảo xin việc\nMột phụ nữ ở Hoài Đức đã chuyển 400 triệu đồng cho đối tượng.\n"),
        ],
    );
    assert_none_of(&rows, "name_variant");
}

#[test]
fn two_full_names_sharing_a_given_name_under_two_family_names_are_two_people() {
    // Two men quoted alike share the given name "Nam" and nothing else.
    let rows = compare(
        "2016-08-10",
        &[
            ("A", "Sập cầu ở Cà Mau\nÔng Dương Hoài Nam cho biết cầu dài 84 m.\nCầu sập lúc rạng sáng.\n"),
            ("B", "Cầu 84 m sập\nÔng Ngô Phương Nam cho biết cầu dài 84 m.\nCầu sập lúc rạng sáng.\n"),
        ],
    );
    assert_none_of(&rows, "name_variant");
    // One letter of the family name off, the rest alike: one person misspelt.
    let rows = compare(
        "2016-08-10",
        &[
            ("A", "Sập cầu ở Cà Mau\nÔng Phạm Đức Huy, Giám đốc Sở Giao thông, cho biết cầu dài 84 m.\n"),
            ("B", "Cầu 84 m sập\nÔng Phan Đức Huy, Giám đốc Sở Giao thông, cho biết cầu dài 84 m.\n"),
        ],
    );
    assert_eq!(kinds(&rows), ["name_variant"]);
}

#[test]
fn two_ministers_of_one_given_name_are_two_people() {
    let rows = compare(
        "2016-05-20",
        &[
            ("A", "EgyptAir crash\nSherif Fathi said on Thursday that 66 people were on board the plane.\nThe plane vanished over the sea.\n"),
            ("B", "Egypt plane lost\nSherif Ismail said on Thursday that 66 people were on board the plane.\nThe plane vanished over the sea.\n"),
        ],
    );
    assert_none_of(&rows, "name_variant");
}

#[test]
fn a_club_misspelt_is_no_name_variant_once_one_outlet_shows_it_is_a_club() {
    // "HLV Liverpool, Brendan Rodgers": the word between the role and the person's name says
    // whose coach he is; every outlet's "Liverpool", and a slip of it, is then the club's.
    let rows = compare(
        "2016-05-21",
        &[
            ("A", "Celtic bổ nhiệm HLV mới\nCựu HLV Liverpool, Brendan Rodgers đã được bổ nhiệm làm HLV trưởng CLB Celtic với bản hợp đồng một năm.\n"),
            ("B", "Rodgers cập bến Celtic\nCựu HLV của Lierpool, Brendan Rodgers đã chính thức tìm được bến đỗ mới tại CLB Celtic với hợp đồng một năm.\n"),
            ("C", "HLV bị Liverpool sa thải cập bến Celtic\nBrendan Rodgers, người bị Liverpool sa thải, ký hợp đồng một năm với CLB Celtic.\n"),
        ],
    );
    assert_none_of(&rows, "name_variant");
    // The same slip of a person's name is one.
    let rows = compare(
        "2016-05-21",
        &[
            ("A", "Celtic bổ nhiệm HLV mới\nCựu HLV Liverpool, Brendan Rodgers đã được bổ nhiệm làm HLV trưởng CLB Celtic với bản hợp đồng một năm.\n"),
            ("B", "Rodgers cập bến Celtic\nCựu HLV của Liverpool, Brendan Rogers đã chính thức tìm được bến đỗ mới tại CLB Celtic với hợp đồng một năm.\n"),
            ("C", "HLV bị Liverpool sa thải cập bến Celtic\nBrendan Rodgers, người bị Liverpool sa thải, ký hợp đồng một năm với CLB Celtic.\n"),
        ],
    );
    assert!(
        rows.iter().any(|r| r["kind"] == "name_variant"
            && [&r["value_a"], &r["value_b"]].contains(&&"Brendan Rogers".to_string())),
        "{rows:?}"
    );
}

#[test]
fn a_name_written_with_or_without_its_spaces_is_one_spelling() {
    let rows = compare(
        "2016-05-21",
        &[
            ("A", "Nhà máy mới ở Long An\nNgày 20/5, Coca-Cola vừa khánh thành nhà máy thứ ba tại Long An với vốn 300 triệu USD.\n"),
            ("B", "Khánh thành nhà máy ở Long An\nNgày 20/5, CocaCola vừa khánh thành nhà máy thứ ba tại Long An với vốn 300 triệu USD.\n"),
            ("C", "Đầu tư tại Long An\nNgày 20/5, Coca Cola khánh thành nhà máy thứ ba tại Long An, vốn 300 triệu USD.\n"),
        ],
    );
    assert_none_of(&rows, "name_variant");
}

#[test]
fn figures_one_last_digit_apart_disagree() {
    // 50,2 covers 50,15–50,25 and 50,3 covers 50,25–50,35: they meet, but no value is both.
    let rows = compare(
        "2016-05-24",
        &[
            ("A", "Ông Van der Bellen đắc cử Tổng thống Áo\nỨng viên Alexander van der Bellen đã giành được 50,2% số phiếu bầu, hơn đối thủ Norbert Hofer với 49,8% số phiếu.\n"),
            ("B", "Áo có tổng thống mới\nÔng Van der Bellen giành được 2.254.484 lá phiếu (chiếm tỷ lệ 50,3%) trong khi ứng viên Hofer chỉ giành được 49,7% số phiếu.\n"),
        ],
    );
    assert!(
        rows.iter().any(|r| r["kind"] == "numeric_conflict"
            && [r["value_a"].as_str(), r["value_b"].as_str()].contains(&"50.2")),
        "{rows:?}"
    );
}

#[test]
fn two_approximate_times_a_quarter_hour_apart_disagree() {
    // Each "khoảng" time covers ten minutes either way; 17:45 and 18:00 overlap only there.
    let rows = compare(
        "2016-05-24",
        &[
            ("A", "Cháy xe bồn tại cây xăng\nKhoảng 17h45 cùng ngày, xe bồn chở 22.000 lít xăng đến cây xăng khu 5 phường Ka Long thì bốc cháy.\n"),
            ("B", "Xe bồn bốc cháy ở Móng Cái\nKhoảng 18g cùng ngày, xe bồn chở 22.000 lít xăng đến cây xăng khu 5 phường Ka Long thì bốc cháy.\n"),
        ],
    );
    assert!(
        rows.iter().any(|r| r["kind"] == "time_conflict"),
        "{rows:?}"
    );
    // Two minutes apart, both approximate: one time.
    let rows = compare(
        "2016-05-24",
        &[
            ("A", "Cháy xe bồn tại cây xăng\nKhoảng 17h45 cùng ngày, xe bồn chở 22.000 lít xăng đến cây xăng khu 5 phường Ka Long thì bốc cháy.\n"),
            ("B", "Xe bồn bốc cháy ở Móng Cái\nKhoảng 17h47 cùng ngày, xe bồn chở 22.000 lít xăng đến cây xăng khu 5 phường Ka Long thì bốc cháy.\n"),
        ],
    );
    assert_none_of(&rows, "time_conflict");
}

#[test]
fn two_titles_sharing_only_their_article_are_no_variant() {
    let rows = compare(
        "2016-05-23",
        &[
            ("A", "Phòng vé cuối tuần\nTuần này, The Angry Birds Movie thu về 39 triệu USD trong tuần ra mắt tại Bắc Mỹ.\n"),
            ("B", "Doanh thu phòng vé\nTuần này, The Last Stand thu về 39 triệu USD trong tuần ra mắt tại Bắc Mỹ.\n"),
        ],
    );
    assert_none_of(&rows, "name_variant");
}

#[test]
fn two_lower_bounds_agree_when_close_and_disagree_when_far_apart() {
    // "hơn 500 kg" and "hơn 550 kg" round 553,5 kg down two ways; "hơn 60" and "hơn 100"
    // people killed are two sizes of the disaster.
    let close = compare(
        "2016-05-24",
        &[
            ("A", "Thu giữ ngà voi\nLực lượng chức năng thu giữ hơn 500 kg ngà voi trên xe bán tải tại Bắc Giang.\n"),
            ("B", "Bắt xe chở ngà voi\nCảnh sát phát hiện xe bán tải chở hơn 550 kg ngà voi tại Bắc Giang.\n"),
        ],
    );
    assert_none_of(&close, "numeric_conflict");
    let far = compare(
        "2016-05-24",
        &[
            ("A", "Động đất ở Ecuador\nTrận động đất mạnh 7,8 độ làm hơn 60 người thiệt mạng tại Ecuador.\n"),
            ("B", "Ecuador tan hoang sau động đất\nTrận động đất mạnh 7,8 độ làm hơn 100 người thiệt mạng tại Ecuador.\n"),
        ],
    );
    assert!(
        far.iter().any(|r| r["kind"] == "numeric_conflict"),
        "{far:?}"
    );
}

#[test]
fn a_name_and_its_english_plural_are_one_name() {
    let rows = compare(
        "2016-05-19",
        &[
            ("A", "Airliner lost over the sea\nThe airline said the passengers included 30 Egyptians and two Iraqis, and the Egyptian navy joined the search.\n"),
            ("B", "Search for missing airliner\nThe airline said 30 Egyptian citizens and two Iraqi citizens were on board, and the Egyptians joined the search.\n"),
        ],
    );
    assert_none_of(&rows, "name_variant");
}

#[test]
fn an_english_crash_told_two_ways() {
    // Two wire reports written for this test: tolls said with verbs ("killing", "died"), an
    // age between commas and a "-year-old", an approximate time. (17 against 15 injured is
    // paired but scores under 0.40: the English wording around it shares few words.)
    let rows = compare(
        "2016-05-20",
        &[
            ("Reuters", "Bus crash in Peru kills at least 24\nA bus plunged off a mountain road in southern Peru on Thursday, killing at least 24 people and injuring 17 others, police said.\nThe bus, carrying 45 passengers, left Arequipa at about 10 p.m. and crashed around 2:30 a.m. near the town of Chala, police said.\nThe driver, 38, was among the dead.\n"),
            ("AP", "Peru bus accident leaves 26 dead\nAt least 26 people died and 15 were injured when a bus fell into a ravine in southern Peru early Thursday, authorities said.\nThe vehicle, which was carrying 45 passengers, had departed Arequipa at around 10:30 p.m. on Wednesday. It crashed at about 2:30 a.m. near Chala, according to police.\nThe 41-year-old driver died at the scene.\n"),
        ],
    );
    let has = |kind: &str, slot: &str, x: &str, y: &str| {
        rows.iter().any(|r| {
            r["kind"] == kind
                && r["slot"] == slot
                && ((r["value_a"] == x && r["value_b"] == y)
                    || (r["value_a"] == y && r["value_b"] == x))
        })
    };
    assert!(has("numeric_conflict", "age", "38", "41"), "{rows:?}");
    assert!(has("time_conflict", "time", "22:00", "22:30"), "{rows:?}");
    // Both give the toll as a lower bound ("at least 24", "At least 26 people died"): bound is
    // set against bound, and two counts under one bound disagree (as in the Sumatra story
    // below), though the headline's exact 26 alone would fit "at least 24". 45 passengers and
    // 2:30 a.m. agree; no names differ.
    assert!(has("numeric_conflict", "deaths", "24", "26"), "{rows:?}");
    assert!(rows.iter().all(|r| r["slot"] != "passengers"), "{rows:?}");
    assert_none_of(&rows, "name_variant");
}

#[test]
fn the_ends_of_two_age_ranges_are_compared_end_with_end() {
    // 12 is the top of one range and the bottom of the other: not one fact that agrees.
    let rows = compare(
        "2016-05-24",
        &[
            ("A", "Cháy ký túc xá\nĐêm 22/5, 17 nữ sinh thiệt mạng trong vụ cháy ký túc xá, các em ở độ tuổi từ 10 đến 12.\n"),
            ("B", "Cháy ký túc xá ở Thái Lan\nĐêm 22/5, 17 nữ sinh thiệt mạng trong vụ cháy ký túc xá, các em ở độ tuổi từ 12 đến 14.\n"),
        ],
    );
    let mut ends: Vec<(String, String)> = rows
        .iter()
        .map(|r| (r["slot"].clone(), r["note"].clone()))
        .collect();
    ends.sort();
    assert_eq!(
        ends,
        [
            ("age/max".to_string(), "12: A; 14: B".to_string()),
            ("age/min".to_string(), "10: A; 12: B".to_string()),
        ],
        "{rows:?}"
    );
}

#[test]
fn english_injury_tolls_worded_differently_are_one_count() {
    // Rewritten wire copy shares few words: the toll itself says it is the same count.
    let rows = compare(
        "2016-04-18",
        &[
            ("A", "Quake toll climbs\nThe vice president said 31 people had died and more than 150 people were injured in Saturday's quake.\n"),
            ("B", "Rescuers search the rubble\nThe government says Saturday's quake killed 31, with more than 250 injured, as aftershocks shook the coast.\n"),
        ],
    );
    assert_eq!(kinds(&rows), ["numeric_conflict"], "{rows:?}");
    assert_eq!(rows[0]["slot"], "injured");
    assert_eq!(rows[0]["note"], "150: A; 250: B");
    // "39 more are injured": the count after "more" is of people, as after "others".
    let rows = compare(
        "2021-03-11",
        &[
            ("A", "Bus plunges into ravine\nAt least 27 people have died and 39 more are injured after the bus plunged into a ravine on Wednesday.\n"),
            ("B", "Bus crash kills 27\nThe bus plunged into a ravine on Wednesday, killing 27 people and injuring 41 others.\n"),
        ],
    );
    assert!(
        rows.iter()
            .any(|r| r["slot"] == "injured" && r["note"] == "39: A; 41: B"),
        "{rows:?}"
    );
}

#[test]
fn times_in_named_zones_are_compared_in_utc_and_never_with_local_times() {
    // 23:09 GMT and 23:09 CEST are two hours apart; "03:00 local time" at the destination and
    // "02:45 CEST" are two zones, not one moment written twice.
    let rows = compare(
        "2016-05-19",
        &[
            ("A", "Airliner lost over the sea\nThe flight left Paris at 23:09 GMT and was due to land shortly after 03:00 local time on Thursday.\n"),
            ("B", "Search for missing airliner\nThe flight, which left Paris at 23:09 CEST, lost contact with radar at 02:45 CEST.\n"),
        ],
    );
    assert_eq!(kinds(&rows), ["time_conflict"], "{rows:?}");
    assert_eq!(rows[0]["slot"], "time/UTC");
    assert_eq!(rows[0]["note"], "21:09: B; 23:09: A");
}

#[test]
fn a_time_told_in_another_places_time_is_compared_only_with_that_places_times() {
    // "7.58am Sunday, Singapore time" is the quake's 23:58 GMT seen from Singapore, not a
    // local time against the other outlet's 18:58.
    let rows = compare(
        "2016-04-17",
        &[
            ("A", "Ecuador quake kills 77\nThe quake struck with a depth of 10km at 7.58am Sunday, Singapore time, about 173 km from Quito.\n"),
            ("B", "Quake hits Ecuador\nThe quake occurred at 18:58 local time at a depth of 10 km, about 173 km from Quito.\n"),
        ],
    );
    assert_none_of(&rows, "time_conflict");
    // A place the story is about tells its local time: "Cairo time" for a flight to Cairo.
    let rows = compare(
        "2016-05-19",
        &[
            ("A", "Flight from Paris to Cairo lost\nThe plane disappeared from radar at 2:30 am Cairo time.\n"),
            ("B", "EgyptAir plane missing\nThe plane disappeared from radar at 2:45 am local time.\n"),
        ],
    );
    assert_eq!(kinds(&rows), ["time_conflict"], "{rows:?}");
    assert_eq!(rows[0]["slot"], "time");
}

#[test]
fn an_age_told_of_an_earlier_year_is_not_the_age_now() {
    // "khi ấy … 24 tuổi" in 2014 is the age then: the other outlet's 24 is set against the age
    // now, 26, not agreed with the old one. Pairing is what is tested (every score is shown).
    let rows = compare_with(
        "2016-05-24",
        &[
            ("A", "Nữ tài xế trong đoàn xe hộ tống\nNữ tài xế của đoàn xe hộ tống năm nay mới 26 tuổi. Cô bắt đầu lái xe cho đoàn vào năm 2014, khi ấy cô là một sinh viên 24 tuổi ở California.\n"),
            ("B", "Nữ tài xế của đoàn xe hộ tống\nNữ tài xế của đoàn xe hộ tống là một sinh viên 24 tuổi ở California.\n"),
        ],
        &["--min-score", "0"],
    );
    assert_eq!(kinds(&rows), ["numeric_conflict"], "{rows:?}");
    assert_eq!(rows[0]["slot"], "age");
    assert_eq!(rows[0]["note"], "24: B; 26: A");
}

#[test]
fn a_figure_one_zero_off_is_a_conflict_whatever_its_qualifiers() {
    // "gần 700" against "khoảng 70": the ends the qualifiers widen are not a factor of ten
    // apart, the written figures are.
    let rows = compare_with(
        "2016-05-21",
        &[
            ("A", "Lễ nhậm chức ở Đài Bắc\nSáng 20/5, gần 700 quan chức nước ngoài đã đến dự lễ nhậm chức tại Đài Bắc.\n"),
            ("B", "Đài Bắc tổ chức lễ nhậm chức\nSáng 20/5, khoảng 70 quan chức nước ngoài đã đến dự lễ nhậm chức ở Đài Bắc.\n"),
        ],
        &["--min-score", "0"],
    );
    assert_eq!(kinds(&rows), ["numeric_conflict"], "{rows:?}");
    let sides = [rows[0]["value_a"].as_str(), rows[0]["value_b"].as_str()];
    assert!(sides.contains(&"700") && sides.contains(&"70"), "{rows:?}");
}

#[test]
fn victims_are_not_set_against_incidents() {
    // Two kinds the lexicon tells apart: three victims in hospital, two lightning strikes.
    // Not even paired (every pair is shown at --min-score 0).
    let rows = compare_with(
        "2016-05-29",
        &[
            ("A", "Sét đánh ở Huế\nChiều 28/5, bệnh viện đang cấp cứu ba nạn nhân bị sét đánh ở Huế.\n"),
            ("B", "Sét đánh ở Huế\nChiều 28/5, ở Huế xảy ra hai vụ sét đánh làm nhiều người bị thương.\n"),
        ],
        &["--min-score", "0"],
    );
    assert!(rows.is_empty(), "{rows:?}");
}

#[test]
fn everyone_on_board_is_not_the_passengers_and_tonnage_hyphened_is_compared() {
    // "189 passengers and crew" counts everyone aboard; "173 passengers" a part of them. A
    // "36-ton" boat against a "33-tonne" one is one figure told two ways.
    let rows = compare_with(
        "2015-07-02",
        &[
            ("A", "Ferry capsizes off Ormoc\nA 36-ton ferry carrying 189 passengers and crew capsized on Thursday off Ormoc, the coast guard said.\n"),
            ("B", "Ferry sinks near Ormoc port\nThe 33-tonne ferry with 173 passengers and 16 crew capsized on Thursday off Ormoc, the coast guard said.\n"),
        ],
        &["--min-score", "0"],
    );
    assert!(rows.iter().all(|r| r["slot"] != "passengers"), "{rows:?}");
    assert!(rows.iter().any(|r| r["slot"] == "tonnes"), "{rows:?}");
}

#[test]
fn two_tolls_given_as_at_least_disagree_and_an_older_crash_is_no_toll() {
    // "at least 24" and "at least 26" are two counts, not two roundings of one; "hơn 500" and
    // "hơn 550" are roundings (tested elsewhere). The September crash is background.
    let rows = compare(
        "2019-12-24",
        &[
            ("A", "Bus plunges into ravine in Sumatra\nAt least 24 people died when a bus plunged into a ravine in South Sumatra on Monday night, police said.\nIn September, at least 21 people died when a bus plunged into a ravine in West Java.\n"),
            ("B", "Sumatra bus crash kills 26\nAt least 26 people died after a bus plunged into a ravine in South Sumatra late on Monday, police said.\n"),
        ],
    );
    assert_eq!(kinds(&rows), ["numeric_conflict"], "{rows:?}");
    assert_eq!(rows[0]["note"], "24: A; 26: B", "{rows:?}");
}

#[test]
fn a_speakers_yesterday_may_be_the_day_before_the_report() {
    // Said at a press conference and printed the next morning: "hôm qua" in the quote counts
    // from the day the player spoke, so 26/5 in another report agrees with it.
    let rows = compare(
        "2016-05-28",
        &[
            ("A", "Nadal rút lui khỏi Roland Garros\n“Hôm qua, tôi đã phải tiêm thuốc giảm đau để thi đấu với Facundo Bagnis”, Nadal nói trong buổi họp báo.\n"),
            ("B", "Nadal bỏ giải vì chấn thương cổ tay\nNadal cho biết ngày 26/5 anh đã phải tiêm thuốc giảm đau để thi đấu với Facundo Bagnis.\n"),
        ],
    );
    assert!(rows.is_empty(), "{rows:?}");
}

#[test]
fn the_toll_of_an_earlier_disaster_is_not_the_storys_toll() {
    // One article recalls a crash of 2013; the other gives today's toll. Not even paired.
    let rows = compare_with(
        "2016-05-20",
        &[
            ("A", "Những vụ tai nạn máy bay\nMáy bay của EgyptAir rơi xuống biển sáng 19/5.\nNăm 2013, vụ tai nạn máy bay của Asiana tại San Francisco khiến 3 hành khách thiệt mạng.\n"),
            ("B", "Máy bay Ai Cập rơi\nSáng 19/5, vụ tai nạn máy bay của EgyptAir khiến 66 hành khách và phi hành đoàn thiệt mạng.\n"),
        ],
        &["--min-score", "0"],
    );
    assert!(rows.iter().all(|r| r["slot"] != "deaths"), "{rows:?}");
}

#[test]
fn a_flights_departure_and_arrival_are_two_times_and_glued_am_pm_is_read() {
    // One report gives the departure in local time and GMT and, in another clause, the
    // arrival; the others give the arrival. The departure in GMT must not be set against the
    // arrival in GMT; the two arrival times are one conflict ("2:55am" written the wire's way).
    let rows = compare_with(
        "2016-05-19",
        &[
            ("A", "Flight MS804 lost\nFlight MS804 left Paris' Charles de Gaulle airport at 23:09 local time (21:09 GMT) on Wednesday and was scheduled to arrive in Cairo shortly after 03:00 local time.\n"),
            ("B", "EgyptAir jet missing\nThe plane was scheduled to arrive at 3:05am (0105 GMT).\n"),
            ("C", "Airliner vanishes\nIt was expected to arrive in Cairo at 2:55am, according to Flight Aware.\n"),
        ],
        &["--min-score", "0"],
    );
    let times: Vec<(&str, &str)> = rows
        .iter()
        .filter(|r| r["kind"] == "time_conflict")
        .map(|r| (r["value_a"].as_str(), r["value_b"].as_str()))
        .collect();
    assert!(
        times.iter().all(|(a, b)| *a != "21:09" && *b != "21:09"),
        "{rows:?}"
    );
    assert!(
        times
            .iter()
            .any(|p| *p == ("03:05", "02:55") || *p == ("02:55", "03:05")),
        "{rows:?}"
    );
}

#[test]
fn a_date_in_a_clause_of_its_own_does_not_make_the_toll_background() {
    // "days after the arrest … in November" dates the arrest, not the toll of March: the two
    // tolls, two lower bounds of exact counts, disagree. A vague "dozens" in the headline
    // fits both and must not take the counterpart from the exact figure.
    let rows = compare(
        "2016-03-22",
        &[
            ("A", "Dozens killed in Brussels blasts\nAt least 34 people have been killed by several blasts in the Belgian capital, days after the arrest of a suspect in November's Paris attacks.\n"),
            ("B", "At least 26 dead as blasts rock Brussels\nA series of explosions ripped through Brussels airport and a metro station on March 22, killing at least 26 people.\n"),
        ],
    );
    let deaths: Vec<(&str, &str)> = rows
        .iter()
        .filter(|r| r["slot"] == "deaths")
        .map(|r| (r["value_a"].as_str(), r["value_b"].as_str()))
        .collect();
    assert!(
        deaths
            .iter()
            .any(|p| *p == ("34", "26") || *p == ("26", "34")),
        "{rows:?}"
    );
    // "where …" opens the place's own story: its September dates the flood, not the evacuees.
    let rows = compare(
        "2025-11-11",
        &[
            ("A", "Taiwan braces for storm\nMore than 3,300 people have been evacuated near Guangfu, where flooding in September caused a lake to overflow.\n"),
            ("B", "Storm nears Taiwan\nAuthorities have evacuated 3,100 people near Guangfu on Tuesday.\n"),
        ],
    );
    assert!(
        rows.iter()
            .any(|r| (r["value_a"] == "3300" || r["value_b"] == "3300")
                && !r["event"].starts_with("background")),
        "{rows:?}"
    );
}

#[test]
fn two_counts_of_bodies_recovered_disagree_whatever_their_gap() {
    // The bodies found are a toll of their own: a story has one count of them, so 2 and 14
    // are the same count told two ways, not two things.
    let rows = compare(
        "2014-08-04",
        &[
            ("A", "Ferry sinks in Padma\nA launch sank with more than 200 passengers on board on Monday. Two bodies have been recovered so far.\n"),
            ("B", "Launch capsizes in Padma\nA launch sank with more than 300 passengers on Monday. So far 14 bodies have been recovered.\n"),
        ],
    );
    let bodies: Vec<(&str, &str)> = rows
        .iter()
        .filter(|r| r["slot"] == "bodies")
        .map(|r| (r["value_a"].as_str(), r["value_b"].as_str()))
        .collect();
    assert!(
        bodies
            .iter()
            .any(|p| *p == ("2", "14") || *p == ("14", "2")),
        "{rows:?}"
    );
}

#[test]
fn a_toll_past_a_hundred_is_still_dozens() {
    // "Dozens die" over a story of 119 dead is ten dozen, not a smaller toll.
    let rows = compare(
        "2013-06-03",
        &[
            ("A", "Dozens die in China factory fire\nA fire at a poultry processing plant in China has killed at least 119 people, officials say.\n"),
            ("B", "Fire at locked Chinese poultry slaughterhouse kills 119\nA blaze at a locked poultry slaughterhouse in northeast China killed at least 119 people on Monday.\n"),
        ],
    );
    assert!(rows.iter().all(|r| r["slot"] != "deaths"), "{rows:?}");
}

#[test]
fn two_shootout_scores_one_goal_apart_disagree_and_a_reversed_score_agrees() {
    // Paired and reported whatever their score (a pair of scores is seldom sure); the loser's
    // "3-5" is the winner's "5-3".
    let rows = compare_with(
        "2016-05-29",
        &[
            ("A", "Real Madrid win 11th title\nReal Madrid win 5-3 on penalties after the final ended 1-1.\n"),
            ("B", "Los Blancos win on penalties\nReal Madrid 1-1 Atletico Madrid (Real win 5-4 on penalties).\n"),
            ("C", "Atletico lose again\nAtletico lost 3-5 on penalties after a 1-1 draw.\n"),
        ],
        &["--min-score", "0"],
    );
    let scores: Vec<(&str, &str)> = rows
        .iter()
        .filter(|r| r["slot"] == "score/shootout")
        .map(|r| (r["value_a"].as_str(), r["value_b"].as_str()))
        .collect();
    assert_eq!(scores.len(), 1, "{rows:?}");
    assert!(
        matches!(scores[0], ("5-3", "5-4") | ("5-4", "5-3")),
        "{rows:?}"
    );
}

#[test]
fn a_time_said_shortly_after_the_hour_fits_the_minutes_after_it() {
    // "shortly after 9 p.m." covers 21:00–21:30: "about 9:20 p.m." fits it, 10:40 p.m. does not.
    let story = |time_b: &str| {
        compare(
            "2015-05-13",
            &[
                ("A", "Train derails in the city\nThe train left the main station and derailed shortly after 9 p.m. on Tuesday near the river, killing six people, officials said.\n"),
                ("B", &format!("Six dead as train leaves the tracks\nThe train left the main station and derailed at {time_b} on Tuesday near the river, killing six people, officials said.\n")),
            ],
        )
    };
    assert_none_of(&story("about 9:20 p.m."), "time_conflict");
    let rows = story("10:40 p.m.");
    assert!(
        rows.iter()
            .any(|r| r["kind"] == "time_conflict" && r["value_a"] != r["value_b"]),
        "{rows:?}"
    );
}

#[test]
fn a_depth_in_feet_is_set_against_one_in_metres_with_the_rounding_of_a_conversion() {
    // 65 feet is 19.8 m: "20 metres" rounds it. 80 feet is 24.4 m: another depth, shown in the
    // row's unit beside the mention as written.
    let story = |feet: &str| {
        compare(
            "2021-03-11",
            &[
                ("A", "Bus falls into ravine\nThe bus plunged into a 20-meter deep ravine on Wednesday after its brakes failed, killing 27 people.\n"),
                ("B", &format!("Bus plunges into ravine\nThe bus plunged into the {feet}-foot-deep ravine on Wednesday after its brakes failed, killing 27 people.\n")),
            ],
        )
    };
    assert_none_of(&story("65"), "numeric_conflict");
    let rows = story("80");
    let depth: Vec<(&str, &str)> = rows
        .iter()
        .filter(|r| r["kind"] == "numeric_conflict")
        .map(|r| (r["value_a"].as_str(), r["value_b"].as_str()))
        .collect();
    assert!(
        depth
            .iter()
            .any(|p| *p == ("20", "24.38") || *p == ("80", "65.62")),
        "{rows:?}"
    );
}

#[test]
fn a_bound_with_a_zero_too_many_is_set_against_the_figure() {
    // "hơn 50%" where the other writes 5,48%: the bound's digits open the figure's, ten
    // times over, a slip more likely a real conflict than two figures far apart (0.67; it
    // scored 0.44 as "far"). Two figures of other things are no such slip ("2 tầng", "17
    // học sinh").
    let rows = compare_with(
        "2016-05-20",
        &[
            ("A", "VietinBank thoái hơn 50% vốn tại SaigonBank\nNgân hàng cho biết việc bán cổ phần sẽ hoàn tất trong năm nay.\n"),
            ("B", "Vietinbank thoái 5,48% vốn SaigonBank để tuân thủ Thông tư 36\nĐại hội cổ đông đã thông qua kế hoạch này từ tháng trước.\n"),
        ],
        &["--min-score", "0.5"],
    );
    let pairs: Vec<(&str, &str)> = rows
        .iter()
        .filter(|r| r["kind"] == "numeric_conflict")
        .map(|r| (r["value_a"].as_str(), r["value_b"].as_str()))
        .collect();
    assert!(
        pairs.contains(&("50", "5.48")) || pairs.contains(&("5.48", "50")),
        "{rows:?}"
    );
    let rows = compare_with(
        "2016-05-23",
        &[
            ("A", "Cháy ký túc xá ở Thái Lan\nNgọn lửa đã nhấn chìm khu ký túc xá nữ 2 tầng của một trường học.\n"),
            ("B", "Cháy ký túc xá ở Thái Lan\nÍt nhất 17 học sinh nữ đã thiệt mạng khi đám cháy thiêu rụi khu ký túc xá.\n"),
        ],
        &["--min-score", "0"],
    );
    assert_none_of(&rows, "numeric_conflict");
}

#[test]
fn two_names_with_two_roles_are_two_people() {
    // The goalkeeper and a forward, one letter apart: no variant. The same role keeps the
    // slip a variant.
    let story = |b: &'static str| {
        [
            ("A", "Than Quảng Ninh thua trên sân nhà\nPhút 28, thủ môn Nguyễn Hữu Trung nhận thẻ vàng sau pha va chạm.\n"),
            ("B", b),
        ]
    };
    let rows = compare_with(
        "2016-05-22",
        &story("Than Quảng Ninh thua trên sân nhà\nPhút 28, tiền đạo Nguyễn Hữu Chung nhận thẻ vàng sau pha va chạm.\n"),
        &["--min-score", "0"],
    );
    assert_none_of(&rows, "name_variant");
    let rows = compare_with(
        "2016-05-22",
        &story("Than Quảng Ninh thua trên sân nhà\nPhút 28, thủ môn Nguyễn Hữu Chung nhận thẻ vàng sau pha va chạm.\n"),
        &["--min-score", "0"],
    );
    assert!(rows.iter().any(|r| r["kind"] == "name_variant"), "{rows:?}");
}

#[test]
fn survivors_counted_as_survived_or_rescued_are_one_count() {
    // "134 survived" and "127 people survived" are one count told two ways; the survivors
    // taken to hospital are a part of it, not a rival for it.
    let rows = compare(
        "2015-07-03",
        &[
            ("A", "Ferry capsizes near port\nAt least 38 people were killed, 134 survived and 15 remain missing after the ferry capsized on Thursday, the Red Cross said.\n"),
            ("B", "Ferry disaster toll rises\nA coast guard spokesman said 127 people survived after the ferry capsized on Thursday. At least 53 survivors were brought to the hospital.\n"),
        ],
    );
    let survivors: Vec<&Row> = rows.iter().filter(|r| r["slot"] == "survivors").collect();
    assert_eq!(survivors.len(), 1, "{rows:?}");
    assert_eq!(survivors[0]["note"], "127: B; 134: A", "{rows:?}");
}

#[test]
fn two_depths_hyphened_to_their_unit_disagree() {
    // "over 500-metre-deep" and "over 300-metre-deep": two depths of one gorge.
    let rows = compare(
        "2019-06-20",
        &[
            ("A", "Bus falls into gorge\nThe bus fell into the over 500-metre-deep gorge near the town on Thursday, police said.\n"),
            ("B", "Bus plunges into gorge\nThe bus fell into the over 300-metre-deep gorge on Thursday, police said. The accident happened about two kilometres from the town.\n"),
        ],
    );
    let depth: Vec<&Row> = rows.iter().filter(|r| r["slot"] == "m/depth").collect();
    assert_eq!(depth.len(), 1, "{rows:?}");
    assert_eq!(depth[0]["note"], "300: B; 500: A", "{rows:?}");
}

#[test]
fn a_length_of_time_given_as_a_range_fits_a_figure_inside_it() {
    // "3 – 5 năm" is a range: "ba năm" is inside it, "7 năm" is not.
    let inside = compare(
        "2016-05-28",
        &[
            ("A", "Lương kỹ sư phần mềm\nKỹ sư có từ 3 – 5 năm kinh nghiệm được trả 8 – 10 triệu đồng mỗi tháng, giám đốc công ty cho biết.\n"),
            ("B", "Kỹ sư phần mềm được trả bao nhiêu\nKỹ sư có ba năm kinh nghiệm được trả 8 – 10 triệu đồng mỗi tháng, giám đốc công ty cho biết.\n"),
        ],
    );
    assert!(inside.iter().all(|r| r["slot"] != "duration"), "{inside:?}");
    let outside = compare(
        "2016-05-28",
        &[
            ("A", "Lương kỹ sư phần mềm\nKỹ sư có từ 3 – 5 năm kinh nghiệm được trả 8 – 10 triệu đồng mỗi tháng, giám đốc công ty cho biết.\n"),
            ("B", "Kỹ sư phần mềm được trả bao nhiêu\nKỹ sư có 7 năm kinh nghiệm được trả 8 – 10 triệu đồng mỗi tháng, giám đốc công ty cho biết.\n"),
        ],
    );
    assert!(
        outside.iter().any(|r| r["slot"] == "duration"),
        "{outside:?}"
    );
}

#[test]
fn an_earlier_toll_is_not_set_against_another_outlets_toll() {
    // B gives the toll of now (145) and, "earlier", the count police had given before (68);
    // C has 145 and 123. The 68 is no claim of B's about the toll now.
    let story = |later: &str| {
        compare(
            "2008-08-03",
            &[
                (
                    "B",
                    "Stampede at a temple\nPolice said 145 people were killed in the crush on Sunday. Earlier police had put the death toll at 68, but more victims were found later.\n",
                ),
                ("C", later),
            ],
        )
    };
    let rows = story("Temple stampede\nAt least 145 people were killed in the crush on Sunday, and police counted 123 dead at the hospital.\n");
    assert!(
        rows.iter()
            .all(|r| r["value_a"] != "68" && r["value_b"] != "68"),
        "{rows:?}"
    );
    // Said in the middle of a sentence too, and "earlier" right before a verb of telling: the
    // count as it was told then, set against no outlet's count at any score.
    for (published, b, c, earlier) in [
        (
            "2024-03-10",
            "Floods in Sumatra\nRescuers searched the villages on Sunday. A local official earlier put the death toll at 19.\n",
            "Sumatra floods\nAt least 21 people were killed in the floods in West Sumatra, officials said on Sunday.\n",
            "19",
        ),
        (
            "2013-12-16",
            "Bus falls off highway\nA bus fell onto a van on Monday. Police earlier reported 21 died.\n",
            "Bus crash\nA bus fell off the highway on Monday, killing 17 people.\n",
            "21",
        ),
        (
            "2019-06-01",
            "Shooting in Virginia\nPolice revised the toll on Friday night, after earlier reporting 11 dead.\n",
            "Virginia shooting\nA gunman killed 12 people in Virginia Beach on Friday.\n",
            "11",
        ),
        (
            "2024-07-03",
            "Stampede in Hathras\nRelatives searched the hospitals on Tuesday night. Earlier, the toll stood at 116.\n",
            "Hathras stampede\nA stampede at a religious gathering killed 121 people on Tuesday.\n",
            "116",
        ),
        // Told, then taken back in the same sentence.
        (
            "2014-04-16",
            "Ferry sinks\nThe ministry said 368 people had been rescued from the ferry on Wednesday, but later said the figures had been miscalculated.\n",
            "Ferry sinking\nThe ministry said 350 people had been rescued from the ferry on Wednesday.\n",
            "368",
        ),
    ] {
        let rows = compare_with(published, &[("B", b), ("C", c)], &["--min-score", "0"]);
        assert!(
            rows.iter()
                .all(|r| r["value_a"] != earlier && r["value_b"] != earlier),
            "{rows:?}"
        );
    }
    // Without "Earlier … had" the 68 is B's count, and it disagrees.
    let rows = compare(
        "2008-08-03",
        &[
            (
                "B",
                "Stampede at a temple\nPolice said 68 people were killed in the crush on Sunday.\n",
            ),
            (
                "C",
                "Temple stampede\nAt least 145 people were killed in the crush on Sunday.\n",
            ),
        ],
    );
    assert_eq!(kinds(&rows), ["numeric_conflict"], "{rows:?}");
    // A count the toll was revised to is the count now, not an earlier one: it meets the
    // other outlet's.
    let rows = compare(
        "2019-04-27",
        &[
            (
                "B",
                "Sri Lanka bombings\nA series of bombings on Easter Sunday killed at least 253 people (death toll revised down from 359 by authorities).\n",
            ),
            (
                "C",
                "Sri Lanka attacks\nA wave of bombings on Easter Sunday killed 207 people.\n",
            ),
        ],
    );
    let pairs: Vec<_> = rows.iter().map(values).collect();
    assert_eq!(pairs, [["207", "253"]], "{rows:?}");
}

#[test]
fn parts_listed_together_agree_with_their_sum_and_not_with_one_part() {
    // Written for this test: one outlet counts everyone on board, the others list passengers
    // and crew, or the dead and the injured; C gives one injured fewer.
    let rows = compare(
        "2016-05-20",
        &[
            ("A", "Máy bay rơi\nMáy bay rơi sáng 19/5, mang theo 66 người. Vụ tai nạn khiến 7 người thương vong.\n"),
            ("B", "Máy bay gặp nạn\nMáy bay gặp nạn sáng 19/5 mang theo 56 hành khách và 10 thành viên phi hành đoàn. Vụ tai nạn làm 1 người chết và 6 người bị thương.\n"),
            ("C", "Tai nạn máy bay\nSáng 19/5, máy bay mang theo 56 hành khách và 10 thành viên phi hành đoàn rơi, làm 1 người chết và 5 người bị thương.\n"),
        ],
    );
    // 56 + 10 is the 66 on board, 1 + 6 the 7 casualties: no row of either; 6 against 5
    // injured stays, set injured against injured.
    assert!(
        rows.iter()
            .all(|r| r["value_a"] != "66" && r["value_b"] != "66"),
        "{rows:?}"
    );
    assert!(rows.iter().all(|r| r["slot"] != "casualties"), "{rows:?}");
    assert!(
        rows.iter().any(|r| r["slot"] == "injured"
            && [&r["value_a"], &r["value_b"]].contains(&&"5".to_string())
            && [&r["value_a"], &r["value_b"]].contains(&&"6".to_string())),
        "{rows:?}"
    );
}

#[test]
fn an_open_bound_fits_its_own_order_of_magnitude_not_ten_times_more() {
    // Written for this test: B rounds the bridge down ("hơn 88,6 m"); A and C also give the
    // road's length in metres, which B leaves out. A's 84,6 m bridge is not 88,6 m, and B's
    // open bound is no agreement with the 13.400 m road.
    let rows = compare(
        "2016-08-10",
        &[
            ("A", "Sập cầu ở Cà Mau\nRạng sáng 5/8, cầu Ô Rô có chiều dài 84,6 m bị sập, trên tuyến đường có chiều dài 13.400 m.\n"),
            ("B", "Cầu Ô Rô bị sập\nRạng sáng 5/8, cầu Ô Rô có chiều dài hơn 88,6 m bị sập.\n"),
            ("C", "Cầu sập ở Đất Mũi\nCầu Ô Rô có chiều dài 84,6 m đã sập rạng sáng 5/8, trên tuyến đường có chiều dài 13.400 m.\n"),
        ],
    );
    assert!(
        rows.iter().any(|r| values(r) == ["84.6", "88.6"]),
        "{rows:?}"
    );
    assert!(
        rows.iter()
            .all(|r| !values(r).contains(&"13400".to_string())),
        "{rows:?}"
    );
}

#[test]
fn a_coarse_approximate_figure_is_the_rounding_of_a_finer_one() {
    // Written for this test: "khoảng 300 km" is 280 km rounded to one digit; "khoảng 300
    // người" is not 250 people, a sixth further.
    let rows = compare(
        "2016-05-20",
        &[
            ("A", "Nổ ở căn cứ Mỹ\nSáng 19/5, một vụ nổ xảy ra tại căn cứ Carroll, cách Seoul 280 km về phía đông nam. Có 250 người được sơ tán.\n"),
            ("B", "Nổ tại căn cứ Carroll\nSáng 19/5, vụ nổ xảy ra ở căn cứ Carroll, cách Seoul khoảng 300 km về phía đông nam. Khoảng 300 người được sơ tán.\n"),
        ],
    );
    assert!(
        rows.iter().all(|r| !values(r).contains(&"280".to_string())),
        "{rows:?}"
    );
    assert!(rows.iter().any(|r| values(r) == ["250", "300"]), "{rows:?}");
}

#[test]
fn a_vague_amount_holds_an_approximate_figure_within_its_range() {
    // Written for this test: "hundreds of miles" (161 to 1,600 km) holds "approximately 600
    // kilometers"; the tolls of the two outlets still disagree.
    let rows = compare_dated(&[
        ("A", "2023-11-04", "Quake kills 128 in the hills\nThe earthquake killed 128 people in the hill district. Tremors were felt as far as the capital, approximately 600 kilometers away.\n"),
        ("B", "2023-11-04", "Quake kills 157 in the hills\nThe earthquake killed 157 people in the hill district. Tremors were felt as far as the capital, hundreds of miles away.\n"),
    ]);
    assert!(
        rows.iter().all(|r| !values(r).contains(&"600".to_string())),
        "{rows:?}"
    );
    assert!(rows.iter().any(|r| values(r) == ["128", "157"]), "{rows:?}");
}

#[test]
fn a_part_counted_out_of_a_whole_is_no_count_of_the_whole() {
    // "30 other passengers" after a death toll are set apart from the dead, not a part of the
    // injured: against another outlet's injured they disagree. "Six of the 22 carriages" and
    // "11 of the injured" are parts, never set against the wholes.
    let rows = compare(
        "2023-10-12",
        &[
            ("A", "Express train derails\nThe express train derailed late on Wednesday near the junction, killing one person and injuring 30 other passengers, the district official said.\nSix of the 22 carriages left the rails and 11 of the injured were taken to hospital.\n"),
            ("B", "Train derails near junction\nThe express train derailed late on Wednesday near the junction, killing one person and injuring 45 passengers, the district official said.\nAll 22 carriages were damaged.\n"),
        ],
    );
    assert!(
        rows.iter()
            .any(|r| r["slot"] == "injured" && r["note"] == "30: A; 45: B"),
        "{rows:?}"
    );
    assert!(
        rows.iter().all(
            |r| !values(r).contains(&"6".to_string()) && !values(r).contains(&"11".to_string())
        ),
        "{rows:?}"
    );
    // "9 trên 14 em": out of 14, not more than 14; the 9 is a part.
    let rows = compare(
        "2016-05-20",
        &[
            ("A", "Ngộ độc sau bữa trưa\nSau bữa trưa, 9 trên 14 em học sinh phải nhập viện, cơ quan chức năng cho biết.\n"),
            ("B", "Học sinh ngộ độc\nSau bữa trưa, 16 em học sinh có biểu hiện ngộ độc, cơ quan chức năng cho biết.\n"),
        ],
    );
    assert!(rows.iter().any(|r| values(r) == ["14", "16"]), "{rows:?}");
    assert!(
        rows.iter().all(|r| !values(r).contains(&"9".to_string())),
        "{rows:?}"
    );
}

#[test]
fn a_vague_figure_and_the_precise_one_it_holds_are_one_side_of_one_row() {
    // "hơn 5%" in one headline and "5,48%" in another outlet's body state one share; against a
    // third outlet's "hơn 50%" they make one disagreement, not two rows.
    let articles = [
        ("A", "VietinBank thoái hơn 5% vốn tại SaigonBank\nVietinBank cho biết sẽ thoái hơn 5% vốn tại SaigonBank trong quý II.\n"),
        ("B", "VietinBank thoái vốn tại SaigonBank\nVietinBank cho biết sẽ thoái 5,48% vốn tại SaigonBank trong quý II.\n"),
        ("C", "VietinBank thoái hơn 50% vốn tại SaigonBank\nVietinBank cho biết sẽ thoái hơn 50% vốn tại SaigonBank trong quý II.\n"),
    ];
    let rows = compare("2016-05-20", &articles);
    let shares: Vec<&Row> = rows.iter().filter(|r| r["slot"] == "percent").collect();
    assert_eq!(shares.len(), 1, "{rows:?}");
    assert_eq!(values(shares[0]), ["5.48", "50"], "{rows:?}");
    assert!(shares[0]["note"].contains("5: A"), "{rows:?}");
}

#[test]
fn an_outlet_stands_only_on_the_side_it_states_in_the_row_unit_and_slot() {
    // B's "500-feet" drop (one thing with D's 150-metre gorge) is no "500-metre" gorge, and its
    // "more than 30 injured" is no count of the dead: B stands on the 300 m side only, and on
    // no side of a death toll row but its own.
    let rows = compare(
        "2019-06-20",
        &[
            ("A", "Bus falls into gorge\nAt least 25 people were killed and 35 injured on Thursday when a private bus fell into the over 300-metre-deep gorge near the town, police said.\n"),
            ("B", "Bus falls into gorge\nAt least 18 people were killed and more than 30 injured on Thursday when a private bus plunged 500-feet down the hill into the over 300-metre-deep gorge near the town, police said.\n"),
            ("C", "Bus falls into gorge\nAt least 32 people were killed and 28 injured on Thursday when a private bus fell into the over 500-metre-deep gorge near the town, police said.\n"),
            ("D", "Bus falls into gorge\nAt least 20 people were killed and 25 injured on Thursday when a private bus fell into a 150-metre deep gorge near the town, police said.\n"),
        ],
    );
    let depth: Vec<&Row> = rows.iter().filter(|r| r["slot"] == "m/depth").collect();
    assert!(
        depth.iter().any(|r| r["note"] == "300: A, B; 500: C"),
        "{rows:?}"
    );
    assert!(
        depth.iter().all(|r| !r["note"].contains("500: B")),
        "{rows:?}"
    );
    let deaths: Vec<&Row> = rows.iter().filter(|r| r["slot"] == "deaths").collect();
    assert!(
        deaths.iter().any(|r| r["note"] == "25: A; 32: C"),
        "{rows:?}"
    );
    assert!(
        deaths.iter().all(|r| !r["note"].contains("30:")),
        "{rows:?}"
    );
}

#[test]
fn a_place_on_a_route_spelled_two_ways_is_no_name_variant() {
    // "from Kullu to Gadaghusheni", "on its way to Gada Gushaini", "the Gadagushani area":
    // the kind reports one person named two ways, not a village's spellings.
    let rows = compare(
        "2019-06-20",
        &[
            ("A", "Bus falls into gorge\nThe bus was on its way from Kullu to Gadaghusheni when it fell into the gorge, police said.\n"),
            ("B", "Bus falls into gorge\nThe bus was on its way to Gada Gushaini when it fell into the gorge, police said.\n"),
            ("C", "Bus falls into gorge\nThe bus was going from Banjar to the Gadagushani area when it fell into the gorge, police said.\n"),
        ],
    );
    assert_none_of(&rows, "name_variant");
}

#[test]
fn an_earlier_disaster_toll_stands_on_no_side_of_the_story_toll() {
    // C's "200 people died" in 2011 is another ferry's toll (D gives it too, so the two are
    // matched and join the toll's group): on the row of this ferry's toll
    // (44 against more than 200) it stands on neither side, though its value is one of them.
    let rows = compare(
        "2018-09-21",
        &[
            ("A", "Ferry capsizes on Lake Victoria\nAt least 44 people were killed after a passenger ferry capsized on Lake Victoria on Thursday, officials said.\n"),
            ("B", "Ferry capsizes on Lake Victoria\nMore than 200 people were killed after a passenger ferry capsized on Lake Victoria on Thursday, officials said.\n"),
            ("C", "Ferry capsizes on Lake Victoria\nAt least 44 people were killed after a passenger ferry capsized on Lake Victoria on Thursday, officials said.\nIn 2011, 200 people died when the MV Spice Islander sank off the coast of Zanzibar.\n"),
            ("D", "Ferry capsizes on Lake Victoria\nMore than 200 people were killed after a passenger ferry capsized on Lake Victoria on Thursday, officials said.\nMore recently, 200 people were confirmed dead when the MV Spice Islander sank off the coast of Zanzibar in 2011.\n"),
        ],
    );
    let tolls: Vec<&Row> = rows
        .iter()
        .filter(|r| r["slot"] == "deaths" && r["severity"] == "high")
        .collect();
    assert!(
        tolls.iter().any(|r| r["note"] == "200: B, D; 44: A, C"),
        "{rows:?}"
    );
}

#[test]
fn a_tally_by_province_pairs_each_place_with_itself() {
    let rows = compare(
        "2024-09-11",
        &[
            ("A", "Bão số 3 gây thiệt hại nặng\nĐến 17h ngày 11/9, bão số 3 đã làm 200 người chết, mất tích (141 người chết, 59 người mất tích). Cụ thể, Lào Cai: 66 người (45 người chết, 21 người mất tích); Cao Bằng: 52 người (29 người chết, 23 người mất tích).\n"),
            ("B", "Thiệt hại do bão số 3\nTính đến 17h ngày 11/9, bão số 3 làm 200 người chết, mất tích (141 người chết, 59 người mất tích). Cụ thể, Lào Cai: 66 người (45 người chết, 21 người mất tích); Cao Bằng: 52 người (31 người chết, 21 người mất tích).\n"),
        ],
    );
    // Cao Bằng's two counts differ; no place is set against another, nor against the whole.
    let mut got: Vec<(String, [String; 2])> = rows
        .iter()
        .map(|r| (r["slot"].clone(), values(r)))
        .collect();
    got.sort();
    let want = [
        ("deaths/Cao Bằng", ["29", "31"]),
        ("missing/Cao Bằng", ["21", "23"]),
    ]
    .map(|(s, [a, b])| (s.to_string(), [a.to_string(), b.to_string()]));
    assert_eq!(got, want, "{rows:?}");
}

#[test]
fn two_clock_times_one_outlet_writes_both_are_two_moments() {
    let rows = compare(
        "2025-11-17",
        &[
            ("A", "Sạt lở đè xe khách trên đèo\nThông tin ban đầu, lúc 22h30 tối 16/11, xe khách chạy tuyến Đà Lạt đi Quảng Ngãi bị đất đá sạt lở đè trúng.\n"),
            ("B", "Hiện trường sạt lở trên đèo\nĐến khoảng 0h ngày 17/11, lực lượng cứu hộ mới tiếp cận được hiện trường.\n"),
            ("C", "Sạt lở trên đèo trúng ô tô khách\nVụ tai nạn xảy ra khoảng 22 giờ 30 ngày 16-11. Đến khoảng 0 giờ ngày 17-11, lực lượng chức năng mới tiếp cận được hiện trường vụ tai nạn.\n"),
        ],
    );
    // C tells both moments; A and B tell one each, and do not disagree.
    assert_none_of(&rows, "time_conflict");
}

#[test]
fn a_list_of_one_tolls_parts_sums_to_another_outlets_toll() {
    let rows = compare_story(
        &[
            ("A", "2024-09-06", "Georgia school shooting\nOn September 4, a 14-year-old boy opened fire at the high school, killing 2 teachers and 2 students and injuring 9 others.\n"),
            ("B", "2024-09-05", "Tragic Georgia school shooting\nA shooting at the high school left four people dead and nine others injured on Wednesday.\n"),
        ],
        "en",
        &[],
    );
    // Two teachers and two students are the four dead: no toll of 2 against 4.
    assert!(
        rows.iter()
            .all(|r| values(r) != ["2".to_string(), "4".to_string()]),
        "{rows:?}"
    );
}

#[test]
fn one_persons_age_a_year_on_is_older_not_a_conflict() {
    let arrest = "Nghi phạm đốt quán bị bắt\nCao Văn Hùng, 51 tuổi, bị bắt ngay trong đêm sau khi đổ xăng đốt quán cà phê làm 11 người chết.\n";
    let trial = "Xét xử kẻ đốt quán cà phê\nSáng 17/11, tòa xét xử bị cáo Cao Văn Hùng (52 tuổi) về tội Giết người; vụ cháy làm 11 người chết.\n";
    let same_week = "Nghi phạm khai nhận\nCao Văn Hùng, 53 tuổi, khai đã mua xăng đốt quán cà phê làm 11 người chết.\n";
    let rows = compare_story(
        &[
            ("A", "2024-12-19", arrest),
            ("B", "2025-11-17", trial),
            ("C", "2024-12-20", same_week),
        ],
        "vi",
        &[],
    );
    // 51 then 52 eleven months on is one age; 51 and 53 a day apart are not, nor 53 and 52.
    let mut pairs: Vec<[String; 2]> = rows.iter().map(values).collect();
    pairs.sort();
    assert_eq!(pairs, [["51", "53"], ["52", "53"]], "{rows:?}");
}

#[test]
fn an_open_bound_does_not_reach_ten_times_its_figure() {
    // Written for this test: A rounds a toll down to "more than 2,000"; B counts 20,000 dead,
    // C 2,300.
    let rows = compare_dated(&[
        ("A", "2023-09-12", "Floods kill thousands in eastern city\nMore than 2,000 people died when two dams burst above the city, officials said.\n"),
        ("B", "2023-09-12", "City counts its dead after dams burst\nThe floods killed 20,000 people when two dams burst above the city, the mayor said.\n"),
        ("C", "2023-09-12", "Dams burst above eastern city\nThe floods killed 2,300 people when two dams burst above the city, officials said.\n"),
    ]);
    let mut pairs: Vec<[String; 2]> = rows.iter().map(values).collect();
    pairs.sort();
    assert_eq!(pairs, [["2000", "20000"], ["20000", "2300"]], "{rows:?}");
}

#[test]
fn scores_of_two_days_are_two_matches() {
    // Written for this test: A previews the second leg with the first leg's result; B and C
    // report the second leg, C with another score.
    let rows = compare(
        "2025-01-06",
        &[
            ("A", "Chung kết lượt về\nTối 2/1/2025, tuyển Việt Nam đánh bại Thái Lan với tỷ số 2-1 trên sân Việt Trì.\n"),
            ("B", "Việt Nam vô địch\nTối 5/1/2025, tuyển Việt Nam thắng Thái Lan với tỷ số 3-2 trên sân Rajamangala.\n"),
            ("C", "Việt Nam lên ngôi\nTối 5/1/2025, tuyển Việt Nam thắng Thái Lan với tỷ số 3-1 trên sân Rajamangala.\n"),
        ],
    );
    let pairs: Vec<[String; 2]> = rows
        .iter()
        .filter(|r| r["kind"] == "numeric_conflict")
        .map(values)
        .collect();
    assert_eq!(pairs, [["3-1", "3-2"]], "{rows:?}");
}

#[test]
fn an_interval_a_verb_of_control_opens_is_not_the_fires_start() {
    // The fire broke out about 1:30; it was brought under control from 3h to 3h30.
    let rows = compare(
        "2018-03-23",
        &[
            (
                "Báo A",
                "Cháy chung cư Carina\n\nVụ cháy tại chung cư Carina Plaza, quận 8 xảy ra khoảng 1 \
                 giờ 30 sáng 23-3 đã làm 13 người thiệt mạng, 27 người bị thương.",
            ),
            (
                "Báo B",
                "Cháy chung cư Carina\n\nVụ cháy lớn ở chung cư Carina Plaza, quận 8 đã làm 13 người \
                 thiệt mạng. Theo lãnh đạo PCCC, hỏa hoạn xảy ra tại tầng hầm chứa xe. Thời gian \
                 khống chế đám cháy từ 3h đến 3h30 cùng ngày.",
            ),
        ],
    );
    assert_none_of(&rows, "time_conflict");
}

#[test]
fn an_age_opening_an_apposition_is_the_named_persons() {
    let rows = compare_story(
        &[
            (
                "News A",
                "2018-07-10",
                "All boys rescued from Tham Luang cave\n\nTwelve boys aged 11 to 16 and their \
                 25-year-old coach became stranded in the cave. Saman Kunan, a 38 years-old \
                 volunteer and former Thai Navy Seal, died during the rescue operations.",
            ),
            (
                "News B",
                "2018-07-11",
                "Tham Luang cave rescue\n\nA group of 12 boys aged between 11 and 16 and their \
                 25-year-old assistant coach went missing. Saman Kunan, a 37-year-old former \
                 Royal Thai Navy SEAL, died of asphyxiation during the rescue.",
            ),
        ],
        "en",
        &[],
    );
    let ages: Vec<_> = rows
        .iter()
        .filter(|r| r["slot"] == "age/Saman Kunan")
        .map(values)
        .collect();
    assert_eq!(ages, [["37", "38"]], "{rows:?}");
}

#[test]
fn when_word_came_is_not_set_against_a_time_no_verb_places() {
    // The first emergency call came at 9:47; the helicopter went down around 10 a.m.
    let rows = compare_story(
        &[
            (
                "News A",
                "2020-01-27",
                "Helicopter crash in Calabasas\n\nNine people were killed Sunday in a helicopter \
                 crash in Calabasas, California. The helicopter departed from John Wayne Airport \
                 at 9:06 a.m. The first 911 call reporting the crash was received at 9:47 a.m.",
            ),
            (
                "News B",
                "2020-01-30",
                "Nine dead in helicopter crash\n\nThe helicopter went down in a remote field in \
                 Calabasas around 10 a.m., and all nine people aboard were killed.",
            ),
        ],
        "en",
        &[],
    );
    assert_none_of(&rows, "time_conflict");
}

#[test]
fn a_vague_amount_is_no_figure_with_a_zero_slipped() {
    // "thousands" is 1,000 and up, not a 1 written with three zeros too many.
    let first = "Quake hits western province\nThe earthquake struck the province on Saturday. As the tremors began, crowds rushed out of buildings in the city, resulting in 25 injuries and one fatality, a spokesman said.\n";
    let later = "Quake aid arrives\nThe earthquake on Saturday killed thousands of people and flattened entire villages in the province, the UN said.\n";
    let rows = compare_dated(&[("A", "2023-10-07", first), ("B", "2023-10-09", later)]);
    assert_none_of(&rows, "numeric_conflict");
}

#[test]
fn the_clock_times_of_a_series_of_quakes_of_other_magnitudes_are_other_quakes() {
    let a = "Kon Tum liên tiếp động đất\nNgày 28/7, huyện Kon Plông, tỉnh Kon Tum ghi nhận 4 trận động đất liên tiếp. Trận động đất thứ 2 xảy ra vào 8 giờ 35 phút với độ lớn 3.3. Trận động đất thứ 4 xảy ra vào 11 giờ 35 phút 10 giây với độ lớn 5 độ richter.\n";
    let b = "Động đất ở Kon Tum\nTrận động đất xảy ra vào hồi 15h32 ngày 28/7 tại tỉnh Kon Tum, độ lớn 2.6. Trước đó, trận động đất mạnh nhất xảy ra lúc 11h35, độ lớn 5.0.\n";
    let rows = compare("2024-07-28", &[("A", a), ("B", b)]);
    assert_none_of(&rows, "time_conflict");
}

#[test]
fn a_clock_time_written_again_keeps_the_day_its_first_mention_gave() {
    let a = "Động đất dồn dập\nTính từ 0 giờ đến 6 giờ 33 phút sáng 29-7, huyện Kon Plông đã liên tục xảy ra 9 trận động đất. Trận gần nhất được ghi nhận lúc 6 giờ 33 phút.\n";
    let b = "Động đất ở Kon Plông\nSáng 28-7, tại huyện Kon Plông xảy ra một trận động đất. Trận động đất được ghi nhận lúc 8 giờ 35 phút.\n";
    let rows = compare("2024-07-29", &[("A", a), ("B", b)]);
    assert_none_of(&rows, "time_conflict");
}

#[test]
fn a_places_share_of_a_toll_meets_no_toll_of_all_places() {
    let a = "Quake toll rises to 72\nThe death toll from the earthquake had reached 72 people on Wednesday evening, officials said.\n";
    let b = "Two cities bear the brunt\nWajima City and Suzu City bear the brunt of the earthquake, accounting for 81 and 71 deaths, respectively.\n";
    let rows = compare_dated(&[("A", "2024-01-03", a), ("B", "2024-01-10", b)]);
    assert_none_of(&rows, "numeric_conflict");
}

#[test]
fn a_figure_one_outlet_is_under_and_another_over_is_a_conflict() {
    // "gần 3 tỷ" puts the sum under 3 billion, "hơn 3 tỷ" over it: their ranges meet at the
    // figure only. "hơn 3 tỷ" against "3 tỷ" is the same figure rounded down.
    let story = |a: &str, b: &str| {
        compare_with(
            "2016-05-23",
            &[
                ("A", &format!("Triệt phá đường dây ma túy\nNgày 22/5, công an thu giữ {a} đồng tiền mặt của đường dây.\n")),
                ("B", &format!("Bắt đường dây ma túy lớn\nNgày 22/5, lực lượng công an thu giữ {b} đồng tiền mặt của đường dây.\n")),
            ],
            &["--min-score", "0"],
        )
    };
    let rows = story("gần 3 tỷ", "hơn 3 tỷ");
    assert_eq!(kinds(&rows), ["numeric_conflict"], "{rows:?}");
    let sides = [rows[0]["mention_a"].as_str(), rows[0]["mention_b"].as_str()];
    assert!(
        sides.contains(&"gần 3 tỷ đồng") && sides.contains(&"hơn 3 tỷ đồng"),
        "{rows:?}"
    );
    assert!(story("3 tỷ", "hơn 3 tỷ").is_empty());
    assert!(story("gần 3 tỷ", "3 tỷ").is_empty());
}

#[test]
fn the_hour_a_tally_stood_at_is_no_time_of_the_happening() {
    // "Tính đến thời điểm 9h30" and "Đến 9h15, 13 nạn nhân …" tell how far the count had got;
    // the landslide struck at 4h in both. Not even paired (every pair is shown at 0).
    let rows = compare_with(
        "2024-07-13",
        &[
            ("A", "Sạt lở vùi lấp xe khách ở Hà Giang\nKhoảng 4h sáng ngày 13/7, xe khách bị đất đá sạt xuống vùi lấp. Tính đến thời điểm 9h30 sáng 13/7, đã có 7 người tử vong trong vụ sạt lở.\n"),
            ("B", "Sạt lở vùi xe 16 chỗ ở Hà Giang\nKhoảng 4h ngày 13/7, đất đá tràn xuống vùi lấp xe khách. Đến 9h15, 13 nạn nhân, trong đó 7 người chết được đưa ra ngoài.\n"),
        ],
        &["--min-score", "0"],
    );
    assert_none_of(&rows, "time_conflict");
}

#[test]
fn the_badly_injured_meet_the_badly_injured_not_all_the_injured() {
    // 12 injured in both; of them 3 badly hurt in one, 5 in the other. The 3 are set against
    // the 5, never against the 12.
    let rows = compare_with(
        "2024-05-10",
        &[
            ("A", "Tai nạn xe khách ở Lạng Sơn\nSáng 10/5, vụ tai nạn xe khách làm 12 người bị thương, trong đó 3 người bị thương nặng.\n"),
            ("B", "Xe khách gặp nạn ở Lạng Sơn\nSáng 10/5, vụ tai nạn xe khách khiến 12 người bị thương, 5 người bị thương nặng được đưa đi cấp cứu.\n"),
        ],
        &["--min-score", "0"],
    );
    assert_eq!(kinds(&rows), ["numeric_conflict"], "{rows:?}");
    assert_eq!(rows[0]["slot"], "injured/seriously");
    assert_eq!(values(&rows[0]), ["3", "5"]);
}

/// Counts of two unlike things (bridges, schools) are not set against each other; counts of
/// people in two words ("cậu bé", "học sinh") still are.
#[test]
fn counts_of_two_unlike_things_do_not_disagree_counts_of_people_in_two_words_do() {
    let story = |a: &str, b: &str| {
        let lead = "Đêm 24/5, lũ quét tràn qua huyện Mèo Vạc (Hà Giang),";
        let tail = "Chính quyền đã sơ tán 120 hộ dân.";
        compare(
            "2016-05-25",
            &[
                (
                    "Báo A",
                    &format!("Lũ quét tràn qua huyện Mèo Vạc\n\n{lead} {a}. {tail}\n"),
                ),
                (
                    "Báo B",
                    &format!("Lũ quét ở Mèo Vạc\n\n{lead} {b}. {tail}\n"),
                ),
            ],
        )
    };
    let things = story("cuốn trôi hai cây cầu treo", "làm ngập 3 trường học");
    assert_none_of(&things, "numeric_conflict");
    let people = story("cuốn trôi hai cậu bé", "cuốn trôi 3 học sinh");
    assert_eq!(people.len(), 1, "{people:?}");
    assert_eq!(values(&people[0]), ["2", "3"]);
}

#[test]
fn counts_that_add_up_to_an_article_s_toll_are_its_parts() {
    // Six and four deaths in two hospitals make the ten: the other outlet's seven is set
    // against the ten, not against one hospital's six.
    let rows = compare_dated(&[
        ("A", "2025-06-04", "Stampede at the stadium\nAt least 10 people have been killed in the stampede near the stadium. About 27 people have been hospitalised, with all the six deaths reported in Bowring Hospital. Four more deaths have been confirmed in Vydehi hospital.\n"),
        ("B", "2025-06-04", "Stampede in the city\nAccording to reports, seven people were killed in the stampede as the crowd went out of control.\n"),
    ]);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(values(&rows[0]), ["10", "7"]);
}

#[test]
fn a_count_whose_noun_a_list_leaves_out_meets_the_other_outlet_s() {
    // "with 161" counts the seats the list counted first: Ensemble's 161 against 168.
    let rows = compare_dated(&[
        ("A", "2024-07-09", "How France voted\nThe left-wing alliance, at 188 seats, and Macron's Ensemble bloc, with 161, remain larger forces in the assembly.\n"),
        ("B", "2024-07-08", "Left wins, Le Pen third\nThe centrist coalition supporting Macron, Ensemble, won 168 seats in the assembly.\n"),
    ]);
    assert!(rows.iter().any(|r| values(r) == ["161", "168"]), "{rows:?}");
}

#[test]
fn the_count_a_sentence_turns_to_after_an_earlier_one_is_the_story_s() {
    // 23 was the first count; "but police later put the toll at 25" is the count of now, set
    // against the other outlet's 27 in the main story.
    let rows = compare_dated(&[
        ("A", "2025-12-07", "Nightclub fire\nOfficials initially reported 23 deaths, but police later put the toll at 25 with six injured.\n"),
        ("B", "2025-12-07", "Fire at a nightclub\nThe fire at the nightclub killed 27 people, police said.\n"),
    ]);
    let row = rows.iter().find(|r| values(r) == ["25", "27"]);
    assert!(
        row.is_some_and(|r| r["event"] != "background · earlier count"),
        "{rows:?}"
    );
}

#[test]
fn the_day_police_spoke_is_not_set_against_the_day_of_the_attack() {
    // Tuesday is the day police spoke of Monday night's bombing: two days, no disagreement.
    let rows = compare_dated(&[
        ("A", "2017-05-23", "Concert attack\nA suicide bomber set off an improvised explosive device that killed 22 people and injured 59 people at the end of an Ariana Grande concert, Manchester police said Tuesday.\n"),
        ("B", "2017-05-24", "Manchester attack: what we know\nA suicide bomber, believed to be a local man, 22, set off an improvised explosive device around 10.30pm on Monday after an Ariana Grande concert at Manchester Arena.\nThe death toll stands at 22 people.\nPolice say more than 100 people were injured, including a dozen children.\n"),
    ]);
    assert_none_of(&rows, "date_conflict");
}

#[test]
fn people_no_toll_befell_are_not_set_against_a_toll() {
    // The couple waiting at the red light are two people; the crash's four dead are a toll.
    let rows = compare_dated(&[
        ("A", "2019-01-02", "Chiếc xe điên lao như sóng thần\nÔng Tâm cho biết chở vợ từ Đồng Tháp về quận 7. Đến ngã tư Bình Nhựt, huyện Bến Lức, tỉnh Long An, xe của 2 vợ chồng dừng đèn đỏ thì bất ngờ chiếc xe đầu kéo lao mạnh tới.\n"),
        ("B", "2019-01-03", "Tài xế gây tai nạn ở Long An bị bắt\nVào chiều 2/1, tài xế điều khiển xe container tông vào nhiều xe máy đang dừng chờ đèn đỏ tại ngã tư Bình Nhựt, huyện Bến Lức, tỉnh Long An, khiến 4 người chết và 18 người bị thương.\n"),
    ]);
    assert_none_of(&rows, "numeric_conflict");
}

#[test]
fn a_person_named_in_full_then_short_is_one_person_whose_ages_are_compared() {
    // One article names him in full once, then by his given name with his age; the other
    // gives the full name with another age. (Told far apart in short texts, the pair scores
    // under the default minimum: the test asks that the two ages meet at all.)
    let rows = compare_with(
        "2016-05-27",
        &[
            (
                "A",
                "Ông lão bị chém lìa ngón tay\nÔng Nguyễn Quang Lộc ở xã Thanh Tường bị chém ngày 24/5. Sau khi nhập viện cấp cứu, ông Lộc (69 tuổi) cho rằng mình bị chém vì tố cáo tiêu cực.\n",
            ),
            (
                "B",
                "Nghi án chém lìa ngón tay\nÔng Nguyễn Quang Lộc (70 tuổi, ngụ xã Thanh Tường) bị chém ngày 24/5 và đang được điều trị tại bệnh viện.\n",
            ),
        ],
        &["--min-score", "0.2"],
    );
    let ages: Vec<[String; 2]> = rows
        .iter()
        .filter(|r| r["slot"].starts_with("age"))
        .map(values)
        .collect();
    assert_eq!(ages, [["69".to_string(), "70".to_string()]], "{rows:?}");
}

#[test]
fn a_figure_is_of_the_place_named_in_its_own_clause() {
    // Outlet A's body against outlet B's three in Travis County, the same day.
    let against_travis = |body: &str| {
        let a = format!("Floods in Texas\nFloods swept through central Texas on Friday. {body}\n");
        compare_dated(&[
            ("A", "2025-07-06", &a),
            (
                "B",
                "2025-07-06",
                "Texas floods\nFloods swept through central Texas on Friday. Three people died in Travis County, officials said.\n",
            ),
        ])
    };
    // Travis County's five against its three, not Kendall County's two: "Travis County" and
    // "Kendall County" share only the word that says they are counties; "Travis" is "Travis
    // County" without its kind; in one sentence naming three counties, each figure is of its
    // own clause's.
    for body in [
        "Two people died in Kendall County. Five people died in Travis County, the sheriff said.",
        "Two people died in Kendall County. Five people died in Travis, the sheriff said.",
        "Two people died in Kendall County, five people died in Travis County and one in Tom Green County.",
    ] {
        let rows = against_travis(body);
        assert_eq!(kinds(&rows), ["numeric_conflict"], "{body}: {rows:?}");
        assert_eq!(values(&rows[0]), ["3", "5"], "{body}");
    }
}

#[test]
fn an_economy_report_s_many_rates_that_rose_are_not_one_figure() {
    // Vietnam's GDP for 2022 as six outlets gave it on 29 December 2022: each copies the
    // statistics office, so they agree; a quarter's rates and a year's, GDP's and CPI's, all
    // "tăng", are different figures.
    let quarter = "GDP Việt Nam tăng trưởng 8,02% năm 2022\nTổng sản phẩm trong nước (GDP) quý IV/2022 ước tính tăng 5,92% so với cùng kỳ năm trước. Về sử dụng GDP quý IV/2022, tiêu dùng cuối cùng tăng 7,12% so với cùng kỳ năm trước, đóng góp 82,6% vào tốc độ tăng chung; tích lũy tài sản tăng 5,61%, đóng góp 43,78%.\n\nƯớc tính GDP năm 2022 tăng 8,02%. Trong mức tăng chung của toàn nền kinh tế, khu vực nông, lâm nghiệp và thủy sản tăng 3,36%, đóng góp 5,11%; khu vực công nghiệp và xây dựng tăng 7,78%, đóng góp 38,24%; khu vực dịch vụ tăng 9,99%, đóng góp 56,65%.\n";
    let year = "GDP cả năm tăng 8,02%, cao nhất giai đoạn 2011-2022\nTổng sản phẩm trong nước (GDP) năm 2022 ước tăng 8,02%.\n\nVề sử dụng GDP năm 2022, tiêu dùng cuối cùng tăng 7,18% so với năm 2021, đóng góp 49,32% vào tốc độ tăng chung; tích lũy tài sản tăng 5,75%, đóng góp 22,59%; xuất khẩu hàng hóa và dịch vụ tăng 4,86%; nhập khẩu hàng hóa và dịch vụ tăng 2,16%.\n";
    let quarters = "GDP năm 2022 tăng 8,02%, cao nhất trong vòng 12 năm qua\nƯớc tính GDP năm 2022 tăng 8,02% so với năm trước. Tính riêng năm 2022, GDP quý 1 tăng 5,05%, quý 2 tăng 7,83%; quý 3 tăng 13,71%; quý 4 tăng 5,92%.\n\nTrong năm 2022, khu vực nông, lâm nghiệp và thủy sản tăng 3,36%, đóng góp 5,11%; khu vực công nghiệp và xây dựng tăng 7,78%, đóng góp 38,24%; khu vực dịch vụ tăng 9,99%, đóng góp 56,65%.\n";
    let prices = "GDP năm 2022 tăng cao nhất 12 năm\nƯớc tính GDP năm 2022 tăng 8,02%.\n\nVề lạm phát, CPI bình quân quý IV tăng 0,67% so với quý trước, tăng 4,41% so với cùng kỳ năm 2021. Tính chung, CPI bình quân cả năm tăng 3,15% so với năm 2021.\n";
    let rows = compare(
        "2022-12-29",
        &[("A", quarter), ("B", year), ("C", quarters), ("D", prices)],
    );
    assert!(rows.is_empty(), "{rows:?}");
}

#[test]
fn nearly_a_week_holds_six_days() {
    // Khánh Hòa, May 2016: the tuna was caught "6 ngày" ago in one outlet, "gần một tuần" ago
    // in another: a week, nearly, is as many days as the writer did not count.
    let rows = compare(
        "2016-05-21",
        &[
            ("A", "Ngư dân câu được cá ngừ vây xanh\nTheo ông Minh, con cá ngừ vây xanh được đánh bắt ở ngư trường Hoàng Sa cách đây 6 ngày.\n"),
            ("B", "Cá ngừ vây xanh nặng hơn 300 kg\nCách đây gần một tuần, anh em trên tàu câu được một con cá ngừ vây xanh rất lớn ở ngư trường Hoàng Sa.\n"),
        ],
    );
    assert!(rows.is_empty(), "{rows:?}");
}

#[test]
fn two_headlines_sums_are_compared_however_many_sums_the_bodies_list() {
    // A title's one sum of money is the title's figure: the bodies' list of sums (cash, the
    // money found in a car or a safe, a price a kilo) does not make it one among many.
    let rows = compare(
        "2016-05-24",
        &[
            ("A", "Phá đường dây ma túy lớn, thu giữ gần 4 tỉ đồng\nNgày 23/5, công an cho biết đã bắt 8 đối tượng. Tang vật thu giữ gồm 6 kg ma túy, hơn 2,1 tỉ đồng tiền mặt và 312 triệu đồng trong xe. Hùng khai mua ma túy với giá 200 triệu đồng/kg, bán lại 350 triệu đồng/kg.\n"),
            ("B", "Triệt phá tổ chức buôn ma túy, thu giữ gần 3 tỷ đồng cùng nhiều súng\nNgày 23/5, công an cho biết đã bắt 8 đối tượng, thu giữ 6 kg ma túy, hơn 2,1 tỷ đồng tiền mặt và 150 triệu đồng trong két. Hùng thường mua hàng với giá 200 triệu đồng mỗi kg.\n"),
        ],
    );
    let money: Vec<[String; 2]> = rows
        .iter()
        .filter(|r| r["slot"].starts_with("money"))
        .map(values)
        .collect();
    assert!(
        money.contains(&["3000000000".to_string(), "4000000000".to_string()]),
        "{rows:?}"
    );
}

#[test]
fn a_count_told_until_a_clock_time_is_a_tally_of_that_moment() {
    // Pinak-6, Padma river, August 2014: rescued "until 12.15pm" against a later count.
    let early = "Ferry sinks in the Padma\nThe Deputy Commissioner said that 44 passengers were rescued until 12.15pm after the ferry sank in the Padma river.\n";
    let later = "Ferry capsizes in Bangladesh\nThe Deputy Commissioner said about 100 passengers had been rescued after the ferry sank in the Padma river.\n";
    let rows = compare_dated(&[("A", "2014-08-04", early), ("B", "2014-08-04", later)]);
    assert_none_of(&rows, "numeric_conflict");
    // Without the clock time the two counts are one tally told two ways.
    let untimed = early.replace(" until 12.15pm", "");
    let rows = compare_dated(&[("A", "2014-08-04", &untimed), ("B", "2014-08-04", later)]);
    assert_eq!(values(&rows[0]), ["100", "44"], "{rows:?}");
}

#[test]
fn two_moves_of_a_share_price_at_two_moments_are_no_disagreement() {
    // Pfizer and Array BioPharma, June 2019: a rise "as of noon" and one "before the bell".
    let noon = "Pfizer to buy Array BioPharma\nPfizer agreed to buy Array BioPharma on Monday. Array stock was up 55% as of noon Monday, traders said.\n";
    let bell = "Pfizer buys Array BioPharma\nPfizer agreed to buy Array BioPharma on Monday. Array stock was up 60% before the opening bell Monday, traders said.\n";
    let rows = compare_dated(&[("A", "2019-06-17", noon), ("B", "2019-06-17", bell)]);
    assert_none_of(&rows, "numeric_conflict");
    // Told at no moment, the two rises are one move told two ways.
    let untimed = noon.replace(" as of noon Monday", "");
    let rows = compare_dated(&[("A", "2019-06-17", &untimed), ("B", "2019-06-17", bell)]);
    assert_eq!(kinds(&rows), ["numeric_conflict"], "{rows:?}");
}

#[test]
fn two_days_a_third_outlet_tells_apart_are_no_disagreement() {
    // Typhoon Mangkhut, September 2018: landfall in the Philippines on Saturday, in China on
    // Sunday; an outlet that writes both days tells of two landfalls.
    let philippines = "Typhoon Mangkhut hits land\nSuper Typhoon Mangkhut made landfall early on Saturday, according to officials, and at least 25 people died.\n";
    let china = "Typhoon Mangkhut nears China\nMangkhut made landfall on Sunday afternoon on the coast of Guangdong province, officials said, after at least 25 people died.\n";
    let both = "Mangkhut tears through the region\nMangkhut made landfall early on Saturday in the Philippines, where at least 25 people died. Mangkhut made landfall on Sunday afternoon in Guangdong province.\n";
    let rows = compare_dated(&[
        ("A", "2018-09-16", philippines),
        ("B", "2018-09-16", china),
        ("C", "2018-09-16", both),
    ]);
    assert_none_of(&rows, "date_conflict");
    // Without the third outlet the two days are one landfall told two ways.
    let rows = compare_dated(&[("A", "2018-09-16", philippines), ("B", "2018-09-16", china)]);
    assert_eq!(kinds(&rows), ["date_conflict"], "{rows:?}");
}
