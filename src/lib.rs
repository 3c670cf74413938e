//! claimdiff: extract checkable claims (figures, dates, times, durations) from news articles,
//! align the ones that speak of the same event and slot, and report where outlets disagree.
//!
//! Pipeline: [`article`] reads → [`extract`] finds claims → [`align`] groups them by event and
//! slot → [`compare`] types disagreements → [`report`] writes them. [`eval`] scores extraction
//! against gold annotations.

pub mod align;
pub mod article;
pub mod claim;
pub mod cli;
pub mod cmd;
pub mod compare;
pub mod corpus;
pub mod entity;
pub mod eval;
pub mod event;
pub mod extract;
pub mod generate;
pub mod group;
pub mod html;
pub mod report;
pub mod shard;
pub mod story;
pub mod text;
pub mod token;
