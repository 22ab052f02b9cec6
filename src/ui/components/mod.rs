//! Reusable pieces of the page, one per file.

mod coaching_summary;
mod create_set_form;
mod drop_overlay;
mod findings_list;
mod header;
mod import_button;
mod import_dialog;
mod key_result_row;
mod launch_step;
mod number_field;
mod objective_card;
mod print_sheet;
mod set_card;
mod share_panel;
mod status_banner;
mod step_nav;
mod toast;
mod vocabulary_picker;
mod why_step;

pub use coaching_summary::CoachingSummary;
pub use create_set_form::CreateSetForm;
pub use drop_overlay::DropOverlay;
pub use header::Header;
pub use import_button::ImportButton;
pub use import_dialog::ImportDialog;
pub use launch_step::LaunchStep;
pub use objective_card::ObjectiveCard;
pub use print_sheet::PrintSheet;
pub use set_card::SetCard;
pub use share_panel::SharePanel;
pub use status_banner::StatusBanner;
pub use step_nav::StepNav;
pub use toast::ToastView;
pub use vocabulary_picker::VocabularyPicker;
pub use why_step::WhyStep;
