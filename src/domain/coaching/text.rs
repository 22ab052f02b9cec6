//! Comparing what teams type, whatever the case they typed it in.

/// Lower case for Latin letters, enough to compare with the lists above.
pub(super) fn fold(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
            'Œ' => 'œ',
            '’' => '\'',
            _ => c,
        })
        .collect()
}
