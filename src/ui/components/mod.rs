//! Reusable pieces of the page, one per file.

mod create_set_form;
mod drop_overlay;
mod header;
mod import_button;
mod import_dialog;
mod key_result_row;
mod number_field;
mod objective_card;
mod set_card;
mod status_banner;
mod toast;
mod vocabulary_picker;

pub use create_set_form::CreateSetForm;
pub use drop_overlay::DropOverlay;
pub use header::Header;
pub use import_button::ImportButton;
pub use import_dialog::ImportDialog;
pub use objective_card::ObjectiveCard;
pub use set_card::SetCard;
pub use status_banner::StatusBanner;
pub use toast::ToastView;
pub use vocabulary_picker::VocabularyPicker;
