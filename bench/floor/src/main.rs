//! The smallest Leptos app worth comparing with: a counter. The benchmark reads the same
//! User Timing span as in Boussole, so both starts are measured the same way.
use leptos::prelude::*;

fn main() {
    let performance = web_sys::window().and_then(|w| w.performance());
    if let Some(p) = &performance {
        let _ = p.mark("boussole:mount:start");
    }
    mount_to_body(|| {
        let count = RwSignal::new(0);
        view! {
            <main>
                <h1 data-testid="floor">"Counter"</h1>
                <button on:click=move |_| *count.write() += 1>{move || count.get()}</button>
            </main>
        }
    });
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark("boussole:mount", "boussole:mount:start");
    }
}
