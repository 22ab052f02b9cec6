//! The browser entry point: mount the app on the page.

fn main() {
    // The span covers reading the workspace and drawing the first page.
    boussole::clock::start_span("boussole:mount");
    leptos::mount::mount_to_body(boussole::ui::App);
    boussole::clock::end_span("boussole:mount");
}
