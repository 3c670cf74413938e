//! Measuring claimdiff against gold annotations: extraction against annotated fixtures
//! (`extraction`), reported conflicts against an editors' reading of real clusters
//! (`conflicts`, the rules of `../shared/gold/score.py`), and the alignment weights learned
//! from such a reading (`learn`). It must not change what it measures.

pub mod conflicts;
pub mod extraction;
pub mod learn;

pub use extraction::*;
