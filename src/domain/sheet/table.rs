//! A pasted range or a CSV file read into rows of cells, by the `csv` crate. The separator
//! is found, not asked: a spreadsheet's clipboard is tab-separated; a CSV file from French
//! Excel uses ";", an English one ","; a text none of them splits evenly is no table.

use super::SheetError;
use crate::domain::import::MAX_FILE_BYTES;
use crate::domain::validate::{MAX_KEY_RESULTS, MAX_OBJECTIVES};

/// Rows a table may have: twice what a set can hold (one row per key result, one per
/// objective without any, and the header), so room is left for blank lines, and a paste
/// of 50,000 rows is refused before it is read whole.
pub const MAX_ROWS: usize = 2 * (MAX_OBJECTIVES * MAX_KEY_RESULTS + MAX_OBJECTIVES + 1);

/// How many rows the separator is judged on.
const SAMPLE_ROWS: usize = 50;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Separator {
    Tab,
    Semicolon,
    Comma,
}

impl Separator {
    pub const ALL: [Separator; 3] = [Separator::Tab, Separator::Semicolon, Separator::Comma];

    pub fn byte(self) -> u8 {
        match self {
            Separator::Tab => b'\t',
            Separator::Semicolon => b';',
            Separator::Comma => b',',
        }
    }
}

/// The cells as read, row by row; a blank line stays, so row numbers match the sheet's.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub rows: Vec<Vec<String>>,
    pub separator: Option<Separator>,
}

impl Table {
    /// The widest row's number of cells.
    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }

    pub fn cell(&self, row: usize, column: usize) -> &str {
        self.rows
            .get(row)
            .and_then(|r| r.get(column))
            .map_or("", String::as_str)
    }
}

fn is_blank_row(row: &[String]) -> bool {
    row.iter().all(|c| c.trim().is_empty())
}

/// Reads up to `limit` rows with one separator; `Err` when the text has more rows.
fn split(text: &str, separator: Separator, limit: usize) -> Result<Vec<Vec<String>>, SheetError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator.byte())
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        // A text already known to be UTF-8 gives the reader nothing else to refuse.
        let record = record.map_err(|_| SheetError::NotATable)?;
        if rows.len() == limit {
            return Err(SheetError::TooManyRows);
        }
        rows.push(record.iter().map(str::to_owned).collect());
    }
    Ok(rows)
}

/// How well a separator splits the first rows: `None` when it does not make a table
/// (fewer than two columns, or rows of uneven widths), else the share of rows as wide as
/// the first, in percent.
fn fit(text: &str, separator: Separator) -> Option<usize> {
    let rows = first_rows(text, separator)?;
    let filled: Vec<&Vec<String>> = rows.iter().filter(|r| !is_blank_row(r)).collect();
    let width = filled.first()?.len();
    if width < 2 {
        return None;
    }
    // One row is a table only as a spreadsheet copies it: with tabs.
    if filled.len() < 2 && separator != Separator::Tab {
        return None;
    }
    let even = filled.iter().filter(|r| r.len() == width).count();
    let share = even * 100 / filled.len();
    (share >= 80).then_some(share)
}

/// The first `SAMPLE_ROWS` rows of the text.
fn first_rows(text: &str, separator: Separator) -> Option<Vec<Vec<String>>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator.byte())
        .from_reader(text.as_bytes());
    reader
        .records()
        .take(SAMPLE_ROWS)
        .map(|r| r.ok().map(|r| r.iter().map(str::to_owned).collect()))
        .collect()
}

/// The separator that makes the text a table: tabs first (a spreadsheet's clipboard),
/// then whichever of ";" and "," splits the rows more evenly (";" on a tie: French Excel).
pub fn detect_separator(text: &str) -> Option<Separator> {
    if fit(text, Separator::Tab).is_some() {
        return Some(Separator::Tab);
    }
    match (fit(text, Separator::Semicolon), fit(text, Separator::Comma)) {
        (Some(s), Some(c)) if c > s => Some(Separator::Comma),
        (Some(_), _) => Some(Separator::Semicolon),
        (None, Some(_)) => Some(Separator::Comma),
        (None, None) => None,
    }
}

/// Reads pasted text (or a decoded file) into a table, within the file limits.
pub fn read_table(text: &str) -> Result<Table, SheetError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(SheetError::TooLarge { bytes: text.len() });
    }
    if text.contains('\0') {
        return Err(SheetError::NotText);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(SheetError::Empty);
    }
    let separator = detect_separator(text).ok_or(SheetError::NotATable)?;
    let rows = split(text, separator, MAX_ROWS)?;
    Ok(Table {
        rows,
        separator: Some(separator),
    })
}

/// A file's bytes as text: UTF-8 (with or without its mark), UTF-16 with its mark (Excel's
/// "Unicode text"), else Windows-1252, what French Excel writes for "CSV (point-virgule)".
pub fn decode(bytes: &[u8]) -> Result<String, SheetError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(SheetError::TooLarge { bytes: bytes.len() });
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_owned());
    }
    let utf16 = |rest: &[u8], from: fn([u8; 2]) -> u16| {
        let units = rest.chunks_exact(2).map(|p| from([p[0], p[1]]));
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| SheetError::NotText)
    };
    match bytes {
        [0xff, 0xfe, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xfe, 0xff, rest @ ..] => utf16(rest, u16::from_be_bytes),
        _ => Ok(bytes.iter().map(|&b| windows_1252(b)).collect()),
    }
}

/// Windows-1252: Latin-1 with printable signs (€, œ, ’, «…») in 0x80–0x9F.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9f => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spreadsheet_clipboard_is_tab_separated() {
        let text = "Objectif\tRésultat clé\tCible\r\nLivrer vite\tDélai, en heures\t24\r\n";
        let table = read_table(text).unwrap();
        assert_eq!(table.separator, Some(Separator::Tab));
        assert_eq!(table.rows[1], ["Livrer vite", "Délai, en heures", "24"]);
        // A cell with a line break comes quoted, as Excel and Sheets put it.
        let quoted = "A\tB\n\"deux\nlignes\"\t\"dit \"\"ça\"\"\"\n";
        let table = read_table(quoted).unwrap();
        assert_eq!(table.rows[1], ["deux\nlignes", "dit \"ça\""]);
        // One row copied from a sheet is a table too.
        assert_eq!(read_table("Livrer vite\tDélai\t24").unwrap().rows.len(), 1);
    }

    #[test]
    fn csv_from_french_or_english_excel() {
        let fr = "\u{feff}Objectif;Cible\nLivrer vite;24,5\nServir mieux;95 %\n";
        let table = read_table(fr).unwrap();
        assert_eq!(table.separator, Some(Separator::Semicolon));
        assert_eq!(table.rows[1], ["Livrer vite", "24,5"]);
        let en = "Objective,Target\nDeliver,\"1,500\"\nServe,95%\n";
        let table = read_table(en).unwrap();
        assert_eq!(table.separator, Some(Separator::Comma));
        assert_eq!(table.rows[1], ["Deliver", "1,500"]);
        assert_eq!(table.cell(2, 1), "95%");
        assert_eq!(table.cell(9, 9), "");
    }

    #[test]
    fn text_that_is_not_a_table() {
        for text in [
            "Bonjour, voici nos idées pour le trimestre.\nOn en parle demain ?",
            "Une seule ligne, avec une virgule",
            "juste un mot",
            "a;b;c\nd\ne\nf\ng",
        ] {
            assert_eq!(read_table(text), Err(SheetError::NotATable), "{text}");
        }
        assert_eq!(read_table(" \n\t\n"), Err(SheetError::Empty));
        assert_eq!(read_table("a\tb\0"), Err(SheetError::NotText));
    }

    #[test]
    fn limits_are_those_of_a_file() {
        let huge = "a\tb\n".repeat(MAX_FILE_BYTES / 4 + 1);
        assert!(matches!(
            read_table(&huge),
            Err(SheetError::TooLarge { .. })
        ));
        let ten_mb = "x".repeat(10 * 1024 * 1024);
        assert!(matches!(
            decode(ten_mb.as_bytes()),
            Err(SheetError::TooLarge { .. })
        ));
        let many = "Objectif\tCible\n".repeat(50_000);
        assert_eq!(read_table(&many), Err(SheetError::TooManyRows));
        let most = "Objectif\tCible\n".repeat(MAX_ROWS);
        assert_eq!(read_table(&most).unwrap().rows.len(), MAX_ROWS);
    }

    #[test]
    fn files_in_the_encodings_excel_writes() {
        assert_eq!(decode("é;ü".as_bytes()).unwrap(), "é;ü");
        // "Qualité;80 €" in Windows-1252.
        let ansi = [
            b'Q', b'u', b'a', b'l', b'i', b't', 0xe9, b';', b'8', b'0', b' ', 0x80,
        ];
        assert_eq!(decode(&ansi).unwrap(), "Qualité;80 €");
        let mut utf16 = vec![0xff, 0xfe];
        utf16.extend("Cible\t24".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&utf16).unwrap(), "Cible\t24");
    }
}
