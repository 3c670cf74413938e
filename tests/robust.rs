//! Broken and hostile input: every bad input with its exit code and message, with and without
//! `--keep-going`; limits (nested and looping directories, many files, a FIFO, a file that
//! vanishes, a long line without punctuation); pathological text bounded by work, not time.

use claimdiff::article::{self, Meta};
use claimdiff::corpus;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(args)
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo")
        .arg(path)
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    assert!(ok, "mkfifo is needed for this test");
}

/// A case: what to put in a fresh story directory, extra paths to pass, and what must happen.
struct Case {
    name: &'static str,
    setup: fn(&Path) -> Vec<PathBuf>,
    code: i32,
    message: &'static str,
    keep_going_code: i32,
}

fn good(dir: &Path) {
    std::fs::write(dir.join("good.txt"), "Cháy\nVụ cháy làm 5 người chết.\n").unwrap();
}

#[test]
fn every_bad_input_has_its_exit_code_and_message() {
    let cases = [
        Case {
            name: "missing path",
            setup: |d| vec![d.join("missing.txt")],
            code: 2,
            message: "missing.txt: no such file",
            keep_going_code: 0,
        },
        Case {
            name: "empty file",
            setup: |d| {
                std::fs::write(d.join("empty.txt"), "").unwrap();
                vec![]
            },
            code: 2,
            message: "empty.txt: empty file",
            keep_going_code: 0,
        },
        Case {
            name: "binary file",
            setup: |d| {
                std::fs::write(d.join("image.txt"), [0x89, b'P', b'N', b'G', 0, 0, 1, 2]).unwrap();
                vec![]
            },
            code: 2,
            message: "image.txt: not a text file",
            keep_going_code: 0,
        },
        Case {
            name: "white space only",
            setup: |d| {
                std::fs::write(d.join("blank.txt"), " \n\t\n").unwrap();
                vec![]
            },
            code: 2,
            message: "blank.txt: no text",
            keep_going_code: 0,
        },
        Case {
            name: "broken symlink",
            setup: |d| {
                std::os::unix::fs::symlink(d.join("nowhere"), d.join("gone.txt")).unwrap();
                vec![]
            },
            code: 2,
            message: "gone.txt: no such file",
            keep_going_code: 0,
        },
        Case {
            name: "symlink loop to itself",
            setup: |d| {
                std::os::unix::fs::symlink(d.join("loop.txt"), d.join("loop.txt")).unwrap();
                vec![]
            },
            code: 2,
            message: "loop.txt:",
            keep_going_code: 0,
        },
        Case {
            name: "FIFO in the directory",
            setup: |d| {
                mkfifo(&d.join("pipe.txt"));
                vec![]
            },
            code: 2,
            message: "pipe.txt: not a regular file",
            keep_going_code: 0,
        },
        Case {
            name: "device given directly",
            setup: |_| vec![PathBuf::from("/dev/null")],
            code: 2,
            message: "/dev/null: not a regular file or directory",
            keep_going_code: 0,
        },
        Case {
            name: "HTML page without text",
            setup: |d| {
                std::fs::write(
                    d.join("empty.html"),
                    "<!doctype html><html><body><script>x</script></body></html>",
                )
                .unwrap();
                vec![]
            },
            code: 2,
            message: "empty.html: no article text",
            keep_going_code: 0,
        },
    ];
    for case in cases {
        let dir = tempfile::tempdir().unwrap();
        let story = dir.path().join("story");
        std::fs::create_dir(&story).unwrap();
        good(&story);
        let extra = (case.setup)(&story);
        let out = dir.path().join("out");
        let mut args: Vec<String> = vec!["compare".into(), story.to_string_lossy().into_owned()];
        args.extend(extra.iter().map(|p| p.to_string_lossy().into_owned()));
        args.extend([
            "--out".into(),
            out.to_string_lossy().into_owned(),
            "-q".into(),
        ]);
        let strs: Vec<&str> = args.iter().map(String::as_str).collect();

        let o = run(&strs);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(case.code), "{}: {err}", case.name);
        assert!(
            err.contains(case.message),
            "{}: {err:?} lacks {:?}",
            case.name,
            case.message
        );
        assert_eq!(err.lines().count(), 1, "{}: one line: {err}", case.name);
        assert!(
            !out.join("claims.csv").exists(),
            "{}: no report after an error",
            case.name
        );

        let mut kg = strs.clone();
        kg.push("--keep-going");
        let o = run(&kg);
        let err = stderr(&o);
        assert_eq!(
            o.status.code(),
            Some(case.keep_going_code),
            "{} --keep-going: {err}",
            case.name
        );
        assert!(
            err.contains("skipped") && err.contains("(1 skipped)"),
            "{} --keep-going: {err}",
            case.name
        );
        let articles = std::fs::read_to_string(out.join("articles.csv")).unwrap();
        assert!(
            articles.contains("ok") && articles.contains("skipped: "),
            "{}: {articles}",
            case.name
        );
    }
}

#[test]
fn a_file_that_vanishes_after_listing_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    good(dir.path());
    std::fs::write(dir.path().join("later.txt"), "Tin\nCó 3 người bị thương.\n").unwrap();
    let inputs = corpus::collect(&[dir.path().to_path_buf()])
        .strict()
        .unwrap();
    assert_eq!(inputs.len(), 2);
    std::fs::remove_file(dir.path().join("later.txt")).unwrap();
    let hidden = indicatif::ProgressBar::hidden();
    let err = corpus::load(&inputs, &Default::default(), &hidden, false).unwrap_err();
    assert!(
        format!("{err:#}").contains("later.txt: cannot read (no such file"),
        "{err:#}"
    );
    let loaded = corpus::load(&inputs, &Default::default(), &hidden, true).unwrap();
    assert_eq!((loaded.articles.len(), loaded.skipped.len()), (1, 1));
}

#[test]
fn nested_and_looping_directories_terminate() {
    let dir = tempfile::tempdir().unwrap();
    let mut deep = dir.path().to_path_buf();
    for i in 0..200 {
        deep = deep.join(format!("{}", i % 10));
    }
    std::fs::create_dir_all(&deep).unwrap();
    good(&deep);
    // A link back to the top from the bottom: a loop the walk must see once.
    std::os::unix::fs::symlink(dir.path(), deep.join("up")).unwrap();
    let c = corpus::collect(&[dir.path().to_path_buf()]);
    assert!(c.problems.is_empty(), "{:?}", c.problems);
    assert_eq!(c.inputs.len(), 1);
}

#[test]
fn many_small_files() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..20_000 {
        std::fs::write(
            dir.path().join(format!("{i:05}.txt")),
            format!("Tin {i}\nCó {} người bị thương.\n", i % 7 + 1),
        )
        .unwrap();
    }
    let out = dir.path().join("out");
    let o = run(&[
        "compare",
        dir.path().to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "-q",
        "--format",
        "csv",
    ]);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
    assert!(stderr(&o).contains("20000 articles"), "{}", stderr(&o));
}

/// Work (tokens cut plus rules tried) of extracting a text.
fn work(text: &str) -> u64 {
    let a = article::parse(
        text.as_bytes(),
        "x".into(),
        Path::new("x.txt"),
        &Meta::default(),
    )
    .unwrap();
    claimdiff::extract::extract(&a).work
}

#[test]
fn pathological_text_costs_linear_work() {
    let numbers: String = (0..10_000)
        .map(|i| format!("{} người bị thương, ", i % 97 + 1))
        .collect();
    let long_line = "chữ ".repeat(500_000); // 2 MB, no punctuation
    let mixed =
        "Tin 5 người\u{200b} chết; العربية 12 ٣٤ 中文 7 人 \u{202e}9 người\u{202c} ".repeat(5_000);
    for (name, text) in [
        ("10,000 numbers", format!("Tiêu đề\n{numbers}")),
        ("long line", format!("Tiêu đề\n{long_line}")),
        ("mixed scripts", format!("Tiêu đề\n{mixed}")),
    ] {
        let w = work(&text);
        assert!(
            w < text.len() as u64,
            "{name}: {w} units of work for {} bytes",
            text.len()
        );
        // Twice the text, at most twice the work (and a little): no quadratic step.
        let double = format!("{text}\n{}", &text[text.find('\n').unwrap() + 1..]);
        let w2 = work(&double);
        assert!(
            w2 <= 2 * w + 100,
            "{name}: doubling the text took {w2} units after {w}"
        );
    }
}

#[test]
fn a_huge_block_of_figures_is_compared_in_bounded_work() {
    // Two outlets, 3,000 figures of one slot each: all-pairs would be 9 million checks.
    let dir = tempfile::tempdir().unwrap();
    for (name, offset) in [("a.txt", 0), ("b.txt", 1)] {
        let body: String = (0..3_000)
            .map(|i| format!("Vụ {i} làm {} người bị thương.\n", i + offset))
            .collect();
        std::fs::write(dir.path().join(name), format!("Tai nạn\n{body}")).unwrap();
    }
    let inputs = corpus::collect(&[dir.path().to_path_buf()])
        .strict()
        .unwrap();
    let loaded = corpus::load(
        &inputs,
        &Default::default(),
        &indicatif::ProgressBar::hidden(),
        false,
    )
    .unwrap();
    let articles = loaded.articles;
    let mut records = claimdiff::align::align(&articles, loaded.extractions);
    let figures = records.iter().filter(|r| r.claim.slot == "injured").count();
    assert!(figures >= 6_000);
    let weights = claimdiff::align::Weights::builtin();
    let (matches, pairing) = claimdiff::align::pair_counting(&articles, &mut records, weights);
    let (_, comparing) =
        claimdiff::compare::compare_counting(&articles, &records, &matches, weights, 0.0);
    let work = pairing + comparing;
    assert!(
        work < 300 * figures as u64,
        "{work} pair checks for {figures} figures"
    );
}
