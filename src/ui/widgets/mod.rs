//! Small pieces any page may use, one per file; they know nothing of the page around them.

mod id_checkbox;
mod import_button;
mod line_input;
mod number_field;
mod progress_bar;
mod rollup_figure;
mod status_badge;
mod toast;

pub use id_checkbox::IdCheckbox;
pub use import_button::{FileButton, ImportButton};
pub use line_input::LineInput;
pub use number_field::NumberField;
pub use progress_bar::ProgressBar;
pub use rollup_figure::RollupFigure;
pub use status_badge::StatusBadge;
pub use toast::ToastView;
