//! The editor's steps, with the pieces only one step draws kept beside it.

// Why: the narrative and the gaps it leaves.
mod why_step;
// Draft: the coaching summary, the objectives and their key results, and, once launched,
// the reason for a change and the log of changes.
mod change_log;
mod coaching_summary;
mod contribution_picker;
mod findings_list;
mod item_controls;
mod key_result_row;
mod objective_card;
mod plan_change;
mod rewrite_offer;
mod why_link;
// Launch: what coaching still flags, item by item.
mod findings_by_item;
mod launch_step;
// Check-in: the table, then each key result's follow-up (chart and history).
mod check_in_history;
mod check_in_step;
mod follow_up;
mod kr_chart;
mod measures;
mod rituals_panel;
// Meeting and retrospective.
mod meeting_step;
mod retro_step;

pub use change_log::ChangeLog;
pub use check_in_step::CheckInStep;
pub use coaching_summary::CoachingSummary;
pub(crate) use launch_step::launch_now;
pub use launch_step::LaunchStep;
pub use meeting_step::MeetingStep;
pub use objective_card::ObjectiveCard;
pub use plan_change::PlanChange;
pub use retro_step::RetroStep;
pub use why_step::WhyStep;
