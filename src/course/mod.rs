//! The course: course.toml / exercise.toml models, the learner workspace and
//! progress state.

/// A course file is missing, malformed or inconsistent.
#[derive(Debug, thiserror::Error)]
pub enum CourseError {
    #[error("{0}")]
    Invalid(String),
}
