//! A scale corpus for benchmarks: N articles over K events, written in the seeds' style from
//! sentence templates with each event's figures, some articles carrying a perturbed figure.
//! The injected conflicts are listed in `injected.csv`, so a run at 100,000 articles measures
//! recall at scale as well as speed. It must not be used by the comparison itself.
//!
//! Deterministic: the same seed writes the same bytes. Cost: linear in N.

use anyhow::{Context, Result};
use std::io::Write;
use std::path::Path;

/// SplitMix64: small, fast and good enough to pick templates and figures.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

const PLACES: &[&str] = &[
    "Hà Nội",
    "Đà Nẵng",
    "Hải Phòng",
    "Nghệ An",
    "Quảng Ninh",
    "Thanh Hóa",
    "Cần Thơ",
    "Huế",
    "Bình Dương",
    "Đồng Nai",
    "Lào Cai",
    "Yên Bái",
    "Quảng Nam",
    "Khánh Hòa",
    "Gia Lai",
];
const KINDS: &[(&str, &str)] = &[
    ("vụ cháy", "Cháy lớn"),
    ("vụ tai nạn", "Tai nạn nghiêm trọng"),
    ("trận lốc xoáy", "Lốc xoáy"),
    ("vụ sạt lở", "Sạt lở đất"),
    ("vụ nổ", "Nổ lớn"),
];
/// Sentences without figures, in the style of the fixtures, to give articles realistic bulk.
const FILLER: &[&str] = &[
    "Lực lượng chức năng đã có mặt tại hiện trường để phong tỏa khu vực và điều tra nguyên nhân.",
    "Chính quyền địa phương cho biết sẽ hỗ trợ các gia đình bị ảnh hưởng trong thời gian sớm nhất.",
    "Người dân trong khu vực cho biết họ nghe thấy tiếng động lớn trước khi sự việc xảy ra.",
    "Các bệnh viện trên địa bàn đã được huy động để tiếp nhận và cấp cứu người bị nạn.",
    "Cơ quan chức năng đang tiếp tục làm rõ trách nhiệm của các cá nhân và tổ chức liên quan.",
    "Đây là một trong những sự việc nghiêm trọng nhất xảy ra tại địa phương trong nhiều năm qua.",
    "Lãnh đạo tỉnh đã đến thăm hỏi, động viên các nạn nhân và gia đình của họ.",
    "Theo các chuyên gia, thời tiết bất thường có thể là một trong những nguyên nhân dẫn đến sự cố.",
];

/// One event's true figures.
struct Event {
    kind: (&'static str, &'static str),
    place: &'static str,
    day: u32,
    deaths: u64,
    injured: u64,
    houses: u64,
    minutes: u64,
    hour: u64,
}

/// A conflict written into an article.
pub struct Injected {
    pub story: String,
    pub file: String,
    pub outlet: String,
    pub slot: &'static str,
    pub truth: u64,
    pub written: u64,
}

fn article(
    rng: &mut Rng,
    e: &Event,
    deaths: u64,
    injured: u64,
    houses: u64,
    filler: usize,
) -> String {
    let (what, title) = e.kind;
    let mut s = format!("{title} tại {}, {deaths} người chết\n", e.place);
    s.push_str(&format!(
        "Khoảng {}h{:02} ngày {}/5, {what} xảy ra tại {} làm {deaths} người chết và {injured} người bị thương.\n",
        e.hour,
        e.minutes % 60,
        e.day,
        e.place
    ));
    for _ in 0..filler {
        let filler: &&str = rng.pick(FILLER);
        s.push_str(filler);
        s.push('\n');
    }
    s.push_str(&format!(
        "Theo thống kê ban đầu, {what} khiến {houses} ngôi nhà bị sập đổ hoàn toàn.\n"
    ));
    s.push_str(&format!(
        "Công tác cứu hộ tại {} kéo dài {} phút.\n",
        e.place, e.minutes
    ));
    s
}

/// Writes `articles` articles over `events` events into `out` (one folder a story, each with a
/// manifest), and `out/injected.csv`. About one article in ten carries one perturbed figure.
pub fn write(
    out: &Path,
    articles: usize,
    events: usize,
    seed: u64,
    filler: usize,
) -> Result<Vec<Injected>> {
    let mut rng = Rng(seed);
    let events = events.max(1);
    let evs: Vec<Event> = (0..events)
        .map(|_| Event {
            kind: *rng.pick(KINDS),
            place: {
                let p: &&str = rng.pick(PLACES);
                p
            },
            day: 1 + rng.below(27) as u32,
            deaths: 2 + rng.below(40),
            injured: 5 + rng.below(80),
            houses: 3 + rng.below(200),
            minutes: 30 + rng.below(300),
            hour: 6 + rng.below(15),
        })
        .collect();
    let mut injected = Vec::new();
    let mut manifests: Vec<String> =
        vec!["file,outlet,published,url,language\n".to_string(); events];
    std::fs::create_dir_all(out).with_context(|| out.display().to_string())?;
    for i in 0..articles {
        let k = i % events;
        let e = &evs[k];
        let story = format!("event_{k:06}");
        let dir = out.join(&story);
        if i < events {
            std::fs::create_dir_all(&dir).with_context(|| dir.display().to_string())?;
        }
        let outlet = format!("Báo {:04}", i / events);
        let file = format!("a{:07}.txt", i);
        let (mut deaths, mut injured, mut houses) = (e.deaths, e.injured, e.houses);
        // The first two articles of a story always state the truth, so a perturbed one has
        // someone to disagree with.
        if i / events >= 2 && rng.below(10) == 0 {
            let delta = 1 + rng.below(5);
            let (slot, truth, field) = match rng.below(3) {
                0 => ("deaths", e.deaths, &mut deaths),
                1 => ("injured", e.injured, &mut injured),
                _ => ("houses/collapsed", e.houses, &mut houses),
            };
            *field = truth + delta;
            injected.push(Injected {
                story: story.clone(),
                file: file.clone(),
                outlet: outlet.clone(),
                slot,
                truth,
                written: truth + delta,
            });
        }
        let text = article(&mut rng, e, deaths, injured, houses, filler);
        std::fs::write(dir.join(&file), text)
            .with_context(|| dir.join(&file).display().to_string())?;
        manifests[k].push_str(&format!(
            "{file},{outlet},2016-05-{:02},,vi\n",
            (e.day + 1).min(28)
        ));
    }
    for (k, m) in manifests.iter().enumerate() {
        let path = out.join(format!("event_{k:06}")).join("manifest.csv");
        if path.parent().is_some_and(Path::exists) {
            std::fs::write(&path, m).with_context(|| path.display().to_string())?;
        }
    }
    let mut w = std::io::BufWriter::new(std::fs::File::create(out.join("injected.csv"))?);
    writeln!(w, "story,file,outlet,slot,truth,written")?;
    for c in &injected {
        writeln!(
            w,
            "{},{},{},{},{},{}",
            c.story, c.file, c.outlet, c.slot, c.truth, c.written
        )?;
    }
    w.flush()?;
    Ok(injected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_corpus() {
        let a = tempfile::tempdir().unwrap();
        let b = tempfile::tempdir().unwrap();
        let ia = write(a.path(), 60, 3, 7, 2).unwrap();
        let ib = write(b.path(), 60, 3, 7, 2).unwrap();
        assert_eq!(ia.len(), ib.len());
        assert!(!ia.is_empty());
        let f = |d: &Path| std::fs::read(d.join("event_000001/a0000031.txt")).unwrap();
        assert_eq!(f(a.path()), f(b.path()));
    }
}
