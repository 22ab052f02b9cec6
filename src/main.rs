//! The browser entry point: mount the app on the page.

fn main() {
    leptos::mount::mount_to_body(boussole::ui::App);
}
