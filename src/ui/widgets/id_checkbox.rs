//! A checkbox that puts an id in a list or takes it out: objectives to revisit in a
//! meeting, objectives to carry into the next cycle.

use crate::domain::id::Id;
use leptos::prelude::*;

#[component]
pub fn IdCheckbox(
    list: RwSignal<Vec<Id>>,
    id: Id,
    testid: &'static str,
    children: Children,
) -> impl IntoView {
    let shown = id.clone();
    view! {
        <label class="check">
            <input type="checkbox" data-testid=testid
                prop:checked=move || list.with(|l| l.contains(&shown))
                on:change=move |e| {
                    let on = event_target_checked(&e);
                    list.update(|l| {
                        l.retain(|x| x != &id);
                        if on {
                            l.push(id.clone());
                        }
                    });
                }/>
            {children()}
        </label>
    }
}
