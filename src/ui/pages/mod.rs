//! One component per screen.

mod editor;
mod home;
mod not_found;
mod overview;
mod present;
mod recovery;

pub use editor::EditorPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use overview::OverviewPage;
pub use present::PresentPage;
pub use recovery::RecoveryPage;
