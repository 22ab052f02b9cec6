//! The hostile-file corpus: every file in tests/hostile/ is refused with its own message
//! (a fragment of the French text is in expected.tsv), in both languages; the huge cases
//! are generated here. The reader never panics, and no message quotes more than a short
//! clean excerpt of the file or speaks a library's English (see `common`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use boussole::domain::import::{read_document, ReadError};
use boussole::domain::language::Lang;
use boussole::i18n::catalogue;
use std::path::Path;

fn corpus() -> Vec<(String, Vec<u8>, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile");
    let manifest = std::fs::read_to_string(dir.join("expected.tsv")).expect("expected.tsv");
    manifest
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let (file, fragment) = line.split_once('\t').expect("file<TAB>fragment");
            let bytes = std::fs::read(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
            (file.to_owned(), bytes, fragment.to_owned())
        })
        .collect()
}

fn messages(error: &ReadError) -> (String, String) {
    (
        catalogue(Lang::Fr).read_error(error),
        catalogue(Lang::En).read_error(error),
    )
}

#[test]
fn every_file_of_the_corpus_is_refused_with_its_own_message() {
    let cases = corpus();
    assert!(cases.len() >= 60, "the corpus has {} files", cases.len());
    let on_disk = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "json")
        })
        .count();
    assert_eq!(on_disk, cases.len(), "every file has its expected message");
    let mut failures = Vec::new();
    for (file, bytes, fragment) in &cases {
        match read_document(bytes) {
            Ok(sets) => failures.push(format!("{file}: accepted {} set(s)", sets.len())),
            Err(error) => {
                let (fr, en) = messages(&error);
                if !fr.contains(fragment.as_str()) {
                    failures.push(format!("{file}: {fr:?} lacks {fragment:?}"));
                }
                if en.is_empty() || en == fr {
                    failures.push(format!("{file}: no English message"));
                }
                if let Err(e) = common::check_error(&error) {
                    failures.push(format!("{file}: {e}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn huge_files_are_refused_before_they_cost_anything() {
    let ten_mb_name = format!(
        r#"{{"format":"boussole","version":3,"sets":[{{"name":"{}"}}]}}"#,
        "x".repeat(10 << 20)
    );
    assert!(matches!(
        read_document(ten_mb_name.as_bytes()),
        Err(ReadError::TooLarge { .. })
    ));

    let deep = format!(
        r#"{{"format":"boussole","version":3,"sets":{}{}}}"#,
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    // Refused where the shape first goes wrong, or by the depth limit: never a stack overflow.
    let error = read_document(deep.as_bytes()).unwrap_err();
    assert!(
        matches!(error, ReadError::TooDeep { .. } | ReadError::Shape { .. }),
        "10 000 levels: {error:?}"
    );
    let bare = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert!(
        matches!(
            read_document(bare.as_bytes()),
            Err(ReadError::TooDeep { .. })
        ),
        "10 000 bare levels"
    );

    let objective = r#"{"id":"o","title":"","why":"","key_results":[],"retro":{"happened":"","learned":"","differently":""}}"#;
    let many = vec![objective; 100_000].join(",");
    let text = format!(r#"{{"format":"boussole","version":3,"sets":[{{"objectives":[{many}]}}]}}"#);
    let error = read_document(text.as_bytes()).unwrap_err();
    assert!(
        matches!(error, ReadError::TooLarge { .. }),
        "100 000 objectives: {error:?}"
    );
    let (fr, _) = messages(&error);
    assert!(fr.contains("trop volumineux"), "{fr}");

    // 60 000 objectives fit in 5 MiB: refused by count, not by size.
    let many = vec![objective; 40_000].join(",");
    let set = format!(
        r#"{{"id":"s","name":"S","team":"","cycle":{{"start":"2027-01-01","end":"2027-03-31"}},"vocabulary":{{"preset":"standard"}},"why":{{"narrative":"","reasons":[],"other_reason":""}},"count_rule":{{"max_objectives":3,"max_key_results":3}},"objectives":[{many}],"launch":null,"meetings":[],"changes":[],"closed":null,"previous":null,"created":"2027-01-01T00:00:00Z","modified":"2027-01-01T00:00:00Z","revision":1}}"#
    );
    let text = format!(r#"{{"format":"boussole","version":3,"sets":[{set}]}}"#);
    assert!(text.len() < 5 << 20);
    let error = read_document(text.as_bytes()).unwrap_err();
    let (fr, _) = messages(&error);
    assert!(fr.contains("40000") || fr.contains("40 000"), "{fr}");
}
