//! Where a CSV file chosen or dropped outside the draft's own picker goes: to the draft
//! step that is open, which registers itself here, or else a word on where to import it.

use crate::i18n::Msg;
use crate::ui::state::AppState;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// What the open draft does with a file given to it.
pub(super) type Reader = Rc<dyn Fn(web_sys::File)>;

thread_local! {
    /// The open draft's reader of files, with the number it was registered under: one
    /// draft is open at a time, and the one leaving must not forget the one arriving.
    static TARGET: RefCell<Option<(u64, Reader)>> = const { RefCell::new(None) };
    static SERIAL: Cell<u64> = const { Cell::new(0) };
}

/// Whether a file is a spreadsheet's text (by its name, or the type the browser gives).
pub fn is_sheet_file(file: &web_sys::File) -> bool {
    let name = file.name().to_ascii_lowercase();
    let kind = file.type_();
    [".csv", ".tsv"].iter().any(|ext| name.ends_with(ext))
        || matches!(kind.as_str(), "text/csv" | "text/tab-separated-values")
}

/// Registers the open draft's reader of files; hands back what `forget` takes.
pub(super) fn register(reader: Reader) -> u64 {
    let serial = SERIAL.with(|s| {
        s.set(s.get() + 1);
        s.get()
    });
    TARGET.with(|t| *t.borrow_mut() = Some((serial, reader)));
    serial
}

/// Forgets the reader registered as `serial`, unless another has taken its place.
pub(super) fn forget(serial: u64) {
    TARGET.with(|t| {
        let mut target = t.borrow_mut();
        if target.as_ref().is_some_and(|(s, _)| *s == serial) {
            *target = None;
        }
    });
}

/// Hands a spreadsheet file to the open draft, or says where it can be imported.
pub fn take_file(state: AppState, file: web_sys::File) {
    let target = TARGET.with(|t| t.borrow().as_ref().map(|(_, reader)| reader.clone()));
    match target {
        Some(take) => take(file),
        None => state.notify(Msg::SheetOnlyInDraft),
    }
}
