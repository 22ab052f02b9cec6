//! Hash routes, so that a bookmark or a reload lands where the user was on any static
//! host, and from a file, with no server rewrite.

use crate::domain::id::Id;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Set(Id),
    /// A set in presentation mode.
    Present(Id),
    /// Alignment and the cross-team review, over every set in this browser.
    Overview,
    NotFound,
}

impl Route {
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["overview"] => Route::Overview,
            ["set", id] | ["set", id, "present"] => {
                let id = Id::new(*id);
                match (id.is_well_formed(), parts.len()) {
                    (false, _) => Route::NotFound,
                    (true, 2) => Route::Set(id),
                    (true, _) => Route::Present(id),
                }
            }
            _ => Route::NotFound,
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Home | Route::NotFound => "#/".to_owned(),
            Route::Set(id) => format!("#/set/{id}"),
            Route::Present(id) => format!("#/set/{id}/present"),
            Route::Overview => "#/overview".to_owned(),
        }
    }
}

/// The route of the page as it is now.
pub fn current() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::parse(&hash)
}

pub fn go(route: &Route) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(&route.href());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_it_writes() {
        for route in [
            Route::Home,
            Route::Set(Id::new("abc123")),
            Route::Present(Id::new("abc123")),
            Route::Overview,
        ] {
            assert_eq!(Route::parse(&route.href()), route);
        }
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#"), Route::Home);
        assert_eq!(Route::parse("#/set/a<b"), Route::NotFound);
        assert_eq!(Route::parse("#/nowhere"), Route::NotFound);
    }
}
