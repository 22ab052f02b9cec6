//! Hash routes, so that a bookmark or a reload lands where the user was on any static
//! host, and from a file, with no server rewrite.

use crate::domain::guide::Section;
use crate::domain::id::Id;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Set(Id),
    /// A set in presentation mode.
    Present(Id),
    /// A set's history: its kept versions.
    History(Id),
    /// One kept version of a set, shown read-only (its number in the set's history).
    Version(Id, u32),
    /// The facilitator's screen for a set's workshop: agenda, timer, ideas, votes.
    Workshop(Id),
    /// Alignment and the cross-team review, over every set in this browser.
    Overview,
    /// The method guide, open at a section or at its top, in the words of a set when
    /// opened from one (`#/guide/<section>?set=<id>`).
    Guide {
        section: Option<Section>,
        set: Option<Id>,
    },
    NotFound,
}

impl Route {
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["overview"] => Route::Overview,
            // An unknown section (an old bookmark) opens the guide at its top.
            ["guide"] | ["guide", _] => Route::Guide {
                section: parts.get(1).and_then(|id| Section::from_id(id)),
                set: query
                    .split('&')
                    .find_map(|pair| pair.strip_prefix("set="))
                    .map(Id::new)
                    .filter(Id::is_well_formed),
            },
            ["set", id, rest @ ..] => {
                let id = Id::new(*id);
                if !id.is_well_formed() {
                    return Route::NotFound;
                }
                match rest {
                    [] => Route::Set(id),
                    ["present"] => Route::Present(id),
                    ["workshop"] => Route::Workshop(id),
                    ["history"] => Route::History(id),
                    ["version", n] => match n.parse() {
                        Ok(n) => Route::Version(id, n),
                        Err(_) => Route::NotFound,
                    },
                    _ => Route::NotFound,
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
            Route::History(id) => format!("#/set/{id}/history"),
            Route::Version(id, n) => format!("#/set/{id}/version/{n}"),
            Route::Workshop(id) => format!("#/set/{id}/workshop"),
            Route::Overview => "#/overview".to_owned(),
            Route::Guide { section, set } => {
                let mut href = "#/guide".to_owned();
                if let Some(section) = section {
                    href.push('/');
                    href.push_str(section.id());
                }
                if let Some(set) = set {
                    href.push_str("?set=");
                    href.push_str(set.as_str());
                }
                href
            }
        }
    }

    /// The route as the page to draw sees it: the guide's section is left out, so moving
    /// between sections keeps the guide's page (and what was typed in its search).
    pub fn page(&self) -> Route {
        match self {
            Route::Guide { set, .. } => Route::Guide {
                section: None,
                set: set.clone(),
            },
            other => other.clone(),
        }
    }

    /// The set a page is about, for a link to the guide in that set's words.
    pub fn set(&self) -> Option<&Id> {
        match self {
            Route::Set(id)
            | Route::Present(id)
            | Route::Workshop(id)
            | Route::History(id)
            | Route::Version(id, _) => Some(id),
            Route::Guide { set, .. } => set.as_ref(),
            _ => None,
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
            Route::History(Id::new("abc123")),
            Route::Version(Id::new("abc123"), 12),
            Route::Workshop(Id::new("abc123")),
            Route::Overview,
            Route::Guide {
                section: None,
                set: None,
            },
            Route::Guide {
                section: Some(Section::KeyResult),
                set: None,
            },
            Route::Guide {
                section: Some(Section::AntiPatterns),
                set: Some(Id::new("abc123")),
            },
            Route::Guide {
                section: None,
                set: Some(Id::new("abc123")),
            },
        ] {
            assert_eq!(Route::parse(&route.href()), route);
        }
        for section in Section::ALL {
            let route = Route::Guide {
                section: Some(section),
                set: None,
            };
            assert_eq!(route.href(), format!("#/guide/{}", section.id()));
            assert_eq!(Route::parse(&route.href()), route);
        }
        // A section no longer known, or a set id that is no id, still opens the guide.
        assert_eq!(
            Route::parse("#/guide/renamed?set=a<b"),
            Route::Guide {
                section: None,
                set: None
            }
        );
        assert_eq!(Route::parse("#/guide/count/extra"), Route::NotFound);
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#"), Route::Home);
        assert_eq!(Route::parse("#/set/a<b"), Route::NotFound);
        assert_eq!(Route::parse("#/nowhere"), Route::NotFound);
        assert_eq!(Route::parse("#/set/abc/version/x"), Route::NotFound);
        assert_eq!(Route::parse("#/set/abc/version/-1"), Route::NotFound);
        assert_eq!(Route::parse("#/set/abc/elsewhere"), Route::NotFound);
    }
}
